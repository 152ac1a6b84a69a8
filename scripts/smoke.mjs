// Smoke test of what users meet, in headless Debian chromium (no test runner):
//  1. storybook-static/: every story renders with no console error or page error, and axe finds
//     no WCAG 2.1 A/AA violation in it; every docs page renders with no error; the API table lists
//     the methods and offers no control for a read-only property (.storybook/api-table.ts).
//  2. the hospital demo, served with its Content-Security-Policy header: no CSP violation, no
//     request beyond its own files, and the seed scenario shows the right patient amount.
// Usage: npm run smoke   (after npm run build-storybook and npm run build:embed)
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createDemoServer } from './serve-demo.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const SEED_PATIENT = '￥320,354';

const storybook = createStaticServer({ root: 'storybook-static' });
const demo = createDemoServer();
const [storybookBase, demoBase] = [await listen(storybook), await listen(demo)];
const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');

let failures = 0;
let checks = 0;
const check = (ok, what) => {
  checks++;
  if (ok) return;
  failures++;
  console.error(`  FAIL ${what}`);
};

const browser = await chromium.launch({ executablePath, headless: true, args });
async function openPage(url, waitFor) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && !/favicon/.test(r.url()) && errors.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForFunction(waitFor, undefined, { timeout: 30_000 }).catch(() => errors.push(`timed out waiting on ${url}`));
  await page.waitForTimeout(150);
  return { page, errors, requests };
}

try {
  // 1. Storybook: every story and docs page.
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const entries = Object.values(index.entries);
  // Two pages at a time: each waits mostly on Storybook's own loading, so the two cores are used.
  const smokeEntry = async (entry) => {
    const url = `${storybookBase}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
    const ready = entry.type === 'docs'
      ? () => document.querySelector('#storybook-docs .sbdocs-content')?.textContent.length > 0
      : () => { const el = document.querySelector('#storybook-root > *, #storybook-root futan-calculator'); return el && (!el.shadowRoot || el.shadowRoot.childElementCount > 0); };
    const { page, errors } = await openPage(url, ready);
    check(errors.length === 0, `${entry.id}: no console or page error ${errors.join(' | ')}`);
    if (entry.type === 'story') {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => `${n.target.join(" > ")} ${n.any[0]?.message ?? ""}`).join(" | ")}`);
      });
      check(violations.length === 0, `${entry.id}: axe finds no WCAG A/AA violation ${violations.join(', ')}`);
    }
    await page.close();
  };
  const queue = [...entries];
  await Promise.all([0, 1].map(async () => {
    while (queue.length) await smokeEntry(queue.shift());
  }));
  console.log(`storybook: ${entries.length} entries opened (${entries.filter((e) => e.type === 'story').length} stories with axe)`);

  // The amount input's API table: its methods listed, form and validity shown without a control.
  const docs = await openPage(`${storybookBase}/iframe.html?id=elements-amount-input--docs&viewMode=docs`, () => document.querySelector('#storybook-docs table.docblock-argstable'));
  const table = await docs.page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#storybook-docs table.docblock-argstable tbody tr')]
    .map((tr) => [tr.querySelector('td')?.textContent.trim().split(/\s/)[0] ?? '', tr.querySelectorAll('input, textarea, select, button').length])));
  const apiRow = (name) => Object.keys(table).find((row) => row.startsWith(name));
  check(['setCustomValidity()', 'checkValidity()', 'reportValidity()'].every(apiRow), `storybook: the amount input's API table lists its methods (${Object.keys(table).filter((r) => r.includes('()')).join(', ')})`);
  check(['form', 'validity'].every((name) => apiRow(name) && table[apiRow(name)] === 0), 'storybook: the amount input\'s read-only form and validity have no control');
  check(apiRow('value') && table[apiRow('value')] > 0, 'storybook: the amount input\'s value has its control');
  await docs.page.close();

  // 2. The hospital demo under its CSP header.
  // The answer in view: in the patient's view (the demo's), the estimate for the page's example;
  // in the workspace (#workspace), the final amount beside the editor.
  const patientShown = (amount) => {
    const calc = document.querySelector('futan-calculator');
    return calc?.shadowRoot?.querySelector('.patient-view .provisional, .patient-view .estimate-figure, .answer-body .final')?.textContent.includes(amount);
  };
  const { page, errors, requests } = await openPage(`${demoBase}/`, () => customElements.get('futan-calculator'));
  const shown = await page.waitForFunction(patientShown, SEED_PATIENT, { timeout: 30_000 }).then(() => true, () => false);
  check(shown, `demo: the seed scenario shows the patient paying ${SEED_PATIENT}`);
  const violations = await page.evaluate(() => window.__violations);
  check(violations.length === 0, `demo: no Content-Security-Policy violation ${violations.join(' | ')}`);
  const foreign = requests.filter((url) => !url.startsWith(demoBase));
  check(foreign.length === 0, `demo: no request beyond its own files ${foreign.join(' ')}`);
  check(errors.length === 0, `demo: no console or page error ${errors.join(' | ')}`);
  const csp = (await (await fetch(`${demoBase}/`)).headers.get('content-security-policy')) ?? '';
  check(csp.startsWith("default-src 'self'"), `demo: served with Content-Security-Policy default-src 'self' (${csp})`);
  console.log(`demo: ${requests.length} requests, all to its own origin: ${foreign.length === 0}`);
} finally {
  await browser.close();
  storybook.close();
  demo.close();
}
console.log(`smoke: ${checks - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
