import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem, type CarePlan, type Person, type PublicProgram } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/**
 * RULES.md §8, issue #22: 世帯按分 (several certificate holders in one household share the
 * highest cap in proportion to their own caps) and 高額かつ長期 derived from the plan's months.
 * Every month here is from 2026-08 (ウ: 85,800 + (fee − 286,000) × 1%) unless it says otherwise.
 */

const plan = (people: Person[], items: CareItem[], insurance: CarePlan['insurance'] = { bracket: 'ウ' }): CarePlan => ({ insurance, people, items });
const caps = (b: ReturnType<typeof calculate>, month = 0) => b.months[month].programs.map((p) => [p.person, p.program, p.cap]);

describe('世帯按分: several holders of 指定難病 or 小慢 certificates in one household', () => {
  const parent: Person = { id: 'a', age: 45, programs: [{ kind: 'nanbyo', tier: '上位所得' }] };
  const child: Person = { id: 'b', age: 10, programs: [{ kind: 'shoman', tier: '一般所得Ⅱ' }] };

  it('RULES.md’s example: 30,000 and 10,000 → 22,500 and 7,500; the household pays 30,000 in all', () => {
    // Each inpatient 1,000,000 in 2026-09: copays 300,000 and 300,000 (the child of 10 pays 3割).
    // 世帯合算: 85,800 + (2,000,000 − 286,000) × 1% = 102,940, split 51,470 and 51,470.
    // The household cap is the higher 30,000; a: 30,000 × 30,000 ÷ 40,000 = 22,500; b: 30,000 ×
    // 10,000 ÷ 40,000 = 7,500. 指定難病 pays 51,470 − 22,500 = 28,970, 小慢 51,470 − 7,500 = 43,970.
    const b = calculate(plan([parent, child], [
      insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }),
      insured('2026-09', 1_000_000, { person: 'b', program: 'shoman', facility: 'children' }),
    ]));
    expect(b.shares).to.include({ patient: '30000', public: '72940', insurer: '1897060' });
    expect(b.months[0].programs).to.deep.equal([
      {
        person: 'a', program: 'nanbyo', kind: 'nanbyo', label: undefined, cap: '22500', used: '22500', paid: '28970',
        shared: { ownCap: '30000', householdCap: '30000', sumOfCaps: '40000' },
        explanation: {
          ja: '世帯按分: 世帯の上限 30,000円 × 本人の上限 30,000円 ÷ 受給者の上限の合計 40,000円 ＝ 22,500円（1円未満切り捨て）',
          en: 'Shared in the household: household cap ¥30,000 × own cap ¥30,000 ÷ the holders\' caps ¥40,000 = ¥22,500 (fractions of a yen dropped)',
        },
      },
      {
        person: 'b', program: 'shoman', kind: 'shoman', label: undefined, cap: '7500', used: '7500', paid: '43970',
        shared: { ownCap: '10000', householdCap: '30000', sumOfCaps: '40000' },
        explanation: {
          ja: '世帯按分: 世帯の上限 30,000円 × 本人の上限 10,000円 ÷ 受給者の上限の合計 40,000円 ＝ 7,500円（1円未満切り捨て）',
          en: 'Shared in the household: household cap ¥30,000 × own cap ¥10,000 ÷ the holders\' caps ¥40,000 = ¥7,500 (fractions of a yen dropped)',
        },
      },
    ]);
    expect(b.months[0].people!.map((p) => [p.person, p.atWindow, p.patient])).to.deep.equal([['a', '22500', '22500'], ['b', '7500', '7500']]);
    const rule = b.rules.find((r) => r.id === 'public-apportionment')!;
    expect(rule.status).to.equal('law');
    expect(rule.sources.join()).to.contain('奈良県');
    // 30,000 and 10,000 divide to the yen: no word on rounding.
    expect(b.warnings.some((w) => w.ruleId === 'public-apportionment')).to.equal(false);
  });

  it('a holder with no care that month still shares: the certificate holds the shared cap (a alone pays 22,500)', () => {
    // a: copay 300,000 → 85,800 + (1,000,000 − 286,000) × 1% = 92,940; the patient 22,500, 公費 70,440.
    const b = calculate(plan([parent, child], [insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' })]));
    expect(b.shares).to.include({ patient: '22500', public: '70440' });
    expect(b.months[0].programs[0].shared).to.deep.equal({ ownCap: '30000', householdCap: '30000', sumOfCaps: '40000' });
  });

  it('only in the months both certificates are valid: the child’s ends in 2026-09, so 2026-10 is a’s own 30,000', () => {
    const b = calculate(plan([parent, { ...child, programs: [{ kind: 'shoman', tier: '一般所得Ⅱ', to: '2026-09' }] }], [
      insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }),
      insured('2026-10', 1_000_000, { person: 'a', program: 'nanbyo' }),
    ]));
    expect(b.months.map((m) => m.patient)).to.deep.equal(['22500', '30000']);
    expect(b.months[1].programs[0].shared).to.equal(undefined);
  });

  it('three holders: 30,000, 20,000 and 10,000 share 30,000 as 15,000, 10,000 and 5,000', () => {
    // 30,000 × 30,000 ÷ 60,000 = 15,000; × 20,000 ÷ 60,000 = 10,000; × 10,000 ÷ 60,000 = 5,000.
    const b = calculate(plan([parent, { id: 'c', age: 40, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }] }, child], [
      insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }),
      insured('2026-09', 1_000_000, { person: 'c', program: 'nanbyo' }),
      insured('2026-09', 1_000_000, { person: 'b', program: 'shoman' }),
    ]));
    expect(caps(b)).to.deep.equal([['a', 'nanbyo', '15000'], ['c', 'nanbyo', '10000'], ['b', 'shoman', '5000']]);
    expect(b.shares.patient).to.equal('30000');
  });

  it('a fraction of a yen is dropped, and said so: 人工呼吸器 1,000 with 15,000 → 937 and 14,062', () => {
    // Household 15,000, sum 16,000: 15,000 × 1,000 ÷ 16,000 = 937.5 → 937; × 15,000 ÷ 16,000 = 14,062.5 → 14,062.
    const b = calculate(plan([
      { id: 'a', age: 45, programs: [{ kind: 'nanbyo', tier: '上位所得', ventilator: true }] },
      { id: 'b', age: 10, programs: [{ kind: 'shoman', tier: '上位所得' }] },
    ], [insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }), insured('2026-09', 1_000_000, { person: 'b', program: 'shoman' })]));
    expect(caps(b)).to.deep.equal([['a', 'nanbyo', '937'], ['b', 'shoman', '14062']]);
    const warning = b.warnings.find((w) => w.ruleId === 'public-apportionment')!;
    expect(warning.code).to.equal('assumption');
    expect(warning.months).to.deep.equal(['2026-09']);
  });

  it('not with a member under another insurer (a spouse’s own 健保): each keeps their own cap', () => {
    const b = calculate(plan([parent, { id: 'spouse', age: 44, insurance: { bracket: 'ウ' }, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅰ' }] }], [
      insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }),
      insured('2026-09', 1_000_000, { person: 'spouse', program: 'nanbyo' }),
    ]));
    expect(caps(b)).to.deep.equal([['a', 'nanbyo', '30000'], ['spouse', 'nanbyo', '10000']]);
  });

  it('not with a member in 後期高齢者医療 while the other is under the household’s insurer', () => {
    const b = calculate(plan([parent, { id: 'grandparent', age: 80, bracket: '一般', programs: [{ kind: 'nanbyo', tier: '一般所得Ⅰ' }] }], [
      insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }),
      insured('2026-09', 100_000, { person: 'grandparent', program: 'nanbyo' }),
    ]));
    expect(caps(b)).to.deep.equal([['a', 'nanbyo', '30000'], ['grandparent', 'nanbyo', '10000']]);
  });

  it('between 指定難病 and 小慢 only: a local subsidy or 特定疾病 beside them shares nothing', () => {
    const b = calculate(plan([parent, { id: 'b', age: 10, programs: [{ kind: 'local', id: 'kodomo', rate: '0', monthlyCap: 1000 }, { kind: 'tokutei' }] }], [
      insured('2026-09', 1_000_000, { person: 'a', program: 'nanbyo' }),
      insured('2026-09', 100_000, { person: 'b', program: 'kodomo', setting: 'outpatient' }),
    ]));
    expect(caps(b)).to.deep.equal([['a', 'nanbyo', '30000'], ['b', 'kodomo', '1000']]);
  });
});

