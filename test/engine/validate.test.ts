import { expect } from '@open-wc/testing';
import { PlanError, calculate, validate, type CarePlan } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

const good = (): CarePlan => planOf({ bracket: 'ウ' }, [insured('2026-09', 100_000)]);
const codes = (plan: unknown) => validate(plan).map((i) => `${i.path} ${i.code}`);
const withItem = (item: Record<string, unknown>) => ({ ...good(), items: [item] });

describe('validate()', () => {
  it('returns [] for a good plan', () => {
    expect(validate(good())).to.deep.equal([]);
  });

  const cases: [string, unknown, string][] = [
    ['a plan that is not an object', 'plan', ' type'],
    ['no insurance', { items: [] }, 'insurance required'],
    ['an unknown bracket', { ...good(), insurance: { bracket: 'カ' } }, 'insurance.bracket unknown-bracket'],
    ['no bracket and no remuneration', { ...good(), insurance: {} }, 'insurance.bracket required'],
    ['a negative amount', withItem({ month: '2026-09', kind: 'insured', amount: -1 }), 'items[0].amount negative'],
    ['a negative amount as text', withItem({ month: '2026-09', kind: 'insured', amount: '-100' }), 'items[0].amount negative'],
    ['fractional yen', withItem({ month: '2026-09', kind: 'insured', amount: 100.5 }), 'items[0].amount fractional'],
    ['fractional yen as text', withItem({ month: '2026-09', kind: 'insured', amount: '100.50' }), 'items[0].amount fractional'],
    ['NaN', withItem({ month: '2026-09', kind: 'insured', amount: NaN }), 'items[0].amount not-a-number'],
    ['Infinity', withItem({ month: '2026-09', kind: 'insured', amount: Infinity }), 'items[0].amount not-a-number'],
    ['text that is no amount', withItem({ month: '2026-09', kind: 'insured', amount: '4,136,390' }), 'items[0].amount not-a-number'],
    ['an amount over 10 trillion', withItem({ month: '2026-09', kind: 'insured', amount: '10000000000001' }), 'items[0].amount too-large'],
    ['1e21', withItem({ month: '2026-09', kind: 'insured', amount: 1e21 }), 'items[0].amount too-large'],
    ['an amount of the wrong type', withItem({ month: '2026-09', kind: 'insured', amount: {} }), 'items[0].amount type'],
    ['a missing amount', withItem({ month: '2026-09', kind: 'insured' }), 'items[0].amount required'],
    ['month 13', withItem({ month: '2026-13', kind: 'insured', amount: 1 }), 'items[0].month bad-month'],
    ['month 00', withItem({ month: '2026-00', kind: 'insured', amount: 1 }), 'items[0].month bad-month'],
    ['an unknown kind', withItem({ month: '2026-09', kind: 'magic', amount: 1 }), 'items[0].kind unknown-kind'],
    ['an unknown setting', withItem({ month: '2026-09', kind: 'insured', amount: 1, setting: 'home' }), 'items[0].setting unknown-setting'],
    ['a payer on insured care', withItem({ month: '2026-09', kind: 'insured', amount: 1, payer: 'research' }), 'items[0].payer payer-not-allowed'],
    ['an unknown payer', withItem({ month: '2026-09', kind: 'advanced', amount: 1, payer: 'uncle' }), 'items[0].payer unknown-payer'],
    ['an unknown person', withItem({ month: '2026-09', kind: 'insured', amount: 1, person: 'ghost' }), 'items[0].person unknown-person'],
    ['day 31 of September', withItem({ month: '2026-09', kind: 'insured', amount: 1, day: 31 }), 'items[0].day bad-day'],
    ['100 meals in a month', withItem({ month: '2026-09', kind: 'meals', meals: 100 }), 'items[0].meals bad-meals'],
    ['meals before any meal table', withItem({ month: '2023-09', kind: 'meals', meals: 3 }), 'items[0].meals no-meal-table'],
    ['insured care before 2015', withItem({ month: '2014-12', kind: 'insured', amount: 1 }), 'items[0].month no-rules'],
    ['an impossible birth date', { ...good(), people: [{ id: 'p', birthDate: '1960-02-30' }] }, 'people[0].birthDate bad-date'],
    ['neither birth date nor age', { ...good(), people: [{ id: 'p' }] }, 'people[0] required'],
    ['an age of 200', { ...good(), people: [{ id: 'p', age: 200 }] }, 'people[0].age bad-age'],
    ['a copay rate of 50%', { ...good(), people: [{ id: 'p', age: 40, copayRate: '0.5' }] }, 'people[0].copayRate bad-rate'],
    ['two people with one id', { ...good(), people: [{ id: 'p', age: 40 }, { id: 'p', age: 41 }] }, 'people[1].id duplicate-person'],
    ['care before birth', { ...good(), people: [{ id: 'p', birthDate: '2026-10-01' }] }, 'items[0].month born-after-care'],
    ['a 70+ bracket for someone under 70', { ...good(), insurance: { bracket: '一般' } }, 'insurance.bracket bracket-age-mismatch'],
    ['an under-70 bracket for someone over 70', { ...good(), insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 80 }] }, 'insurance.bracket bracket-age-mismatch'],
    ['a bracket that contradicts the remuneration', { ...good(), insurance: { bracket: 'ア', monthlyRemuneration: 300_000 } }, 'insurance.monthlyRemuneration bracket-mismatch'],
    ['a 70+ bracket with no age', { insurance: { bracket: '一般' }, items: [insured('2026-09', 1)] }, 'people required'],
    ['a prior month that is no month', { ...good(), insurance: { bracket: 'ウ', priorHighCostMonths: ['June'] } }, 'insurance.priorHighCostMonths[0] bad-month'],
    ['items that are not a list', { ...good(), items: 'many' }, 'items type'],
    ['too many items', { ...good(), items: Array.from({ length: 5001 }, () => insured('2026-09', 1)) }, 'items too-many'],
    ['selfPayCourses that is not a list', { ...good(), selfPayCourses: 'main' }, 'selfPayCourses type'],
    ['a self-pay course with an empty name', { ...good(), selfPayCourses: ['main', ' '] }, 'selfPayCourses[1] bad-course'],
    ['a self-pay course named by a number', { ...good(), selfPayCourses: [1] }, 'selfPayCourses[0] bad-course'],
    ['a self-pay course name of 201 characters', { ...good(), selfPayCourses: ['x'.repeat(201)] }, 'selfPayCourses[0] bad-course'],
    ['401 self-pay courses', { ...good(), selfPayCourses: Array.from({ length: 401 }, (_, i) => `c${i}`) }, 'selfPayCourses too-many'],
  ];
  for (const [name, plan, expected] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(codes(plan)).to.include(expected);
    });
  }

  it('reports every problem at once, each in Japanese and English', () => {
    const issues = validate({
      insurance: { bracket: 'X' },
      items: [{ month: '2026-13', kind: 'foo', amount: -1 }, { month: '2026-01', kind: 'insured', amount: '1.5' }],
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['insurance.bracket', 'items[0].month', 'items[0].kind', 'items[0].amount', 'items[1].amount']);
    for (const issue of issues) {
      expect(issue.message.ja).to.match(/[ぁ-んァ-ヶ一-龠]/);
      expect(issue.message.en).to.match(/[a-z]/);
    }
  });

  it('accepts ASCII Roman numerals for 70+ brackets', () => {
    expect(validate({ ...good(), insurance: { bracket: '現役並みII' }, people: [{ id: 'p', age: 72 }] })).to.deep.equal([]);
  });

  it('accepts self-pay courses a line names, that no line names, or named twice, trimmed as a line’s course is', () => {
    expect(validate({ ...good(), selfPayCourses: Array.from({ length: 400 }, (_, i) => `c${i}`) })).to.deep.equal([]);
    const mixed = planOf({ bracket: 'ウ' }, [insured('2026-09', 600_000), { month: '2026-09', kind: 'free', amount: 100_000 }]);
    const plan = { ...mixed, selfPayCourses: ['elsewhere', ' main ', 'main'] };
    expect(validate(plan)).to.deep.equal([]);
    // main is confirmed as one course: all of it self-pay, 700,000.
    expect(calculate(plan).shares).to.include({ patient: '700000', insurer: '0' });
  });

  it('says what is wrong with a self-pay course in Japanese and English', () => {
    const [issue] = validate({ ...good(), selfPayCourses: [''] });
    expect(issue.message.ja).to.contain('自由診療');
    expect(issue.message.en).to.contain('course');
  });

  it('reads no self-pay courses a plan inherits', () => {
    const mixed = planOf({ bracket: 'ウ' }, [insured('2026-09', 600_000), { month: '2026-09', kind: 'free', amount: 100_000 }]);
    const inherited = Object.assign(Object.create({ selfPayCourses: ['main'] }) as CarePlan, mixed);
    expect(calculate(inherited)).to.deep.equal(calculate(mixed));
    expect(calculate(inherited).shares.insurer).to.not.equal('0');
  });

  it('accepts -0 as zero', () => {
    expect(validate(withItem({ month: '2026-09', kind: 'insured', amount: -0 }))).to.deep.equal([]);
  });

  it('never throws, even on a hostile Proxy', () => {
    const hostile = new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('boom'); }, get() { throw new Error('boom'); } });
    expect(validate(hostile).map((i) => i.code)).to.deep.equal(['unreadable']);
  });

  it('reads a line\'s own fields, enumerable or not, and none it inherits', () => {
    const line = Object.create({ amount: 5, setting: 'inpatient' }) as Record<string, unknown>;
    Object.assign(line, { month: '2026-09', kind: 'insured' });
    Object.defineProperty(line, 'amount', { value: 1_000_000, enumerable: false });
    const plan = { ...good(), items: [line as unknown as CarePlan['items'][number]] };
    expect(validate(plan)).to.deep.equal([]);
    expect(calculate(plan)).to.deep.equal(calculate({ ...good(), items: [insured('2026-09', 1_000_000)] }));
  });

  it('treats a __proto__ key as data and leaves Object.prototype alone', () => {
    const plan = JSON.parse('{"insurance":{"bracket":"ウ"},"items":[],"__proto__":{"polluted":true}}');
    expect(validate(plan)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('keeps hostile strings as plain data in messages', () => {
    const [issue] = validate(withItem({ month: '2026-09', kind: 'insured', amount: 1, person: '<img src=x onerror=alert(1)>' }));
    expect(issue.message.en).to.contain('<img src=x onerror=alert(1)>');
  });
});

describe('calculate() on a bad plan', () => {
  it('throws a PlanError carrying the same issues as validate()', () => {
    const plan = withItem({ month: '2026-09', kind: 'insured', amount: -1 });
    try {
      calculate(plan as unknown as CarePlan);
      expect.fail('calculate() should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(PlanError);
      expect((error as PlanError).issues).to.deep.equal(validate(plan));
    }
  });
});
