import { expect } from '@open-wc/testing';
import { calculate, validate, type CareItem, type CarePlan, type ProgramTier, type PublicProgram } from '../../src/engine/index.js';
import { insured } from './helpers.js';

/** RULES.md §8 and EXAMPLES.md #13–14: public programmes on top of insurance, and 特定疾病. */

const planWith = (programs: PublicProgram[], items: CareItem[], bracket = 'ウ', age = 45): CarePlan => ({
  insurance: { bracket: bracket as 'ウ' },
  people: [{ id: 'patient', age, programs }],
  items,
});
const nanbyo = (tier: ProgramTier, extra: Partial<PublicProgram> = {}): PublicProgram => ({ kind: 'nanbyo', tier, ...extra }) as PublicProgram;
const covered = (month: string, amount: number, extra: Partial<CareItem> = {}) => insured(month, amount, { program: 'nanbyo', ...extra });

describe('EXAMPLES.md #13–14', () => {
  it('#13 ウ, 指定難病 一般所得Ⅰ, inpatient 1,000,000 in 2026-09: patient 10,000, 公費 82,940, insurer 907,060', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅰ')], [covered('2026-09', 1_000_000)]));
    expect(b.shares).to.include({ patient: '10000', public: '82940', insurer: '907060' });
    const [month] = b.months;
    expect(month.programs).to.deep.equal([{ person: 'patient', program: 'nanbyo', kind: 'nanbyo', label: undefined, cap: '10000', used: '10000', paid: '82940' }]);
    expect(month).to.include({ atWindow: '10000', patient: '10000', public: '82940', benefit: '207060' });
    expect(b.rules.map((r) => r.id)).to.include('public-nanbyo');
  });

  it('#14 ウ, 特定疾病 (dialysis), outpatient 300,000 in 2026-09: patient 10,000, insurer 290,000, 公費 0', () => {
    const b = calculate(planWith([{ kind: 'tokutei' }], [insured('2026-09', 300_000, { setting: 'outpatient', program: 'tokutei' })]));
    expect(b.shares).to.include({ patient: '10000', insurer: '290000', public: '0' });
    expect(b.months[0].caps[0]).to.include({ kind: 'specificDisease', amount: '10000', binding: true });
    expect(b.months[0].atWindow).to.equal('10000');
    expect(b.months[0].programs).to.deep.equal([]);
  });
});