describe('高額かつ長期 derived from the plan’s months (RULES.md §8)', () => {
  // ウ, 45, 指定難病 一般所得Ⅱ: 20,000 a month, 10,000 under 高額かつ長期. An outpatient 150,000 a
  // month for the disease: copay 45,000 (under every 高額療養費 cap), 2割 30,000 → the cap.
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
  const course = (fee: number, program: Partial<PublicProgram> = {}, lines = months) => calculate(plan(
    [{ id: 'patient', age: 45, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ', ...program } as PublicProgram] }],
    lines.map((month) => insured(month, fee, { setting: 'outpatient', facility: 'clinic', program: 'nanbyo' })),
  ));

  it('six months over 50,000 (2026-01 to 06): from 2026-07 the cap is 10,000, derived, explained and flagged', () => {
    const b = course(150_000);
    expect(b.months.map((m) => m.patient)).to.deep.equal(['20000', '20000', '20000', '20000', '20000', '20000', '10000', '10000']);
    // 公費: 45,000 − 20,000 = 25,000 for six months, 45,000 − 10,000 = 35,000 for two.
    expect(b.shares).to.include({ patient: '140000', public: '220000' });
    const july = b.months[6].programs[0];
    expect(july).to.include({ cap: '10000', highCostLongTerm: 'derived' });
    expect(july.explanation!.ja).to.contain('高額かつ長期');
    expect(b.months[5].programs[0].highCostLongTerm).to.equal(undefined);
    expect(b.rules.map((r) => r.id)).to.include('nanbyo-high-cost-long-term');
    expect(b.warnings.find((w) => w.ruleId === 'nanbyo-high-cost-long-term')?.months).to.deep.equal(['2026-07', '2026-08']);
  });

  it('a fee of exactly 50,000 is not over 50,000: nothing is derived', () => {
    const b = course(50_000);
    expect(b.months.every((m) => m.programs[0].highCostLongTerm === undefined)).to.equal(true);
  });

  it('highCostLongTerm: true holds from the first month, as the certificate says; false never derives', () => {
    expect(course(150_000, { highCostLongTerm: true }).months.map((m) => m.patient)).to.deep.equal(months.map(() => '10000'));
    expect(course(150_000, { highCostLongTerm: true }).months[0].programs[0].highCostLongTerm).to.equal('certificate');
    expect(course(150_000, { highCostLongTerm: false }).months.map((m) => m.patient)).to.deep.equal(months.map(() => '20000'));
  });

  it('only within twelve months: five in 2025-01 to 05 and one in 2026-01 do not make six by 2026-02', () => {
    // For 2026-02 the twelve months are 2025-02 to 2026-01: 2025-02 to 05 and 2026-01, five.
    const b = course(150_000, {}, ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2026-01', '2026-02']);
    expect(b.months.map((m) => m.patient)).to.deep.equal(['20000', '20000', '20000', '20000', '20000', '20000', '20000']);
  });

  it('only the care for the disease counts: six months of other care do not lower the cap', () => {
    const b = calculate(plan([{ id: 'patient', age: 45, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅱ' }] }], [
      ...months.slice(0, 6).map((month) => insured(month, 150_000, { setting: 'outpatient' })),
      insured('2026-07', 150_000, { setting: 'outpatient', program: 'nanbyo' }),
    ]));
    expect(b.months[6].patient).to.equal('20000');
  });

  it('a certificate that starts in the plan counts from its start: months before it are ordinary care', () => {
    // Covered from 2026-02: 02 to 07 are six months, so 2026-08 is the first with the lower cap.
    const b = course(150_000, { from: '2026-02' });
    expect(b.months.map((m) => m.programs[0]?.cap ?? null)).to.deep.equal([null, '20000', '20000', '20000', '20000', '20000', '20000', '10000']);
  });
});

describe('a tier that changes (tiers): the certificate’s 階層区分 from a month on', () => {
  it('一般所得Ⅰ until 2026-09 and 上位所得 from 2026-10: 10,000 then 30,000', () => {
    const b = calculate(plan([{ id: 'patient', age: 45, programs: [{ kind: 'nanbyo', tier: '一般所得Ⅰ', highCostLongTerm: false, tiers: [{ from: '2026-10', tier: '上位所得' }] }] }], [
      insured('2026-09', 1_000_000, { program: 'nanbyo' }),
      insured('2026-10', 1_000_000, { program: 'nanbyo' }),
    ]));
    expect(b.months.map((m) => m.patient)).to.deep.equal(['10000', '30000']);
  });
});

describe('validation of tier changes (ja and en)', () => {
  const issues = (program: object) => validate(plan([{ id: 'p', age: 45, programs: [{ kind: 'nanbyo', tier: '上位所得', ...program } as PublicProgram] }], [insured('2026-09', 1000)]))
    .map((i) => `${i.path} ${i.code}`);
  const cases: [string, object, string][] = [
    ['tiers that are not a list', { tiers: '一般所得Ⅰ' }, 'people[0].programs[0].tiers type'],
    ['a change without a month', { tiers: [{ tier: '一般所得Ⅰ' }] }, 'people[0].programs[0].tiers[0].from required'],
    ['a change with a bad month', { tiers: [{ from: '2026-13', tier: '一般所得Ⅰ' }] }, 'people[0].programs[0].tiers[0].from bad-month'],
    ['a change without a tier', { tiers: [{ from: '2026-10' }] }, 'people[0].programs[0].tiers[0].tier required'],
    ['a change to an unknown tier', { tiers: [{ from: '2026-10', tier: '中所得' }] }, 'people[0].programs[0].tiers[0].tier unknown-tier'],
    ['a change in the certificate’s first month', { from: '2026-10', tiers: [{ from: '2026-10', tier: '一般所得Ⅰ' }] }, 'people[0].programs[0].tiers[0].from tier-outside-certificate'],
    ['a change after the certificate ends', { to: '2026-10', tiers: [{ from: '2026-11', tier: '一般所得Ⅰ' }] }, 'people[0].programs[0].tiers[0].from tier-outside-certificate'],
    ['two changes in one month', { tiers: [{ from: '2026-10', tier: '一般所得Ⅰ' }, { from: '2026-10', tier: '低所得Ⅰ' }] }, 'people[0].programs[0].tiers[1].from duplicate-period'],
  ];
  for (const [name, program, expected] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(issues(program)).to.include(expected);
    });
  }

  it('accepts changes in any order and ASCII numerals; the messages have Japanese and English', () => {
    expect(issues({ tiers: [{ from: '2027-04', tier: '上位所得' }, { from: '2026-10', tier: '一般所得II' }] })).to.deep.equal([]);
    for (const issue of validate(plan([{ id: 'p', age: 45, programs: [{ kind: 'nanbyo', tier: '上位所得', tiers: [{}] } as unknown as PublicProgram] }], []))) {
      expect(issue.message.ja.length > 0 && issue.message.en.length > 0).to.equal(true);
    }
  });
});
