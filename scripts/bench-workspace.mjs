// The counselor's workspace against its budgets (issue #10), in headless Debian chromium, on
// the one-file embed dist/futan.js:
//  - DOM nodes in the calculator's shadow trees (nested ones included) with the seed scenario
//    (budget 1,100) and per line of care (budget 60);
//  - keystroke → updated answer with 60 and 240 lines (p95 budgets 8 ms and 16 ms);
//  - switching the page's language with 60 lines (budget 40 ms).
// Rerun: npm run bench:workspace   (after npm run build:embed)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SETTLE, stats } from './bench-in-page.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];
const root = mkdtempSync(join(tmpdir(), 'futan-bench-ws-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="ja"><body></body></html>');
const server = createStaticServer({ root, embed: { '/': 'dist' } });
const base = await listen(server);

/** A plan of `count` lines over 12 months, for two people. */
function planOf(count) {
  const months = Array.from({ length: 12 }, (_, i) => `${2026 + Math.floor((8 + i) / 12)}-${String(((8 + i) % 12) + 1).padStart(2, '0')}`);
  const kinds = [['insured', 'inpatient'], ['insured', 'outpatient'], ['advanced'], ['meals'], ['free']];
  return {
    insurance: { bracket: 'ウ' },
    people: [{ id: 'patient', age: 60 }, { id: 'spouse', age: 58 }],
    items: Array.from({ length: count }, (_, i) => {
      const [kind, setting] = kinds[i % kinds.length];
      const item = { month: months[i % 12], kind, person: i % 7 === 0 ? 'spouse' : 'patient', ...(setting && { setting }) };
      return kind === 'meals' ? { ...item, meals: 9 } : { ...item, amount: 50000 + i * 100 };
    }),
  };
}

// In the page: settle (scripts/bench-in-page.mjs), and count the DOM nodes of a tree.
const HELPERS = `
  ${SETTLE}
  function countNodes(node) {
    let n = 0;
    const walk = (x) => { n++; if (x.shadowRoot) x.shadowRoot.childNodes.forEach(walk); x.childNodes.forEach(walk); };
    node.childNodes.forEach(walk);
    return n;
  }`;

const browser = await chromium.launch({ executablePath, headless: true, args });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  const nodes = await page.evaluate(async (HELPERS) => {
    const { settle, countNodes } = new Function(`${HELPERS}; return { settle, countNodes };`)();
    await import('/futan.js');
    const calc = document.createElement('futan-calculator');
    calc.setAttribute('scenario', 'advanced-stem-cell-transplant');
    document.body.append(calc);
    // The loader (dist/futan.js) defines the tag once a calculator is on the page and near the screen.
    await customElements.whenDefined('futan-calculator');
    await settle(calc);
    const rows = [...calc.shadowRoot.querySelectorAll('li.row')].map((row) => 1 + countNodes(row));
    const total = countNodes(calc.shadowRoot);
    calc.remove();
    return { total, rows };
  }, HELPERS);
  console.log(`browser: DOM nodes of the calculator with the seed scenario: ${nodes.total} (budget 1,100); per line of care ${Math.min(...nodes.rows)}–${Math.max(...nodes.rows)} (budget 60)   rerun: npm run bench:workspace`);

  for (const [count, budget] of [[60, 8], [240, 16]]) {
    const times = await page.evaluate(async ({ HELPERS, plan }) => {
      const { settle } = new Function(`${HELPERS}; return { settle };`)();
      const calc = document.createElement('futan-calculator');
      calc.plan = plan;
      document.body.append(calc);
      // The loader (dist/futan.js) defines the tag once a calculator is on the page and near the screen.
      await customElements.whenDefined('futan-calculator');
      await settle(calc);
      const input = calc.shadowRoot.querySelector('li.row futan-amount-input').shadowRoot.querySelector('input');
      const times = [];
      for (let i = 0; i < 120; i++) {
        const start = performance.now();
        input.value = String(300000 + i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: '1', inputType: 'insertText' }));
        await settle(calc);
        if (i >= 20) times.push(performance.now() - start);
      }
      calc.remove();
      return times;
    }, { HELPERS, plan: planOf(count) });
    const k = stats(times);
    console.log(`browser: keystroke → updated answer, ${count} lines: median ${k.median.toFixed(2)} ms, p95 ${k.p95.toFixed(2)} ms over ${times.length} keystrokes (budget p95 <= ${budget} ms)   rerun: npm run bench:workspace`);
  }

  const switches = await page.evaluate(async ({ HELPERS, plan }) => {
    const { settle } = new Function(`${HELPERS}; return { settle };`)();
    const calc = document.createElement('futan-calculator');
    calc.plan = plan;
    document.body.append(calc);
    // The loader (dist/futan.js) defines the tag once a calculator is on the page and near the screen.
    await customElements.whenDefined('futan-calculator');
    await settle(calc);
    const times = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      document.documentElement.lang = i % 2 ? 'ja' : 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(calc);
      times.push(performance.now() - start);
    }
    calc.remove();
    return times.slice(1);
  }, { HELPERS, plan: planOf(60) });
  const s = stats(switches);
  console.log(`browser: switching the language, 60 lines: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms over ${switches.length} switches (budget 40 ms)   rerun: npm run bench:workspace`);
} finally {
  await browser.close();
  server.close();
}