describe('指定難病: the monthly cap by tier (RULES.md §8 table)', () => {
  const rows: [ProgramTier, string, string, string][] = [
    ['生活保護', '0', '0', '0'],
    ['低所得Ⅰ', '2500', '2500', '1000'],
    ['低所得Ⅱ', '5000', '5000', '1000'],
    ['一般所得Ⅰ', '10000', '5000', '1000'],
    ['一般所得Ⅱ', '20000', '10000', '1000'],
    ['上位所得', '30000', '20000', '1000'],
  ];
  for (const [tier, general, longTerm, ventilator] of rows) {
    it(`${tier}: ${general}; 高額かつ長期 ${longTerm}; 人工呼吸器等 ${ventilator}`, () => {
      const patient = (program: PublicProgram) => calculate(planWith([program], [covered('2026-09', 1_000_000)])).shares.patient;
      expect(patient(nanbyo(tier))).to.equal(general);
      expect(patient(nanbyo(tier, { highCostLongTerm: true }))).to.equal(longTerm);
      expect(patient(nanbyo(tier, { ventilator: true }))).to.equal(ventilator);
    });
  }

  it('below the cap the patient pays 2割 of the fee, rounded to 10 yen: 33,333 → 6,670', () => {
    const b = calculate(planWith([nanbyo('上位所得')], [covered('2026-09', 33_333, { setting: 'outpatient' })]));
    expect(b.shares).to.include({ patient: '6670', public: '3330' }); // copay 10,000 (3割), 2割 6,666.6 → 6,670
  });

  it('a copay of 1割 stays 1割 (75+): 50,000 → 5,000 under a cap of 10,000', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅰ')], [covered('2026-09', 50_000, { setting: 'outpatient' })], '一般', 80));
    expect(b.shares).to.include({ patient: '5000', public: '0' });
  });

  it('the cap is per person and month across every facility: 20,000 in all, the second facility pays what is left', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅱ')], [
      covered('2026-09', 60_000, { setting: 'outpatient', facility: 'A' }), // 2割 12,000
      covered('2026-09', 60_000, { setting: 'outpatient', facility: 'pharmacy-of-B' }), // 2割 12,000, only 8,000 left
    ]));
    expect(b.shares.patient).to.equal('20000');
    expect(b.months[0].programs[0]).to.include({ cap: '20000', used: '20000', paid: '16000' });
  });

  it('the cap starts again each month', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅱ')], [covered('2026-09', 1_000_000), covered('2026-10', 1_000_000)]));
    expect(b.months.map((m) => m.patient)).to.deep.equal(['20000', '20000']);
  });

  it('lines without the programme are ordinary care beside it', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅰ')], [covered('2026-09', 1_000_000), insured('2026-09', 50_000, { setting: 'outpatient', facility: 'dentist', dental: true })]));
    expect(b.shares.patient).to.equal('25000'); // 10,000 + 15,000 (a dental receipt under 21,000)
  });

  it('先進医療 and other fees outside insurance are never covered', () => {
    const issues = validate(planWith([nanbyo('一般所得Ⅰ')], [{ month: '2026-09', kind: 'advanced', amount: 100_000, program: 'nanbyo' }]));
    expect(issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['items[0].program program-not-insured']);
    expect(issues[0].message.ja).to.contain('先進医療');
  });

  it('only in the months of the certificate: before `from` and after `to` the line is ordinary, and said so', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅰ', { from: '2026-10', to: '2026-10' })], [
      covered('2026-09', 1_000_000), covered('2026-10', 1_000_000), covered('2026-11', 1_000_000),
    ]));
    expect(b.months.map((m) => m.patient)).to.deep.equal(['92940', '10000', '92940']);
    expect(b.warnings.find((w) => w.message.en.includes('outside a certificate'))?.months).to.deep.equal(['2026-09', '2026-11']);
  });

  it('多数回 lowers the insurer’s part: the programme pays less, the patient the same', () => {
    const months = ['2026-09', '2026-10', '2026-11', '2026-12'];
    const b = calculate(planWith([nanbyo('一般所得Ⅰ')], months.map((m) => covered(m, 1_000_000))));
    expect(b.months.map((m) => m.public)).to.deep.equal(['82940', '82940', '82940', '34400']);
    expect(b.months.map((m) => m.patient)).to.deep.equal(['10000', '10000', '10000', '10000']);
  });

  // RULES.md §8: the reduced 300 is the insurance 標準負担額 for the patient; the rest of the meal's
  // cost is the insurer's 入院時食事療養費, as for any meal, and outside the plan's total.
  it('meals at the reduced 指定難病 rate from 2025-04 (300), which is all the meal costs the plan: the programme pays nothing', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅰ')], [{ month: '2025-05', kind: 'meals', meals: 3, program: 'nanbyo' }]));
    expect(b.total).to.equal('900');
    expect(b.shares).to.include({ patient: '900', public: '0' });
    expect(b.months[0].meals).to.equal('900');
  });

  it('meals at 280 from 2024-06', () => {
    const b = calculate(planWith([nanbyo('一般所得Ⅰ')], [{ month: '2024-07', kind: 'meals', meals: 3, program: 'nanbyo' }]));
    expect(b.shares.patient).to.equal('840');
  });

  it('低所得 keep the ordinary low-income meal rate (240)', () => {
    const b = calculate(planWith([nanbyo('低所得Ⅱ')], [{ month: '2025-05', kind: 'meals', meals: 3, program: 'nanbyo' }], 'オ'));
    expect(b.shares).to.include({ patient: '720', public: '0' });
  });

  // RULES.md §8 (世帯按分), computed since issue #22 (it used to be only flagged): the household's
  // cap is the higher 10,000; a: 10,000 × 10,000 ÷ 15,000 = 6,666.66… → 6,666; b: 10,000 × 5,000 ÷
  // 15,000 = 3,333.33… → 3,333 (a fraction of a yen dropped, and said so). More in household-share.test.ts.
  it('two certificate holders in one household share the higher cap (按分): 6,666 and 3,333', () => {
    const b = calculate({
      insurance: { bracket: 'ウ' },
      people: [{ id: 'a', age: 45, programs: [nanbyo('一般所得Ⅰ')] }, { id: 'b', age: 12, programs: [{ kind: 'shoman', tier: '一般所得Ⅰ' }] }],
      items: [covered('2026-09', 1_000_000, { person: 'a' }), insured('2026-09', 1_000_000, { person: 'b', program: 'shoman' })],
    });
    expect(b.months[0].programs.map((p) => [p.person, p.cap, p.used])).to.deep.equal([['a', '6666', '6666'], ['b', '3333', '3333']]);
    expect(b.warnings.some((w) => w.message.ja.includes('按分') && w.message.ja.includes('端数'))).to.equal(true);
  });
});

