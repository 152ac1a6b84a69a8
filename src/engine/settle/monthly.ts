import { ageInMonth } from '../age.js';
import type { MonthIndex } from '../calendar.js';
import { settleMonth, type Claim, type CoveredPart, type GroupResult, type SettledClaim } from './high-cost.js';
import { ManyTimesCounter, WindowHistory } from './many-times.js';
import { memberOfItem, type InsurerKey, type Member } from '../price/member.js';
import { allocate, concat, copayAtRate, floorToUnit, min, sum, type Amount } from '../money.js';
import { personOf, type NormalizedInsurance, type NormalizedPerson, type NormalizedPlan } from '../read/normalize.js';
import type { PricedItem } from '../price/price.js';
import { settlePrograms, type ProgramSettlement, type ProgramUse } from './programs.js';
import { activeProgram, type NormalizedProgram } from '../read/read-programs.js';
import { LongTermMonths, programCapsOf, type ProgramCaps } from './program-caps.js';
import { cardShownAt } from '../read/read-card.js';

/** One month of care, settled: the household groups of each insurer and the items of the month. */
export interface MonthState {
  month: MonthIndex;
  items: PricedItem[];
  groups: GroupResult[];
  claims: SettledClaim[];
  /** 付加給付 of each claim, in the order of `claims`. */
  supplementary: Amount[];
  /**
   * What of each claim's 付加給付 lowers what the patient bears; the rest goes back to a programme
   * that paid at the window what the 付加給付 now pays. May be below zero on one receipt of a
   * person's, never over the person.
   */
  supplementaryToPatient: Amount[];
  /** 公費 of each claim's final copay and of its window charge, in the order of `claims`. */
  publicFinal: Amount[];
  publicWindow: Amount[];
  /** What of `publicFinal` a local programme pays back after the month (償還払い), in the order of `claims`. */
  publicLater: Amount[];
  /** The meal charge a local programme paid, in the order of `items`; absent when none did. */
  publicMeals?: Amount[];
  /** What of `publicMeals` was charged at the window and is paid back later (償還払い); absent when none. */
  publicMealsLater?: Amount[];
  programs: ProgramUse[];
}

/** A receipt being gathered: one member's insured fees at one facility, setting and side. */
interface Gathering {
  member: Member;
  item: PricedItem;
  fee: Amount;
  covered: CoveredPart[];
  /** Its windows (the facility's, outside pharmacies'), where a line names a pharmacy. */
  windows?: WindowGathering[];
}

interface WindowGathering {
  facility: string;
  fee: Amount;
  covered: CoveredPart[];
}

