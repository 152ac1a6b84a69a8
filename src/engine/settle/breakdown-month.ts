import { formatMonth } from '../calendar.js';
import { explainLocalShape, explainProgramCap } from '../explain/explain.js';
import type { CashFlows } from './cash-flow.js';
import { allocate, concat, min, sum, type Amount, yen } from '../money.js';
import type { MonthState } from './monthly.js';
import type { NormalizedPlan } from '../read/normalize.js';
import type { PricedItem } from '../price/price.js';
import type { LaterPayment, LaterReason, Message, MonthBreakdown, OutsideInsurance, Payer, PersonMonth, ProgramMonth } from '../types.js';

/** One month of the Breakdown: the settled month put into words and canonical strings. */

/** 高額療養費 and 付加給付 are paid about three to four months after the month of care. */
const MONTHS_UNTIL_REFUND = 3;
/** A private insurer pays a claim within weeks: taken as the month after. */
const MONTHS_UNTIL_RIDER = 1;
/** A municipality pays a subsidy back (償還払い) about two to three months after the month of care, on an application: taken as three. */
const MONTHS_UNTIL_CITY = 3;

const LATER_NOTES: Record<LaterReason, Message> = {
  highCost: { ja: '高額療養費（申請後、診療月から3〜4か月後）', en: 'High-cost benefit (after a claim, 3–4 months after the month of care)' },
  household: { ja: '世帯合算・複数の医療機関の合算分（後日払戻し）', en: 'Household and multi-facility aggregation (refunded later)' },
  manyTimes: { ja: '多数回該当による払戻し（後日）', en: 'Repeated high cost (refunded later)' },
  supplementary: { ja: '付加給付（保険者から後日）', en: 'Supplementary benefit (from the insurer, later)' },
  privateInsurance: { ja: '民間保険（特約）からの支払い（請求後）', en: 'Private insurance pays the fee back (after a claim)' },
  annualCap: { ja: '年間上限', en: 'Annual cap' },
  outpatientYearly: { ja: '外来年間合算', en: 'Yearly outpatient cap' },
  localReimbursement: { ja: '市区町村の医療費助成（償還払い: 申請後、診療月から2〜3か月後）', en: 'Municipal subsidy paid back (after an application, 2–3 months after the month of care)' },
};

const OUTSIDE_KINDS = new Set(['advanced', 'patientRequested', 'trial', 'selected', 'free']);

/** A fee outside insurance paid by `payer` (insured care is split by the copay, not by a payer). */
function isPaidBy(item: PricedItem, payer: Payer): boolean {
  return item.kind !== 'insured' && item.payer === payer;
}

/** The totals of a month, or of one person in it: the insured receipts and the lines outside them. */
interface Totals {
  fee: Amount;
  copay: Amount;
  window: Amount;
  final: Amount;
  supplementary: Amount;
  /** 公費 of the final copays and of the window charges. */
  publicFinal: Amount;
  publicWindow: Amount;
  /** What the patient pays directly for items outside insurance (fees, meals, other), less the meals a programme paid. */
  patientOutside: Amount;
  /** Meals a local programme paid (at the window, or later by reimbursement). */
  publicMeals: Amount;
  /** Of `publicMeals`, what the window charged and the municipality pays back later (償還払い). */
  mealsLater: Amount;
  /** Fees the patient pays at the window that a private rider pays back later. */
  rider: Amount;
}

/** One pass over the receipts and one over the lines, into local sums: no object per person or field. */
function totalsOf(state: MonthState, personId?: string): Totals {
  let fee = 0n, copay = 0n, window = 0n, final = 0n, supplementary = 0n, publicFinal = 0n, publicWindow = 0n;
  state.claims.forEach((claim, i) => {
    if (personId !== undefined && claim.member.person.id !== personId) return;
    fee += claim.fee;
    copay += claim.copay;
    window += claim.window;
    final += claim.final;
    supplementary += state.supplementary[i];
    publicFinal += state.publicFinal[i];
    publicWindow += state.publicWindow[i];
  });
  let patientOutside = 0n, rider = 0n, publicMeals = 0n, mealsLater = 0n;
  state.items.forEach((item, i) => {
    if (personId !== undefined && item.person !== personId) return;
    if (isPaidBy(item, 'patient')) patientOutside += item.amount;
    if (item.reimbursed) rider += item.amount;
    if (state.publicMeals) publicMeals += state.publicMeals[i];
    if (state.publicMealsLater) mealsLater += state.publicMealsLater[i];
  });
  return { fee, copay, window, final, supplementary, publicFinal, publicWindow, patientOutside: patientOutside - publicMeals, publicMeals, mealsLater, rider };
}

