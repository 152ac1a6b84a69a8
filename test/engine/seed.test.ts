import { expect } from '@open-wc/testing';
import { calculate, type Bracket, type CareItem } from '../../src/engine/index.js';
import { insured, monthPatients, planOf } from './helpers.js';

/**
 * The seed case (EXAMPLES.md): 4,136,390 yen in total, 923,000 of it 先進医療 paid in full by
 * research funds, the rest (3,213,390) insured. Expected figures are worked out by hand from
 * RULES.md §3 in the comments beside them.
 */
const TECHNICAL_FEE: CareItem = { month: '2026-11', kind: 'advanced', amount: 923_000, payer: 'research', label: '先進医療（研究費）' };

describe('the seed case: 4,136,390 total, 923,000 paid by research funds', () => {
  const oneMonth = (bracket: Bracket, month = '2026-11') =>
    calculate(planOf({ bracket }, [insured(month, 3_213_390), { ...TECHNICAL_FEE, month }]));

  const brackets: [Bracket, string][] = [
    ['ア', '293424'], // 270,300 + (3,213,390 − 901,000) × 1% = 270,300 + 23,123.9 → 23,124
    ['イ', '205264'], // 179,100 + (3,213,390 − 597,000) × 1% = 179,100 + 26,163.9 → 26,164
    ['ウ', '115074'], // 85,800 + 29,273.9 → 29,274
    ['エ', '61500'],
    ['オ', '36900'],
  ];
  for (const [bracket, patient] of brackets) {
    it(`all in one month (2026-11), bracket ${bracket}: the patient pays ${patient}`, () => {
      const b = oneMonth(bracket);
      expect(b.total).to.equal('4136390');
      expect(b.shares.research).to.equal('923000');
      expect(b.shares.patient).to.equal(patient);
      expect(b.shares.insurer).to.equal(String(3_213_390 - Number(patient)));
    });
  }

  it('in 2026-07, under the old table, ウ: 80,100 + 29,463.9 → 109,564', () => {
    expect(oneMonth('ウ', '2026-07').shares.patient).to.equal('109564');
  });

  const spread: CareItem[] = [
    insured('2026-09', 500_000), // mobilisation
    insured('2026-10', 400_000), // apheresis
    insured('2026-11', 1_813_390), // conditioning and transplant
    TECHNICAL_FEE,
    insured('2026-12', 500_000), // recovery in the clean ward
  ];

  it('over four months, ウ: 87,940 + 86,940 + 101,074, then 多数回 44,400 in the fourth', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, spread));
    expect(monthPatients(b)).to.deep.equal(['87940', '86940', '101074', '44400']);
    expect(b.months.map((m) => m.manyTimes)).to.deep.equal([false, false, false, true]);
    expect(b.shares.patient).to.equal('320354');
    expect(b.shares.research).to.equal('923000');
  });

  it('over four months with one earlier benefit month: 多数回 from the third month', () => {
    const b = calculate(planOf({ bracket: 'ウ', priorHighCostMonths: ['2026-06'] }, spread));
    expect(monthPatients(b)).to.deep.equal(['87940', '86940', '44400', '44400']);
    expect(b.shares.patient).to.equal('263680');
  });

  it('over four months without マイナ保険証 or 認定証: the full copay at the window, the benefit months later', () => {
    const b = calculate(planOf({ bracket: 'ウ', capAtWindow: false }, spread));
    expect(b.months[0].atWindow).to.equal('150000');
    expect(b.months[0].later).to.deep.include({ reason: 'highCost', amount: '62060', expectedMonth: '2026-12', note: b.months[0].later[0].note });
    expect(b.shares.patient).to.equal('320354');
    expect(b.warnings.map((w) => w.code)).to.include('refund-later');
  });

  it('with the 先進医療 fee paid by the patient instead, the patient also pays the 923,000', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-11', 3_213_390), { ...TECHNICAL_FEE, payer: 'patient' }]));
    expect(b.shares.patient).to.equal(String(115_074 + 923_000));
    expect(b.months[0].outsideInsurance.consumptionTax).to.equal('83909'); // 923,000 × 10/110 = 83,909.09
  });

  it('cites the 2026-08 table with its sources and warns that 先進医療 needs an approved facility', () => {
    const b = oneMonth('ウ');
    const table = b.rules.find((r) => r.id === 'high-cost-under70-2026-08')!;
    expect(table).to.include({ effectiveFrom: '2026-08', status: 'law' });
    expect(table.sources.join(' ')).to.contain('mhlw.go.jp/content/001726232.pdf');
    expect(b.warnings.map((w) => w.code)).to.include('assumption');
  });
});
