import { formatMonth } from './calendar.js';
import { Money, ZERO, sum } from './money.js';
import type { MonthState } from './monthly.js';
import type { NormalizedPlan } from './normalize.js';
import type { PricedItem } from './price.js';
import type { LaterPayment, LaterReason, Message, MonthBreakdown, OutsideInsurance, Payer, PersonMonth } from './types.js';

/** One month of the Breakdown: the settled month put into words and canonical strings. */

/** 高額療養費 and 付加給付 are paid about three to four months after the month of care. */
export const MONTHS_UNTIL_REFUND = 3;

const LATER_NOTES: Record<LaterReason, Message> = {
  highCost: { ja: '高額療養費（申請後、診療月から3〜4か月後）', en: 'High-cost benefit (after a claim, 3–4 months after the month of care)' },
  household: { ja: '世帯合算・複数の医療機関の合算分（後日払戻し）', en: 'Household and multi-facility aggregation (refunded later)' },
  manyTimes: { ja: '多数回該当による払戻し（後日）', en: 'Repeated high cost (refunded later)' },
  supplementary: { ja: '付加給付（保険者から後日）', en: 'Supplementary benefit (from the insurer, later)' },
  annualCap: { ja: '年間上限', en: 'Annual cap' },
  outpatientYearly: { ja: '外来年間合算', en: 'Yearly outpatient cap' },
};

const OUTSIDE_KINDS = new Set(['advanced', 'patientRequested', 'trial', 'selected', 'free']);

export function isPaidBy(item: PricedItem, payer: Payer): boolean {
  return item.kind !== 'insured' && item.payer === payer;
}

function outsideOf(items: PricedItem[]): OutsideInsurance {
  const outside = items.filter((i) => OUTSIDE_KINDS.has(i.kind));
  const by = (payer: Payer) => sum(outside.filter((i) => i.payer === payer).map((i) => i.amount)).toFixed();
  return {
    patient: by('patient'),
    research: by('research'),
    sponsor: by('sponsor'),
    privateInsurance: by('privateInsurance'),
    consumptionTax: sum(outside.map((i) => i.consumptionTax)).toFixed(),
  };
}

/** What the patient pays directly for items outside insurance (fees, meals, other). */
export function patientPaidOutside(items: PricedItem[]): Money {
  return sum(items.filter((i) => isPaidBy(i, 'patient')).map((i) => i.amount));
}

function laterPayments(state: MonthState, capAtWindow: boolean): LaterPayment[] {
  const amounts = new Map<LaterReason, Money>();
  const add = (reason: LaterReason, amount: Money) => {
    if (amount.greaterThan(0)) amounts.set(reason, (amounts.get(reason) ?? ZERO).plus(amount));
  };
  for (const group of state.groups) {
    add(capAtWindow ? 'household' : 'highCost', group.window.minus(group.finalWithoutManyTimes));
    add('manyTimes', group.finalWithoutManyTimes.minus(group.final));
  }
  add('supplementary', sum(state.supplementary));
  const expectedMonth = formatMonth(state.month + MONTHS_UNTIL_REFUND);
  return [...amounts].map(([reason, amount]) => ({ reason, amount: amount.toFixed(), expectedMonth, note: LATER_NOTES[reason] }));
}

function peopleOf(plan: NormalizedPlan, state: MonthState): PersonMonth[] {
  return plan.people
    .map((person) => {
      const own = state.claims.map((c, i) => ({ c, sup: state.supplementary[i] })).filter(({ c }) => c.member.person === person);
      const items = state.items.filter((i) => i.person === person.id);
      const copay = sum(own.map(({ c }) => c.copay));
      const final = sum(own.map(({ c }) => c.final));
      const supplementary = sum(own.map(({ sup }) => sup));
      const outside = patientPaidOutside(items);
      return {
        person: person.id,
        insuredFee: sum(own.map(({ c }) => c.fee)).toFixed(),
        copay: copay.toFixed(),
        benefit: copay.minus(final).toFixed(),
        atWindow: sum(own.map(({ c }) => c.window)).plus(outside).toFixed(),
        supplementary: supplementary.toFixed(),
        patient: final.minus(supplementary).plus(outside).toFixed(),
        hasCare: items.length > 0,
      };
    })
    .filter((p) => p.hasCare)
    .map(({ hasCare: _hasCare, ...row }) => row);
}

export function monthBreakdown(plan: NormalizedPlan, state: MonthState): MonthBreakdown {
  const { claims, items } = state;
  const copay = sum(claims.map((c) => c.copay));
  const final = sum(claims.map((c) => c.final));
  const window = sum(claims.map((c) => c.window));
  const supplementary = sum(state.supplementary);
  const outside = patientPaidOutside(items);
  const meals = sum(items.filter((i) => i.kind === 'meals').map((i) => i.amount));
  const other = sum(items.filter((i) => i.kind === 'other' && i.payer === 'patient').map((i) => i.amount));
  const month: MonthBreakdown = {
    month: formatMonth(state.month),
    insuredFee: sum(claims.map((c) => c.fee)).toFixed(),
    copay: copay.toFixed(),
    caps: state.groups.flatMap((g) => g.caps),
    benefit: copay.minus(final).toFixed(),
    manyTimes: state.groups.some((g) => g.manyTimes),
    atWindow: window.plus(outside).toFixed(),
    later: laterPayments(state, plan.capAtWindow),
    outsideInsurance: outsideOf(items),
    meals: meals.toFixed(),
    other: other.toFixed(),
    supplementary: supplementary.toFixed(),
    patient: final.minus(supplementary).plus(outside).toFixed(),
  };
  if (plan.people.length > 1) month.people = peopleOf(plan, state);
  return month;
}
