// The embed's templates are minified at build time (vite.config.ts, minifyTemplates), and the
// tests run the sources as written, so a space the minifier drops between two inline tags would
// show only in the built file: 「研究費 ￥923,000」 read 「研究費￥923,000」, and two amounts side by
// side could read as one number. This builds the embed a second time with its templates as
// written, opens the same states of the calculator with each build, and checks that every shadow
// root shows the same text (its rendered text, as the page lays it out), in Japanese and English,
// on screen and in print.
// Usage: npm run check:minified-text   (after npm run build:embed)
import { build } from 'vite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './static-server.mjs';

const asWrittenDir = mkdtempSync(join(tmpdir(), 'futan-as-written-'));
process.env.FUTAN_TEMPLATES = 'as-written';
await build({ mode: 'embed', logLevel: 'warn', build: { outDir: asWrittenDir, emptyOutDir: true, sourcemap: false } });

const root = mkdtempSync(join(tmpdir(), 'futan-text-'));
const page = (bundle, lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>futan</title></head><body>${body}<script src="/${bundle}/futan.js"></script></body></html>`;
const SEED = 'advanced-stem-cell-transplant';
const planWithTax = (tax) => JSON.stringify({
  insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 52 }],
  items: [{ month: '2026-10', kind: 'insured', amount: 1_500_000, setting: 'inpatient' }, { month: '2026-10', kind: 'advanced', amount: 600_000 }], tax,
});
/** The states to compare: a care path in each template, the household and certificate forms open. */
const STATES = [
  { name: 'seed', body: `<futan-calculator scenario="${SEED}"></futan-calculator>` },
  { name: 'seed with certificate', body: '<futan-calculator scenario="advanced-stem-cell-transplant-nanbyo"></futan-calculator>' },
  { name: 'mixed billing', body: '<futan-calculator scenario="immunotherapy-insured-or-free"></futan-calculator>' },
  { name: 'free care', body: '<futan-calculator scenario="free-ank-course"></futan-calculator>' },
  { name: 'patient-requested', body: '<futan-calculator scenario="patient-requested-cryoablation"></futan-calculator>' },
  { name: 'empty', body: '<futan-calculator></futan-calculator>' },
  // The patient's own estimate: its first question, and a path that asks for the quote.
  { name: 'patient', body: '<futan-calculator mode="patient" scenario="advanced-stem-cell-transplant-nanbyo"></futan-calculator>' },
  { name: 'patient, no price', body: '<futan-calculator mode="patient" scenario="insured-photoimmunotherapy"></futan-calculator>' },
  // The deduction line's three forms: no income, income without taxable income, both.
  { name: 'income', body: `<futan-calculator plan='${planWithTax({ totalIncome: 5_000_000 })}'></futan-calculator>` },
  { name: 'income and taxable', body: `<futan-calculator plan='${planWithTax({ totalIncome: 5_000_000, taxableIncome: 3_000_000 })}'></futan-calculator>` },
];
for (const bundle of ['minified', 'as-written']) {
  for (const lang of ['ja', 'en']) STATES.forEach((s, i) => writeFileSync(join(root, `${bundle}-${lang}-${i}.html`), page(bundle, lang, s.body)));
}
const server = createStaticServer({ root, embed: { '/minified/': 'dist', '/as-written/': asWrittenDir } });
const base = await listen(server);

/**
 * Opens every closed disclosure (templates aside: choosing one is not asked), then reads each
 * shadow root's text on screen and in print.
 */
async function textsOf(url) {
  // Tall enough that no row is skipped as off screen (the rows use content-visibility: auto).
  const tab = await browser.newPage({ viewport: { width: 1280, height: 16000 } });
  await tab.goto(url);
  await tab.waitForFunction(() => document.querySelector('futan-calculator')?.shadowRoot?.childElementCount > 0);
  const settle = () => tab.evaluate(async () => {
    const roots = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => el.shadowRoot && (roots.push(el.shadowRoot), walk(el.shadowRoot)));
    walk(document);
    await Promise.all(roots.map((r) => r.host.updateComplete));
    return roots;
  });
  await settle();
  await tab.evaluate(() => {
    const open = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.localName === 'details' && !el.matches('.templates')) el.open = true;
      if (el.shadowRoot) open(el.shadowRoot);
    });
    open(document);
  });
  await settle();
  // The live region speaks 500 ms after the last change: both builds are read after it.
  await tab.waitForTimeout(800);
  const read = () => tab.evaluate(() => {
    const out = [];
    const walk = (root, path) => root.querySelectorAll('*').forEach((el) => {
      if (!el.shadowRoot) return;
      const where = `${path} > ${el.localName}`;
      // Each shown element at the top of the shadow root, as laid out: innerText keeps a space that
      // shows and drops one that does not. Hidden ones are left out (innerText would give their raw
      // source text), and a line's spaces at either end, which never show, are trimmed.
      const read = (parent) => {
        for (const child of parent.children) {
          if (child.localName === 'style') continue;
          if (getComputedStyle(child).display === 'contents') read(child);
          else if (child.checkVisibility()) out.push({ where, text: child.innerText.split('\n').map((line) => line.trim()).filter(Boolean).join('\n') });
        }
      };
      read(el.shadowRoot);
      walk(el.shadowRoot, where);
    });
    walk(document, 'page');
    return out;
  });
  const screen = await read();
  // The handout exists only while printing: the browser's print starts with beforeprint.
  await tab.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await settle();
  await tab.emulateMedia({ media: 'print' });
  await tab.waitForTimeout(100);
  const print = await read();
  await tab.close();
  return { screen, print };
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let differences = 0;
let compared = 0;
try {
  for (const lang of ['ja', 'en']) {
    for (const [i, state] of STATES.entries()) {
      const [minifiedTexts, asWrittenTexts] = await Promise.all(['minified', 'as-written'].map((b) => textsOf(`${base}/${b}-${lang}-${i}.html`)));
      for (const media of ['screen', 'print']) {
        const [minified, asWritten] = [minifiedTexts[media], asWrittenTexts[media]];
        compared++;
        const label = `${state.name} (${lang}, ${media})`;
        if (minified.length !== asWritten.length) {
          differences++;
          console.error(`  FAIL ${label}: ${minified.length} texts minified, ${asWritten.length} as written`);
          continue;
        }
        minified.forEach((m, k) => {
          if (m.text === asWritten[k].text) return;
          differences++;
          // Every line that differs (a state can have several such places), a few of them shown.
          const [ours, theirs] = [m.text.split('\n'), asWritten[k].text.split('\n')];
          const lines = ours.map((line, n) => [line, theirs[n]]).filter(([a, b]) => a !== b);
          console.error(`  FAIL ${label}, ${m.where}:`);
          for (const [a, b] of lines.slice(0, 4)) console.error(`    minified:   ${JSON.stringify(a)}\n    as written: ${JSON.stringify(b)}`);
        });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`minified text: ${compared} states compared, ${differences} differences   rerun: npm run check:minified-text`);
process.exitCode = differences ? 1 : 0;
