import { SHARE_ORDER, type ShareKey } from './compare.js';
import type { Breakdown, LaterReason, MonthText, Yen } from './types.js';

/**
 * The answer a patient asks for, in the order they ask it: what it finally costs, what to have
 * ready at the hospital's window each month (and the most in any month), what comes back
 * later, from whom and roughly when, and in a household what each person bears. Derived from
 * a Breakdown only, so that it can never say anything the breakdown does not.
 */

/** Who pays money back to the patient. */
export type RefundSource = 'insurer' | 'supplementary' | 'privateInsurance';

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
}

export interface Answer {
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
  /** Each person's amount, when the plan has several. */
  people: PersonAnswer[];
  /** Who pays the rest, in the order of SHARE_ORDER: every share but the patient's that is not zero. */
  others: { share: Exclude<ShareKey, 'patient'>; amount: Yen }[];
  /**
   * When 自由診療 sits in the same course as insured care: what the patient bears if it is a
   * separate course (the figures above) and if it is one course (混合診療: everything self-pay).
   */
  mixedBilling?: { ifSeparate: Yen; ifOneCourse: Yen };
}

const FROM: Record<LaterReason, RefundSource> = {
  highCost: 'insurer',
  manyTimes: 'insurer',
  household: 'insurer',
  annualCap: 'insurer',
  outpatientYearly: 'insurer',
  supplementary: 'supplementary',
  privateInsurance: 'privateInsurance',
};

const add = (a: Yen, b: Yen): Yen => String(BigInt(a) + BigInt(b));

export function answerOf(breakdown: Breakdown): Answer {
  const atWindow = breakdown.months.filter((m) => m.atWindow !== '0').map((m) => ({ month: m.month, amount: m.atWindow }));
  let largest: WindowMonth | undefined;
  for (const month of atWindow) if (!largest || BigInt(month.amount) > BigInt(largest.amount)) largest = month;

  const back = new Map<string, ComingBack>();
  const collect = (expectedMonth: MonthText, from: RefundSource, amount: Yen, forMonth: MonthText) => {
    if (amount === '0') return;
    const key = `${expectedMonth} ${from}`;
    const entry = back.get(key) ?? { expectedMonth, from, amount: '0', forMonths: [] };
    entry.amount = add(entry.amount, amount);
    if (!entry.forMonths.includes(forMonth)) entry.forMonths.push(forMonth);
    back.set(key, entry);
  };
  for (const month of breakdown.months) for (const later of month.later) collect(later.expectedMonth, FROM[later.reason] ?? 'insurer', later.amount, month.month);
  for (const refund of breakdown.yearly) collect(refund.expectedMonth, 'insurer', refund.amount, refund.to);
  const comingBack = [...back.values()].sort((a, b) => (a.expectedMonth < b.expectedMonth ? -1 : a.expectedMonth > b.expectedMonth ? 1 : a.from < b.from ? -1 : 1));

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

  const perPerson = new Map<string, Yen>();
  for (const month of breakdown.months) for (const row of month.people ?? []) perPerson.set(row.person, add(perPerson.get(row.person) ?? '0', row.patient));
  // A yearly refund lowers what the person it is paid to bears; one counted per household, what
  // it lowered of each person's copays.
  for (const refund of breakdown.yearly) {
    for (const { person, amount } of refund.byPerson ?? (refund.person === undefined ? [] : [{ person: refund.person, amount: refund.amount }])) {
      const had = perPerson.get(person);
      if (had !== undefined) perPerson.set(person, String(BigInt(had) - BigInt(amount)));
    }
  }

  const mixed = breakdown.warnings.find((w) => w.code === 'mixed-billing' && w.patientIfSelfPay !== undefined);
  return {
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
    people: [...perPerson].map(([person, amount]) => ({ person, amount })),
    others: SHARE_ORDER.filter((share): share is Exclude<ShareKey, 'patient'> => share !== 'patient' && breakdown.shares[share] !== '0').map((share) => ({ share, amount: breakdown.shares[share] })),
    ...(mixed && { mixedBilling: { ifSeparate: breakdown.shares.patient, ifOneCourse: mixed.patientIfSelfPay! } }),
  };
}
