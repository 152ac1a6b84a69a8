import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { calculate, type CarePlan } from '../../src/engine/index.js';
import { settle } from './calculator-helpers.js';

/**
 * Plans with what the engine now reads for a real year (brackets that change, programmes that
 * stack, local subsidies as they are, the card per window, an outside pharmacy): the calculator
 * has no control for most of it yet, so it keeps each as given. The answer on screen is the
 * engine's, and the saved file says what the plan said.
 */

const plan = {
  insurance: { scheme: 'kokuho', bracket: 'ウ', brackets: [{ from: '2026-08', bracket: 'エ' }], cardShown: [{ facility: 'clinic', shown: false }] },
  people: [
    { id: 'patient', age: 40, programs: [{ kind: 'tokutei' }, { kind: 'local', id: 'jusho', rate: '0', perFacility: true }] },
    { id: 'child', age: 8, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅰ', highCostLongTerm: false, tiers: [{ from: '2026-09', tier: '一般所得Ⅱ' }] }] },
  ],
  items: [
    { month: '2026-07', kind: 'insured', amount: 400000, setting: 'outpatient', facility: 'hospital', program: ['tokutei', 'jusho'] },
    { month: '2026-08', kind: 'insured', amount: 400000, setting: 'outpatient', facility: 'hospital', program: ['tokutei', 'jusho'] },
    { month: '2026-08', kind: 'insured', amount: 20000, setting: 'outpatient', facility: 'hospital', pharmacy: 'ekimae', program: 'tokutei' },
    { month: '2026-09', kind: 'insured', amount: 300000, setting: 'inpatient', person: 'child', program: 'nanbyo', facility: 'clinic' },
  ],
} as unknown as CarePlan;

describe('a plan of a real year, set by the page', () => {
  it('shows what the engine works out, and saves what the plan said', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" .plan=${plan}></futan-calculator>`);
    await settle(el);
    const expected = calculate(plan);
    expect(el.breakdown?.shares).to.deep.equal(expected.shares);
    const saved = JSON.parse(el.planFile()).plan;
    expect(saved.insurance.brackets).to.deep.equal(plan.insurance.brackets);
    expect(saved.insurance.cardShown).to.deep.equal((plan.insurance as { cardShown: unknown }).cardShown);
    expect(saved.items[0].program).to.deep.equal(['tokutei', 'jusho']);
    expect(saved.items[2].pharmacy).to.equal('ekimae');
    expect(saved.people[0].programs[1]).to.include({ perFacility: true });
    expect(saved.people[1].programs[0]).to.include({ highCostLongTerm: false });
    expect(saved.people[1].programs[0].tiers).to.deep.equal([{ from: '2026-09', tier: '一般所得Ⅱ' }]);
    // Opened again, the file gives the same answer.
    const again = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    await again.importFile(new File([el.planFile()], 'plan.json', { type: 'application/json' }));
    await settle(again);
    expect(again.breakdown?.shares).to.deep.equal(expected.shares);
  });
});
