// What the browser benchmarks share: waiting for a calculator to settle inside the page, and the
// median and p95 of a list of timings.
import { readdirSync } from 'node:fs';

/** Every futan tag, one per src/define/futan-*.ts, as a selector. */
const FUTAN_TAGS = readdirSync(new URL('../src/define/', import.meta.url))
  .filter((file) => /^futan-.*\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''))
  .join(', ');

/**
 * The source of `settle(calc)`, to run inside the page (`new Function`): it waits for the
 * calculator and every futan element in it, all together (found by tag: filtering every element
 * of a 240-line tree cost milliseconds too), then forces style and layout, so a timing ends when
 * the page could paint. Awaiting each of the shadow tree's elements in turn
 * (thousands with 240 lines) took milliseconds a keystroke: the harness's time, not futan's.
 */
export const SETTLE = `async function settle(calc) {
  for (let round = 0; round < 3; round++) {
    await calc.updateComplete;
    await Promise.all([...calc.shadowRoot.querySelectorAll('${FUTAN_TAGS}')].map((el) => el.updateComplete));
  }
  calc.getBoundingClientRect();
}`;

/** The median and p95 of timings. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}
