import { expect } from '@open-wc/testing';
import { answerOf, calculate } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

describe('answerOf: each month of care, and refunds over a year', () => {
  // The seed's four insured months under ウ (2026-08 table): 85,800 + 1% over 286,000; the fourth
  // month is the 4th benefit in 12 months (多数回 44,400), paid at the window as the first cap and
  // refunded down to 44,400 later.
  const seed = answerOf(calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), insured('2026-10', 400_000), insured('2026-11', 1_813_390), insured('2026-12', 500_000)])));

  it('gives every month what to have ready at the cashier', () => {
    expect(seed.months.map((m) => [m.month, m.atWindow])).to.deep.equal([['2026-09', '87940'], ['2026-10', '86940'], ['2026-11', '101074'], ['2026-12', '87940']]);
  });

  it('adds up the cashier over the plan: 87,940 + 86,940 + 101,074 + 87,940', () => {
    expect(seed.totalAtWindow).to.equal('363894');
  });

  it('puts a month’s own refund beside that month, with who pays it and when', () => {
    expect(seed.months.map((m) => m.comingBack)).to.deep.equal([[], [], [], [{ expectedMonth: '2027-03', from: 'insurer', amount: '43540' }]]);
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