describe('小児慢性特定疾病: half the amounts', () => {
  const rows: [ProgramTier, string, string, string][] = [
    ['生活保護', '0', '0', '0'],
    ['低所得Ⅰ', '1250', '1250', '500'],
    ['低所得Ⅱ', '2500', '2500', '500'],
    ['一般所得Ⅰ', '5000', '2500', '500'],
    ['一般所得Ⅱ', '10000', '5000', '500'],
    ['上位所得', '15000', '10000', '500'],
  ];
  for (const [tier, general, severe, ventilator] of rows) {
    it(`${tier}: ${general}; 重症 ${severe}; 人工呼吸器等 ${ventilator}`, () => {
      const patient = (extra: object) =>
        calculate(planWith([{ kind: 'shoman', tier, ...extra }], [insured('2026-09', 1_000_000, { program: 'shoman' })], 'ウ', 10)).shares.patient;
      expect(patient({})).to.equal(general);
      expect(patient({ severe: true })).to.equal(severe);
      expect(patient({ ventilator: true })).to.equal(ventilator);
    });
  }

  // RULES.md §8, settled: half of the reduced 指定難病・小慢 charge (300 → 150), not of the general 510.
  it('meals: half the reduced charge, 300 → 150 in 2025-05, no longer flagged as unconfirmed', () => {
    const b = calculate(planWith([{ kind: 'shoman', tier: '一般所得Ⅰ' }], [{ month: '2025-05', kind: 'meals', meals: 2, program: 'shoman' }], 'ウ', 10));
    expect(b.shares).to.include({ patient: '300', public: '0' });
    expect(b.total).to.equal('300');
    expect(b.rules.find((r) => r.id === 'shoman-meals-half')?.status).to.equal('law');
    expect(b.warnings.some((w) => w.ruleId === 'shoman-meals-half')).to.equal(false);
  });
});

