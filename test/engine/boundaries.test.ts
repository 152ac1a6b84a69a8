import { expect } from '@open-wc/testing';
import { calculate, type CareItem } from '../../src/engine/index.js';
import { insured, monthPatients, planOf } from './helpers.js';

/** Every rule boundary of RULES.md §2–6, with the hand-worked figure beside each case. */

describe('世帯合算 and the 21,000 rule (under 70)', () => {
  const twoReceipts = (outpatientFee: number) =>
    calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), insured('2026-09', outpatientFee, { setting: 'outpatient', facility: 'clinic' })]));

  it('a receipt of exactly 21,000 is added: 150,000 + 21,000 capped at 85,800 + 2,840 = 88,640', () => {
    expect(twoReceipts(70_000).shares.patient).to.equal('88640');
  });

  it('a receipt of 20,990 is not added: 87,940 + 20,990 = 108,930', () => {
    expect(twoReceipts(69_980).shares.patient).to.equal('108930');
  });

  it('two members of one household combine, and the window charges each receipt its own cap', () => {
    const b = calculate({
      insurance: { bracket: 'ウ' },
      people: [{ id: 'a', age: 45 }, { id: 'b', age: 44 }],
      items: [insured('2026-09', 500_000, { person: 'a' }), insured('2026-09', 100_000, { person: 'b', setting: 'outpatient' })],
    });
    const [month] = b.months;
    expect(month.patient).to.equal('88940'); // 85,800 + (600,000 − 286,000) × 1%
    expect(month.atWindow).to.equal('117940'); // 87,940 + 30,000
    expect(month.later.find((l) => l.reason === 'household')?.amount).to.equal('29000');
    expect(month.people!.map((p) => p.person)).to.deep.equal(['a', 'b']);
    const perPerson = month.people!.reduce((s, p) => s + Number(p.patient), 0);
    expect(perPerson).to.equal(88_940);
  });

  it('inpatient and outpatient at one facility are separate receipts', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), insured('2026-09', 60_000, { setting: 'outpatient' })]));
    expect(b.shares.patient).to.equal('105940'); // 87,940 + 18,000 (under 21,000, not added)
  });

  it('dental care is a separate receipt from medical care at the same facility', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), insured('2026-09', 60_000, { dental: true })]));
    expect(b.shares.patient).to.equal('105940');
  });
});

describe('copay rates by age', () => {
  const outpatient = (month: string, birthDate: string, bracket: 'ウ' | 'エ' = 'エ') =>
    calculate(planOf({ bracket }, [insured('2026-08', 10_000, { setting: 'outpatient' }), insured(month, 10_000, { setting: 'outpatient' })], { birthDate }));

  it('born on the 1st: 2割 from the month of the 70th birthday', () => {
    expect(monthPatients(outpatient('2026-09', '1956-09-01'))).to.deep.equal(['3000', '2000']);
  });

  it('born on the 2nd: still 3割 in the month of the 70th birthday', () => {
    expect(monthPatients(outpatient('2026-09', '1956-09-02'))).to.deep.equal(['3000', '3000']);
  });

  it('born on the 2nd: 2割 from the month after', () => {
    expect(monthPatients(outpatient('2026-10', '1956-09-02'))[1]).to.equal('2000');
  });

  it('a 70+ 現役並み pays 3割: ウ maps to 現役並みⅠ', () => {
    expect(monthPatients(outpatient('2026-10', '1956-09-02', 'ウ'))[1]).to.equal('3000');
  });

  const child = (month: string, birthDate: string) =>
    calculate(planOf({ bracket: 'ウ' }, [insured(month, 10_000, { setting: 'outpatient' })], { birthDate })).shares.patient;

  it('未就学 (2割) until the March after the 6th birthday: born 2020-04-02, March 2027', () => {
    expect(child('2027-03', '2020-04-02')).to.equal('2000');
    expect(child('2027-04', '2020-04-02')).to.equal('3000');
  });

  it('born on 1 April: school a year earlier, 3割 from April 2026', () => {
    expect(child('2026-03', '2020-04-01')).to.equal('2000');
    expect(child('2026-04', '2020-04-01')).to.equal('3000');
  });

  it('a copay rate override (a municipal subsidy) is used as given', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 10_000, { setting: 'outpatient' })], { age: 8, copayRate: '0' }));
    expect(b.shares.patient).to.equal('0');
  });
});

