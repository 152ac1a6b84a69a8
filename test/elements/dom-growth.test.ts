import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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

interface DomCounters {
  nodes: number;
  jsEventListeners: number;
}

/** Chromium's own count of live nodes and listeners, after garbage collection (scripts/dom-counters-plugin.mjs). */
async function alive(): Promise<DomCounters> {
  // Out of the task that removed the rows: a removed node is not collected while a task still holds it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return executeServerCommand<DomCounters, undefined>('dom-counters');
}

/**
 * What the walk above cannot see: nodes taken out of the tree but still alive. A removed row
 * whose radios had a `name` was kept by the shadow root's radio groups, with its listeners.
 */
describe('a calculator kept open all day keeps nothing it removed alive', () => {
  it('200 additions and removals of an insured line (入院/外来 radios) leave no more live nodes or listeners than the first', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario=${SCENARIOS[0].id}></futan-calculator>`);
    const root = el.shadowRoot!;
    const addAndRemove = async () => {
      root.querySelector<HTMLButtonElement>('.add button[data-focus="add-insured"]')!.click();
      await settled(el);
      expect(root.querySelector('ol.lines > li:last-child [role=radiogroup]')).to.not.equal(null);
      [...root.querySelectorAll<HTMLButtonElement>('ol.lines > li button.remove')].at(-1)!.click();
      await settled(el);
    };
    await addAndRemove();
    const before = await alive();
    for (let i = 0; i < 200; i++) await addAndRemove();
    const after = await alive();
    // A little slack for the browser's own bookkeeping; the leak was 77 nodes and 9 listeners a line.
    expect(after.nodes - before.nodes, `nodes ${before.nodes} → ${after.nodes}`).to.be.below(100);
    expect(after.jsEventListeners - before.jsEventListeners, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`).to.be.below(20);
  });

  it('the mixed-billing question shown and taken away 200 times leaves no more live nodes or listeners than the first', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    const insured = { month: '2026-09', kind: 'insured', amount: 1000000, setting: 'inpatient' } as const;
    const plan = (withFree: boolean) => ({ insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 60 }], items: withFree ? [insured, { month: '2026-09', kind: 'free', amount: 500000 } as const] : [insured] });
    const showAndHide = async () => {
      el.plan = plan(true);
      await settled(el);
      expect(el.shadowRoot!.querySelector('.course-question [type=radio]')).to.not.equal(null);
      el.plan = plan(false);
      await settled(el);
    };
    await showAndHide();
    const before = await alive();
    for (let i = 0; i < 200; i++) await showAndHide();
    const after = await alive();
    expect(after.nodes - before.nodes, `nodes ${before.nodes} → ${after.nodes}`).to.be.below(100);
    expect(after.jsEventListeners - before.jsEventListeners, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`).to.be.below(20);
  });

  it('400 template switches leave no more live nodes or listeners than the first round', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario=${SCENARIOS[0].id}></futan-calculator>`);
    const round = async () => {
      for (const scenario of SCENARIOS) {
        el.scenario = scenario.id;
        await settled(el);
      }
    };
    await round();
    const before = await alive();
    for (let i = 0; i < Math.ceil(400 / SCENARIOS.length); i++) await round();
    const after = await alive();
    expect(after.nodes - before.nodes, `nodes ${before.nodes} → ${after.nodes}`).to.be.below(100);
    expect(after.jsEventListeners - before.jsEventListeners, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`).to.be.below(20);
  });
});
