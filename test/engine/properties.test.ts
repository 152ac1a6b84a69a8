import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { answerOf, calculate, validate, type Breakdown, type CarePlan } from '../../src/engine/index.js';
import { sum } from '../../src/engine/money.js';
import { planArb, programPlanArb } from './arbitraries.js';

/**
 * Invariants over random valid plans. 10,000 plans per run for the main properties; a failing
 * case is shrunk by fast-check and printed with its seed so it can be replayed.
 */
const RUNS = 10_000;
const money = (v: string) => BigInt(v);
const SHARE_KEYS = ['patient', 'insurer', 'research', 'sponsor', 'privateInsurance', 'supplementary', 'public'] as const;

function allAmounts(b: Breakdown): string[] {
  return [
    b.total, ...Object.values(b.shares), b.received, b.patientNet,
    ...b.months.flatMap((m) => [m.insuredFee, m.copay, m.benefit, m.atWindow, m.patient, m.meals, m.other, m.supplementary, ...m.later.map((l) => l.amount), ...m.caps.map((c) => c.amount)]),
    ...b.yearly.flatMap((y) => [y.amount, y.cap, y.counted]),
    ...b.cashFlow.flatMap((c) => [c.paid, c.refunded, c.received, c.net]),
  ];
}

/** What the patient would pay with no benefit at all: every copay and their own fees. */
function withoutBenefits(b: Breakdown): bigint {
  const copays = sum(b.months.map((m) => money(m.copay)));
  const own = sum(b.months.map((m) => money(m.outsideInsurance.patient) + money(m.meals) + money(m.other)));
  return copays + own;
}

