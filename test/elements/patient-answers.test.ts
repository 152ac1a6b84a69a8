import { expect } from '@open-wc/testing';
import { calculate, type CarePlan } from '../../src/engine/index.js';
import { bandOfBirthYear, birthYearOf, draftFor, answersFromPlan, UNKNOWN } from '../../src/elements/futan-calculator/patient-answers.js';
import { outcomeOf } from '../../src/elements/futan-calculator/patient-outcome.js';
import { planToDraft } from '../../src/elements/futan-calculator/read-plan.js';
import { scenarioById } from '../../src/scenarios/index.js';

/**
 * The patient's answers as a table: before the reader answers, the estimate is the engine's for
 * the page's own plan, whatever it holds; an answer changes only what it answers.
 */

const seed = scenarioById('advanced-stem-cell-transplant')!.plan;
const items = seed.items.filter((i) => i.amount !== undefined) as CarePlan['items'];
const planWith = (patient: CarePlan['people'] extends (infer P)[] | undefined ? Partial<P> : never, insured: Partial<CarePlan['items'][number]> = {}): CarePlan =>
  ({ ...seed, people: [{ id: 'patient', age: 52, ...patient }], items: items.map((i) => (i.kind === 'insured' ? { ...i, ...insured } : i)) }) as CarePlan;

const example = (plan: CarePlan) => {
  const draft = planToDraft(plan);
  return outcomeOf(draft, answersFromPlan(draft));
};

describe('before any answer, the estimate is the page’s own plan', () => {
  const cases: [string, CarePlan][] = [
    ['the seed', planWith({})],
    ['a local subsidy listed before a 指定難病', planWith({ programs: [{ kind: 'local', id: 'city', rate: '0' }, { kind: 'nanbyo', tier: '一般所得Ⅱ' }] })],
    ['a 指定難病 valid only from 2027-02', planWith({ programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ', from: '2027-02' }] }, { program: 'nanbyo' })],
    ['a 指定難病 linked to no line', planWith({ programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }] })],
    ['a local rate 0.1 with a ￥1,000 monthly cap', planWith({ programs: [{ kind: 'local', id: 'city', rate: '0.1', monthlyCap: 1000 }] }, { program: 'city' })],
    ['a local subsidy with a cap only', planWith({ programs: [{ kind: 'local', id: 'city', monthlyCap: 5000 }] }, { program: 'city' })],
    // 70 from the month after the birthday: under 70 in the first month, 2026-12.
    ['a patient born 1956-12-20 (under 70 in 2026-12)', { ...planWith({}), people: [{ id: 'patient', birthDate: '1956-12-20' }] } as CarePlan],
  ];
  for (const [name, plan] of cases) {
    it(name, () => {
      const expected = calculate(plan).shares.patient;
      const outcome = example(plan);
      expect(outcome, 'an estimate').to.not.equal(undefined);
      expect([outcome!.low, outcome!.high]).to.deep.equal([expected, expected]);
    });
  }
});

describe('what the reader did not know goes to the workspace as a question, not as the example', () => {
  it('age and income 「わからない」: no age, no bracket', () => {
    const draft = planToDraft(seed as CarePlan);
    const carried = draftFor(draft, { ...answersFromPlan(draft), age: UNKNOWN, bracket: UNKNOWN });
    expect(carried.bracket).to.equal('');
    expect(carried.people[0].age).to.equal('');
  });

  it('70〜74 for a page whose example is 52: no made-up age, the counselor asks', () => {
    const draft = planToDraft(seed as CarePlan);
    const carried = draftFor(draft, { ...answersFromPlan(draft), age: '70to74', bracket: '一般' });
    expect(carried.people[0].age).to.equal('');
    expect(carried.bracket).to.equal('一般');
  });

  it('an income chosen before the age carries over to the age band: ウ is 現役並みⅠ at 72', () => {
    const draft = planToDraft(seed as CarePlan);
    const outcome = outcomeOf(draft, { ...answersFromPlan(draft), age: '70to74', bracket: 'ウ' });
    const expected = calculate({ ...seed, insurance: { ...seed.insurance, bracket: '現役並みⅠ' }, people: [{ id: 'patient', age: 72 }], items } as CarePlan).shares.patient;
    expect([outcome!.low, outcome!.high]).to.deep.equal([expected, expected]);
  });
});

describe('a year of birth as people write it', () => {
  it('reads 1955, 1955年, 昭和30, S30, 平成元年, and nothing else', () => {
    expect(['1955', '１９５５年', '昭和30', '昭和30年', 'S30', 's.30', '平成元年', '令和2'].map(birthYearOf)).to.deep.equal([1955, 1955, 1955, 1955, 1955, 1955, 1989, 2020]);
    expect(['', 'むかし', '19555', '昭和'].map(birthYearOf)).to.deep.equal([undefined, undefined, undefined, undefined]);
  });

  it('gives the band in the first month; where the birthday could change it, the younger (the higher caps)', () => {
    expect(bandOfBirthYear(1955, '2026-12')).to.deep.equal({ band: '70to74', certain: true });
    expect(bandOfBirthYear(1956, '2026-12')).to.deep.equal({ band: 'under70', certain: false });
    expect(bandOfBirthYear(1940, '2026-12')).to.deep.equal({ band: '75plus', certain: true });
  });
});
