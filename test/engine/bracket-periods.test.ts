import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem, type CarePlan } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * RULES.md §9, issue #22: a bracket that changes. 国保 and 後期 redetermine the 所得区分 each
 * August, 健保 set a new 標準報酬月額 each September; each month uses the bracket then in force.
 */

const patient = [{ id: 'patient', age: 45 }];
const stays = (months: string[], fee = 1_000_000): CareItem[] => months.map((month) => insured(month, fee));

describe('a household bracket per period (insurance.brackets)', () => {
  it('国保 across August: ウ in 2026-07 (87,430), エ from 2026-08 (61,500)', () => {
    // 2026-07, the old table: 80,100 + (1,000,000 − 267,000) × 1% = 87,430. 2026-08, the new: エ 61,500.
    const b = calculate({ insurance: { scheme: 'kokuho', bracket: 'ウ', brackets: [{ from: '2026-08', bracket: 'エ' }] }, people: patient, items: stays(['2026-07', '2026-08']) });
    expect(b.months.map((m) => [m.patient, m.caps[0].bracket])).to.deep.equal([['87430', 'ウ'], ['61500', 'エ']]);
    expect(b.shares.patient).to.equal('148930');
    expect(b.rules.map((r) => r.id)).to.include('bracket-changes');
  });

  it('the same plan without `brackets` keeps ウ in both months, as before (an old plan means what it meant)', () => {
    // 2026-08: 85,800 + (1,000,000 − 286,000) × 1% = 92,940.
    const b = calculate({ insurance: { scheme: 'kokuho', bracket: 'ウ' }, people: patient, items: stays(['2026-07', '2026-08']) });
    expect(b.months.map((m) => m.patient)).to.deep.equal(['87430', '92940']);
    expect(b.rules.map((r) => r.id)).not.to.include('bracket-changes');
  });

  it('多数回 is counted on across the change (the insurer is the same): ウ’s 44,400, then オ’s 24,600', () => {
    // Benefits in 2026-04, 05, 06: 2026-07 is the 4th month (ウ 多数回 44,400), 2026-08 the 5th (オ 多数回 24,600).
    const b = calculate({
      insurance: { scheme: 'kokuho', bracket: 'ウ', brackets: [{ from: '2026-08', bracket: 'オ' }], priorHighCostMonths: ['2026-04', '2026-05', '2026-06'], priorElsewhere: true },
      people: patient, items: stays(['2026-07', '2026-08']),
    });
    expect(b.months.map((m) => [m.patient, m.caps[0].bracket, m.caps[0].manyTimes])).to.deep.equal([['44400', 'ウ', true], ['24600', 'オ', true]]);
  });

  it('健保 in September: 標準報酬月額 500,000 (ウ) to 560,000 (イ) from 2026-09', () => {
    // 2026-08: ウ 92,940. 2026-09: イ 179,100 + (1,000,000 − 597,000) × 1% = 183,130.
    const b = calculate({
      insurance: { scheme: 'kyokai', monthlyRemuneration: 500_000, brackets: [{ from: '2026-09', monthlyRemuneration: 560_000 }] },
      people: patient, items: stays(['2026-08', '2026-09']),
    });
    expect(b.months.map((m) => [m.patient, m.caps[0].bracket])).to.deep.equal([['92940', 'ウ'], ['183130', 'イ']]);
  });

  it('a plan that starts with a period needs no bracket before it', () => {
    const plan: CarePlan = { insurance: { brackets: [{ from: '2026-08', bracket: 'エ' }] }, people: patient, items: stays(['2026-08']) };
    expect(validate(plan)).to.deep.equal([]);
    expect(calculate(plan).shares.patient).to.equal('61500');
  });

  it('the annual cap is that of the year’s last month: ウ to 2026-12, オ from 2027-01, a stay every month → 290,000', () => {
    // 2026-08 to 10: ウ 92,940 × 3 = 278,820; 11 and 12: 多数回 44,400 × 2 = 88,800; 2027-01 to 07:
    // オ 多数回 24,600 × 7 = 172,200. Counted 539,820; オ’s annual cap 290,000 (2027-07): 249,820 back.
    const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];
    const b = calculate({ insurance: { scheme: 'kokuho', bracket: 'ウ', brackets: [{ from: '2027-01', bracket: 'オ' }] }, people: patient, items: stays(months) });
    expect(b.yearly.map((y) => [y.reason, y.cap, y.counted, y.amount])).to.deep.equal([['annualCap', '290000', '539820', '249820']]);
    expect(b.shares.patient).to.equal('290000');
  });
});