describe('engine properties over random plans', () => {
  it(`every generated plan is valid (${RUNS} plans)`, () => {
    fc.assert(fc.property(planArb(), (plan) => validate(plan).length === 0), { numRuns: RUNS });
  });

  it(`the shares add up exactly to the total, none is negative, every amount is a whole-yen string (${RUNS} plans)`, () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const b = calculate(plan);
        for (const amount of allAmounts(b)) expect(amount).to.match(/^-?\d+$/);
        const shares = SHARE_KEYS.map((k) => money(b.shares[k]));
        expect(String(sum(shares))).to.equal(b.total);
        for (const share of shares) expect(share >= 0n).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`the patient never pays more than with no benefits, and each month's window less its refunds is its cost (${RUNS} plans)`, () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const b = calculate(plan);
        expect(money(b.shares.patient) <= withoutBenefits(b)).to.equal(true);
        for (const m of b.months) {
          for (const later of m.later) expect(money(later.amount) > 0n).to.equal(true);
          expect(String(money(m.atWindow) - sum(m.later.map((l) => money(l.amount))))).to.equal(m.patient);
          expect(money(m.benefit) >= 0n).to.equal(true);
        }
        const yearly = sum(b.yearly.map((y) => money(y.amount)));
        expect(String(sum(b.months.map((m) => money(m.patient))) - yearly)).to.equal(b.shares.patient);
      }),
      { numRuns: RUNS },
    );
  });

  it('a month with one receipt never costs more than its cap (2,000 single-receipt plans)', () => {
    const single = planArb({ people: 1, minBirthYear: 1960, insuredMin: 70_000, outside: false, facilities: ['A'], supplementary: false });
    fc.assert(
      fc.property(single, (plan) => {
        const b = calculate({ ...plan, items: plan.items.map((i) => ({ ...i, setting: 'inpatient', dental: false })) });
        for (const m of b.months) {
          const insuredFinal = money(m.copay) - money(m.benefit);
          const cap = m.caps.find((c) => c.kind === 'under70');
          if (cap) expect(insuredFinal <= money(cap.amount)).to.equal(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  /**
   * More cost never means less for the patient: true where the law is monotonic. Three rules
   * are not (each pinned by a test below), so the property is stated for one person under 70,
   * receipts of 21,000 or more, no 付加給付, and extra cost in the plan's last month (so that
   * it cannot start a 多数回 count for a later month).
   */
  it('more cost in the last month never lowers what the patient pays (3,000 plans)', () => {
    const shape = { people: 1, minBirthYear: 1960, insuredMin: 70_000, supplementary: false };
    fc.assert(
      fc.property(planArb(shape), fc.nat({ max: 2_000_000 }), fc.nat(), (plan, extra, pick) => {
        const last = plan.items.reduce((a, i) => (i.month > a ? i.month : a), '');
        const candidates = plan.items.map((item, i) => ({ item, i })).filter(({ item }) => item.month === last && item.amount !== undefined);
        fc.pre(candidates.length > 0);
        const { i } = candidates[pick % candidates.length];
        const more = { ...plan, items: plan.items.map((item, k) => (k === i ? { ...item, amount: Number(item.amount) + extra } : item)) };
        expect(money(calculate(more).shares.patient) >= money(calculate(plan).shares.patient)).to.equal(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('the same care listed in another order costs the same, members of different brackets and insurers included (3,000 plans)', () => {
    const member = fc.record({
      bracket: fc.option(fc.constantFrom('一般', '現役並みⅠ', '低所得Ⅱ', 'エ', 'ア', 'オ'), { nil: undefined }),
      role: fc.option(fc.constantFrom('insured' as const, 'dependent' as const), { nil: undefined }),
      ownInsurer: fc.boolean(),
    });
    fc.assert(
      fc.property(planArb(), member, fc.boolean(), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (generated, spouse, perHousehold, keys) => {
        // Prior benefit months count at the facility of the first insured line (RULES.md §3): a rule that reads the order.
        const plan: CarePlan = { ...generated, insurance: { ...generated.insurance, priorElsewhere: true }, overrides: { annualCapPerHousehold: perHousehold } };
        plan.people = plan.people!.map((p, i) => (i === 1 ? { ...p, bracket: spouse.bracket, role: spouse.role, insurance: spouse.ownInsurer ? { bracket: 'エ', priorElsewhere: true } : undefined } : p));
        fc.pre(validate(plan).length === 0);
        const order = plan.items.map((_, i) => i).sort((i, j) => keys[i] - keys[j] || i - j);
        const [a, b] = [calculate(plan), calculate({ ...plan, items: order.map((i) => plan.items[i]) })];
        expect(b.shares).to.deep.equal(a.shares);
        expect(b.months.map((m) => [m.month, m.atWindow, m.patient])).to.deep.equal(a.months.map((m) => [m.month, m.atWindow, m.patient]));
      }),
      { numRuns: 3_000 },
    );
  });

  it('the answer: the window less what comes back is the final cost, and each person’s amount adds up to it (3,000 plans)', () => {
    fc.assert(
      fc.property(planArb(), fc.boolean(), (generated, perHousehold) => {
        const answer = answerOf(calculate({ ...generated, overrides: { annualCapPerHousehold: perHousehold } }));
        expect(String(money(answer.totalAtWindow) - money(answer.totalComingBack))).to.equal(answer.finalCost);
        if (answer.people.length) expect(String(sum(answer.people.map((p) => money(p.amount))))).to.equal(answer.finalCost);
        for (const person of answer.people) expect(money(person.amount) >= 0n).to.equal(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('the answer’s split adds up to its total; each person’s window less what comes back to them is their amount, and the people’s refunds are all the refunds (3,000 plans)', () => {
    fc.assert(
      fc.property(fc.oneof(planArb(), programPlanArb().map(({ plan }) => plan)), fc.boolean(), (generated, perHousehold) => {
        const b = calculate({ ...generated, overrides: { annualCapPerHousehold: perHousehold } });
        const answer = answerOf(b);
        expect(String(sum(answer.others.map((o) => money(o.amount))) + money(answer.finalCost))).to.equal(answer.total);
        for (const person of answer.people) {
          const back = sum(person.comingBack.map((c) => money(c.amount)));
          expect(String(sum(person.atWindow.map((w) => money(w.amount))) - back)).to.equal(person.amount);
          for (const c of person.comingBack) expect(money(c.amount) > 0n).to.equal(true);
        }
        if (answer.people.length) expect(String(sum(answer.people.flatMap((p) => p.comingBack.map((c) => money(c.amount)))))).to.equal(answer.totalComingBack);
        for (const m of b.months) {
          for (const row of m.people ?? []) {
            for (const later of row.later) expect([money(later.amount) > 0n, later.person]).to.deep.equal([true, row.person]);
            expect(String(money(row.atWindow) - sum(row.later.map((l) => money(l.amount))))).to.equal(row.patient);
          }
          // A month's payment names a person only when it is all for that person's care.
          for (const later of m.later) {
            if (later.person === undefined) continue;
            const theirs = sum((m.people ?? []).flatMap((row) => row.later.filter((l) => l.reason === later.reason && l.person === later.person)).map((l) => money(l.amount)));
            expect(String(theirs)).to.equal(later.amount);
          }
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('confirming a course as one (selfPayCourses) gives what its warning said, and the warning then says what it was apart (3,000 plans)', () => {
    fc.assert(
      fc.property(planArb(), fc.constantFrom('main', 'other'), (plan, course) => {
        const [apart, one] = [calculate(plan), calculate({ ...plan, selfPayCourses: [course] })];
        const named = (b: Breakdown) => b.warnings.find((w) => w.code === 'mixed-billing' && (course === 'main' ? !w.message.en.includes('(other)') : w.message.en.includes('(other)')));
        const before = named(apart);
        if (!before) {
          expect(one).to.deep.equal(apart);
          return;
        }
        expect(one.shares.patient).to.equal(before.patientIfSelfPay);
        expect(named(one)).to.include({ patientIfSelfPay: one.shares.patient, patientIfSeparate: apart.shares.patient });
        expect(String(sum(SHARE_KEYS.map((k) => money(one.shares[k]))))).to.equal(one.total);
        expect(one.total).to.equal(apart.total);
        for (const m of one.months) expect(String(money(m.atWindow) - sum(m.later.map((l) => money(l.amount))))).to.equal(m.patient);
        // The answer asks about a course still open, if another one is.
        const open = one.warnings.find((w) => w.code === 'mixed-billing' && w.patientIfSeparate === undefined);
        expect(answerOf(one).mixedBilling).to.deep.equal(open
          ? { ifSeparate: one.shares.patient, ifOneCourse: open.patientIfSelfPay, decided: undefined }
          : { ifSeparate: apart.shares.patient, ifOneCourse: one.shares.patient, decided: 'one' });
      }),
      { numRuns: 3_000 },
    );
  });

  it('the cash flow adds up to what the patient bears less what they receive, and each month’s people rows to the month (3,000 plans)', () => {
    const receipt = fc.record({ amount: fc.nat({ max: 500_000 }), from: fc.constantFrom('sponsor' as const, 'research' as const, 'privateInsurance' as const), month: fc.constantFrom('2025-06', '2026-06') });
    fc.assert(
      fc.property(planArb(), fc.array(receipt, { maxLength: 2 }), (plan, receipts) => {
        const b = calculate({ ...plan, receipts });
        expect(String(sum(b.cashFlow.map((c) => money(c.net))))).to.equal(b.patientNet);
        for (const m of b.months) {
          for (const key of ['insuredFee', 'copay', 'benefit', 'atWindow', 'supplementary', 'public', 'patient'] as const) {
            if (m.people) expect(String(sum(m.people.map((p) => money(p[key]))))).to.equal(m[key]);
          }
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('a higher income bracket never pays less (2,000 plans without 付加給付, each under every bracket of its ages)', () => {
    const UNDER70 = ['ア', 'イ', 'ウ', 'エ', 'オ'] as const;
    const ELDERLY = ['現役並みⅢ', '現役並みⅡ', '現役並みⅠ', '一般', '低所得Ⅱ', '低所得Ⅰ'] as const;
    fc.assert(
      fc.property(planArb({ supplementary: false }), (plan) => {
        const withBracket = (bracket: string): CarePlan => ({ ...plan, insurance: { ...plan.insurance, bracket } as CarePlan['insurance'] });
        const brackets = validate(withBracket('ウ')).some((i) => i.code === 'bracket-age-mismatch') ? ELDERLY : UNDER70;
        const costs = brackets.map((bracket) => money(calculate(withBracket(bracket)).shares.patient));
        costs.slice(1).forEach((cost, i) => expect(cost <= costs[i]).to.equal(true));
      }),
      { numRuns: 2_000 },
    );
  });

  it('private payouts, linked to lines or not and in any order, never count a year below zero (3,000 plans)', () => {
    const payout = fc.record({ amount: fc.nat({ max: 3_000_000 }), line: fc.option(fc.nat(), { nil: undefined }), month: fc.constantFrom('2025-06', '2026-06', '2027-06') });
    fc.assert(
      fc.property(planArb(), fc.array(payout, { maxLength: 4 }), (plan, payouts) => {
        const receipts = payouts.map((p) => ({
          month: p.month, amount: p.amount, from: 'privateInsurance' as const, ...(p.line === undefined ? {} : { forItems: [p.line % plan.items.length] }),
        }));
        for (const year of calculate({ ...plan, receipts }).deduction) expect(money(year.counted) >= 0n).to.equal(true);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('public programmes over random plans (RULES.md §8)', () => {
  const PROGRAM_RUNS = 3_000;

  it(`every generated plan with certificates is valid (${PROGRAM_RUNS} plans)`, () => {
    fc.assert(fc.property(programPlanArb(), ({ plan }) => validate(plan).length === 0), { numRuns: PROGRAM_RUNS });
  });

  it(`the shares, public included, add up exactly and none is negative; each month's window less its refunds is its cost (${PROGRAM_RUNS} plans)`, () => {
    fc.assert(
      fc.property(programPlanArb(), ({ plan }) => {
        const b = calculate(plan);
        const shares = SHARE_KEYS.map((k) => money(b.shares[k]));
        expect(String(sum(shares))).to.equal(b.total);
        for (const share of shares) expect(share >= 0n).to.equal(true);
        for (const m of b.months) expect(String(money(m.atWindow) - sum(m.later.map((l) => money(l.amount))))).to.equal(m.patient);
        expect(String(sum(b.months.map((m) => money(m.public))))).to.equal(b.shares.public);
      }),
      { numRuns: PROGRAM_RUNS },
    );
  });

  // 付加給付 pays in 100-yen steps, which is not monotonic by itself (pinned below): left out here.
  // So is 特定疾病, month by month: a month whose only benefit is 特定疾病 does not count toward
  // 多数回, so a later month can cost more than without it (programs.test.ts pins it).
  it(`the patient never pays more with a public programme than without, month by month (${PROGRAM_RUNS} plans)`, () => {
    fc.assert(
      fc.property(programPlanArb({ supplementary: false }), ({ plan, without }) => {
        fc.pre(!plan.people!.some((p) => p.programs?.some((program) => program.kind === 'tokutei')));
        const [a, b] = [calculate(plan), calculate(without)];
        expect(money(a.shares.patient) <= money(b.shares.patient)).to.equal(true);
        a.months.forEach((m, i) => expect(money(m.patient) <= money(b.months[i].patient)).to.equal(true));
      }),
      { numRuns: PROGRAM_RUNS },
    );
  });

  it(`the patient's part of a programme never exceeds its monthly cap (${PROGRAM_RUNS} plans)`, () => {
    fc.assert(
      fc.property(programPlanArb(), ({ plan }) => {
        for (const m of calculate(plan).months) {
          for (const p of m.programs) {
            if (p.cap !== null) expect(money(p.used) <= money(p.cap)).to.equal(true);
            expect(money(p.paid) >= 0n).to.equal(true);
          }
        }
      }),
      { numRuns: PROGRAM_RUNS },
    );
  });
});

describe('where the law itself is not monotonic (kept on purpose)', () => {
  const plan = (items: CarePlan['items'], insurance: CarePlan['insurance'] = { bracket: 'ウ' }): CarePlan => ({ insurance, people: [{ id: 'p', age: 45 }], items });

  it('the 21,000 rule: 20 yen more of care at a second clinic lowers the month from 108,930 to 88,640', () => {
    const at = (fee: number) => calculate(plan([
      { month: '2026-09', kind: 'insured', amount: 500_000, setting: 'inpatient' },
      { month: '2026-09', kind: 'insured', amount: fee, setting: 'outpatient', facility: 'clinic' },
    ])).shares.patient;
    expect([at(69_980), at(70_000)]).to.deep.equal(['108930', '88640']);
  });

  it('多数回: more cost in an early month can make a later month 多数回 and lower the total', () => {
    const months = (first: number) => calculate(plan([
      { month: '2026-09', kind: 'insured', amount: first, setting: 'inpatient' },
      { month: '2026-10', kind: 'insured', amount: 1_000_000, setting: 'inpatient' },
      { month: '2026-11', kind: 'insured', amount: 1_000_000, setting: 'inpatient' },
      { month: '2026-12', kind: 'insured', amount: 1_000_000, setting: 'inpatient' },
    ])).shares.patient;
    // 280,000: copay 84,000 stays under the cap, no benefit; 300,000: a benefit, so December is the 4th.
    expect([months(280_000), months(300_000)]).to.deep.equal(['362820', '316220']);
  });

  it('付加給付 in 100-yen steps: 10 yen more of copay can leave the patient 90 yen less', () => {
    const at = (fee: number) => calculate(plan([{ month: '2026-09', kind: 'insured', amount: fee, setting: 'inpatient' }], { bracket: 'ウ', supplementary: { deductible: 25_000 } })).shares.patient;
    expect([at(83_630), at(83_670)]).to.deep.equal(['25090', '25000']); // copays 25,090 and 25,100
  });
});
