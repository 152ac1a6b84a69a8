import { expect } from '@open-wc/testing';
import { answerOf, calculate, type CareItem, type CarePlan } from '../../src/engine/index.js';
import { insured, planOf } from './helpers.js';

/** Outpatient care of `fee` every month from 2026-08 to 2027-07 (one year of the yearly caps). */
const augustToJuly = (fee: number, extra: Partial<CareItem> = {}): CareItem[] =>
  Array.from({ length: 12 }, (_, i) => insured(`${2026 + Math.floor((7 + i) / 12)}-${String(((7 + i) % 12) + 1).padStart(2, '0')}`, fee, { setting: 'outpatient', ...extra }));

describe('answerOf: each month of care, and refunds over a year', () => {
  // The seed's four insured months under ウ (2026-08 table): 85,800 + 1% over 286,000; the fourth
  // month is the 4th benefit in 12 months at the same hospital, which charges the 多数回 44,400 at
  // its window (RULES.md §3).
  const seed = answerOf(calculate(planOf({ bracket: 'ウ' }, [insured('2026-09', 500_000), insured('2026-10', 400_000), insured('2026-11', 1_813_390), insured('2026-12', 500_000)])));

  it('gives every month what to have ready at the cashier', () => {
    expect(seed.months.map((m) => [m.month, m.atWindow])).to.deep.equal([['2026-09', '87940'], ['2026-10', '86940'], ['2026-11', '101074'], ['2026-12', '44400']]);
  });

  it('adds up the cashier over the plan: 87,940 + 86,940 + 101,074 + 44,400', () => {
    expect(seed.totalAtWindow).to.equal('320354');
  });

  it('puts a month’s own refund beside that month, with who pays it and when', () => {
    // Without a card at the window, the 3割 copay of 150,000 is paid and 150,000 − 87,940 comes back.
    const breakdown = calculate(planOf({ bracket: 'ウ', capAtWindow: false }, [insured('2026-09', 500_000), insured('2026-10', 10_000)]));
    const expectedMonth = breakdown.months[0].later[0].expectedMonth;
    expect(answerOf(breakdown).months.map((m) => m.comingBack)).to.deep.equal([[{ expectedMonth, from: 'insurer', amount: '62060' }], []]);
  });

  it('gives a yearly refund its period, not a month', () => {
    // 72, 一般, outpatient every month from August to July: over the yearly outpatient cap.
    const months = Array.from({ length: 12 }, (_, i) => insured(`${2026 + Math.floor((7 + i) / 12)}-${String(((7 + i) % 12) + 1).padStart(2, '0')}`, 100_000, { setting: 'outpatient' }));
    const breakdown = calculate(planOf({ bracket: '一般' }, months, { age: 72 }));
    const [refund] = breakdown.yearly;
    expect(answerOf(breakdown).yearBack).to.deep.equal([{ from: '2026-08', to: '2027-07', expectedMonth: refund.expectedMonth, amount: refund.amount }]);
    const year = answerOf(breakdown);
    expect(year.months.every((m) => m.comingBack.length === 0)).to.equal(true);
  });
});

describe('an annual cap counted per household, person by person', () => {
  const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];
  const b = calculate({
    insurance: { bracket: 'エ' },
    people: [{ id: 'a', age: 45 }, { id: 'b', age: 40 }],
    items: months.flatMap((month) => [insured(month, 300_000, { person: 'a' }), insured(month, 200_000, { person: 'b' })]),
    overrides: { annualCapPerHousehold: true },
  });

  it('says how much of the household’s refund lowers each person’s copays, to the yen', () => {
    const [refund] = b.yearly;
    expect(refund.person).to.equal(undefined);
    expect(refund.byPerson!.map((p) => p.person)).to.deep.equal(['a', 'b']);
    expect(String(refund.byPerson!.reduce((total, p) => total + BigInt(p.amount), 0n))).to.equal(refund.amount);
  });

  it('so each person’s amount in the answer adds up to the household’s final cost', () => {
    const answer = answerOf(b);
    expect(String(answer.people.reduce((total, p) => total + BigInt(p.amount), 0n))).to.equal(answer.finalCost);
  });
});

