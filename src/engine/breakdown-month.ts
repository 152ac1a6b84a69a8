import { formatMonth } from './calendar.js';
import { concat, min, sum, type Amount, yen } from './money.js';
import type { MonthState } from './monthly.js';
import type { NormalizedPlan } from './normalize.js';
import type { PricedItem } from './price.js';
import { programCap } from './programs.js';
import { activeProgram } from './read-programs.js';
import type { LaterPayment, LaterReason, Message, MonthBreakdown, OutsideInsurance, Payer, PersonMonth, ProgramMonth } from './types.js';

/** One month of the Breakdown: the settled month put into words and canonical strings. */

/** 高額療養費 and 付加給付 are paid about three to four months after the month of care. */
const MONTHS_UNTIL_REFUND = 3;
/** A private insurer pays a claim within weeks: taken as the month after. */
const MONTHS_UNTIL_RIDER = 1;

/** Fees the patient pays at the window that a private rider pays back later. */
function reimbursedByRider(items: PricedItem[]): Amount {
  let total = 0n;
  for (const item of items) if (item.reimbursed) total += item.amount;
  return total;
}

const LATER_NOTES: Record<LaterReason, Message> = {
  highCost: { ja: '高額療養費（申請後、診療月から3〜4か月後）', en: 'High-cost benefit (after a claim, 3–4 months after the month of care)' },
  household: { ja: '世帯合算・複数の医療機関の合算分（後日払戻し）', en: 'Household and multi-facility aggregation (refunded later)' },
  manyTimes: { ja: '多数回該当による払戻し（後日）', en: 'Repeated high cost (refunded later)' },
  supplementary: { ja: '付加給付（保険者から後日）', en: 'Supplementary benefit (from the insurer, later)' },
  privateInsurance: { ja: '民間保険（特約）からの支払い（請求後）', en: 'Private insurance pays the fee back (after a claim)' },
  annualCap: { ja: '年間上限', en: 'Annual cap' },
  outpatientYearly: { ja: '外来年間合算', en: 'Yearly outpatient cap' },
};

const OUTSIDE_KINDS = new Set(['advanced', 'patientRequested', 'trial', 'selected', 'free']);

export function isPaidBy(item: PricedItem, payer: Payer): boolean {
  return item.kind !== 'insured' && item.payer === payer;
}

/** The insured totals of a month, or of one person in it. */
interface InsuredTotals {
  fee: Amount;
  copay: Amount;
  window: Amount;
  final: Amount;
  supplementary: Amount;
  /** 公費 of the final copays and of the window charges. */
  publicFinal: Amount;
  publicWindow: Amount;
}

function insuredTotals(state: MonthState, personId?: string): InsuredTotals {
  const totals = { fee: 0n, copay: 0n, window: 0n, final: 0n, supplementary: 0n, publicFinal: 0n, publicWindow: 0n };
  state.claims.forEach((claim, i) => {
    if (personId !== undefined && claim.member.person.id !== personId) return;
    totals.fee += claim.fee;
    totals.copay += claim.copay;
    totals.window += claim.window;
    totals.final += claim.final;
    totals.supplementary += state.supplementary[i];
    totals.publicFinal += state.publicFinal[i];
    totals.publicWindow += state.publicWindow[i];
  });
  return totals;
}

/** What the patient pays directly for items outside insurance (fees, meals, other), after a programme's part. */
function patientPaidOutside(items: PricedItem[]): Amount {
  let total = 0n;
  for (const item of items) if (isPaidBy(item, 'patient')) total += item.amount - item.publicPart;
  return total;
}

/** What programmes pay of items outside the receipts (the meal reduction). */
function publicOutside(items: PricedItem[]): Amount {
  let total = 0n;
  for (const item of items) total += item.publicPart;
  return total;
}

function outsideOf(items: PricedItem[]): OutsideInsurance {
  const by: Record<Payer, Amount> = { patient: 0n, research: 0n, sponsor: 0n, privateInsurance: 0n };
  let consumptionTax = 0n;
  for (const item of items) {
    if (!OUTSIDE_KINDS.has(item.kind)) continue;
    by[item.payer] += item.amount;
    consumptionTax += item.consumptionTax;
  }
  return {
    patient: yen(by.patient),
    research: yen(by.research),
    sponsor: yen(by.sponsor),
    privateInsurance: yen(by.privateInsurance),
    consumptionTax: yen(consumptionTax),
  };
}

