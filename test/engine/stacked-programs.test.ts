import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem, type CarePlan, type PublicProgram } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * RULES.md §9, issue #22: several programmes on one line (`program` as a list), applied national
 * first, local last: insurance and 高額療養費, then 特定疾病 (insurance), then 指定難病 or 小慢, then
 * local subsidies in the order the person's certificates are listed, each on what the one before left.
 */

const plan = (programs: PublicProgram[], items: CareItem[], age = 40, bracket: 'ウ' | 'イ' = 'ウ'): CarePlan => ({
  insurance: { bracket },
  people: [{ id: 'patient', age, programs }],
  items,
});
const used = (b: ReturnType<typeof calculate>) => b.months[0].programs.map((p) => [p.program, p.cap, p.used, p.paid]);

describe('programmes that stack on one line', () => {
  it('マル長 and the 血友病 公費 together: 0 at the window', () => {
    // Outpatient 500,000: 3割 150,000 → 特定疾病 10,000 (insurance); the 公費 (rate 0) pays the 10,000.
    const b = calculate(plan([{ kind: 'tokutei' }, { kind: 'local', id: 'ketsuyubyo', label: '先天性血液凝固因子障害等治療研究事業', rate: '0' }],
      [insured('2026-09', 500_000, { setting: 'outpatient', program: ['ketsuyubyo', 'tokutei'] })]));
    expect(b.shares).to.include({ patient: '0', public: '10000', insurer: '490000' });
    expect(b.months[0]).to.include({ atWindow: '0', patient: '0' });
    expect(b.months[0].caps[0]).to.include({ kind: 'specificDisease', amount: '10000' });
  });

  it('dialysis with 更生医療 (1割, a cap of 5,000): 特定疾病 10,000, then the patient 5,000', () => {
    // 400,000: 3割 120,000 → 10,000 (特定疾病); 更生医療: 1割 of 400,000 = 40,000, at most 5,000.
    const b = calculate(plan([{ kind: 'tokutei' }, { kind: 'local', id: 'kousei', rate: '0.1', monthlyCap: 5000 }],
      [insured('2026-09', 400_000, { setting: 'outpatient', facility: 'dialysis', program: ['tokutei', 'kousei'] })]));
    expect(b.shares).to.include({ patient: '5000', public: '5000', insurer: '390000' });
    expect(used(b)).to.deep.equal([['kousei', '5000', '5000', '5000']]);
  });

  it('小慢 with 子ども医療費 (rate 0): the child’s 5,000 under 小慢 is paid by the city', () => {
    // A child of 8 (3割), inpatient 1,000,000 in 2026-09: 300,000 → ウ 85,800 + 7,140 = 92,940.
    // 小慢 一般所得Ⅰ: 2割 200,000 at most 5,000 → 小慢 pays 87,940; 子ども医療費 pays the 5,000.
    const b = calculate(plan([{ kind: 'shoman', tier: '一般所得Ⅰ' }, { kind: 'local', id: 'kodomo', rate: '0' }],
      [insured('2026-09', 1_000_000, { program: ['kodomo', 'shoman'] })], 8));
    expect(b.shares).to.include({ patient: '0', public: '92940' });
    // 小慢's cap counts what the patient would bear under it (5,000), though the city pays it.
    expect(used(b)).to.deep.equal([['shoman', '5000', '5000', '87940'], ['kodomo', null, '0', '5000']]);
  });

  it('指定難病 with a municipal subsidy (1割, cap 1,000): 20,000 under 指定難病, 1,000 left to the patient', () => {
    // 1,000,000 → 92,940 → 指定難病 一般所得Ⅱ 20,000 (pays 72,940) → the city: 1割 100,000, at most 1,000 (pays 19,000).
    const b = calculate(plan([{ kind: 'nanbyo', tier: '一般所得Ⅱ' }, { kind: 'local', id: 'city', rate: '0.1', monthlyCap: 1000 }],
      [insured('2026-09', 1_000_000, { program: ['nanbyo', 'city'] })]));
    expect(b.shares).to.include({ patient: '1000', public: '91940' });
    expect(used(b)).to.deep.equal([['nanbyo', '20000', '20000', '72940'], ['city', '1000', '1000', '19000']]);
    expect(b.rules.map((r) => r.id)).to.include.members(['public-nanbyo', 'public-local']);
  });

  it('the order given does not matter: national first, local ones in the order the person lists them', () => {
    const programs: PublicProgram[] = [
      { kind: 'local', id: 'first', rate: '0.1', monthlyCap: 3000 },
      { kind: 'nanbyo', tier: '上位所得' },
      { kind: 'local', id: 'second', rate: '0' },
    ];
    const orders = [['second', 'first', 'nanbyo'], ['nanbyo', 'first', 'second'], ['first', 'second', 'nanbyo']];
    const results = orders.map((order) => used(calculate(plan(programs, [insured('2026-09', 1_000_000, { program: order })]))));
    // 92,940 → 指定難病 30,000 (pays 62,940) → first: at most 3,000 (pays 27,000) → second pays the 3,000.
    for (const result of results) expect(result).to.deep.equal([['nanbyo', '30000', '30000', '62940'], ['first', '3000', '3000', '27000'], ['second', null, '0', '3000']]);
  });

  it('a certificate of the list that is not valid in the month is left out, and said so', () => {
    const b = calculate(plan([{ kind: 'tokutei' }, { kind: 'nanbyo', tier: '一般所得Ⅰ', to: '2026-09' }], [
      insured('2026-09', 400_000, { setting: 'outpatient', program: ['tokutei', 'nanbyo'] }),
      insured('2026-10', 400_000, { setting: 'outpatient', program: ['tokutei', 'nanbyo'] }),
    ]));
    // 2026-09: 10,000 (特定疾病), then 2割 80,000 at most 10,000: 10,000. 2026-10: 特定疾病 only, 10,000.
    expect(b.months.map((m) => [m.patient, m.programs.length])).to.deep.equal([['10000', 1], ['10000', 0]]);
    expect(b.warnings.find((w) => w.message.en.includes('outside a certificate'))?.months).to.deep.equal(['2026-10']);
  });

  it('a 特定疾病 line beside a 指定難病 line on one receipt: each part bears its own copay (20,000, not 40,000)', () => {
    // One outpatient receipt: dialysis 400,000 (特定疾病) and 100,000 for the designated disease. Copay 150,000:
    // the dialysis part 120,000 → 10,000, the other 30,000, 40,000 in all (under ウ's 87,940). 指定難病
    // 一般所得Ⅰ on its part's 30,000: 2割 20,000, at most 10,000 → the patient 10,000 + 10,000 = 20,000.
    // (The part's share used to be taken by fee, 40,000 × 100,000 ÷ 500,000 = 8,000, under its cap:
    // the programme paid nothing and the patient 40,000.)
    const b = calculate(plan([{ kind: 'tokutei' }, { kind: 'nanbyo', tier: '一般所得Ⅰ' }], [
      insured('2026-09', 400_000, { setting: 'outpatient', facility: 'clinic', program: 'tokutei' }),
      insured('2026-09', 100_000, { setting: 'outpatient', facility: 'clinic', program: 'nanbyo' }),
    ]));
    expect(b.shares).to.include({ patient: '20000', public: '20000' });
  });

  it('the cap falls in the end where the windows put it: a city subsidy on one clinic’s care only, the patient pays 0', () => {
    // 72, 一般, 指定難病 一般所得Ⅱ (20,000); the town (rate 0) covers clinic A only. Outpatient 200,000 at
    // A and at B: 2割 40,000 each, each window at its own 外来特例 cap 22,000. At A the 指定難病 cap is
    // used up (20,000, which the town pays); B charges 0. In the end the person's 外来特例 is 22,000 for
    // both, 11,000 each: A's 11,000 falls under the cap (the town pays it), and the cap left is not moved
    // to B, whose 11,000 指定難病 pays. (Filled on the final 11,000s instead, B would have cost 9,000.)
    const plan72 = (capAtWindow: boolean): CarePlan => ({
      insurance: { bracket: '一般', capAtWindow },
      people: [{ id: 'patient', age: 72, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }, { kind: 'local', id: 'town', rate: '0' }] }],
      items: [
        insured('2026-10', 200_000, { setting: 'outpatient', facility: 'A', program: ['nanbyo', 'town'] }),
        insured('2026-10', 200_000, { setting: 'outpatient', facility: 'B', program: 'nanbyo' }),
      ],
    });
    for (const card of [true, false]) {
      const b = calculate(plan72(card));
      expect(b.shares).to.include({ patient: '0', public: '22000' });
      expect(b.months[0]).to.include({ atWindow: '0', patient: '0' });
      expect(used(b)).to.deep.equal([['nanbyo', '20000', '11000', '11000'], ['town', null, '0', '11000']]);
    }
  });

  it('meals under 指定難病 and a city subsidy are charged the reduced 300 a meal (the city pays no meals)', () => {
    const b = calculate(plan([{ kind: 'nanbyo', tier: '一般所得Ⅰ' }, { kind: 'local', id: 'city', rate: '0' }], [{ month: '2025-05', kind: 'meals', meals: 3, program: ['city', 'nanbyo'] }]));
    expect(b.shares).to.include({ patient: '900', public: '0' });
  });
});

