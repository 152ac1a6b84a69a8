import { expect } from '@open-wc/testing';
import { calculate, type CareItem, type CarePlan, type PublicProgram } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * Hospital meals under 指定難病 and 小慢 (RULES.md §6 and §8). The reduced charge is the insurance
 * 標準負担額 for the patient: 300 a meal from 2025-04, 280 from 2024-06, 260 before; 小慢 half of
 * it. The rest of the meal's cost is the insurer's 入院時食事療養費, as for any meal, so it is
 * not in the plan's total, and the programme pays nothing for meals: it only lowers the charge.
 */

const NANBYO: PublicProgram = { kind: 'nanbyo', tier: '一般所得Ⅰ' };
const SHOMAN: PublicProgram = { kind: 'shoman', tier: '一般所得Ⅰ' };
const planWith = (program: PublicProgram, items: CareItem[], { bracket = 'ウ', age = 10, mealPerMeal }: { bracket?: string; age?: number; mealPerMeal?: number } = {}): CarePlan => ({
  insurance: { bracket: bracket as 'ウ' },
  people: [{ id: 'patient', age, programs: [program] }],
  items,
  ...(mealPerMeal !== undefined && { overrides: { mealPerMeal } }),
});
const meals = (month: string, count: number, program: string, extra: Partial<CareItem> = {}): CareItem => ({ month, kind: 'meals', meals: count, program, ...extra });

describe('小児慢性 meals: half of the reduced 指定難病・小慢 charge, not of the general one', () => {
  const cases: [string, string, number, string][] = [
    ['2025-05', 'from 2025-04: 300 ÷ 2 = 150 (not 510 ÷ 2 = 255)', 2, '300'],
    ['2025-03', 'to 2025-03: 280 ÷ 2 = 140 (not 490 ÷ 2 = 245)', 3, '420'],
    ['2024-07', 'from 2024-06: 280 ÷ 2 = 140', 3, '420'],
    ['2026-07', 'after the 2026 revision too: 300 ÷ 2 = 150, whatever the general charge becomes', 3, '450'],
  ];
  for (const [month, why, count, patient] of cases) {
    it(`${month}, ${why}: ${count} meals cost ${patient}, all of it the patient's`, () => {
      const b = calculate(planWith(SHOMAN, [meals(month, count, 'shoman')]));
      expect(b.total).to.equal(patient);
      expect(b.shares).to.include({ patient, public: '0', insurer: '0' });
      expect(b.months[0].meals).to.equal(patient);
    });
  }

  it('before 2024-06 (with the hospital’s own meal charge, 460): 260 ÷ 2 = 130', () => {
    const b = calculate(planWith(SHOMAN, [meals('2024-04', 3, 'shoman')], { mealPerMeal: 460 }));
    expect(b.shares.patient).to.equal('390');
    expect(b.rules.map((r) => r.id)).to.include.members(['nanbyo-meals-to-2024-05', 'shoman-meals-half']);
  });

  it('a hospital charge below the reduced one is halved instead: 250 → 125', () => {
    expect(calculate(planWith(SHOMAN, [meals('2025-05', 3, 'shoman')], { mealPerMeal: 250 })).shares.patient).to.equal('375');
  });

  it('住民税非課税 pay half of their own lower rate: 240 ÷ 2 = 120; after 90 days 190 ÷ 2 = 95', () => {
    expect(calculate(planWith(SHOMAN, [meals('2025-05', 3, 'shoman')], { bracket: 'オ' })).shares.patient).to.equal('360');
    expect(calculate(planWith(SHOMAN, [meals('2025-05', 3, 'shoman', { afterNinetyDays: true })], { bracket: 'オ' })).shares.patient).to.equal('285');
  });

  it('is the law now (RULES.md §8 settles the base): cited as such, with no unconfirmed-rule warning', () => {
    const b = calculate(planWith(SHOMAN, [meals('2025-05', 2, 'shoman')]));
    expect(b.rules.find((r) => r.id === 'shoman-meals-half')?.status).to.equal('law');
    expect(b.warnings.filter((w) => w.code === 'unconfirmed-rule')).to.deep.equal([]);
  });
});

describe('指定難病 meals: the reduced charge is all the meal costs the patient, and the programme pays none of it', () => {
  const cases: [string, string, string][] = [
    ['2025-05', '300 × 3', '900'],
    ['2024-07', '280 × 3', '840'],
    ['2026-07', '300 × 3, not the unconfirmed general 550', '900'],
  ];
  for (const [month, why, patient] of cases) {
    it(`${month}: ${why} = ${patient}; total ${patient}, 公費 0`, () => {
      const b = calculate(planWith(NANBYO, [meals(month, 3, 'nanbyo')], { age: 45 }));
      expect(b.total).to.equal(patient);
      expect(b.shares).to.include({ patient, public: '0', insurer: '0' });
      expect(b.months[0].public).to.equal('0');
    });
  }

  it('before 2024-06 (with the hospital’s own meal charge, 460): 260 × 3 = 780', () => {
    expect(calculate(planWith(NANBYO, [meals('2024-04', 3, 'nanbyo')], { age: 45, mealPerMeal: 460 })).shares.patient).to.equal('780');
  });

  it('a month of meals alone shows no programme row: the programme paid nothing', () => {
    expect(calculate(planWith(NANBYO, [meals('2025-05', 3, 'nanbyo')], { age: 45 })).months[0].programs).to.deep.equal([]);
  });

  it('no unconfirmed-meal warning where the reduced rate, not the 2026 general figure, is charged', () => {
    const b = calculate(planWith(NANBYO, [meals('2026-07', 3, 'nanbyo')], { age: 45 }));
    expect(b.warnings.filter((w) => w.code === 'unconfirmed-rule')).to.deep.equal([]);
  });

  it('EXAMPLES.md #13 with 90 meals: 公費 pays the insured care only (82,940), the patient 10,000 + 27,000', () => {
    // ウ 2026-09, inpatient 1,000,000: 高額療養費 leaves 92,940, the programme takes it to 10,000.
    // 90 meals × 300 = 27,000, the patient's; before, 90 × (550 − 300) = 22,500 was booked as 公費.
    const b = calculate(planWith(NANBYO, [insured('2026-09', 1_000_000, { program: 'nanbyo' }), meals('2026-09', 90, 'nanbyo')], { age: 45 }));
    expect(b.total).to.equal('1027000');
    expect(b.shares).to.include({ patient: '37000', public: '82940', insurer: '907060' });
    expect(b.months[0].programs.map((p) => [p.cap, p.used, p.paid])).to.deep.equal([['10000', '10000', '82940']]);
  });

  it('the 医療費控除 counts the meals at what the patient pays: 90 × 300 = 27,000', () => {
    const b = calculate({ ...planWith(NANBYO, [meals('2025-05', 90, 'nanbyo')], { age: 45 }), tax: { totalIncome: 3_000_000, taxableIncome: 2_000_000 } });
    expect(b.deduction[0].counted).to.equal('27000');
  });

  it('outside the certificate’s months a meal is an ordinary one: 510 × 3 = 1,530', () => {
    expect(calculate(planWith({ ...NANBYO, from: '2025-06' }, [meals('2025-05', 3, 'nanbyo')], { age: 45 })).shares.patient).to.equal('1530');
  });
});