describe('特定疾病療養 (マル長): an insurance cap per facility and setting', () => {
  const tokutei = (items: CareItem[], extra: object = {}, bracket = 'ウ') => calculate(planWith([{ kind: 'tokutei', ...extra }], items, bracket));

  it('inpatient and outpatient each have their own 10,000', () => {
    const b = tokutei([insured('2026-09', 300_000, { program: 'tokutei' }), insured('2026-09', 300_000, { setting: 'outpatient', program: 'tokutei' })]);
    expect(b.shares).to.include({ patient: '20000', public: '0' });
  });

  it('two facilities each have their own 10,000', () => {
    const b = tokutei([insured('2026-09', 300_000, { program: 'tokutei' }), insured('2026-09', 300_000, { facility: 'B', program: 'tokutei' })]);
    expect(b.shares.patient).to.equal('20000');
  });

  it('20,000 for under-70 ア・イ on dialysis; 10,000 for ウ even with the flag', () => {
    expect(tokutei([insured('2026-09', 300_000, { program: 'tokutei' })], { dialysisHighIncome: true }, 'イ').shares.patient).to.equal('20000');
    expect(tokutei([insured('2026-09', 300_000, { program: 'tokutei' })], { dialysisHighIncome: true }, 'ウ').shares.patient).to.equal('10000');
  });

  it('applies at the window even without a マイナ保険証 or 認定証', () => {
    const b = calculate({ ...planWith([{ kind: 'tokutei' }], [insured('2026-09', 300_000, { program: 'tokutei' })]), insurance: { bracket: 'ウ', capAtWindow: false } });
    expect(b.months[0].atWindow).to.equal('10000');
  });

  it('a copay under the cap stays as it is: 30,000 at 3割 → 9,000', () => {
    expect(tokutei([insured('2026-09', 30_000, { program: 'tokutei' })]).shares.patient).to.equal('9000');
  });

  // 施行令42条1項: the months that make 多数回 are those with 高額療養費 under 41条1項 or 2項, so a
  // benefit under 41条9項 (特定疾病) alone, like one under 41条5項 (外来特例), does not count.
  it('a month whose only benefit is 特定疾病 does not count toward 多数回: the next month is the 3rd, not the 4th', () => {
    const months = (certificate: boolean) => calculate({
      insurance: { bracket: 'ウ', priorHighCostMonths: ['2026-08', '2026-09'], priorElsewhere: true },
      people: [{ id: 'patient', age: 60, programs: certificate ? [{ kind: 'tokutei' }] : [] }],
      items: [
        insured('2026-10', 400_000, { setting: 'outpatient', facility: 'dialysis', program: certificate ? 'tokutei' : undefined }),
        insured('2026-11', 1_000_000, { facility: 'hospital' }),
      ],
    }).months.map((m) => [m.patient, m.manyTimes]);
    expect(months(true)).to.deep.equal([['10000', false], ['92940', false]]);
    expect(months(false)).to.deep.equal([['86940', false], ['44400', true]]);
  });
});

describe('local subsidies: a rate and a cap the hospital sets', () => {
  const local = (program: object, amount = 100_000) =>
    calculate(planWith([{ kind: 'local', id: 'kodomo', ...program } as PublicProgram], [insured('2026-09', amount, { setting: 'outpatient', program: 'kodomo' })], 'ウ', 8));

  it('rate 0 (free) by default: the programme pays the whole copay', () => {
    expect(local({}).shares).to.include({ patient: '0', public: '30000' });
  });

  it('rate 0.1 with a monthly cap of 5,000', () => {
    expect(local({ rate: '0.1' }).shares.patient).to.equal('10000');
    expect(local({ rate: '0.1', monthlyCap: 5000 }).shares).to.include({ patient: '5000', public: '25000' });
    expect(local({ rate: '0.1', monthlyCap: 5000, label: '子ども医療費助成' }).months[0].programs[0]).to.include({ program: 'kodomo', kind: 'local', label: '子ども医療費助成', cap: '5000' });
  });
});