describe('validation of a line’s programmes (ja and en)', () => {
  const programs: PublicProgram[] = [{ kind: 'tokutei' }, { kind: 'nanbyo', tier: '上位所得' }, { kind: 'shoman', tier: '上位所得' }];
  const issues = (item: Partial<CareItem>) => validate(plan(programs, [{ ...insured('2026-09', 1000), ...item }], 15)).map((i) => `${i.path} ${i.code}`);
  const cases: [string, Partial<CareItem>, string][] = [
    ['a key the person does not hold', { program: ['tokutei', 'city'] }, 'items[0].program[1] unknown-program'],
    ['a key that is not text', { program: ['tokutei', 3 as unknown as string] }, 'items[0].program[1] unknown-program'],
    ['a key named twice', { program: ['tokutei', 'tokutei'] }, 'items[0].program[1] duplicate-program'],
    ['指定難病 and 小慢 on one line', { program: ['nanbyo', 'shoman'] }, 'items[0].program two-national-programs'],
    ['a list on a fee outside insurance', { kind: 'advanced', program: ['tokutei'] }, 'items[0].program program-not-insured'],
    ['more than 20', { program: Array.from({ length: 21 }, () => 'tokutei') }, 'items[0].program too-many'],
  ];
  for (const [name, item, expected] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(issues(item)).to.include(expected);
    });
  }

  it('accepts a list of one and an empty list (no programme)', () => {
    expect(issues({ program: ['nanbyo'] })).to.deep.equal([]);
    expect(issues({ program: [] })).to.deep.equal([]);
  });

  it('every message has Japanese and English', () => {
    const all = validate(plan(programs, [{ ...insured('2026-09', 1000), program: ['x', 'nanbyo', 'shoman', 'nanbyo'] }], 15));
    expect(all.length).to.equal(3);
    for (const issue of all) expect(issue.message.ja.length > 0 && issue.message.en.length > 0).to.equal(true);
  });
});