describe('a course confirmed as one with its 自由診療 (selfPayCourses) is computed as self-pay', () => {
  // ウ, inpatient 600,000 in 2026-09 and 2026-10, 自由診療 1,800,000 and 30 meals in 2026-09, all
  // in the default course 'main'. As separate courses: each month's cap is 85,800 + (600,000 −
  // 286,000) × 1% = 88,940, so 88,940 × 2 + 1,800,000 + 30 × 550 (the 2026-06 meal charge) =
  // 1,994,380, and the insurer pays 1,200,000 − 177,880 = 1,022,120. As one course (混合診療,
  // 健康保険法86条): the insured care at its full fee and the meals at their charge, 1,200,000 +
  // 1,800,000 + 16,500 = 3,016,500, and the insurer pays nothing.
  const items: CareItem[] = [insured('2026-09', 600_000), insured('2026-10', 600_000), { month: '2026-09', kind: 'free', amount: 1_800_000 }, { month: '2026-09', kind: 'meals', meals: 30 }];
  const open = planOf({ bracket: 'ウ' }, items);
  const one: CarePlan = { ...open, selfPayCourses: ['main'] };
  const [separate, selfPay] = [calculate(open), calculate(one)];

  it('without selfPayCourses computes the courses as separate, as before, and warns with the self-pay figure', () => {
    expect(separate.shares).to.include({ patient: '1994380', insurer: '1022120' });
    const warning = separate.warnings.find((w) => w.code === 'mixed-billing')!;
    expect(warning.patientIfSelfPay).to.equal('3016500');
    expect(warning).to.not.have.property('patientIfSeparate');
  });

  it('with it, the shares are those of the self-pay course: 3,016,500 for the patient, nothing for the insurer', () => {
    expect(selfPay.total).to.equal('3016500');
    expect(selfPay.shares).to.include({ patient: '3016500', insurer: '0' });
  });

  it('and so are the months, the cashier, the refunds and the cash flow: 2,416,500 then 600,000 at the window, nothing back', () => {
    expect(selfPay.months.map((m) => [m.month, m.atWindow, m.patient, m.caps.length, m.later.length])).to.deep.equal([['2026-09', '2416500', '2416500', 0, 0], ['2026-10', '600000', '600000', 0, 0]]);
    expect(selfPay.cashFlow.map((c) => [c.month, c.paid, c.refunded])).to.deep.equal([['2026-09', '2416500', '0'], ['2026-10', '600000', '0']]);
  });

  it('the self-paid care counts for the 医療費控除 as it did (3,016,500 in 2026), and the rules cite 混合診療, no cap', () => {
    expect(selfPay.deduction.map((d) => [d.year, d.counted])).to.deep.equal([[2026, '3016500']]);
    const ids = selfPay.rules.map((r) => r.id);
    expect(ids).to.include('mixed-billing');
    expect(ids.some((id) => id.startsWith('high-cost-'))).to.equal(false);
    // The meal charge stays what it was, unconfirmed and said so.
    expect(ids).to.include('meals-2026-06-unconfirmed');
  });

  it('keeps the mixed-billing warning, first, with both figures, saying the course is computed as self-pay', () => {
    const [warning] = selfPay.warnings;
    expect(warning).to.include({ code: 'mixed-billing', patientIfSelfPay: '3016500', patientIfSeparate: '1994380' });
    expect(warning.message.ja).to.contain('全額自己負担で計算しています').and.contain('3,016,500').and.contain('1,994,380');
    expect(warning.message.en).to.contain('computed as self-pay').and.contain('¥3,016,500').and.contain('¥1,994,380');
  });

  it('answerOf: both outcomes, decided as one course when confirmed', () => {
    expect(answerOf(separate).mixedBilling).to.deep.equal({ ifSeparate: '1994380', ifOneCourse: '3016500', decided: undefined });
    expect(answerOf(selfPay).mixedBilling).to.deep.equal({ ifSeparate: '1994380', ifOneCourse: '3016500', decided: 'one' });
    expect(answerOf(selfPay).finalCost).to.equal('3016500');
  });

  it('the calculator’s “separate” answer (the 自由診療 in its own course) is not mixed: confirming main changes nothing', () => {
    const apart = planOf({ bracket: 'ウ' }, items.map((item) => (item.kind === 'free' ? { ...item, course: 'separate' } : item)));
    const b = calculate({ ...apart, selfPayCourses: ['main'] });
    expect(b).to.deep.equal(calculate(apart));
    expect(b.shares.patient).to.equal('1994380');
    expect(answerOf(b).mixedBilling).to.equal(undefined);
  });

  it('a course named that has no lines changes nothing, alone or beside one that has', () => {
    expect(calculate({ ...open, selfPayCourses: ['elsewhere'] })).to.deep.equal(separate);
    expect(calculate({ ...open, selfPayCourses: ['elsewhere', 'main'] })).to.deep.equal(selfPay);
  });

  it('works out each mixed course’s other outcome with the rest of the plan as it is computed', () => {
    // A second mixed course at a clinic: insured outpatient 100,000 (copay 30,000) and 自由診療 50,000.
    const clinic: CareItem[] = [insured('2026-09', 100_000, { setting: 'outpatient', facility: 'clinic', course: 'clinic' }), { month: '2026-09', kind: 'free', amount: 50_000, course: 'clinic' }];
    const b = calculate({ ...one, items: [...items, ...clinic] });
    // main self-pay (3,016,500) + the clinic apart: 30,000 (under its cap) + 50,000 = 3,096,500.
    expect(b.shares.patient).to.equal('3096500');
    const mixed = b.warnings.filter((w) => w.code === 'mixed-billing');
    // The default course is not named in the words; the clinic's is.
    const [main, other] = [mixed.find((w) => !w.message.en.includes('(clinic)'))!, mixed.find((w) => w.message.en.includes('(clinic)'))!];
    // The clinic as one course too: + 100,000 − 30,000 = 3,166,500.
    expect(other).to.include({ patientIfSelfPay: '3166500' }).and.not.have.property('patientIfSeparate');
    // main apart with the clinic apart: in 2026-09 the two receipts of 180,000 and 30,000 share the cap
    // on 700,000, 85,800 + 4,140 = 89,940; with 2026-10's 88,940, 1,850,000 of 自由診療 and 16,500 of meals: 2,045,380.
    expect(main).to.include({ patientIfSelfPay: '3096500', patientIfSeparate: '2045380' });
  });
});