describe('70 and over: 外来特例 first, the household cap second', () => {
  it('outpatient 30,000 → 22,000, plus inpatient 100,000, capped at 61,500 (2026-08 一般)', () => {
    const b = calculate(planOf({ bracket: '一般' }, [insured('2026-09', 150_000, { setting: 'outpatient' }), insured('2026-09', 500_000)], { age: 72 }));
    expect(b.months[0].caps.map((c) => [c.kind, c.amount, c.binding])).to.deep.equal([
      ['elderlyOutpatient', '22000', true],
      ['elderlyHousehold', '61500', true],
    ]);
    expect(b.shares.patient).to.equal('61500');
  });

  it('there is no 21,000 floor at 70+: small receipts all count', () => {
    const b = calculate(planOf({ bracket: '一般' }, [insured('2026-09', 300_000), insured('2026-09', 20_000, { facility: 'B' }), insured('2026-09', 20_000, { facility: 'C' })], { age: 72 }));
    expect(b.shares.patient).to.equal('61500'); // 60,000 + 4,000 + 4,000 = 68,000 → 61,500
  });

  it('a household with a 72-year-old and a 65-year-old: 70+ first, then the under-70 cap', () => {
    const b = calculate({
      insurance: { bracket: 'エ' },
      people: [{ id: 'husband', age: 72 }, { id: 'wife', age: 65 }],
      items: [insured('2026-09', 300_000, { person: 'husband' }), insured('2026-09', 100_000, { person: 'wife' })],
    });
    expect(b.shares.patient).to.equal('61500'); // 60,000 (70+) + 30,000 (≥ 21,000) → エ 61,500
  });

  it('75+ at 2割, 2022-10 to 2025-09: outpatient at most 1割 + 3,000', () => {
    const patient = (month: string) =>
      calculate(planOf({ bracket: '一般' }, [insured(month, 100_000, { setting: 'outpatient' })], { age: 80, copayRate: '0.2' })).shares.patient;
    expect(patient('2024-05')).to.equal('13000');
    expect(patient('2025-10')).to.equal('18000');
  });

  it('外来年間合算: 12 months of 22,000 over August–July refunds 264,000 − 216,000 = 48,000', () => {
    const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];
    const b = calculate(planOf({ bracket: '一般' }, months.map((m) => insured(m, 200_000, { setting: 'outpatient' })), { age: 72 }));
    expect(b.yearly).to.have.length(1);
    expect(b.yearly[0]).to.include({ reason: 'outpatientYearly', from: '2026-08', to: '2027-07', cap: '216000', counted: '264000', amount: '48000' });
    expect(b.shares.patient).to.equal('216000');
  });
});

describe('the month of the 75th birthday', () => {
  it('born on the 15th: caps halved (61,500 → 30,750)', () => {
    const b = calculate(planOf({ bracket: '一般' }, [insured('2026-10', 1_000_000, { day: 20 })], { birthDate: '1951-10-15' }));
    expect(b.shares.patient).to.equal('30750');
    expect(b.months[0].caps.some((c) => c.halvedFor75thBirthday && c.amount === '30750')).to.equal(true);
  });

  it('born on the 1st: no halving, the whole month under 後期高齢者医療', () => {
    const b = calculate(planOf({ bracket: '一般' }, [insured('2026-10', 1_000_000)], { birthDate: '1951-10-01' }));
    expect(b.shares.patient).to.equal('61500');
  });

  it('care before and after the birthday goes to the old and the new insurer, each with half a cap', () => {
    const b = calculate(planOf({ bracket: '一般' }, [insured('2026-10', 300_000, { day: 5 }), insured('2026-10', 300_000, { day: 20 })], { birthDate: '1951-10-15' }));
    expect(b.shares.patient).to.equal('60750'); // 2割 60,000 → 30,750; 1割 30,000 stays under 30,750
  });

  it('halves the 1% threshold too: old ウ gives 40,050 + (fee − 133,500) × 1%', () => {
    const b = calculate(planOf({ bracket: '現役並みⅠ' }, [insured('2026-05', 1_000_000, { day: 20 })], { birthDate: '1951-05-15' }));
    expect(b.shares.patient).to.equal('48715'); // 40,050 + 8,665
  });
});

