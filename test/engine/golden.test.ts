import { expect } from '@open-wc/testing';
import { calculate } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

/** ../shared/domain/EXAMPLES.md, exactly as published: one yen off is wrong. */
describe('published worked examples', () => {
  it('#1 under 70, ウ, 1,000,000 in 2026-07: cap 87,430, copay 300,000, benefit 212,570', () => {
    const [month] = calculate(planOf({ bracket: 'ウ' }, [insured('2026-07', 1_000_000)])).months;
    expect(month.caps.map((c) => c.amount)).to.deep.equal(['87430']);
    expect(month.copay).to.equal('300000');
    expect(month.benefit).to.equal('212570');
    expect(month.patient).to.equal('87430');
  });

  it('#2 the same in 2026-08: cap 92,940, benefit 207,060', () => {
    const [month] = calculate(planOf({ bracket: 'ウ' }, [insured('2026-08', 1_000_000)])).months;
    expect(month.caps[0].amount).to.equal('92940');
    expect(month.benefit).to.equal('207060');
    expect(month.caps[0].tableId).to.equal('high-cost-under70-2026-08');
  });

  it('#3 ア, 1,000,000 in 2026-08: 271,290', () => {
    expect(calculate(planOf({ bracket: 'ア' }, [insured('2026-08', 1_000_000)])).shares.patient).to.equal('271290');
  });

  it('#4 イ, 1,000,000 in 2026-08: 183,130', () => {
    expect(calculate(planOf({ bracket: 'イ' }, [insured('2026-08', 1_000_000)])).shares.patient).to.equal('183130');
  });

  it('#5 MHLW 事例2: inpatient 94,576点, ア: 253,638 (the 1% term 1,037.6 rounds up)', () => {
    const b = calculate(planOf({ bracket: 'ア' }, [insured('2015-01', 94_576 * 10)]));
    expect(b.months[0].caps[0].amount).to.equal('253638');
    expect(b.shares.patient).to.equal('253638');
  });

  const oldTable: [number, string][] = [[266_999, '80100'], [267_000, '80100'], [267_049, '80100'], [267_050, '80101'], [267_100, '80101']];
  for (const [fee, cap] of oldTable) {
    it(`#6 ウ, old table: 医療費 ${fee} gives a cap of ${cap} (rounding at 50銭)`, () => {
      expect(calculate(planOf({ bracket: 'ウ' }, [insured('2026-07', fee)])).months[0].caps[0].amount).to.equal(cap);
    });
  }

  const newTable: [number, string][] = [[286_000, '85800'], [286_100, '85801']];
  for (const [fee, cap] of newTable) {
    it(`#7 ウ, 2026-08 table: 医療費 ${fee} gives a cap of ${cap}`, () => {
      expect(calculate(planOf({ bracket: 'ウ' }, [insured('2026-08', fee)])).months[0].caps[0].amount).to.equal(cap);
    });
  }

  const advanced = (month: string) =>
    calculate(planOf({ bracket: 'ウ' }, [insured(month, 800_000), { month, kind: 'advanced', amount: 200_000 }]));

  it('#8 先進医療 1,000,000 with a 200,000 technical fee, ウ, old table: the patient pays 285,430', () => {
    const b = advanced('2026-07');
    const [month] = b.months;
    expect(month.insuredFee).to.equal('800000');
    expect(month.copay).to.equal('240000');
    expect(month.caps[0].amount).to.equal('85430');
    expect(month.benefit).to.equal('154570');
    expect(b.shares.patient).to.equal('285430');
    expect(b.total).to.equal('1000000');
  });

  it('#9 the same in 2026-08: cap 90,940, the patient pays 290,940', () => {
    const b = advanced('2026-08');
    expect(b.months[0].caps[0].amount).to.equal('90940');
    expect(b.shares.patient).to.equal('290940');
  });

  it('#10 70–74, 一般, 2割, outpatient 11,000点, old table: 18,000', () => {
    const b = calculate(planOf({ bracket: '一般' }, [insured('2019-03', 110_000, { setting: 'outpatient' })], { age: 72 }));
    expect(b.months[0].copay).to.equal('22000');
    expect(b.months[0].caps[0]).to.include({ kind: 'elderlyOutpatient', amount: '18000', binding: true });
    expect(b.shares.patient).to.equal('18000');
  });

  it('#11 meals, 一般, from 2025-04, 3 meals a day: 1,530 a day', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [{ month: '2025-04', kind: 'meals', meals: 3 }]));
    expect(b.total).to.equal('1530');
    expect(b.shares.patient).to.equal('1530');
  });

  // The explainers apply the 10% rate to the whole deduction, so the whole of it lies in the 10%
  // band: 2,000,000 is the taxable income after the deduction, 2,200,000 before it (which is what
  // `taxableIncome` means). Taken as before, 2,000,000 crosses the 1,950,000 band: see tax.test.ts.
  it('#12 医療費控除: 300,000 paid, taxable income 2,000,000 (after the deduction): saves 20,000 + 420 + 20,000 = 40,420', () => {
    const plan = planOf({ bracket: 'ウ' }, [{ month: '2025-06', kind: 'free', amount: 300_000 }]);
    const [year] = calculate({ ...plan, tax: { totalIncome: 2_000_000, taxableIncome: 2_200_000 } }).deduction;
    expect(year).to.include({
      year: 2025, counted: '300000', threshold: '100000', deduction: '200000',
      incomeTaxSaved: '20000', reconstructionSurtaxSaved: '420', residentTaxSaved: '20000', totalSaved: '40420',
    });
    expect(year.missing).to.deep.equal([]);
  });
});
