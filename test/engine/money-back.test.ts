import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

/** RULES.md §3 corrections and issue #11 part 3: money that comes back, and when. */

const stay: CareItem[] = [
  insured('2026-09', 500_000), insured('2026-10', 400_000), insured('2026-11', 1_813_390), insured('2026-12', 500_000),
];

describe('多数回 at the window', () => {
  it('a 4-month stay at one hospital: the 4th month charges 44,400 at the window, nothing comes back later', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, stay));
    expect(b.months.map((m) => m.atWindow)).to.deep.equal(['87940', '86940', '101074', '44400']);
    expect(b.months[3].later).to.deep.equal([]);
    expect(b.shares.patient).to.equal('320354');
  });

  it('when the earlier benefit months were at another hospital, this window charges the ordinary cap and 48,540 comes back', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [...stay.slice(0, 3), insured('2026-12', 1_000_000, { facility: 'B' })]));
    const [, , , fourth] = b.months;
    expect(fourth).to.include({ manyTimes: true, atWindow: '92940', patient: '44400' });
    expect(fourth.later.map((l) => [l.reason, l.amount])).to.deep.equal([['manyTimes', '48540']]);
  });

  it('prior benefit months count as at the facility of the first insured line', () => {
    const [month] = calculate(planOf({ bracket: 'ウ', priorHighCostMonths: ['2026-06', '2026-07', '2026-08'] }, [insured('2026-09', 1_000_000)])).months;
    expect(month).to.include({ atWindow: '44400', patient: '44400' });
  });

  it('unless insurance.priorElsewhere: then the window charges 92,940 and 48,540 comes back', () => {
    const [month] = calculate(planOf({ bracket: 'ウ', priorHighCostMonths: ['2026-06', '2026-07', '2026-08'], priorElsewhere: true }, [insured('2026-09', 1_000_000)])).months;
    expect(month).to.include({ atWindow: '92940', patient: '44400' });
    expect(month.later.map((l) => [l.reason, l.amount])).to.deep.equal([['manyTimes', '48540']]);
  });

  it('at 70+ the window charges the 多数回 amount for inpatient care too (一般: 44,400)', () => {
    const months = ['2026-09', '2026-10', '2026-11', '2026-12'];
    const b = calculate(planOf({ bracket: '一般' }, months.map((m) => insured(m, 500_000)), { age: 72 }));
    expect(b.months.map((m) => m.atWindow)).to.deep.equal(['61500', '61500', '61500', '44400']);
  });

  it('priorElsewhere must be true or false', () => {
    expect(validate(planOf({ bracket: 'ウ', priorElsewhere: 'yes' as unknown as boolean }, stay)).map((i) => i.code)).to.deep.equal(['type']);
  });
});

describe('private insurance pays back (riderPayment)', () => {
  const rider = (extra: Partial<CareItem> = {}) =>
    calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), { month: '2026-09', kind: 'advanced', amount: 3_000_000, payer: 'privateInsurance', ...extra }]));

  it('by default the patient pays the fee at the window and the insurer pays it back the month after', () => {
    const b = rider();
    const [month] = b.months;
    expect(month.atWindow).to.equal('3087940');
    expect(month.later.find((l) => l.reason === 'privateInsurance')).to.include({ amount: '3000000', expectedMonth: '2026-10' });
    expect(month.patient).to.equal('87940');
    expect(b.cashFlow.map((c) => [c.month, c.paid, c.received])).to.deep.equal([['2026-09', '3087940', '0'], ['2026-10', '0', '3000000']]);
    expect(b.shares).to.include({ patient: '87940', privateInsurance: '3000000' });
  });

  it("'direct': the insurer pays the hospital, as before; the shares are the same", () => {
    const b = rider({ riderPayment: 'direct' });
    expect(b.months[0].atWindow).to.equal('87940');
    expect(b.months[0].later).to.deep.equal([]);
    expect(b.shares).to.deep.equal(rider().shares);
  });

  const cases: [string, Partial<CareItem>, string][] = [
    ['an unknown way of paying', { riderPayment: 'cash' as 'direct' }, 'items[1].riderPayment unknown-rider-payment'],
    ['a rider payment on a fee the patient pays', { payer: 'patient', riderPayment: 'direct' }, 'items[1].riderPayment rider-not-private'],
  ];
  for (const [name, extra, expected] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      const issues = validate(planOf({ bracket: 'ウ' }, [insured('2026-09', 1), { month: '2026-09', kind: 'advanced', amount: 1, payer: 'privateInsurance', ...extra }]));
      expect(issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([expected]);
      expect(issues[0].message.en).to.contain('privateInsurance');
    });
  }
});