function outsideOf(items: PricedItem[]): OutsideInsurance {
  let patient = 0n, research = 0n, sponsor = 0n, privateInsurance = 0n, consumptionTax = 0n;
  for (const item of items) {
    if (!OUTSIDE_KINDS.has(item.kind)) continue;
    if (item.payer === 'patient') patient += item.amount;
    else if (item.payer === 'research') research += item.amount;
    else if (item.payer === 'sponsor') sponsor += item.amount;
    else privateInsurance += item.amount;
    consumptionTax += item.consumptionTax;
  }
  return { patient: yen(patient), research: yen(research), sponsor: yen(sponsor), privateInsurance: yen(privateInsurance), consumptionTax: yen(consumptionTax) };
}

/** A part of what comes back after the month: its reason and whose care it is for. */
interface LaterPart {
  reason: LaterReason;
  person: string;
  amount: Amount;
}

/**
 * One person's refunds with and without the card are one refund to them: what one of them is
 * below zero (a programme's share moved between their receipts) comes off the others, in
 * proportion, so that no part of nothing is left out while another is counted whole.
 */
function netByPerson(people: string[], refunds: Amount[]): void {
  people.forEach((person, k) => {
    if (refunds[k] >= 0n) return;
    const others: number[] = [];
    for (let j = 0; j < people.length; j++) if (j !== k && people[j] === person && refunds[j] > 0n) others.push(j);
    if (!others.length) return;
    let room = 0n;
    for (const j of others) room += refunds[j];
    const moved = min(-refunds[k], room);
    allocate(moved, others.map((j) => refunds[j])).forEach((part, i) => (refunds[others[i]] -= part));
    refunds[k] += moved;
  });
}

/**
 * Each group's refund by person and by whether the card was shown at the receipt's windows (their
 * window charges less their final copays, 付加給付 apart): with it a refund is 世帯合算's, without
 * it the 高額療養費 the window did not apply.
 */
function groupRefunds(state: MonthState): { people: string[]; cards: boolean[]; refunds: Amount[] }[] {
  let offset = 0;
  const byGroup = state.groups.map((group) => {
    // The usual group is one person's, with one part.
    const people: string[] = [];
    const cards: boolean[] = [];
    const refunds: Amount[] = [];
    for (let i = offset; i < offset + group.claims.length; i++) {
      const claim = state.claims[i];
      // A subsidy paid by reimbursement is the city's refund (laterParts), not the insurer's.
      const own = claim.window - claim.final - (state.publicWindow[i] - state.publicFinal[i]) - state.publicLater[i] + state.supplementary[i] - state.supplementaryToPatient[i];
      const person = claim.member.person.id;
      let k = people.length === 1 && people[0] === person && cards[0] === claim.card ? 0 : -1;
      if (k < 0) for (let j = 0; j < people.length; j++) if (people[j] === person && cards[j] === claim.card) k = j;
      if (k < 0) {
        people.push(person);
        cards.push(claim.card);
        refunds.push(own);
      } else {
        refunds[k] += own;
      }
    }
    offset += group.claims.length;
    if (people.length > 1) netByPerson(people, refunds);
    return { people, cards, refunds };
  });
  // In the month of the 75th birthday a person's programme cap spans both insurers: what the
  // programme charged at one's windows and finally leaves on the other's is set off between them.
  if (byGroup.length > 1) {
    for (const { people, refunds } of byGroup) {
      people.forEach((person, k) => {
        for (const other of byGroup) {
          for (let j = 0; j < other.people.length; j++) {
            if (refunds[k] >= 0n) return;
            if (other.people[j] !== person || other.refunds[j] <= 0n) continue;
            const moved = min(-refunds[k], other.refunds[j]);
            refunds[k] += moved;
            other.refunds[j] -= moved;
          }
        }
      });
    }
  }
  return byGroup;
}

/** What each person's local programmes paid by reimbursement (償還払い) pay back: copays and meals. */
function cityRefunds(state: MonthState): Map<string, Amount> | undefined {
  let city: Map<string, Amount> | undefined;
  const put = (person: string, amount: Amount) => {
    if (amount !== 0n) (city ??= new Map()).set(person, (city.get(person) ?? 0n) + amount);
  };
  state.claims.forEach((claim, i) => put(claim.member.person.id, state.publicLater[i]));
  if (state.publicMealsLater) state.items.forEach((item, i) => put(item.person, state.publicMealsLater![i]));
  return city;
}

