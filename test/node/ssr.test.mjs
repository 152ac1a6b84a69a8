// Every element renders with lit's server-side renderer in Node: nothing may touch Element,
// document or window at module evaluation or during render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

await import('../../dist/define/all.js');
const { calculate } = await import('../../dist/engine/index.js');

// The seed case in one month, bracket ウ: 3,213,390 insured, the patient pays 115,074.
const plan = { insurance: { scheme: 'kyokai', bracket: 'ウ' }, people: [{ id: 'patient', age: 52 }], items: [{ month: '2026-11', kind: 'insured', amount: 3213390, setting: 'inpatient' }] };
const breakdown = calculate(plan);

/** The text a reader would see (a field's value too), without markup or styles. */
const textOf = async (template) =>
  (await collectResult(render(template)))
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<input[^>]*\svalue="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const CASES = [
  ['futan-calculator', html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`, ['自家造血幹細胞移植', '￥320,354']],
  // Keeping in the tab waits for a browser: on the server there is no location and no sessionStorage.
  ['futan-calculator persist', html`<futan-calculator persist scenario="advanced-stem-cell-transplant"></futan-calculator>`, ['自家造血幹細胞移植', '￥320,354']],
  ['futan-amount-input', html`<futan-amount-input label="手術費" value="123000"></futan-amount-input>`, ['手術費', '123,000']],
  ['futan-breakdown', html`<futan-breakdown .breakdown=${breakdown}></futan-breakdown>`, ['￥115,074', '￥3,213,390']],
  ['futan-split-bar', html`<futan-split-bar .breakdown=${breakdown}></futan-split-bar>`, ['￥115,074', '￥3,098,316']],
  ['futan-schedule', html`<futan-schedule .breakdown=${breakdown}></futan-schedule>`, ['2026年11月', '￥115,074']],
  ['futan-compare', html`<futan-compare .paths=${[{ title: '入院A', plan }, { title: '入院B', plan }]}></futan-compare>`, ['入院A', '入院B', '￥115,074']],
];

for (const [tag, template, expected] of CASES) {
  test(`<${tag}> renders on the server with its figures`, async () => {
    const text = await textOf(template);
    for (const words of expected) assert.ok(text.includes(words), `${words} not in: ${text.slice(0, 300)}`);
  });
}
