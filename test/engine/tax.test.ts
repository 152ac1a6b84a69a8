import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem, type CarePlan, type Receipt } from '../../src/engine/index.js';
import { incomeTax } from '../../src/engine/year/deduction.js';
import { insured, planOf } from './helpers.js';

/** Issue #11 part 4 and RULES.md §7: the 医療費控除 and the tax it saves. */

describe('income tax by the progressive table (所得税法89条)', () => {
  const table: [number, number][] = [
    [0, 0], [1_000_000, 50_000], [1_000_999, 50_000], [1_950_000, 97_500], [2_000_000, 102_500], [3_300_000, 232_500],
    [6_950_000, 962_500], [9_000_000, 1_434_000], [18_000_000, 4_404_000], [40_000_000, 13_204_000], [50_000_000, 17_704_000],
  ];
  for (const [taxable, tax] of table) {
    it(`${taxable} → ${tax} (as the 速算表)`, () => {
      expect(String(incomeTax(BigInt(taxable)))).to.equal(String(tax));
    });
  }
});

describe('tax saved: the exact difference before and after the deduction', () => {
  const saved = (taxableIncome: number, paid = 300_000) => {
    const plan = planOf({ bracket: 'ウ' }, [{ month: '2025-06', kind: 'free', amount: paid }]);
    return calculate({ ...plan, tax: { totalIncome: 5_000_000, taxableIncome } }).deduction[0];
  };

  it('a deduction that crosses the 1,950,000 band: 102,500 − 90,000 = 12,500 (not 20,000), surtax 2,152 − 1,890 = 262', () => {
    expect(saved(2_000_000)).to.include({ deduction: '200000', incomeTaxSaved: '12500', reconstructionSurtaxSaved: '262', residentTaxSaved: '20000', totalSaved: '32762' });
  });

  it('inside one band it is the marginal rate: 33% of 200,000 at 10,000,000', () => {
    expect(saved(10_000_000)).to.include({ incomeTaxSaved: '66000', reconstructionSurtaxSaved: '1386' });
  });

  it('never more than the tax there is: taxable 50,000 saves 2,500 of income tax and 5,000 of resident tax', () => {
    expect(saved(50_000)).to.include({ incomeTaxSaved: '2500', residentTaxSaved: '5000' });
  });
});

describe('private payouts are set against the cost they paid for', () => {
  const rider = (receipt: Partial<Receipt>, items: CareItem[] = [insured('2026-09', 500_000), { month: '2026-09', kind: 'advanced', amount: 3_000_000 }]): CarePlan => ({
    ...planOf({ bracket: 'ウ' }, items),
    receipts: [{ month: '2026-10', amount: 3_000_000, from: 'privateInsurance', ...receipt }],
    tax: { totalIncome: 5_000_000, taxableIncome: 3_000_000 },
  });

  it('a 3,000,000 fee fully paid back by a rider no longer yields a 2,000,000 deduction', () => {
    const [year] = calculate(rider({ forItems: [0] }, [{ month: '2026-09', kind: 'advanced', amount: 3_000_000 }])).deduction;
    expect(year).to.include({ counted: '0', deduction: '0' });
  });

  it('linked to the fee, a payout larger than the fee leaves the copay counted (87,940)', () => {
    const b = calculate(rider({ amount: 3_500_000, forItems: [1] }));
    expect(b.deduction[0].counted).to.equal('87940');
    expect(b.warnings.some((w) => w.message.en.includes('forItems'))).to.equal(false);
  });

  it('without forItems it is set against the year’s counted costs, and said so', () => {
    const b = calculate(rider({ amount: 3_500_000 }));
    expect(b.deduction[0].counted).to.equal('0');
    expect(b.warnings.find((w) => w.message.en.includes('forItems'))?.code).to.equal('assumption');
  });

  it('a payout linked to its line and one that is not: neither order counts a cost twice or below zero', () => {
    const linked: Receipt = { month: '2026-10', amount: 3_000_000, from: 'privateInsurance', forItems: [1] };
    const unlinked: Receipt = { month: '2026-10', amount: 3_000_000, from: 'privateInsurance' };
    const counted = (receipts: Receipt[]) => calculate({ ...rider({}), receipts }).deduction[0].counted;
    // The fee goes with the linked payout, the copay (87,940) with the other: nothing is left.
    expect(counted([unlinked, linked])).to.equal('0');
    expect(counted([linked, unlinked])).to.equal('0');
    expect(counted([linked])).to.equal('87940');
  });

  it('a payout from a trial sponsor (負担軽減費) is not a reimbursement of a cost', () => {
    const b = calculate(rider({ from: 'sponsor', amount: 100_000 }));
    expect(b.deduction[0].counted).to.equal('3087940');
  });

  it('a rider that pays the fee itself leaves nothing of it to count', () => {
    const b = calculate({ ...planOf({ bracket: 'ウ' }, [{ month: '2026-09', kind: 'advanced', amount: 3_000_000, payer: 'privateInsurance' }]), tax: { totalIncome: 5_000_000 } });
    expect(b.deduction[0]).to.include({ counted: '0', deduction: '0' });
  });

  it('forItems must name lines of the plan', () => {
    const issues = validate(rider({ forItems: [2, -1, 0.5] }));
    expect(issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['receipts[0].forItems[0] unknown-item', 'receipts[0].forItems[1] unknown-item', 'receipts[0].forItems[2] unknown-item']);
    expect(issues[0].message.ja).to.contain('0〜1');
  });
});

describe('rules lists each hospital override used', () => {
  it('annualCapPerHousehold, with status override', () => {
    const b = calculate({ ...planOf({ bracket: 'ウ' }, [insured('2026-09', 1_000_000)]), overrides: { annualCapPerHousehold: true } });
    expect(b.rules.find((r) => r.id === 'override-annual-cap-per-household')).to.include({ status: 'override', effectiveFrom: '2026-08' });
  });

  it('not when the annual cap does not apply (2026-07)', () => {
    const b = calculate({ ...planOf({ bracket: 'ウ' }, [insured('2026-07', 1_000_000)]), overrides: { annualCapPerHousehold: true } });
    expect(b.rules.map((r) => r.status)).to.not.include('override');
  });
});
