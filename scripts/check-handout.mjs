// The printed handout (issue #12), printed to PDF in headless Debian chromium from the embed
// dist/futan.js (and the chunks beside it), as a hospital page prints it: the page's own content around the
// calculator, the README's one-line print rule, the hospital's header in the `handout-header`
// slot. For the seed scenario (4 months, and with the comparison asked for), a six-month plan with mixed billing, a rider and no
// card, a 12-month outpatient plan and a household plan, in Japanese and in English, it checks:
//  - the page count (at most 2 A4 pages for a plan of up to six months; the 12-month plan's is
//    reported and held to 3; it prints on 2);
//  - page 1 has the header slot's text, the final amount and the checklist;
//  - nothing of the editor, the toolbar or the host page prints;
//  - the disclaimer is whole on one page (the English household handout once left its last line alone on page 2);
//  - the demo page, with that rule in its CSS, prints the handout and none of its own content.
// Exit code 0 when every check passes, 1 otherwise. Needs Chromium, pdftotext and pdfinfo (poppler-utils); installs nothing.
// Chromium's print to PDF fires beforeprint, as the browser's own print menu does: the
// calculator renders its handout then, the way a counselor's Ctrl+P would.
// Rerun: npm run check:handout   (after npm run build:embed). HANDOUT_PNG=dir also writes page images (pdftoppm).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './static-server.mjs';

for (const tool of ['pdftotext', 'pdfinfo']) {
  if (spawnSync(tool, ['-v']).error) {
    console.error(`check-handout: ${tool} is missing. Install poppler-utils (apt-get install poppler-utils) and run again.`);
    process.exit(1);
  }
}
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`check-handout: no Chromium at ${executablePath}. Install Debian's chromium (or set CHROME_PATH) and run again.`);
  process.exit(1);
}
if (!existsSync('dist/futan.js')) {
  console.error('check-handout: dist/futan.js is missing. Run npm run build:embed first.');
  process.exit(1);
}