describe('validation of programmes (ja and en)', () => {
  const issues = (programs: unknown, items: unknown[] = [insured('2026-09', 1000)]) =>
    validate({ insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 45, programs }], items }).map((i) => `${i.path} ${i.code}`);
  const cases: [string, unknown, string, unknown[]?][] = [
    ['programs that are not a list', 'nanbyo', 'people[0].programs type'],
    ['an unknown kind', [{ kind: 'magic' }], 'people[0].programs[0].kind unknown-program-kind'],
    ['a 指定難病 without tier', [{ kind: 'nanbyo' }], 'people[0].programs[0].tier required'],
    ['an unknown tier', [{ kind: 'shoman', tier: '中所得' }], 'people[0].programs[0].tier unknown-tier'],
    ['a bad month', [{ kind: 'tokutei', from: '2026/09' }], 'people[0].programs[0].from bad-month'],
    ['an end before the start', [{ kind: 'tokutei', from: '2026-09', to: '2026-08' }], 'people[0].programs[0].to program-period'],
    ['a flag that is not boolean', [{ kind: 'nanbyo', tier: '上位所得', ventilator: 'yes' }], 'people[0].programs[0].ventilator type'],
    ['a local programme without id', [{ kind: 'local' }], 'people[0].programs[0].id required'],
    ['a local id that is a kind', [{ kind: 'local', id: 'nanbyo' }], 'people[0].programs[0].id required'],
    ['a local rate over 0.3', [{ kind: 'local', id: 'x', rate: '0.5' }], 'people[0].programs[0].rate bad-rate'],
    ['a negative local cap', [{ kind: 'local', id: 'x', monthlyCap: -1 }], 'people[0].programs[0].monthlyCap negative'],
    ['two certificates over the same months', [{ kind: 'tokutei' }, { kind: 'tokutei', from: '2026-01' }], 'people[0].programs[1] overlapping-program'],
    ['a line naming a programme the person lacks', [], 'items[0].program unknown-program', [insured('2026-09', 1000, { program: 'nanbyo' })]],
  ];
  for (const [name, programs, expected, items] of cases) {
    it(`reports ${name} as ${expected}`, () => {
      expect(issues(programs, items)).to.include(expected);
    });
  }

  it('accepts a renewed certificate (two periods) and ASCII numerals in the tier', () => {
    expect(issues([{ kind: 'nanbyo', tier: '一般所得II', to: '2026-09' }, { kind: 'nanbyo', tier: '上位所得', from: '2026-10' }])).to.deep.equal([]);
  });

  it('every message has Japanese and English', () => {
    const all = validate({ insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 45, programs: [{ kind: 'x' }, { kind: 'nanbyo', tier: '?' }, { kind: 'local' }] }], items: [] });
    expect(all.length).to.equal(3);
    for (const issue of all) expect(issue.message.ja.length > 0 && issue.message.en.length > 0).to.equal(true);
  });

  it('ignores inherited keys: a polluted Object.prototype adds no programme', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.programs = [{ kind: 'local', id: 'evil' }];
    proto.program = 'evil';
    try {
      const b = calculate({ insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 45 }], items: [insured('2026-09', 100_000, { setting: 'outpatient' })] });
      expect(b.shares).to.include({ patient: '30000', public: '0' });
    } finally {
      delete proto.programs;
      delete proto.program;
    }
  });
});

describe('regressions found by the property tests', () => {
  it('a month whose household figure exceeds what the receipts were charged: each receipt keeps its window charge, no refund is negative', () => {
    const b = calculate({
      insurance: { bracket: 'オ' },
      // The household cap (一般, the insured spouse's: 57,600) is above both receipts' copays, but
      // the patient's own receipt was charged its own cap (低所得Ⅱ 24,600) at the window.
      people: [
        { id: 'patient', birthDate: '1936-09-27', bracket: '低所得Ⅱ', role: 'dependent' },
        { id: 'spouse', birthDate: '1944-03-27', bracket: '一般', role: 'insured', programs: [{ kind: 'nanbyo', tier: '生活保護' }] },
      ],
      items: [
        insured('2026-02', 6_350, { person: 'spouse', program: 'nanbyo' }),
        insured('2026-02', 246_150, { person: 'patient' }),
      ],
    });
    const [month] = b.months;
    for (const later of month.later) expect(BigInt(later.amount) > 0n).to.equal(true);
    expect(String(BigInt(month.atWindow) - month.later.reduce((s, l) => s + BigInt(l.amount), 0n))).to.equal(month.patient);
    expect(month.people!.map((p) => [p.person, p.atWindow, p.patient, p.public])).to.deep.equal([['patient', '24600', '24600', '0'], ['spouse', '0', '0', '640']]);
  });

  it('a household cap split in proportion leaves no receipt a yen above its own window charge', () => {
    const b = calculate({
      insurance: { bracket: 'ア' },
      people: [{ id: 'patient', birthDate: '1975-11-05' }, { id: 'spouse', birthDate: '1954-07-27', programs: [{ kind: 'local', id: 'city', rate: '0' }] }],
      items: [insured('2026-06', 1_889_261, { person: 'spouse', program: 'city' }), insured('2026-06', 2_762_289, { person: 'patient' })],
    });
    const [month] = b.months;
    expect(month.people!.map((p) => [p.person, p.atWindow, p.patient])).to.deep.equal([['patient', '271803', '271803'], ['spouse', '0', '0']]);
    expect(String(BigInt(month.atWindow) - month.later.reduce((s, l) => s + BigInt(l.amount), 0n))).to.equal(month.patient);
  });
});
