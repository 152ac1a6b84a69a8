import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { SCENARIOS } from '../../src/scenarios/index.js';

/**
 * A counselor keeps one calculator open all day. Whatever is switched, added and removed, the
 * DOM must end where it started (lit's repeat() once left a comment node per removed item).
 * Counts, not time.
 */

/** Every node of the element's shadow tree and of the shadow trees inside it. */
function nodeCount(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return count;
}

/** Waits until the calculator and every futan element inside it have rendered. */
async function settled(el: FutanCalculator): Promise<void> {
  const pending = (root: ParentNode): Promise<unknown>[] =>
    [...root.querySelectorAll('*')].flatMap((child) => [
      ...('updateComplete' in child ? [(child as FutanCalculator).updateComplete] : []),
      ...(child.shadowRoot ? pending(child.shadowRoot) : []),
    ]);
  await el.updateComplete;
  await Promise.all(pending(el.shadowRoot!));
}

describe('a calculator kept open all day', () => {
  it('ends 400 scenario switches with as many nodes as it started with', async () => {
    const first = SCENARIOS[0].id;
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario=${first}></futan-calculator>`);
    await settled(el);
    const before = nodeCount(el);
    for (let i = 1; i <= 400; i++) {
      el.scenario = SCENARIOS[i % SCENARIOS.length].id;
      await settled(el);
    }
    el.scenario = first;
    await settled(el);
    expect(nodeCount(el)).to.equal(before);
  });

  it('ends 400 additions and removals of a line with as many nodes as after the first', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario=${SCENARIOS[0].id}></futan-calculator>`);
    const root = el.shadowRoot!;
    const addAndRemove = async () => {
      root.querySelector<HTMLButtonElement>('.add button')!.click();
      await settled(el);
      [...root.querySelectorAll<HTMLButtonElement>('ol.lines > li button.remove')].at(-1)!.click();
      await settled(el);
    };
    // The first removal brings its own, lasting, notice (undo): count from there.
    await addAndRemove();
    const before = nodeCount(el);
    for (let i = 0; i < 400; i++) await addAndRemove();
    expect(root.querySelectorAll('ol.lines > li').length).to.equal(SCENARIOS[0].plan.items.length);
    expect(nodeCount(el)).to.equal(before);
  });
});