describe('多数回該当', () => {
  const monthOf = (month: string, prior: string[]) =>
    calculate(planOf({ bracket: 'ウ', priorHighCostMonths: prior }, [insured(month, 1_000_000)])).months[0];

  it('three benefit months in the last twelve make the 4th month 多数回 (44,400)', () => {
    const month = monthOf('2026-09', ['2025-10', '2025-11', '2025-12']);
    expect(month.manyTimes).to.equal(true);
    expect(month.patient).to.equal('44400');
  });

  it('a benefit month 12 months back has left the window', () => {
    expect(monthOf('2026-10', ['2025-10', '2025-11', '2025-12']).manyTimes).to.equal(false);
  });

  it('at 70+, months with only the outpatient step paid do not count', () => {
    const months = ['2026-09', '2026-10', '2026-11', '2026-12'];
    const outpatientOnly = calculate(planOf({ bracket: '一般' }, months.map((m) => insured(m, 200_000, { setting: 'outpatient' })), { age: 72 }));
    expect(outpatientOnly.months.map((m) => m.manyTimes)).to.deep.equal([false, false, false, false]);
    const inpatient = calculate(planOf({ bracket: '一般' }, months.map((m) => insured(m, 500_000)), { age: 72 }));
    expect(monthPatients(inpatient)).to.deep.equal(['61500', '61500', '61500', '44400']);
  });

  it('turning 75 changes insurer and starts a new count', () => {
    const months = ['2026-06', '2026-07', '2026-08', '2026-09'];
    const b = calculate(planOf({ bracket: '一般' }, months.map((m) => insured(m, 500_000)), { birthDate: '1951-09-01' }));
    expect(b.months.map((m) => m.manyTimes)).to.deep.equal([false, false, false, false]);
  });
});

describe('年間上限 (from 2026-08, August to July)', () => {
  const year = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];

  it('ウ, 1,000,000 every month: 3 × 92,940 + 9 × 44,400 = 678,420, refunded above 530,000', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, year.map((m) => insured(m, 1_000_000))));
    expect(b.yearly[0]).to.include({ reason: 'annualCap', cap: '530000', counted: '678420', amount: '148420', expectedMonth: '2027-11' });
    expect(b.shares.patient).to.equal('530000');
    expect(b.warnings.some((w) => w.code === 'unconfirmed-rule')).to.equal(true);
  });

  it('a month before 2026-08 is outside the annual cap: ア from 2026-07 counts 08–06 only', () => {
    const shifted = ['2026-07', ...year.slice(0, 11)];
    const b = calculate(planOf({ bracket: 'ア' }, shifted.map((m) => insured(m, 1_000_000))));
    // 08, 09: 271,290 each; 10 to 06: 多数回 140,100 × 9 = 1,260,900; 542,580 + 1,260,900 = 1,803,480
    expect(b.yearly[0]).to.include({ from: '2026-08', to: '2027-07', counted: '1803480', amount: '123480' });
  });

  it('copays counted before above the cap, but a certificate paid all of the plan’s: no refund of ¥0 is listed', () => {
    const b = calculate(planOf({ bracket: '低所得Ⅱ', annualCountedBefore: 299_990 }, [insured('2026-09', 300_000, { program: 'city' })],
      { age: 72, programs: [{ kind: 'local', id: 'city', rate: '0' }] }));
    expect(b.shares.patient).to.equal('0');
    expect(b.yearly).to.deep.equal([]);
  });
});

describe('付加給付', () => {
  it('refunds the copay after 高額療養費 above 25,000, rounded down to 100', () => {
    const b = calculate(planOf({ bracket: 'ウ', supplementary: { deductible: 25_000 } }, [insured('2026-09', 1_000_000)]));
    expect(b.shares.supplementary).to.equal('67900'); // 92,940 − 25,000 = 67,940 → 67,900
    expect(b.shares.patient).to.equal('25040');
    expect(b.months[0].later.find((l) => l.reason === 'supplementary')?.amount).to.equal('67900');
  });

  it('pays nothing under the insurer’s minimum payout', () => {
    const b = calculate(planOf({ bracket: 'ウ', supplementary: { deductible: 25_000, minimumPayout: 1000 } }, [insured('2026-09', 85_000)]));
    expect(b.shares.supplementary).to.equal('0'); // 25,500 − 25,000 = 500 < 1,000
  });
});