/**
 * What comes back after the month, part by part, with whose care each part is for: a group's
 * refund as it fell on each person's receipts (their window charge less their final copay, less
 * what goes back to a programme that paid at the window), 多数回 named first and shared in
 * proportion; then what of the 付加給付 reaches each person, what a municipality pays back
 * (償還払い) and a rider's payments by line. Parts of nothing are left out; a group's part below
 * zero for a person (a programme's share moved between receipts) comes off what the city pays them.
 */
function laterParts(state: MonthState): LaterPart[] {
  const parts: LaterPart[] = [];
  const add = (reason: LaterReason, person: string, amount: Amount) => {
    if (amount > 0n) parts.push({ reason, person, amount });
  };
  const city = cityRefunds(state);
  groupRefunds(state).forEach(({ people, cards, refunds }, g) => {
    const group = state.groups[g];
    if (city) {
      people.forEach((person, k) => {
        const owed = city.get(person);
        if (refunds[k] >= 0n || owed === undefined) return;
        const moved = min(-refunds[k], owed);
        refunds[k] += moved;
        city.set(person, owed - moved);
      });
    }
    const refund = people.length === 1 ? refunds[0] : sum(refunds);
    if (refund <= 0n) return;
    const manyTimes = min(group.finalWithoutManyTimes - group.final, refund);
    const shares = manyTimes > 0n ? allocate(manyTimes, refunds) : undefined;
    people.forEach((person, k) => add('manyTimes', person, shares ? shares[k] : 0n));
    people.forEach((person, k) => add(cards[k] ? 'household' : 'highCost', person, refunds[k] - (shares ? shares[k] : 0n)));
  });
  // 付加給付 by person: a receipt's part of it can be below zero where a programme's cap moved.
  const supplementary = new Map<string, Amount>();
  state.claims.forEach((claim, i) => {
    const person = claim.member.person.id;
    supplementary.set(person, (supplementary.get(person) ?? 0n) + state.supplementaryToPatient[i]);
  });
  for (const [person, amount] of supplementary) add('supplementary', person, amount);
  if (city) for (const [person, amount] of city) add('localReimbursement', person, amount);
  for (const item of state.items) if (item.reimbursed) add('privateInsurance', item.person, item.amount);
  return parts;
}

const monthsUntil = (reason: LaterReason) => (reason === 'privateInsurance' ? MONTHS_UNTIL_RIDER : reason === 'localReimbursement' ? MONTHS_UNTIL_CITY : MONTHS_UNTIL_REFUND);

function laterPayment(state: MonthState, reason: LaterReason, amount: Amount, person: string | undefined): LaterPayment {
  const payment: LaterPayment = {
    reason, amount: yen(amount), expectedMonth: formatMonth(state.month + monthsUntil(reason)), note: LATER_NOTES[reason],
  };
  // Set rather than spread in: a spread of a conditional object takes V8's slow path.
  if (person !== undefined) payment.person = person;
  return payment;
}

/**
 * What comes back after the month, by reason in the order each first comes up; each also goes
 * into `flows`. With several people in the plan, a payment for one person's care names them.
 */
function laterPayments(plan: NormalizedPlan, state: MonthState, parts: LaterPart[], flows: CashFlows): LaterPayment[] {
  if (!parts.length) return [];
  const payments: LaterPayment[] = [];
  const reasons: LaterReason[] = [];
  for (const part of parts) if (!reasons.includes(part.reason)) reasons.push(part.reason);
  for (const reason of reasons) {
    let amount = 0n;
    let person: string | undefined;
    let several = false;
    for (const part of parts) {
      if (part.reason !== reason) continue;
      amount += part.amount;
      if (person === undefined) person = part.person;
      else several ||= part.person !== person;
    }
    const payment = laterPayment(state, reason, amount, plan.people.length > 1 && !several ? person : undefined);
    if (reason === 'privateInsurance') flows.received(payment.expectedMonth, amount);
    else flows.refunded(payment.expectedMonth, amount);
    payments.push(payment);
  }
  return payments;
}