function laterPayments(state: MonthState, supplementary: Amount, rider: Amount): LaterPayment[] {
  const amounts = new Map<LaterReason, Amount>();
  const add = (reason: LaterReason, amount: Amount) => {
    if (amount > 0n) amounts.set(reason, (amounts.get(reason) ?? 0n) + amount);
  };
  let offset = 0;
  for (const group of state.groups) {
    // What comes back to the patient: the group's refund less what goes back to a programme
    // that paid at the window. 多数回 is named first, up to what is left.
    let publicRefund = 0n;
    for (let i = offset; i < offset + group.claims.length; i++) publicRefund += state.publicWindow[i] - state.publicFinal[i];
    offset += group.claims.length;
    const refund = group.window - group.final - publicRefund;
    const manyTimes = min(group.finalWithoutManyTimes - group.final, refund);
    add('manyTimes', manyTimes);
    add(group.claims[0].member.insurance.capAtWindow ? 'household' : 'highCost', refund - manyTimes);
  }
  add('supplementary', supplementary);
  add('privateInsurance', rider);
  const expectedMonth = formatMonth(state.month + MONTHS_UNTIL_REFUND);
  const riderMonth = formatMonth(state.month + MONTHS_UNTIL_RIDER);
  return [...amounts].map(([reason, amount]) => ({ reason, amount: yen(amount), expectedMonth: reason === 'privateInsurance' ? riderMonth : expectedMonth, note: LATER_NOTES[reason] }));
}

function peopleOf(plan: NormalizedPlan, state: MonthState): PersonMonth[] {
  const rows: PersonMonth[] = [];
  for (const person of plan.people) {
    const items = state.items.filter((i) => i.person === person.id);
    if (items.length === 0) continue;
    const t = insuredTotals(state, person.id);
    const outside = patientPaidOutside(items);
    rows.push({
      person: person.id,
      insuredFee: yen(t.fee),
      copay: yen(t.copay),
      benefit: yen(t.copay - t.final),
      atWindow: yen(t.window - t.publicWindow + outside + reimbursedByRider(items)),
      supplementary: yen(t.supplementary),
      public: yen(t.publicFinal + publicOutside(items)),
      patient: yen(t.final - t.publicFinal - t.supplementary + outside),
    });
  }
  return rows;
}

/** Each programme of the month: the insured care it paid and the meal reduction, with its cap. */
function programsOf(plan: NormalizedPlan, state: MonthState): ProgramMonth[] {
  const rows: ProgramMonth[] = state.programs.map((use) => ({
    person: use.person, program: use.program.key, kind: use.program.kind as ProgramMonth['kind'], label: use.program.label,
    cap: use.cap === undefined ? null : yen(use.cap), used: yen(use.used), paid: yen(use.paid),
  }));
  for (const item of state.items) {
    if (item.publicPart === 0n) continue;
    let row = rows.find((r) => r.person === item.person && r.program === item.program);
    if (!row) {
      const program = activeProgram(plan.people.find((p) => p.id === item.person)!.programs, item.program, item.month)!;
      const cap = programCap(program);
      rows.push((row = { person: item.person, program: program.key, kind: program.kind as ProgramMonth['kind'], cap: cap === undefined ? null : yen(cap), used: '0', paid: '0' }));
    }
    row.paid = yen(BigInt(row.paid) + item.publicPart);
  }
  return rows;
}

export function monthBreakdown(plan: NormalizedPlan, state: MonthState): MonthBreakdown {
  const { items } = state;
  const t = insuredTotals(state);
  const outside = patientPaidOutside(items);
  const meals = sum(items.filter((i) => i.kind === 'meals').map((i) => i.amount - i.publicPart));
  const other = sum(items.filter((i) => i.kind === 'other' && i.payer === 'patient').map((i) => i.amount));
  const month: MonthBreakdown = {
    month: formatMonth(state.month),
    insuredFee: yen(t.fee),
    copay: yen(t.copay),
    caps: concat(state.groups.map((g) => g.caps)),
    benefit: yen(t.copay - t.final),
    manyTimes: state.groups.some((g) => g.manyTimes),
    atWindow: yen(t.window - t.publicWindow + outside + reimbursedByRider(items)),
    later: laterPayments(state, t.supplementary, reimbursedByRider(items)),
    outsideInsurance: outsideOf(items),
    meals: yen(meals),
    other: yen(other),
    supplementary: yen(t.supplementary),
    public: yen(t.publicFinal + publicOutside(items)),
    programs: programsOf(plan, state),
    patient: yen(t.final - t.publicFinal - t.supplementary + outside),
  };
  if (plan.people.length > 1) month.people = peopleOf(plan, state);
  return month;
}