describe('the answer’s total and its split', () => {
  it('total is finalCost and every other share, to the yen: 350,000 = 60,000 + 140,000 + 150,000', () => {
    // Outpatient 200,000 at 3割 (60,000, under the cap) and a trial's 150,000 that the sponsor pays.
    const plan = planOf({ bracket: 'ウ' }, [insured('2026-09', 200_000, { setting: 'outpatient' }), { month: '2026-09', kind: 'trial', amount: 150_000 }]);
    const answer = answerOf(calculate({ ...plan, receipts: [{ month: '2026-09', amount: 7000, from: 'sponsor' }] }));
    expect(answer.total).to.equal('350000');
    expect(answer.others).to.deep.equal([{ share: 'insurer', amount: '140000' }, { share: 'sponsor', amount: '150000' }]);
    expect(String(answer.others.reduce((total, o) => total + BigInt(o.amount), BigInt(answer.finalCost)))).to.equal(answer.total);
    // A 負担軽減費 received is outside the total: it lowers the net, 60,000 − 7,000.
    expect([answer.finalCost, answer.received, answer.net]).to.deep.equal(['60000', '7000', '53000']);
  });
});

describe('each person at their own cashier, and what comes back to them', () => {
  // ウ, 2026-09: a inpatient 500,000 at A (copay 150,000, charged 85,800 + 2,140 = 87,940 at the
  // window), b inpatient 200,000 at B (copay 60,000, under b's own cap). Both are 21,000 or more,
  // so the household's cap is on 700,000: 85,800 + 4,140 = 89,940, and 147,940 − 89,940 = 58,000
  // comes back (世帯合算). The 120,060 the cap takes off the copays is shared 150 : 60, 85,757 and
  // 34,303 (the yen of rounding to the larger remainder): a bears 64,243, b 25,697, and what comes
  // back for each is their window less that, 23,697 and 34,303.
  const household: CarePlan = {
    insurance: { bracket: 'ウ' },
    people: [{ id: 'a', age: 45 }, { id: 'b', age: 43 }],
    items: [insured('2026-09', 500_000, { person: 'a', facility: 'A' }), insured('2026-09', 200_000, { person: 'b', facility: 'B' })],
  };
  const b = calculate(household);

  it('a household refund names nobody in the month: it is the household’s, paid to the insured person', () => {
    expect(b.months[0].later.map((l) => [l.reason, l.amount, l.person])).to.deep.equal([['household', '58000', undefined]]);
    expect(b.months[0].later[0]).to.not.have.property('person');
  });

  it('each person’s row splits it by whose care it is for, so that their window less it is what they bear', () => {
    expect(b.months[0].people!.map((p) => [p.person, p.atWindow, p.later.map((l) => [l.reason, l.amount, l.person]), p.patient])).to.deep.equal([
      ['a', '87940', [['household', '23697', 'a']], '64243'],
      ['b', '60000', [['household', '34303', 'b']], '25697'],
    ]);
  });

  it('answerOf gives each person their cashier, what comes back, and whether they must apply for it', () => {
    const expectedMonth = b.months[0].later[0].expectedMonth;
    expect(answerOf(b).people).to.deep.equal([
      { person: 'a', amount: '64243', atWindow: [{ month: '2026-09', amount: '87940' }], comingBack: [{ expectedMonth, from: 'insurer', amount: '23697', forMonths: ['2026-09'] }], applicationNeeded: true },
      { person: 'b', amount: '25697', atWindow: [{ month: '2026-09', amount: '60000' }], comingBack: [{ expectedMonth, from: 'insurer', amount: '34303', forMonths: ['2026-09'] }], applicationNeeded: true },
    ]);
  });

  it('付加給付 names the person it is for and needs no application; a person with nothing back has nothing to apply for', () => {
    // a: inpatient 1,000,000 under ウ, 92,940 at the window; the 健保組合 pays back above 25,000 in
    // 100-yen steps: 67,900. b: outpatient 10,000, 3,000 at the window.
    const plan: CarePlan = {
      insurance: { bracket: 'ウ', scheme: 'kumiai', supplementary: { deductible: 25_000 } },
      people: [{ id: 'a', age: 45 }, { id: 'b', age: 43 }],
      items: [insured('2026-09', 1_000_000, { person: 'a' }), insured('2026-09', 10_000, { person: 'b', setting: 'outpatient', facility: 'clinic' })],
    };
    const breakdown = calculate(plan);
    expect(breakdown.months[0].later.map((l) => [l.reason, l.amount, l.person])).to.deep.equal([['supplementary', '67900', 'a']]);
    expect(answerOf(breakdown).people.map((p) => [p.person, p.amount, p.comingBack.map((c) => [c.from, c.amount]), p.applicationNeeded])).to.deep.equal([
      ['a', '25040', [['supplementary', '67900']], false],
      ['b', '3000', [], false],
    ]);
  });

  it('a yearly outpatient refund comes back to the person it is for, after the year, on application', () => {
    // p, 72, 一般: outpatient 100,000 a month from 2026-08 to 2027-07, copay 20,000 each (under the
    // monthly 22,000): 240,000 counted, 24,000 above the yearly 216,000. s, 45: one visit, 3,000.
    const plan: CarePlan = {
      insurance: { bracket: '一般' },
      people: [{ id: 'p', age: 72 }, { id: 's', age: 45, bracket: 'ウ' }],
      items: [...augustToJuly(100_000), insured('2026-09', 10_000, { person: 's', setting: 'outpatient', facility: 'clinic' })],
    };
    const [p, s] = answerOf(calculate(plan)).people;
    expect([p.person, p.amount, p.comingBack, p.applicationNeeded]).to.deep.equal(['p', '216000', [{ expectedMonth: '2027-11', from: 'insurer', amount: '24000', forMonths: ['2027-07'] }], true]);
    expect(p.atWindow).to.have.length(12);
    expect([s.person, s.amount, s.atWindow, s.comingBack, s.applicationNeeded]).to.deep.equal(['s', '3000', [{ month: '2026-09', amount: '3000' }], [], false]);
  });
});

