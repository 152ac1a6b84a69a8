import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { deepActive, lines, root, settle } from './calculator-helpers.js';

/**
 * 入院/外来 and the mixed-billing question are radios without a `name` (radio-group.ts says why),
 * and still work by keyboard as a named group does: one tab stop, arrows move and choose.
 */
const press = async (el: FutanCalculator, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
const focusName = () => deepActive()?.getAttribute('data-focus') ?? '';

async function withPlan(items: object[]): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
  el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 60 }], items };
  await settle(el);
  return el;
}

describe('radios without a name, by keyboard', () => {
  // Wide enough for the answer beside the editor: below 60em it is a closed bar.
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('入院/外来 is one tab stop, on the chosen one; arrows move to the other and choose it, round the end', async () => {
    const el = await withPlan([{ month: '2026-09', kind: 'insured', amount: 100000, setting: 'outpatient' }]);
    const row = lines(el)[0];
    const radios = [...row.querySelectorAll<HTMLInputElement>('[role=radiogroup] input[type=radio]')];
    expect(radios.map((r) => r.name)).to.deep.equal(['', '']);
    expect(radios.map((r) => r.tabIndex)).to.deep.equal([-1, 0]);
    radios[1].focus();
    await press(el, 'ArrowLeft');
    expect(focusName()).to.match(/-setting-inpatient$/);
    expect(JSON.parse(el.planFile()).plan.items[0].setting).to.equal('inpatient');
    expect(radios.map((r) => [r.checked, r.tabIndex])).to.deep.equal([[true, 0], [false, -1]]);
    await press(el, 'ArrowLeft');
    expect(focusName()).to.match(/-setting-outpatient$/);
    expect(JSON.parse(el.planFile()).plan.items[0].setting).to.equal('outpatient');
    await press(el, 'ArrowDown');
    expect(JSON.parse(el.planFile()).plan.items[0].setting).to.equal('inpatient');
    // Shift+Tab from the chosen radio leaves the group: the other radio is no stop of its own.
    await press(el, 'Tab');
    expect(focusName()).to.not.match(/-setting-/);
    await sendKeys({ down: 'Shift' });
    await press(el, 'Tab');
    await sendKeys({ up: 'Shift' });
    expect(focusName()).to.match(/-setting-inpatient$/);
  });

  it('入院/外来 not chosen yet: the first is the tab stop, and Space chooses it', async () => {
    const el = await withPlan([{ month: '2026-09', kind: 'insured', amount: 100000, setting: 'outpatient' }]);
    root(el).querySelector<HTMLButtonElement>('button[data-focus="add-insured"]')!.click();
    await settle(el);
    const radios = [...lines(el)[1].querySelectorAll<HTMLInputElement>('[role=radiogroup] input[type=radio]')];
    expect(radios.map((r) => [r.checked, r.tabIndex])).to.deep.equal([[false, 0], [false, -1]]);
    radios[0].focus();
    await press(el, 'Space');
    expect(JSON.parse(el.planFile()).plan.items[1].setting).to.equal('inpatient');
  });

  it('the mixed-billing question: arrows move through its three answers and choose each', async () => {
    const el = await withPlan([{ month: '2026-09', kind: 'insured', amount: 1000000, setting: 'inpatient' }, { month: '2026-09', kind: 'free', amount: 500000 }]);
    const group = root(el).querySelector<HTMLElement>('.course-question[role=radiogroup]')!;
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.tabIndex)).to.deep.equal([-1, -1, 0]);
    radios[2].focus();
    await press(el, 'ArrowRight');
    expect(focusName()).to.equal('plan-freeCourse-separate');
    expect(JSON.parse(el.planFile()).plan.items[1].course).to.equal('separate');
    await press(el, 'ArrowRight');
    expect(focusName()).to.equal('plan-freeCourse-one');
    expect(JSON.parse(el.planFile()).plan.items.every((i: { course?: string }) => i.course === 'main')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