/** About the margins a browser's print dialog uses by default. */
const PRINT_MARGIN = { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' };
const HEADER_TEXT = 'みなと総合病院 がん相談支援センター 000-0000-0000';
const HOST_TEXT = 'HOST-PAGE-CONTENT-MUST-NOT-PRINT';
/** The README's print rule for the page around the calculator. */
const PAGE_RULE = '@media print { body :not(futan-calculator, futan-calculator *, :has(futan-calculator)) { display: none !important; } }';

/** Twelve months of outpatient chemotherapy for a 72-year-old 一般. */
const outpatientYear = {
  title: '外来化学療法 12か月',
  insurance: { bracket: '一般' },
  people: [{ id: 'patient', age: 72 }],
  items: Array.from({ length: 12 }, (_, i) => ({ month: `${2026 + Math.floor((3 + i) / 12)}-${String(((3 + i) % 12) + 1).padStart(2, '0')}`, kind: 'insured', setting: 'outpatient', amount: 180000 + (i % 3) * 20000 })),
};
/** A husband and a wife at two hospitals, two months. */
const household = {
  title: '夫婦の入院',
  insurance: { bracket: 'ウ' },
  people: [{ id: 'patient', age: 60, label: '夫' }, { id: 'spouse', age: 58, label: '妻' }],
  items: [
    { month: '2026-09', kind: 'insured', setting: 'inpatient', amount: 900000, facility: 'みなと総合病院' },
    { month: '2026-09', kind: 'insured', setting: 'outpatient', amount: 120000, facility: '市民病院', person: 'spouse' },
    { month: '2026-10', kind: 'insured', setting: 'outpatient', amount: 60000, facility: 'みなと総合病院' },
    { month: '2026-10', kind: 'insured', setting: 'outpatient', amount: 110000, facility: '市民病院', person: 'spouse' },
  ],
};
/** Six months with every kind of answer: 自由診療 beside insured care (the mixed-billing question open), a rider, no card at the cashier. */
const sixMonthsMixed = {
  title: '6か月・自由診療あり',
  insurance: { bracket: 'イ', capAtWindow: false },
  people: [{ id: 'patient', age: 58 }],
  items: [
    ...['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'].map((month, i) => ({ month, kind: 'insured', setting: i % 2 ? 'outpatient' : 'inpatient', amount: 400000 + i * 50000 })),
    { month: '2026-10', kind: 'advanced', amount: 300000, payer: 'privateInsurance', label: '陽子線治療' },
    { month: '2026-11', kind: 'free', amount: 500000, label: '免疫療法' },
    { month: '2027-02', kind: 'meals', meals: 20 },
  ],
};
const CASES = [
  { name: 'six-months-mixed', months: 6, plan: sixMonthsMixed, maxPages: 2 },
  { name: 'seed', months: 4, scenario: 'advanced-stem-cell-transplant', maxPages: 2 },
  // The counselor's 「比較を資料に載せる」: the seed kept beside itself without its 先進医療 line.
  { name: 'seed-compared', months: 4, scenario: 'advanced-stem-cell-transplant', maxPages: 2, compare: true },
  { name: 'outpatient-12-months', months: 12, plan: outpatientYear, maxPages: 3 },
  { name: 'household', months: 2, plan: household, maxPages: 2 },
  // Notes long enough to bring the disclaimer to the foot of page 2 in English: without
  // break-inside it split there, its last line alone on page 3 (34 lines, as printed on this layout).
  { name: 'household-long-notes', months: 2, plan: household, maxPages: 3, notes: Array.from({ length: 34 }, (_, i) => `Line ${i + 1} of the counselor's notes.`).join('\n') },
];

const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>hospital</title>
<style>${PAGE_RULE}</style><script type="module" src="/futan.js"></script></head>
<body><header><p>${HOST_TEXT} header</p><nav><a href="#">${HOST_TEXT} nav</a></nav></header>
<main><h1>${HOST_TEXT} heading</h1><section><h2>${HOST_TEXT} tool</h2>
<futan-calculator><div slot="handout-header"><strong>みなと総合病院</strong> <span>がん相談支援センター 000-0000-0000</span></div></futan-calculator>
</section><p>${HOST_TEXT} after</p></main><footer>${HOST_TEXT} footer</footer></body></html>`;

/** The disclaimer's first and last words, as pdftotext gives them without spaces. */
const DISCLAIMER_ENDS = { ja: ['この結果は', 'ご確認ください。'], en: ['Thisisanestimate', 'oryourinsurer.'] };

const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];
const root = mkdtempSync(join(tmpdir(), 'futan-handout-'));
for (const lang of ['ja', 'en']) writeFileSync(join(root, `${lang}.html`), page(lang));
const server = createStaticServer({ root, embed: { '/': 'dist' } });
const base = await listen(server);
const pngDir = process.env.HANDOUT_PNG;
if (pngDir) mkdirSync(pngDir, { recursive: true });

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};
const text = (pdf, first, last) => spawnSync('pdftotext', ['-layout', ...(first ? ['-f', String(first), '-l', String(last)] : []), pdf, '-'], { encoding: 'utf8' }).stdout;
/** Text as pdftotext gives it, without the spaces and line breaks layout puts between words. */
const squeeze = (s) => s.replace(/\s+/g, '');

/**
 * The handout loads when the page is idle after the calculator (so that the browser's own print
 * menu finds it): this waits until it has, as a reader who prints a moment after reading does.
 */
async function handoutLoaded(tab) {
  const url = (await tab.waitForResponse((r) => /\/futan-handout-[\w-]+\.js$/.test(r.url()), { timeout: 30_000 })).url();
  await tab.evaluate(async (src) => {
    await import(src);
    await new Promise((done) => setTimeout(done, 50));
  }, url);
}

const browser = await chromium.launch({ executablePath, headless: true, args });
try {
  for (const c of CASES) {
    for (const lang of ['ja', 'en']) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const handout = handoutLoaded(tab);
      await tab.goto(`${base}/${lang}.html`);
      const shown = await tab.evaluate(async ({ scenario, plan, notes, compare }) => {
        await customElements.whenDefined('futan-calculator');
        const calc = document.querySelector('futan-calculator');
        if (scenario) {
          calc.scenario = scenario;
          await calc.updateComplete;
        }
        // The handout's fields travel with the plan, as a saved plan file has them.
        const saved = scenario ? JSON.parse(calc.planFile()).plan : plan;
        calc.plan = { ...saved, handout: { patientName: '山田 花子', counselor: '佐藤（医療ソーシャルワーカー）', notes: notes ?? '次回の面談で入院日を決めます。\nご家族もご一緒にどうぞ。' } };
        await calc.updateComplete;
        const final = calc.breakdown?.shares.patient;
        if (compare) {
          const root = calc.shadowRoot;
          root.querySelector('[data-focus="compare-add"]').click();
          await calc.updateComplete;
          const kept = JSON.parse(calc.planFile()).plan;
          calc.plan = { ...kept, items: kept.items.filter((i) => i.kind !== 'advanced') };
          await calc.updateComplete;
          root.querySelector('[data-focus="compare-add"]').click();
          await calc.updateComplete;
          root.querySelector('[data-focus="print-compare"]').click();
          await calc.updateComplete;
          // The page is printed with the plan kept first, as the counselor would print it.
          calc.plan = { ...kept };
          await calc.updateComplete;
        }
        return { final };
      }, { scenario: c.scenario, plan: c.plan, notes: c.notes, compare: c.compare });
      await handout;
      const pdf = join(root, `${c.name}-${lang}.pdf`);
      writeFileSync(pdf, await tab.pdf({ format: 'A4', margin: PRINT_MARGIN }));
      await tab.close();
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? NaN);
      const label = `${c.name} (${c.months} months, ${lang})`;
      check(pages <= c.maxPages, `${label}: ${pages} A4 page(s), at most ${c.maxPages}`);
      const first = squeeze(text(pdf, 1, 1));
      const all = squeeze(text(pdf));
      const finalText = shown.final === undefined ? '(no result)' : Number(shown.final).toLocaleString('en-US');
      check(first.includes(squeeze(HEADER_TEXT)), `${label}: the handout-header slot's text is on page 1`);
      check(first.includes(finalText), `${label}: the final amount ${finalText} is on page 1`);
      check(first.includes(lang === 'ja' ? 'やること' : 'Whattodo'), `${label}: the checklist is on page 1`);
      check(!all.includes(HOST_TEXT), `${label}: nothing of the host page prints`);
      const editorWords = lang === 'ja' ? ['元に戻す', 'ファイルに保存', '明細を追加', '比較に追加', 'くわしい内訳を見る'] : ['Undo', 'Saveasafile', 'Addtocompare', 'Seethefullbreakdown'];
      check(!editorWords.some((w) => all.includes(w)), `${label}: nothing of the editor or toolbar prints`);
      const [start, end] = DISCLAIMER_ENDS[lang];
      const onPages = Array.from({ length: pages }, (_, i) => squeeze(text(pdf, i + 1, i + 1)));
      // Kept whole: in English it does not fit under page 1's notes and starts page 2.
      if (c.compare) check(onPages.some((p) => p.includes(lang === 'ja' ? '治療の選択肢の比較' : 'Carepathscompared') && p.includes(lang === 'ja' ? '案2：' : 'Option2:')), `${label}: the comparison asked for is whole on one page`);
      check(onPages.some((p) => p.includes(start) && p.includes(end)), `${label}: the disclaimer is whole on one page`);
      if (pngDir) spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(pngDir, `${c.name}-${lang}`)]);
    }
  }
  // The demo: a hospital's page, printed as the hospital would with the README's rule in its CSS.
  const demo = createStaticServer({ root: 'demo', embed: { '/': 'dist' } });
  const demoBase = await listen(demo);
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const handout = handoutLoaded(tab);
    await tab.goto(demoBase);
    await tab.evaluate(async () => {
      await customElements.whenDefined('futan-calculator');
      await document.querySelector('futan-calculator').updateComplete;
    });
    await handout;
    const pdf = join(root, 'demo.pdf');
    writeFileSync(pdf, await tab.pdf({ format: 'A4', preferCSSPageSize: true }));
    await tab.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? NaN);
    check(pages <= 2, `demo page: ${pages} A4 page(s), at most 2`);
    const first = squeeze(text(pdf, 1, 1));
    const all = squeeze(text(pdf));
    check(first.includes('みなと総合病院（架空）') && first.includes('やること'), 'demo page: the hospital\'s header and the checklist are on page 1');
    check(!['費用の計算ツール', '先進医療を受ける方へ', 'ほかの治療の例', 'いま表示している計算'].some((w) => all.includes(w)), 'demo page: none of the web page around the calculator prints');
    if (pngDir) spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(pngDir, 'demo')]);
  } finally {
    demo.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failures.length ? `check-handout: ${failures.length} check(s) failed` : 'check-handout: all checks passed');
process.exit(failures.length ? 1 : 0);