describe('the yearly outpatient cap of people 70 and over in view (外来年間合算)', () => {
  it('一般 from 2026-08: 20,000 a month counts 240,000, reaches 216,000 in the 11th month (2027-06), 24,000 back', () => {
    const answer = answerOf(calculate(planOf({ bracket: '一般' }, augustToJuly(100_000), { age: 72 })));
    expect(answer.outpatientYears).to.deep.equal([
      { person: 'patient', from: '2026-08', to: '2027-07', cap: '216000', counted: '240000', reachedIn: '2027-06', refund: '24000', expectedMonth: '2027-11' },
    ]);
  });

  it('低所得Ⅱ has a yearly cap from 2026-08 only: 10,000 a month reaches 96,000 in 2027-05, and 2026-07 counts in no year', () => {
    // Outpatient 50,000 at 2割, under the monthly 11,000 (8,000 before 2026-08 binds: 8,000 in 2026-07).
    const items = [insured('2026-07', 50_000, { setting: 'outpatient' }), ...augustToJuly(50_000)];
    expect(answerOf(calculate(planOf({ bracket: '低所得Ⅱ' }, items, { age: 72 }))).outpatientYears).to.deep.equal([
      { person: 'patient', from: '2026-08', to: '2027-07', cap: '96000', counted: '120000', reachedIn: '2027-05', refund: '24000', expectedMonth: '2027-11' },
    ]);
  });

  it('a year the cap is not reached is shown too, with nothing back: 6,000 against 144,000 and against 216,000', () => {
    const items = [insured('2026-07', 30_000, { setting: 'outpatient' }), insured('2026-08', 30_000, { setting: 'outpatient' })];
    expect(answerOf(calculate(planOf({ bracket: '一般' }, items, { age: 72 }))).outpatientYears).to.deep.equal([
      { person: 'patient', from: '2025-08', to: '2026-07', cap: '144000', counted: '6000', refund: '0' },
      { person: 'patient', from: '2026-08', to: '2027-07', cap: '216000', counted: '6000', refund: '0' },
    ]);
  });

  it('none under 70, for 現役並み, or with inpatient care only', () => {
    const outpatient = insured('2026-09', 30_000, { setting: 'outpatient' });
    expect(calculate(planOf({ bracket: 'ウ' }, [outpatient])).outpatientYears).to.deep.equal([]);
    expect(calculate(planOf({ bracket: '現役並みⅠ' }, [outpatient], { age: 72 })).outpatientYears).to.deep.equal([]);
    expect(calculate(planOf({ bracket: '一般' }, [insured('2026-09', 30_000)], { age: 72 })).outpatientYears).to.deep.equal([]);
  });
});
