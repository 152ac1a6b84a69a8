import { expect } from '@open-wc/testing';
import { answerOf, calculate } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

describe('answerOf: each month of care, and refunds over a year', () => {
  // The seed's four insured months under ウ (2026-08 table): 85,800 + 1% over 286,000; the fourth
  // month is the 4th benefit in 12 months at the same hospital, which charges the 多数回 44,400 at
  // its window (RULES.md §3).
  const seed = answerOf(calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), insured('2026-10', 400_000), insured('2026-11', 1_813_390), insured('2026-12', 500_000)])));

  it('gives every month what to have ready at the cashier', () => {
    expect(seed.months.map((m) => [m.month, m.atWindow])).to.deep.equal([['2026-09', '87940'], ['2026-10', '86940'], ['2026-11', '101074'], ['2026-12', '44400']]);
  });

  it('adds up the cashier over the plan: 87,940 + 86,940 + 101,074 + 44,400', () => {
    expect(seed.totalAtWindow).to.equal('320354');
  });

  it('puts a month’s own refund beside that month, with who pays it and when', () => {
    // Without a card at the window, the 3割 copay of 150,000 is paid and 150,000 − 87,940 comes back.
    const breakdown = calculate(planOf({ bracket: 'ウ', capAtWindow: false }, [insured('2026-09', 500_000), insured('2026-10', 10_000)]));
    const expectedMonth = breakdown.months[0].later[0].expectedMonth;
    expect(answerOf(breakdown).months.map((m) => m.comingBack)).to.deep.equal([[{ expectedMonth, from: 'insurer', amount: '62060' }], []]);
  });

  it('gives a yearly refund its period, not a month', () => {
    // 72, 一般, outpatient every month from August to July: over the yearly outpatient cap.
    const months = Array.from({ length: 12 }, (_, i) => insured(`${2026 + Math.floor((7 + i) / 12)}-${String(((7 + i) % 12) + 1).padStart(2, '0')}`, 100_000, { setting: 'outpatient' }));
    const breakdown = calculate(planOf({ bracket: '一般' }, months, { age: 72 }));
    const [refund] = breakdown.yearly;
    expect(answerOf(breakdown).yearBack).to.deep.equal([{ from: '2026-08', to: '2027-07', expectedMonth: refund.expectedMonth, amount: refund.amount }]);
    const year = answerOf(breakdown);
    expect(year.months.every((m) => m.comingBack.length === 0)).to.equal(true);
  });
});

describe('an annual cap counted per household, person by person', () => {
  const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];
  const b = calculate({
    insurance: { bracket: 'エ' },
    people: [{ id: 'a', age: 45 }, { id: 'b', age: 40 }],
    items: months.flatMap((month) => [insured(month, 300_000, { person: 'a' }), insured(month, 200_000, { person: 'b' })]),
    overrides: { annualCapPerHousehold: true },
  });

  it('says how much of the household’s refund lowers each person’s copays, to the yen', () => {
    const [refund] = b.yearly;
    expect(refund.person).to.equal(undefined);
    expect(refund.byPerson!.map((p) => p.person)).to.deep.equal(['a', 'b']);
    expect(String(refund.byPerson!.reduce((total, p) => total + BigInt(p.amount), 0n))).to.equal(refund.amount);
  });

  it('so each person’s amount in the answer adds up to the household’s final cost', () => {
    const answer = answerOf(b);
    expect(String(answer.people.reduce((total, p) => total + BigInt(p.amount), 0n))).to.equal(answer.finalCost);
  });
});