describe('a person’s own bracket per period (people[].brackets)', () => {
  // A 72-year-old dependent in a 協会けんぽ ウ household, her own bracket 一般 until 2026-07; outpatient
  // 100,000 a month (2割 20,000) and three meals.
  const parent = (brackets: CarePlan['people']) => calculate({
    insurance: { scheme: 'kyokai', bracket: 'ウ' },
    people: [{ id: 'earner', age: 45 }, ...brackets!],
    items: ['2026-07', '2026-08'].flatMap((month): CareItem[] => [
      insured(month, 100_000, { person: 'parent', setting: 'outpatient' }),
      { month, kind: 'meals', meals: 3, person: 'parent' },
    ]),
  });

  it('一般 to 低所得Ⅱ from 2026-08: the outpatient cap 18,000 → 11,000, the meal 550 → 240', () => {
    // 2026-07: 一般 外来 18,000 + 3 × 550 (the unconfirmed 2026-06 table) = 19,650.
    // 2026-08: 低所得Ⅱ 外来 11,000 + 3 × 240 = 11,720.
    const b = parent([{ id: 'parent', age: 72, bracket: '一般', brackets: [{ from: '2026-08', bracket: '低所得Ⅱ' }] }]);
    expect(b.months.map((m) => [m.patient, m.caps[0].bracket, m.meals])).to.deep.equal([['19650', '一般', '1650'], ['11720', '低所得Ⅱ', '720']]);
  });

  it('一般 to 現役並みⅠ from 2026-08: the rate follows the bracket (2割 → 3割, 30,000 under the cap)', () => {
    const b = parent([{ id: 'parent', age: 72, bracket: '一般', brackets: [{ from: '2026-08', bracket: '現役並みⅠ' }] }]);
    expect(b.months.map((m) => m.copay)).to.deep.equal(['20000', '30000']);
    expect(b.months[1].patient).to.equal('31650'); // 30,000 + 3 × 550
  });
});

describe('validation of bracket periods (ja and en)', () => {
  const base = (insurance: unknown, people: unknown = patient, items: unknown = stays(['2026-09'])) => validate({ insurance, people, items }).map((i) => `${i.path} ${i.code}`);
  const cases: [string, unknown, string, unknown?][] = [
    ['brackets that are not a list', { bracket: 'ウ', brackets: 'エ' }, 'insurance.brackets type'],
    ['a period without a month', { bracket: 'ウ', brackets: [{ bracket: 'エ' }] }, 'insurance.brackets[0].from required'],
    ['a period with a bad month', { bracket: 'ウ', brackets: [{ from: '2026/08', bracket: 'エ' }] }, 'insurance.brackets[0].from bad-month'],
    ['a period with neither bracket nor remuneration', { bracket: 'ウ', brackets: [{ from: '2026-08' }] }, 'insurance.brackets[0].bracket required'],
    ['a period with an unknown bracket', { bracket: 'ウ', brackets: [{ from: '2026-08', bracket: 'カ' }] }, 'insurance.brackets[0].bracket unknown-bracket'],
    ['two periods in one month', { bracket: 'ウ', brackets: [{ from: '2026-08', bracket: 'エ' }, { from: '2026-08', bracket: 'オ' }] }, 'insurance.brackets[1].from duplicate-period'],
    ['a period whose remuneration contradicts its bracket', { bracket: 'ウ', brackets: [{ from: '2026-09', bracket: 'ア', monthlyRemuneration: 300_000 }] }, 'insurance.brackets[0].monthlyRemuneration bracket-mismatch'],
    ['no bracket for a month before the first period', { brackets: [{ from: '2026-10', bracket: 'エ' }] }, 'insurance.bracket required'],
    ['a 70+ bracket in a period with only under-70 care', { bracket: 'ウ', brackets: [{ from: '2026-08', bracket: '一般' }] }, 'insurance.brackets[0].bracket bracket-age-mismatch'],
    ['a person’s period with an unknown bracket', { bracket: 'ウ' }, 'people[0].brackets[0].bracket unknown-bracket', [{ id: 'patient', age: 45, brackets: [{ from: '2026-08', bracket: '?' }] }]],
    ['a person’s own insurer with no bracket before its first period', { bracket: 'ウ' }, 'people[1].insurance.bracket required',
      [{ id: 'patient', age: 45 }, { id: 'spouse', age: 44, insurance: { brackets: [{ from: '2026-10', bracket: 'エ' }] } }]],
  ];
  for (const [name, insurance, expected, people] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      const items = people && JSON.stringify(people).includes('spouse') ? [...stays(['2026-09']), insured('2026-09', 1000, { person: 'spouse' })] : stays(['2026-09']);
      expect(base(insurance, people ?? patient, items)).to.include(expected);
    });
  }

  it('names the month that has no bracket, in Japanese and English', () => {
    const [issue] = validate({ insurance: { brackets: [{ from: '2026-10', bracket: 'エ' }] }, people: patient, items: stays(['2026-09', '2026-10']) });
    expect(issue.message.ja).to.contain('2026-09');
    expect(issue.message.en).to.contain('2026-09');
  });

  it('ignores inherited keys: a polluted Object.prototype adds no period', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.brackets = [{ from: '2026-08', bracket: 'ア' }];
    try {
      expect(calculate({ insurance: { bracket: 'エ' }, people: patient, items: stays(['2026-09']) }).shares.patient).to.equal('61500');
    } finally {
      delete proto.brackets;
    }
  });
});