describe('the annual cap: amounts counted before the plan, and 410,000 for 70+ 一般 with 標報 ≤ 15万', () => {
  it('annualCountedBefore joins the year of the first month: 500,000 + 92,940 refunds 62,940 above 530,000', () => {
    const b = calculate(planOf({ bracket: 'ウ', annualCountedBefore: 500_000 }, [insured('2026-09', 1_000_000)]));
    expect(b.yearly[0]).to.include({ reason: 'annualCap', cap: '530000', counted: '592940', countedBefore: '500000', amount: '62940' });
    expect(b.shares.patient).to.equal('30000');
  });

  it('the refund never returns more than the plan paid', () => {
    const b = calculate(planOf({ bracket: 'ウ', annualCountedBefore: 600_000 }, [insured('2026-09', 1_000_000)]));
    expect(b.yearly[0]).to.include({ counted: '692940', amount: '92940' });
    expect(b.shares.patient).to.equal('0');
  });

  it('it counts in the year of the first month only, not in the next one', () => {
    const b = calculate(planOf({ bracket: 'ウ', annualCountedBefore: 520_000 }, [insured('2026-09', 100_000), insured('2027-08', 1_000_000)]));
    expect(b.yearly.map((y) => [y.from, y.counted, y.amount])).to.deep.equal([['2026-08', '550000', '20000']]);
  });

  const year = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];
  it('70+ 一般, 標報 15万: 3 × 61,500 + 9 × 44,400 = 584,100, refunded above 410,000', () => {
    const b = calculate(planOf({ bracket: '一般', monthlyRemuneration: 150_000 }, year.map((m) => insured(m, 500_000)), { age: 72 }));
    expect(b.yearly[0]).to.include({ cap: '410000', counted: '584100', amount: '174100' });
  });

  it('70+ 一般, 標報 16万: the ordinary 530,000', () => {
    const b = calculate(planOf({ bracket: '一般', monthlyRemuneration: 160_000 }, year.map((m) => insured(m, 500_000)), { age: 72 }));
    expect(b.yearly[0]).to.include({ cap: '530000', amount: '54100' });
  });

  it('annualCountedBefore must be an amount', () => {
    expect(validate(planOf({ bracket: 'ウ', annualCountedBefore: -1 }, [insured('2026-09', 1)])).map((i) => `${i.path} ${i.code}`)).to.deep.equal(['insurance.annualCountedBefore negative']);
  });
});

describe('70+ months from 2027-08 and the 75+ 2割 relief', () => {
  it('a 70+ month from 2027-08 says a change is planned; 2027-07 does not', () => {
    const at = (month: string) => calculate(planOf({ bracket: '一般' }, [insured(month, 100_000)], { age: 72 })).warnings.filter((w) => w.code === 'planned-rules');
    expect(at('2027-08').map((w) => w.months)).to.deep.equal([['2027-08']]);
    expect(at('2027-08')[0].message.ja).to.contain('70歳以上');
    expect(at('2027-07')).to.deep.equal([]);
  });

  const relief: [number, string][] = [[35_010, '6501'], [30_000, '6000'], [100_000, '13000'], [20_000, '4000']];
  for (const [fee, patient] of relief) {
    it(`75+ at 2割 in 2024-05, outpatient fee ${fee}: ${patient} (6,000 + (fee − 30,000) × 10 %, to the yen)`, () => {
      expect(calculate(planOf({ bracket: '一般' }, [insured('2024-05', fee, { setting: 'outpatient' })], { age: 80, copayRate: '0.2' })).shares.patient).to.equal(patient);
    });
  }
});

describe('多数回 at the window: what builds a facility’s history', () => {
  it('months where only the 70+ outpatient cap (外来特例) applied do not: the window charges 61,500 and 17,100 comes back', () => {
    const b = calculate(planOf({ bracket: '一般', priorHighCostMonths: ['2026-03', '2026-04', '2026-05'], priorElsewhere: true }, [
      insured('2026-06', 200_000, { setting: 'outpatient' }),
      insured('2026-07', 200_000, { setting: 'outpatient' }),
      insured('2026-08', 200_000, { setting: 'outpatient' }),
      insured('2026-09', 500_000),
    ], { age: 72 }));
    const september = b.months[3];
    expect(september).to.include({ manyTimes: true, atWindow: '61500', patient: '44400' });
    expect(september.later.map((l) => [l.reason, l.amount])).to.deep.equal([['manyTimes', '17100']]);
  });
});
