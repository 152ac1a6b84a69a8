import { SHARE_ORDER, type ShareKey } from './compare.js';
import type { Breakdown, LaterPayment, LaterReason, MonthText, OutpatientYear, Yen } from '../types.js';

/**
 * The answer a patient asks for, in the order they ask it: what it finally costs, what to have
 * ready at the hospital's window each month (and the most in any month), what comes back
 * later, from whom and roughly when, and in a household what each person bears. Derived from
 * a Breakdown only, so that it can never say anything the breakdown does not.
 */

/** Who pays money back to the patient: 'public' is a municipality paying a subsidy back (償還払い). */
export type RefundSource = 'insurer' | 'supplementary' | 'privateInsurance' | 'public';

export interface WindowMonth {
  month: MonthText;
  /** Everything paid at the window(s) that month. */
  amount: Yen;
}

export interface ComingBack {
  /** Roughly when it arrives, 'YYYY-MM'. */
  expectedMonth: MonthText;
  from: RefundSource;
  amount: Yen;
  /** The months of care it is for. */
  forMonths: MonthText[];
}

/** One month of care: what to have ready at the window, and what of it comes back later. */
export interface MonthAnswer {
  month: MonthText;
  atWindow: Yen;
  /** The month's own refunds (高額療養費 later, 多数回, 世帯合算, 付加給付), by who pays and when. */
  comingBack: Omit<ComingBack, 'forMonths'>[];
}

/** A refund over a year of care (年間上限, 外来年間合算), not of one month. */
export interface YearBack {
  /** The period it counts, 'YYYY-MM' to 'YYYY-MM'. */
  from: MonthText;
  to: MonthText;
  expectedMonth: MonthText;
  amount: Yen;
}

export interface PersonAnswer {
  person: string;
  /** What this person finally bears over the plan. */
  amount: Yen;
  /** What this person pays at the window(s) each month they pay something. */
  atWindow: WindowMonth[];
  /**
   * What comes back later for this person's care (monthly refunds, 付加給付, a rider's payments,
   * and their part of the yearly refunds), by who pays and when: `atWindow` less these is
   * `amount`. A refund for the household's pooled receipts (世帯合算) is split by the receipts it
   * lowered; the insurer pays it to the insured person (被保険者; under 国保 the 世帯主).
   */
  comingBack: ComingBack[];
  /**
   * Some of what comes back for this person's care comes only on a claim: 高額療養費 refunded
   * later, 多数回 or 世帯合算 refunded later, a yearly refund (年間上限, 外来年間合算), a municipal
   * subsidy paid by reimbursement (償還払い), or a private rider's payment. 付加給付 is left out:
   * insurers usually pay it without one. The same steps as checklistOf's apply-high-cost,
   * apply-yearly, apply-city and rider-claim.
   */
  applicationNeeded: boolean;
}

export interface Answer {
  /**
   * The whole cost of the plan (breakdown.total): finalCost plus every amount of `others`, to
   * the yen. Payments received (`received`, a sponsor's 負担軽減費) are outside it: they lower
   * `net`, not `finalCost`.
   */
  total: Yen;
  /** What the patient (or household) finally bears: shares.patient. */
  finalCost: Yen;
  /** Payments received (負担軽減費), and the cost less them. */
  received: Yen;
  net: Yen;
  atWindow: WindowMonth[];
  /** Everything paid at the window over the plan. */
  totalAtWindow: Yen;
  /** Every month of care, in order: the window and the month's own refunds. */
  months: MonthAnswer[];
  /** Refunds counted over a year of care rather than a month. */
  yearBack: YearBack[];
  /** The month with the most to pay at the window (the first of equals). */
  largest?: WindowMonth;
  comingBack: ComingBack[];
  totalComingBack: Yen;
  /** Each person's amount, window and refunds, when the plan has several. */
  people: PersonAnswer[];
  /**
   * Each person's year of August to July under the yearly outpatient cap (外来年間合算, 70 and
   * over): what is counted, the cap, the month it is reached and what comes back.
   */
  outpatientYears: OutpatientYear[];
  /** Who pays the rest, in the order of SHARE_ORDER: every share but the patient's that is not zero. */
  others: { share: Exclude<ShareKey, 'patient'>; amount: Yen }[];
  /**
   * When 自由診療 sits in the same course as insured care: what the patient bears if it is a
   * separate course and if it is one course (混合診療: everything self-pay). `decided` is 'one'
   * when the plan says it is one course (`selfPayCourses`): the figures above are then those of
   * one course (ifOneCourse is finalCost); otherwise they are those of a separate course
   * (ifSeparate is finalCost). Of several such courses, one whose question is still open.
   */
  mixedBilling?: { ifSeparate: Yen; ifOneCourse: Yen; decided: 'one' | undefined };
}

const FROM: Record<LaterReason, RefundSource> = {
  highCost: 'insurer',
  manyTimes: 'insurer',
  household: 'insurer',
  annualCap: 'insurer',
  outpatientYearly: 'insurer',
  supplementary: 'supplementary',
  privateInsurance: 'privateInsurance',
  localReimbursement: 'public',
};

const add = (a: Yen, b: Yen): Yen => String(BigInt(a) + BigInt(b));

/** Refunds gathered by when they arrive and who pays them, with the months of care each is for. */
class Refunds {
  private readonly back = new Map<string, ComingBack>();