/** One person's parts of what comes back, by reason in the month's order. */
function laterOf(state: MonthState, parts: LaterPart[], person: string): LaterPayment[] {
  if (!parts.length) return [];
  const reasons: LaterReason[] = [];
  const amounts: Amount[] = [];
  for (const part of parts) {
    if (part.person !== person) continue;
    const k = reasons.indexOf(part.reason);
    if (k < 0) {
      reasons.push(part.reason);
      amounts.push(part.amount);
    } else {
      amounts[k] += part.amount;
    }
  }
  return reasons.map((reason, k) => laterPayment(state, reason, amounts[k], person));
}

/** One row per person with care in the month, in the plan's order. */
function peopleOf(plan: NormalizedPlan, state: MonthState, month: MonthBreakdown, parts: LaterPart[]): PersonMonth[] {
  // Care of one person only (the usual month): their receipts are all the month's, and so are their figures.
  const only = state.items[0].person;
  if (state.items.every((item) => item.person === only)) {
    const { insuredFee, copay, benefit, atWindow, supplementary, patient } = month;
    return [{ person: only, insuredFee, copay, benefit, atWindow, supplementary, public: month.public, patient, later: laterOf(state, parts, only) }];
  }
  const rows: PersonMonth[] = [];
  for (const person of plan.people) {
    if (!state.items.some((item) => item.person === person.id)) continue;
    const t = totalsOf(state, person.id);
    rows.push({
      person: person.id,
      insuredFee: yen(t.fee),
      copay: yen(t.copay),
      benefit: yen(t.copay - t.final),
      atWindow: yen(t.window - t.publicWindow + t.patientOutside + t.mealsLater + t.rider),
      supplementary: yen(t.supplementary),
      public: yen(t.publicFinal + t.publicMeals),
      patient: yen(t.final - t.publicFinal - t.supplementary + t.patientOutside),
      later: laterOf(state, parts, person.id),
    });
  }
  return rows;
}

/**
 * Each programme of the month: the insured care it paid, with its cap. A programme pays nothing
 * for meals: it lowers their charge, and the insurer pays the rest (RULES.md §8).
 */
function programsOf(state: MonthState): ProgramMonth[] {
  return state.programs.map((use) => {
    const month: ProgramMonth = {
      person: use.person, program: use.program.key, kind: use.program.kind as ProgramMonth['kind'], label: use.program.label,
      cap: use.cap === undefined ? null : yen(use.cap), used: yen(use.used), paid: yen(use.paid),
    };
    if (use.meals > 0n) month.meals = yen(use.meals);
    const { own, household, total, longTerm } = use.capOf;
    if (household !== undefined) month.shared = { ownCap: yen(own!), householdCap: yen(household), sumOfCaps: yen(total!) };
    if (longTerm) month.highCostLongTerm = longTerm;
    const explanation = use.program.kind === 'local' ? explainLocalShape(use.program) : use.cap === undefined ? undefined : explainProgramCap(use.cap, { ownCap: own, householdCap: household, sumOfCaps: total, longTerm });
    if (explanation) month.explanation = explanation;
    return month;
  });
}

/** One month of the Breakdown; what is paid, refunded and received goes into `flows`. */
export function monthBreakdown(plan: NormalizedPlan, state: MonthState, flows: CashFlows): MonthBreakdown {
  const { items } = state;
  const t = totalsOf(state);
  let meals = 0n;
  let other = 0n;
  for (const item of items) {
    if (item.kind === 'meals') meals += item.amount;
    else if (item.kind === 'other' && item.payer === 'patient') other += item.amount;
  }
  const text = formatMonth(state.month);
  const parts = laterParts(state);
  const atWindow = t.window - t.publicWindow + t.patientOutside + t.mealsLater + t.rider;
  flows.paid(text, atWindow);
  const month: MonthBreakdown = {
    month: text,
    insuredFee: yen(t.fee),
    copay: yen(t.copay),
    caps: concat(state.groups.map((g) => g.caps)),
    benefit: yen(t.copay - t.final),
    manyTimes: state.groups.some((g) => g.manyTimes),
    atWindow: yen(atWindow),
    later: laterPayments(plan, state, parts, flows),
    outsideInsurance: outsideOf(items),
    meals: yen(meals),
    other: yen(other),
    supplementary: yen(t.supplementary),
    public: yen(t.publicFinal + t.publicMeals),
    programs: programsOf(state),
    patient: yen(t.final - t.publicFinal - t.supplementary + t.patientOutside),
  };
  if (plan.people.length > 1) month.people = peopleOf(plan, state, month, parts);
  return month;
}