describe('meals, tax and fees outside insurance', () => {
  const meal = (month: string, bracket: string, extra: Partial<CareItem> = {}, age = 45) =>
    calculate(planOf({ bracket: bracket as 'ウ' }, [{ month, kind: 'meals', meals: 3, ...extra }], { age }));

  it('オ (非課税), 2025-04: 240 a meal; after 90 days 190', () => {
    expect(meal('2025-05', 'オ').total).to.equal('720');
    expect(meal('2025-05', 'オ', { afterNinetyDays: true }).total).to.equal('570');
  });

  it('低所得Ⅰ: 110 a meal', () => {
    expect(meal('2025-05', '低所得Ⅰ', {}, 72).total).to.equal('330');
  });

  it('2024-06 一般: 490 a meal', () => {
    expect(meal('2024-07', 'ウ').total).to.equal('1470');
  });

  it('from 2026-06 the charge is unconfirmed: 550 assumed, and said so', () => {
    const b = meal('2026-07', 'ウ');
    expect(b.total).to.equal('1650');
    expect(b.warnings.find((w) => w.code === 'unconfirmed-rule')?.months).to.deep.equal(['2026-07']);
    expect(b.rules.find((r) => r.id === 'meals-2026-06-unconfirmed')?.status).to.equal('unconfirmed');
  });

  it('a hospital can override the meal charge', () => {
    const b = calculate({ ...planOf({ bracket: 'ウ' }, [{ month: '2026-07', kind: 'meals', meals: 3 }]), overrides: { mealPerMeal: 600 } });
    expect(b.total).to.equal('1800');
    expect(b.rules.find((r) => r.status === 'override')).to.not.equal(undefined);
  });

  it('a fee quoted without consumption tax gets 10% added; the tax is shown', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [{ month: '2026-09', kind: 'free', amount: 100_000, taxExcluded: true }]));
    expect(b.total).to.equal('110000');
    expect(b.months[0].outsideInsurance.consumptionTax).to.equal('10000');
  });

  it('a trial sponsor pays its items; the rest stays insured', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 200_000, { setting: 'outpatient' }), { month: '2026-09', kind: 'trial', amount: 150_000 }]));
    expect(b.shares).to.include({ sponsor: '150000', patient: '60000', insurer: '140000' });
  });

  it('a 負担軽減費 received lowers the net, not the share', () => {
    const plan = planOf({ bracket: 'ウ' }, [insured('2026-09', 10_000, { setting: 'outpatient' })]);
    const b = calculate({ ...plan, receipts: [{ month: '2026-09', amount: 7000, from: 'sponsor' }] });
    expect(b.shares.patient).to.equal('3000');
    expect(b.received).to.equal('7000');
    expect(b.patientNet).to.equal('-4000');
  });
});

describe('mixed billing and planned rules', () => {
  it('自由診療 in the same course as insured care: warns, and shows the self-pay figure', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), { month: '2026-09', kind: 'free', amount: 300_000 }]));
    expect(b.shares.patient).to.equal('387940');
    const warning = b.warnings.find((w) => w.code === 'mixed-billing')!;
    expect(warning.patientIfSelfPay).to.equal('800000');
    expect(warning.message.ja).to.contain('800,000');
  });

  it('the self-pay figure keeps the plan’s first month: copays counted before belong to the same year either way', () => {
    // The mixed course holds the plan's first month (2026-02) and costs the patient nothing itself;
    // taking its lines out moved the plan's start into the annual cap's year and refunded the rest.
    const b = calculate(planOf({ bracket: '低所得Ⅱ', annualCountedBefore: 299_990 }, [
      { month: '2026-02', kind: 'advanced', amount: 100_000, payer: 'sponsor', course: 'trial' },
      { month: '2026-10', kind: 'free', amount: 50_000, payer: 'research', course: 'trial' },
      insured('2026-09', 300_000),
    ], { age: 72 }));
    const warning = b.warnings.find((w) => w.code === 'mixed-billing')!;
    expect(b.shares.patient).to.not.equal('0');
    expect(warning.patientIfSelfPay).to.equal(b.shares.patient);
  });

  it('自由診療 in a separate course does not warn', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), { month: '2026-09', kind: 'free', amount: 300_000, course: 'clinic' }]));
    expect(b.warnings.map((w) => w.code)).to.not.include('mixed-billing');
  });

  it('2027-08 uses the planned 13 bands and says so; 標準報酬 45万 gives 110,400 + 6,320', () => {
    const b = calculate(planOf({ bracket: 'ウ', monthlyRemuneration: 450_000 }, [insured('2027-08', 1_000_000)]));
    expect(b.shares.patient).to.equal('116720');
    expect(b.warnings.find((w) => w.code === 'planned-rules')?.months).to.deep.equal(['2027-08']);
    expect(b.rules.find((r) => r.id === 'high-cost-under70-2027-08-planned')?.status).to.equal('planned');
  });

  it('without 標準報酬 the planned table takes the lowest band of the bracket and says so', () => {
    const b = calculate(planOf({ bracket: 'ウ' }, [insured('2027-08', 1_000_000)]));
    expect(b.shares.patient).to.equal('92940');
    expect(b.warnings.map((w) => w.code)).to.include('assumption');
  });
});