  add(expectedMonth: MonthText, from: RefundSource, amount: Yen, forMonth: MonthText): void {
    if (amount === '0') return;
    const key = `${expectedMonth} ${from}`;
    const entry = this.back.get(key) ?? { expectedMonth, from, amount: '0', forMonths: [] };
    entry.amount = add(entry.amount, amount);
    if (!entry.forMonths.includes(forMonth)) entry.forMonths.push(forMonth);
    this.back.set(key, entry);
  }

  later(later: LaterPayment, forMonth: MonthText): void {
    this.add(later.expectedMonth, FROM[later.reason] ?? 'insurer', later.amount, forMonth);
  }

  list(): ComingBack[] {
    return [...this.back.values()].sort((a, b) => (a.expectedMonth < b.expectedMonth ? -1 : a.expectedMonth > b.expectedMonth ? 1 : a.from < b.from ? -1 : 1));
  }
}

/** Reasons whose refund comes only on a claim (checklistOf: apply-high-cost, apply-yearly, apply-city, rider-claim). */
const CLAIMED: ReadonlySet<LaterReason> = new Set(['highCost', 'manyTimes', 'household', 'annualCap', 'outpatientYearly', 'privateInsurance', 'localReimbursement']);

interface PersonTotals {
  amount: Yen;
  atWindow: WindowMonth[];
  back: Refunds;
  applicationNeeded: boolean;
}

export function answerOf(breakdown: Breakdown): Answer {
  const atWindow = breakdown.months.filter((m) => m.atWindow !== '0').map((m) => ({ month: m.month, amount: m.atWindow }));
  let largest: WindowMonth | undefined;
  for (const month of atWindow) if (!largest || BigInt(month.amount) > BigInt(largest.amount)) largest = month;

  const refunds = new Refunds();
  for (const month of breakdown.months) for (const later of month.later) refunds.later(later, month.month);
  for (const refund of breakdown.yearly) refunds.add(refund.expectedMonth, 'insurer', refund.amount, refund.to);
  const comingBack = refunds.list();

  const months = breakdown.months.map((m): MonthAnswer => {
    const own = new Map<string, Omit<ComingBack, 'forMonths'>>();
    for (const later of m.later) {
      if (later.amount === '0') continue;
      const from = FROM[later.reason] ?? 'insurer';
      const key = `${later.expectedMonth} ${from}`;
      const entry = own.get(key) ?? { expectedMonth: later.expectedMonth, from, amount: '0' };
      entry.amount = add(entry.amount, later.amount);
      own.set(key, entry);
    }
    return { month: m.month, atWindow: m.atWindow, comingBack: [...own.values()] };
  });
  const yearBack = breakdown.yearly.filter((r) => r.amount !== '0').map((r): YearBack => ({ from: r.from, to: r.to, expectedMonth: r.expectedMonth, amount: r.amount }));

  const perPerson = new Map<string, PersonTotals>();
  for (const month of breakdown.months) {
    for (const row of month.people ?? []) {
      let person = perPerson.get(row.person);
      if (!person) perPerson.set(row.person, (person = { amount: '0', atWindow: [], back: new Refunds(), applicationNeeded: false }));
      person.amount = add(person.amount, row.patient);
      if (row.atWindow !== '0') person.atWindow.push({ month: month.month, amount: row.atWindow });
      for (const later of row.later) {
        person.back.later(later, month.month);
        person.applicationNeeded ||= CLAIMED.has(later.reason);
      }
    }
  }
  // A yearly refund lowers what the person it is paid to bears; one counted per household, what
  // it lowered of each person's copays.
  for (const refund of breakdown.yearly) {
    for (const { person, amount } of refund.byPerson ?? (refund.person === undefined ? [] : [{ person: refund.person, amount: refund.amount }])) {
      const had = perPerson.get(person);
      if (had === undefined || amount === '0') continue;
      had.amount = String(BigInt(had.amount) - BigInt(amount));
      had.back.add(refund.expectedMonth, 'insurer', amount, refund.to);
      had.applicationNeeded = true;
    }
  }

  // A question still open comes first: one course confirmed, another can still be asked about.
  const mixedCourses = breakdown.warnings.filter((w) => w.code === 'mixed-billing' && w.patientIfSelfPay !== undefined);
  const mixed = mixedCourses.find((w) => w.patientIfSeparate === undefined) ?? mixedCourses[0];
  return {
    total: breakdown.total,
    finalCost: breakdown.shares.patient,
    received: breakdown.received,
    net: breakdown.patientNet,
    atWindow,
    totalAtWindow: breakdown.months.reduce((total, m) => add(total, m.atWindow), '0'),
    months,
    yearBack,
    largest,
    comingBack,
    totalComingBack: comingBack.reduce((total, c) => add(total, c.amount), '0'),
    people: [...perPerson].map(([person, t]) => ({ person, amount: t.amount, atWindow: t.atWindow, comingBack: t.back.list(), applicationNeeded: t.applicationNeeded })),
    outpatientYears: breakdown.outpatientYears.map((year) => ({ ...year })),
    others: SHARE_ORDER.filter((share): share is Exclude<ShareKey, 'patient'> => share !== 'patient' && breakdown.shares[share] !== '0').map((share) => ({ share, amount: breakdown.shares[share] })),
    ...(mixed && {
      mixedBilling: mixed.patientIfSeparate === undefined
        ? { ifSeparate: breakdown.shares.patient, ifOneCourse: mixed.patientIfSelfPay!, decided: undefined }
        : { ifSeparate: mixed.patientIfSeparate, ifOneCourse: breakdown.shares.patient, decided: 'one' as const },
    }),
  };
}