/** Adds a line's fee to the covered part of its certificates (公費併用: the receipt stays one, as billed). */
function cover(covered: CoveredPart[], programs: NormalizedProgram[], item: PricedItem): void {
  if (!programs.length) return;
  const part = covered.find((c) => sameList(c.programs, programs));
  if (part) {
    part.fee += item.amount;
    part.visits += item.visits ?? 0;
  } else {
    covered.push({ programs, fee: item.amount, visits: item.visits ?? 0 });
  }
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The certificates valid in the month among those a line names, in the order they apply. */
function activeOf(person: NormalizedPerson, item: PricedItem): NormalizedProgram[] {
  if (!item.programs.length) return NO_CERTIFICATES;
  const found: NormalizedProgram[] = [];
  for (const key of item.programs) {
    const program = activeProgram(person.programs, key, item.month);
    if (program) found.push(program);
  }
  return found;
}

const NO_CERTIFICATES: NormalizedProgram[] = [];
const sameList = (a: readonly NormalizedProgram[], b: readonly NormalizedProgram[]) => a.length === b.length && a.every((p, i) => p === b[i]);
const partKey = (part: CoveredPart) => part.programs.map((p) => p.key).join('\u0000');
const byPrograms = (a: CoveredPart, b: CoveredPart) => text(partKey(a), partKey(b));

/** People in the plan's order; a 75th-birthday month's care before the birthday first; then facility, setting, medical before dental. */
function compareReceipts(plan: NormalizedPlan, a: Gathering, b: Gathering): number {
  const person = plan.people.indexOf(a.member.person) - plan.people.indexOf(b.member.person);
  if (person !== 0) return person;
  if (a.member.band !== b.member.band) return a.member.band === 'late75' ? 1 : -1;
  return text(a.item.facility, b.item.facility) || text(a.item.setting, b.item.setting) || Number(a.item.dental) - Number(b.item.dental);
}

/**
 * The receipts of a month, by insurer in the order each first appears. A month holds a handful
 * of people and receipts, so they are found by a scan rather than by a map of built string keys
 * (building and hashing such a key costs more than the whole scan).
 */
function claimsOfMonth(plan: NormalizedPlan, items: PricedItem[]): { insurer: InsurerKey; claims: Claim[] }[] {
  // Windows are told apart only where a line was dispensed at an outside pharmacy.
  const pharmacies = items.some((item) => item.pharmacy !== undefined);
  // One Member per person and side of a 75th birthday in the month: the caps compare members by identity.
  const members: { person: NormalizedPerson; before: boolean; member: Member }[] = [];
  const gathered: Gathering[] = [];
  for (const item of items) {
    if (item.kind !== 'insured') continue;
    const person = personOf(plan, item.person);
    const age = ageInMonth(person, item.month);
    const before = age.birthday75 && item.day !== undefined && item.day < age.birthday75Day!;
    let member: Member | undefined;
    for (const m of members) if (m.person === person && m.before === before) member = m.member;
    if (!member) members.push({ person, before, member: (member = memberOfItem(plan, person, item)) });
    let entry: Gathering | undefined;
    for (const g of gathered) {
      if (g.member === member && g.item.facility === item.facility && g.item.setting === item.setting && g.item.dental === item.dental) entry = g;
    }
    if (entry) entry.fee += item.amount;
    else gathered.push((entry = { member, item, fee: item.amount, covered: [], ...(pharmacies && { windows: [] }) }));
    const programs = activeOf(person, item);
    cover(entry.covered, programs, item);
    if (entry.windows) {
      // An outside pharmacy's dispensing joins the prescriber's receipt but has its own window.
      const name = item.pharmacy ?? item.facility;
      let cashier = entry.windows.find((w) => w.facility === name);
      if (cashier) cashier.fee += item.amount;
      else entry.windows.push((cashier = { facility: name, fee: item.amount, covered: [] }));
      cover(cashier.covered, programs, item);
    }
  }
  // Each receipt's covered parts and windows in one order whatever the order of the lines.
  for (const g of gathered) {
    if (g.covered.length > 1) g.covered.sort(byPrograms);
    if (g.windows) {
      g.windows.sort((a, b) => text(a.facility, b.facility));
      for (const w of g.windows) if (w.covered.length > 1) w.covered.sort(byPrograms);
    }
  }
  // The receipts in one order whatever the order of the lines: the household cap's split, a
  // programme's monthly cap filled receipt by receipt and every tie go the same way.
  if (gathered.length > 1) gathered.sort((a, b) => compareReceipts(plan, a, b));
  const byInsurer: { insurer: InsurerKey; claims: Claim[] }[] = [];
  for (const { member, item, fee, covered, windows } of gathered) {
    const claim: Claim = {
      member, fee, facility: item.facility, setting: item.setting, dental: item.dental, covered,
      // 健康保険法75条: the copay of a receipt is rounded to 10 yen.
      copay: copayAtRate(fee, member.rate),
    };
    // Charged at a window other than the facility's: each window's copay is rounded as it bills it.
    if (windows && (windows.length > 1 || windows[0].facility !== item.facility)) {
      claim.parts = windows.map((w) => ({ facility: w.facility, fee: w.fee, copay: copayAtRate(w.fee, member.rate), covered: w.covered }));
      claim.copay = sum(claim.parts.map((p) => p.copay));
    }
    const group = byInsurer.find((g) => g.insurer === member.insurer);
    if (group) group.claims.push(claim);
    else byInsurer.push({ insurer: member.insurer, claims: [claim] });
  }
  return byInsurer;
}

/**
 * 付加給付 of one receipt: its copay after 高額療養費 above the insurer's deductible. It is the
 * insurer's benefit, so it comes before any programme (保険優先; RULES.md §8 and §9: insurance
 * first, the programmes on what is left), and does not hang on how a programme's monthly cap is
 * spread over the person's receipts.
 */
function supplementaryOf(claim: SettledClaim): Amount {
  const rule = claim.member.insurance.supplementary;
  // 後期高齢者医療 pays no 付加給付; it belongs to the household's 健保組合 or 共済.
  if (!rule || claim.member.insurer === 'late' || claim.final <= rule.deductible) return 0n;
  const payout = floorToUnit(claim.final - rule.deductible, rule.unit);
  return payout < rule.minimum ? 0n : payout;
}

/**
 * The programmes on what insurance leaves (高額療養費, then 付加給付), and what of each 付加給付
 * reaches the patient: the programmes settled without it tell what the patient would bear then.
 */
function settleAfterInsurance(claims: SettledClaim[], caps: ProgramCaps): ProgramSettlement & { supplementary: Amount[]; supplementaryToPatient: Amount[] } {
  const supplementary = claims.map(supplementaryOf);
  const settled = settlePrograms(claims, caps, supplementary);
  let supplementaryToPatient = supplementary;
  if (settled.uses.length && supplementary.some((s) => s > 0n)) {
    const without = settlePrograms(claims, caps).publicFinal;
    supplementaryToPatient = supplementary.map((s, i) => s - (without[i] - settled.publicFinal[i]));
    // Per person it is never below zero but for a yen of a programme's share rounding: then none.
    const byPerson = new Map<NormalizedPerson, Amount>();
    claims.forEach((c, i) => byPerson.set(c.member.person, (byPerson.get(c.member.person) ?? 0n) + supplementaryToPatient[i]));
    supplementaryToPatient = supplementaryToPatient.map((s, i) => (byPerson.get(claims[i].member.person)! < 0n ? 0n : s));
  }
  // Written out: a spread of `settled` takes V8's slow path, and this runs for every month.
  return { publicFinal: settled.publicFinal, publicWindow: settled.publicWindow, publicLater: settled.publicLater, uses: settled.uses, supplementary, supplementaryToPatient };
}

const NO_CAPS: ProgramCaps = new Map();

/**
 * No one pays more after the month than at its windows. A programme's monthly cap is filled
 * receipt by receipt both at the windows and in the end; where a local programme stacks on
 * 指定難病 or 小慢 on some receipts only, the cap can fall at the windows on a receipt the local
 * programme pays and in the end on one it does not, so that a person would finally bear more than
 * the windows charged them. The windows then charge what the person finally bears: what the
 * programmes paid at the window is lowered by the difference, in proportion (the final figures,
 * which never depend on the card, stay as they are).
 */
function windowsCoverFinal(claims: SettledClaim[], publicFinal: Amount[], publicWindow: Amount[], supplementary: Amount[], toPatient: Amount[]): void {
  const owed = new Map<NormalizedPerson, Amount>();
  claims.forEach((c, i) => {
    const back = c.window - publicWindow[i] - (c.final - publicFinal[i]) + supplementary[i] - toPatient[i];
    owed.set(c.member.person, (owed.get(c.member.person) ?? 0n) + back);
  });
  for (const [person, back] of owed) {
    if (back >= 0n) continue;
    const mine = claims.map((c, i) => (c.member.person === person ? publicWindow[i] : 0n));
    allocate(min(-back, sum(mine)), mine).forEach((part, i) => (publicWindow[i] -= part));
  }
}

/**
 * Meals a local programme pays (RULES.md §9: meals covered or not, as the municipality decides):
 * the whole charge of each meal line it covers, at the window, or later where it pays by
 * reimbursement (`later`). 指定難病 and 小慢 lower the charge instead (price.ts) and pay none of
 * it. Each programme that paid is added to the month's uses, in the plan's order of people and
 * certificates.
 */
function mealsCovered(plan: NormalizedPlan, items: PricedItem[], uses: ProgramUse[]): { paid: Amount[]; later?: Amount[] } | undefined {
  let paid: Amount[] | undefined;
  let later: Amount[] | undefined;
  let byProgram: Map<NormalizedProgram, Amount> | undefined;
  items.forEach((item, i) => {
    if (item.kind !== 'meals' || !item.programs.length) return;
    const person = personOf(plan, item.person);
    for (const key of item.programs) {
      const program = activeProgram(person.programs, key, item.month);
      if (program?.kind !== 'local' || !program.coversMeals) continue;
      paid ??= items.map(() => 0n);
      paid[i] = item.amount;
      if (program.reimbursed) (later ??= items.map(() => 0n))[i] = item.amount;
      byProgram ??= new Map();
      byProgram.set(program, (byProgram.get(program) ?? 0n) + item.amount);
      break;
    }
  });
  if (!byProgram || !paid) return undefined;
  for (const person of plan.people) {
    for (const program of person.programs) {
      const meals = byProgram.get(program);
      if (meals === undefined) continue;
      const use = uses.find((u) => u.program === program);
      if (use) use.meals += meals;
      else uses.push({ person: person.id, program, cap: program.monthlyCap, capOf: { cap: program.monthlyCap }, used: 0n, paid: 0n, meals });
    }
  }
  return later ? { paid, later } : { paid };
}

export function settleMonths(plan: NormalizedPlan, priced: PricedItem[]): MonthState[] {
  const byMonth = new Map<MonthIndex, PricedItem[]>();
  for (const item of priced) {
    const items = byMonth.get(item.month);
    if (items) items.push(item);
    else byMonth.set(item.month, [item]);
  }
  const months = [...byMonth.keys()].sort((a, b) => a - b);
  const patient = plan.people[0];
  const firstInsurer: InsurerKey = months.length && ageInMonth(patient, months[0]).band === 'late75' ? 'late' : 'main';
  const counter = new ManyTimesCounter();
  const longTerm = new LongTermMonths(plan, priced);
  const windows = new WindowHistory();
  // Prior benefit months are taken to be at the facility of the insurer's first insured line.
  const seed = (insurer: InsurerKey, insurance: NormalizedInsurance, people: (id: string) => boolean) => {
    counter.seed(insurer, insurance.priorHighCostMonths);
    const first = priced.find((i) => i.kind === 'insured' && people(i.person));
    if (first && !insurance.priorElsewhere) windows.seed(insurer, first.facility, insurance.priorHighCostMonths);
  };
  const ownInsurer = new Set(plan.people.filter((p) => p.insurance).map((p) => p.id));
  seed(firstInsurer, plan, (id) => !ownInsurer.has(id));
  for (const person of plan.people) if (person.insurance) seed(`own:${person.id}`, person.insurance, (id) => id === person.id);

  return months.map((month) => {
    const items = byMonth.get(month)!;
    const groups: GroupResult[] = [];
    for (const { insurer, claims } of claimsOfMonth(plan, items)) {
      const { insurance } = claims[0].member;
      const result = settleMonth(month, claims, {
        manyTimes: counter.applies(insurer, month),
        capAtWindow: (facility) => (insurance.cards.length ? cardShownAt(insurance.cards, insurance.capAtWindow, facility, month) : insurance.capAtWindow),
        remuneration: claims[0].member.remuneration,
        windowHistory: (facility) => windows.hasThree(insurer, facility, month),
      });
      if (result.countsForManyTimes) counter.record(insurer, month);
      for (const facility of result.cappedAtWindow) windows.record(insurer, facility, month);
      groups.push(result);
    }
    const claims = concat(groups.map((g) => g.claims));
    const caps = claims.some((c) => c.covered.length) ? programCapsOf(plan, month, longTerm) : NO_CAPS;
    const { publicFinal, publicWindow, publicLater, uses, supplementary, supplementaryToPatient } = settleAfterInsurance(claims, caps);
    if (uses.length) windowsCoverFinal(claims, publicFinal, publicWindow, supplementary, supplementaryToPatient);
    const state: MonthState = { month, items, groups, claims, supplementary, supplementaryToPatient, publicFinal, publicWindow, publicLater, programs: uses };
    const meals = mealsCovered(plan, items, uses);
    if (meals) state.publicMeals = meals.paid;
    if (meals?.later) state.publicMealsLater = meals.later;
    return state;
  });
}

