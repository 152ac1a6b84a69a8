import { ELDERLY_BRACKETS, UNDER70_BRACKETS } from '../brackets.js';
import { capAmount, elderlyRow, under70Band } from './caps.js';
import type { MonthIndex } from '../calendar.js';
import { explainCap } from '../explain/explain.js';
import type { Member } from '../price/member.js';
import type { NormalizedProgram } from '../read/read-programs.js';
import { specificDiseaseCap, type SpecificCap } from './specific-disease.js';
import { allocate, divide, max, min, sum, type Amount, yen } from '../money.js';
import { HOUSEHOLD, LATE_ELDERLY_RELIEF, TOKUTEI, appliesTo, elderlyTableFor, under70TableFor, type CapFormula } from '../rules/index.js';
import type { AppliedCap, Bracket, CapKind, ElderlyBracket, Message, Setting, Under70Bracket } from '../types.js';

/**
 * 高額療養費 for one month and one insurer's household. RULES.md §3.
 *
 * A claim is one receipt: a person × facility × inpatient/outpatient × medical/dental. For
 * people 70 and over, each person's outpatient copay is capped first (外来特例), then the
 * 70+ household cap applies. Under-70 receipts of 21,000 yen or more are then added to the
 * 70+ amount and capped by the under-70 cap on the fee of what was counted.
 */

export interface Claim {
  member: Member;
  facility: string;
  setting: Setting;
  dental: boolean;
  fee: Amount;
  copay: Amount;
  /** The parts of the fee that certificates cover in the month. */
  covered: CoveredPart[];
  /**
   * Where the receipt is charged at more than one window: an outside pharmacy's dispensing counts
   * with its prescriber's outpatient receipt for 高額療養費 (RULES.md §3) but is charged at the
   * pharmacy's own window, with its own copay and its own caps. Absent: one window, the facility.
   */
  parts?: WindowPart[];
}

/** What one window (the prescriber's, or an outside pharmacy's) charges of a receipt. */
export interface WindowPart {
  /** The window: the facility, or the outside pharmacy's name. */
  facility: string;
  fee: Amount;
  /** Its own copay, rounded to 10 yen as that window bills it. */
  copay: Amount;
  covered: CoveredPart[];
}

/** A part of a receipt covered by the same certificates, in the order they apply (national first). */
export interface CoveredPart {
  programs: NormalizedProgram[];
  fee: Amount;
  /** The visits (or days) of its lines, where they were given (a local charge per visit). */
  visits: number;
}

export interface SettledClaim extends Claim {
  /** Charged at the window (with マイナ保険証 or 認定証, at most that receipt's own cap). */
  window: Amount;
  /** The card (マイナ保険証 or 認定証) was shown at every window of the receipt. */
  card: boolean;
  /** What the receipt is charged with the card (its own cap): what the windows charge, card or not. */
  own: Amount;
  /** The final copay after every monthly benefit. */
  final: Amount;
}

export interface GroupResult {
  claims: SettledClaim[];
  caps: AppliedCap[];
  copay: Amount;
  window: Amount;
  final: Amount;
  /** The final copay had 多数回 not applied (to say how much of a refund is due to it). */
  finalWithoutManyTimes: Amount;
  manyTimes: boolean;
  /**
   * A benefit beyond the 特定疾病 and 70+ outpatient steps was paid: the month counts toward 多数回
   * (施行令42条1項 counts only 高額療養費 under 41条1項・2項, not 9項 or 5項).
   */
  countsForManyTimes: boolean;
  /** Facilities that applied the cap at their own window this month (現物給付). */
  cappedAtWindow: string[];
  tableIds: string[];
  assumedLowestBand: boolean;
  reliefApplied: boolean;
}

const HOUSEHOLD_FLOOR = BigInt(HOUSEHOLD.floor);

interface Settlement {
  finals: Amount[];
  /** What the finals would add up to without 多数回, where that is known without settling again. */
  withoutManyTimes?: Amount;
  caps: AppliedCap[];
  afterOutpatientStep: Amount;
  tableIds: string[];
  assumedLowestBand: boolean;
  reliefApplied: boolean;
}


/** 75+ at 2割 from 2022-10 to 2025-09: the outpatient copay is at most 6,000 + (fee − 30,000) × 10 %, to the yen. */
function reliefCap(member: Member, month: MonthIndex, outpatientFee: Amount): Amount | undefined {
  if (member.band !== 'late75' || member.rate.text !== '0.2' || !appliesTo(LATE_ELDERLY_RELIEF, month)) return undefined;
  const { base, threshold, percent } = LATE_ELDERLY_RELIEF;
  return BigInt(base) + divide(max(outpatientFee - BigInt(threshold), 0n) * BigInt(percent), 100n, 'halfUp');
}

/**
 * The bracket of a household cap on the receipts of `pool` where the members' brackets differ
 * (member.ts's householdBracket is the plan's own): the insured person's. With several insured
 * people (in 後期高齢者医療 each member is insured in their own right) or none, the highest of
 * their brackets (`order` lists them highest first), so that the cap never depends on the order
 * of the lines and is never below what one of them bears.
 */
function poolBracket<B extends Bracket>(claims: Claim[], pool: number[], order: readonly B[]): B {
  const anyInsured = pool.some((i) => claims[i].member.person.role === 'insured');
  let highest: B | undefined;
  for (const i of pool) {
    const { bracket, person } = claims[i].member;
    if (anyInsured && person.role !== 'insured') continue;
    if (!highest || order.indexOf(bracket as B) < order.indexOf(highest)) highest = bracket as B;
  }
  return highest!;
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

function feeOf(claims: Claim[], idx: number[]): Amount {
  let fee = 0n;
  for (const i of idx) fee += claims[i].fee;
  return fee;
}

/** Lowers the copays of `idx` to `cap` in all, shared in proportion and to the yen; whether the cap bound. */
function capTo(remaining: Amount[], idx: number[], cap: Amount): boolean {
  let before = 0n;
  for (const i of idx) before += remaining[i];
  if (before <= cap) return false;
  if (idx.length === 1) remaining[idx[0]] = cap;
  else allocate(before - cap, idx.map((i) => remaining[i])).forEach((part, k) => (remaining[idx[k]] -= part));
  return true;
}

/** An applied cap as the Breakdown shows it (every key present, `person` undefined for a household cap). */
function capRecord(
  kind: CapKind, person: string | undefined, bracket: Bracket, cap: Amount, fee: Amount, manyTimes: boolean, halved: boolean, tableId: string, explanation: Message, binding: boolean,
): AppliedCap {
  return { kind, person, bracket, amount: yen(cap), feeBasis: yen(fee), manyTimes, halvedFor75thBirthday: halved, tableId, explanation, binding };
}

/**
 * `explain: false` skips the words (and the list of caps) when only the amounts are wanted.
 * `specific` is each claim's 特定疾病 cap, worked out once by the caller.
 */
function settle(month: MonthIndex, claims: Claim[], specific: (SpecificCap | undefined)[], manyTimes: boolean, remuneration: Amount | undefined, explain = true): Settlement {
  const remaining = claims.map((c) => c.copay);
  const caps: AppliedCap[] = [];
  const tableIds: string[] = [];
  let assumedLowestBand = false;
  let reliefApplied = false;
  let withoutManyTimes: Amount | undefined;

  claims.forEach((claim, i) => {
    const found = specific[i];
    if (found === undefined) return;
    const { cap, halved } = found;
    remaining[i] = found.copay;
    if (!explain) return;
    caps.push({
      kind: 'specificDisease', person: claim.member.person.id, bracket: claim.member.bracket, amount: yen(cap), manyTimes: false, halvedFor75thBirthday: halved,
      tableId: TOKUTEI.id, binding: found.copay < claim.copay,
      explanation: explainCap({ kind: 'specificDisease', bracket: claim.member.bracket, formula: { base: Number(cap) }, fee: claim.fee, amount: cap, manyTimes: false, halved }),
    });
    addOnce(tableIds, TOKUTEI.id);
  });

  // Receipts of people 70 and over, by person; under-70 receipts of 21,000 yen or more. A 特定疾病
  // receipt is tested at the copay it would have without the 特例 (its ordinary 1–3割), as a 公費
  // receipt is at its copay before the programme (RULES.md §8, 健保連大阪連合会 Q&A); it enters the
  // sum at what it is charged, at most the 特定疾病 cap, so the pool comes to the lower of the cap
  // and the charges, and the 特定疾病 benefit already paid is not paid twice.
  const elderly: number[] = [];
  const counted: number[] = [];
  let byMember: Map<Member, number[]> | undefined;
  claims.forEach((claim, i) => {
    if (claim.member.elderly) {
      elderly.push(i);
      byMember ??= new Map();
      const own = byMember.get(claim.member);
      if (own) own.push(i);
      else byMember.set(claim.member, [i]);
    } else if (claim.copay >= HOUSEHOLD_FLOOR) {
      counted.push(i);
    }
  });
  if (byMember) {
    const table = elderlyTableFor(month)!;
    for (const [member, own] of byMember) {
      const row = elderlyRow(table, member.bracket as ElderlyBracket);
      const outpatient = own.filter((i) => claims[i].setting === 'outpatient');
      if (row.outpatient === undefined || !outpatient.length) continue;
      const formula: CapFormula = { base: row.outpatient };
      const fee = feeOf(claims, outpatient);
      const regular = capAmount(formula, fee, member.halved);
      const relief = reliefCap(member, month, fee);
      const cap = relief ? min(regular, relief) : regular;
      const usesRelief = relief !== undefined && relief < regular;
      reliefApplied ||= usesRelief;
      const binding = capTo(remaining, outpatient, cap);
      if (explain) {
        const explanation = explainCap({ kind: 'elderlyOutpatient', bracket: member.bracket, formula, fee, amount: cap, manyTimes: false, halved: member.halved, relief: usesRelief });
        caps.push(capRecord('elderlyOutpatient', member.person.id, member.bracket, cap, fee, false, member.halved, table.id, explanation, binding));
      }
      addOnce(tableIds, table.id);
    }
  }
  const afterOutpatientStep = sum(remaining);

  /**
   * A 70+ household cap (the 多数回 amount where the bracket has one) on the receipts of `pool`:
   * a person's own in the month of their 75th birthday (halved), or the household's.
   */
  const householdStep = (kind: 'elderlyPerson' | 'elderlyHousehold', person: string | undefined, bracket: ElderlyBracket, pool: number[], halved: boolean) => {
    const table = elderlyTableFor(month)!;
    const row = elderlyRow(table, bracket);
    const useManyTimes = manyTimes && row.manyTimes !== undefined;
    const formula: CapFormula = useManyTimes ? { base: row.manyTimes! } : row.household;
    const fee = feeOf(claims, pool);
    const cap = capAmount(formula, fee, halved);
    const binding = capTo(remaining, pool, cap);
    if (explain) {
      const explanation = explainCap({ kind, bracket, formula, fee, amount: cap, manyTimes: useManyTimes, halved });
      caps.push(capRecord(kind, person, bracket, cap, fee, useManyTimes, halved, table.id, explanation, binding));
    }
    return table;
  };
  if (byMember) {
    for (const [member, own] of byMember) if (member.halved) householdStep('elderlyPerson', member.person.id, member.bracket as ElderlyBracket, own, true);
  }
  if (elderly.length) {
    const table = householdStep('elderlyHousehold', undefined, poolBracket(claims, elderly, ELDERLY_BRACKETS), elderly, false);
    addOnce(tableIds, table.id);
  }

  if (counted.length) {
    const table = under70TableFor(month)!;
    const bracket = poolBracket(claims, counted, UNDER70_BRACKETS);
    const choice = under70Band(table, bracket, remuneration);
    assumedLowestBand ||= choice.assumedLowestBand;
    const formula: CapFormula = manyTimes ? { base: choice.band.manyTimes } : choice.band.cap;
    const pool = elderly.length ? [...counted, ...elderly] : counted;
    const fee = feeOf(claims, pool);
    const cap = capAmount(formula, fee, false);
    if (manyTimes && !elderly.length) {
      // Without a 70+ receipt only this step knows of 多数回, and a cap keeps the pool's total at the
      // lower of its copays and the cap: the month without 多数回 needs no second settlement.
      let pooled = 0n;
      for (const i of pool) pooled += remaining[i];
      withoutManyTimes = sum(remaining) - pooled + min(pooled, capAmount(choice.band.cap, fee, false));
    }
    const binding = capTo(remaining, pool, cap);
    if (explain) {
      const explanation = explainCap({ kind: 'under70', bracket, formula, fee, amount: cap, manyTimes, halved: false });
      caps.push(capRecord('under70', undefined, bracket, cap, fee, manyTimes, false, table.id, explanation, binding));
    }
    addOnce(tableIds, table.id);
  }
  return { finals: remaining, caps, afterOutpatientStep, tableIds, assumedLowestBand, reliefApplied, withoutManyTimes };
}

/** What the window charges for one receipt: its copay, at most the cap on that receipt alone. */
function windowCharge(month: MonthIndex, claim: Claim, specific: SpecificCap | undefined, capAtWindow: boolean, remuneration: Amount | undefined, manyTimesAtWindow: boolean): Amount {
  // The 特定疾病 certificate is shown at the window whatever else the patient carries.
  const copay = specific?.copay ?? claim.copay;
  return capAtWindow ? min(copay, highCostWindowCap(month, claim, remuneration, manyTimesAtWindow)) : copay;
}

/** Whether a receipt is capped by the 70+ outpatient cap (外来特例: 一般 and 低所得 only). */
function outpatientSpecial(month: MonthIndex, claim: Claim): boolean {
  const { member } = claim;
  return member.elderly && claim.setting === 'outpatient' && elderlyRow(elderlyTableFor(month)!, member.bracket as ElderlyBracket).outpatient !== undefined;
}

/**
 * The cap on one receipt alone at the window; with `manyTimes`, the 多数回 amount (the facility
 * itself applied the cap at its window in 3 of the last 12 months: RULES.md §3).
 */
function highCostWindowCap(month: MonthIndex, claim: Claim, remuneration: Amount | undefined, manyTimes: boolean): Amount {
  const { member } = claim;
  let cap: Amount;
  if (member.elderly) {
    const row = elderlyRow(elderlyTableFor(month)!, member.bracket as ElderlyBracket);
    const household: CapFormula = manyTimes && row.manyTimes !== undefined ? { base: row.manyTimes } : row.household;
    cap = claim.setting === 'outpatient' && row.outpatient !== undefined
      ? capAmount({ base: row.outpatient }, claim.fee, member.halved)
      : capAmount(household, claim.fee, member.halved);
    const relief = claim.setting === 'outpatient' ? reliefCap(member, month, claim.fee) : undefined;
    if (relief) cap = min(cap, relief);
  } else {
    const { band } = under70Band(under70TableFor(month)!, member.bracket as Under70Bracket, remuneration);
    cap = capAmount(manyTimes ? { base: band.manyTimes } : band.cap, claim.fee, false);
  }
  return cap;
}

/**
 * No receipt finally costs more than its own cap: what excess the proportional split of a
 * household cap left on a receipt moves to receipts below theirs (the total stays; it is at most
 * the own caps' total, so there is room).
 */
function withinOwnCaps(finals: Amount[], owns: Amount[]): Amount[] {
  let excess = 0n;
  for (let i = 0; i < finals.length; i++) if (finals[i] > owns[i]) excess += finals[i] - owns[i];
  if (excess === 0n) return finals;
  const capped = finals.map((f, i) => min(f, owns[i]));
  allocate(excess, capped.map((f, i) => owns[i] - f)).forEach((part, i) => (capped[i] += part));
  return capped;
}

/**
 * The month's final copays: the household settlement, where no receipt costs more than its own
 * cap (what it is charged at the window with the card, the 多数回 amount in a 多数回 month, whether
 * or not the card is shown). 世帯合算 and 多数回 only ever give back (RULES.md §3: they "always
 * come later as refunds"), and without the card "the benefit comes later": the card changes when
 * the patient is paid back, never how much. A pooled cap can come out above the receipts' own caps
 * where a 70+ member's flat outpatient cap leaves their fee in the 1% term (a child's 1,000,000
 * inpatient and a 71-year-old's 3,000,000 outpatient, ウ, 2026-10: 92,940 + 22,000 = 114,940, not
 * the pool's 85,800 + (4,000,000 − 286,000) × 1% = 122,940); then each receipt keeps its own cap.
 */
function boundedFinals(finals: Amount[], owns: Amount[]): { finals: Amount[]; final: Amount } {
  const final = sum(finals);
  const ownTotal = sum(owns);
  return final > ownTotal ? { finals: owns, final: ownTotal } : { finals: withinOwnCaps(finals, owns), final };
}

export function settleMonth(
  month: MonthIndex,
  claims: Claim[],
  options: {
    manyTimes: boolean;
    /** Whether the card is shown at a window (a facility, or an outside pharmacy) this month. */
    capAtWindow: (facility: string) => boolean;
    remuneration?: Amount;
    /** Whether a facility has applied the cap at its own window in 3 of the last 12 months. */
    windowHistory?: (facility: string) => boolean;
  },
): GroupResult {
  const { manyTimes, capAtWindow, remuneration, windowHistory } = options;
  const specific = claims.map(specificDiseaseCap);
  const settled = settle(month, claims, specific, manyTimes, remuneration);
  const owns = claims.map((c, i) => windowCharge(month, c, specific[i], true, remuneration, manyTimes));
  const windows: Amount[] = [];
  const cards: boolean[] = [];
  // A facility applied the cap at its window when it charged less than the copay the 特定疾病 step
  // left; the 70+ outpatient cap (外来特例) is no 高額療養費 month for 多数回 and does not count.
  const cappedAtWindow: string[] = [];
  let window = 0n;
  /** One window's charge; `own` is its charge with the card in a 多数回 month, where already known. */
  const chargeAt = (c: Claim, found: SpecificCap | undefined, facility: string, own?: Amount) => {
    const card = capAtWindow(facility);
    // With the card, a facility charges the 多数回 amount only once it has itself applied the cap
    // 3 times (RULES.md §3); the rest of a 多数回 month's benefit comes later.
    const ownCap = card && (!manyTimes || windowHistory?.(facility));
    const charge = ownCap ? own ?? windowCharge(month, c, found, true, remuneration, manyTimes) : windowCharge(month, c, found, card, remuneration, false);
    if (charge < (found?.copay ?? c.copay) && !outpatientSpecial(month, c)) cappedAtWindow.push(facility);
    return { charge, card };
  };
  claims.forEach((c, i) => {
    let charge = 0n;
    let card = true;
    if (!c.parts) {
      ({ charge, card } = chargeAt(c, specific[i], c.facility, owns[i]));
    } else {
      for (const part of c.parts) {
        const alone: Claim = { member: c.member, facility: part.facility, setting: c.setting, dental: c.dental, fee: part.fee, copay: part.copay, covered: part.covered };
        const at = chargeAt(alone, specificDiseaseCap(alone), part.facility);
        charge += at.charge;
        card &&= at.card;
      }
    }
    windows.push(charge);
    cards.push(card);
    window += charge;
  });
  // Each receipt's own cap is at most its window charge, so no one is asked for more later.
  const { finals, final } = boundedFinals(settled.finals, owns);
  // What the month would have come to without 多数回, to say how much of a refund is due to it:
  // the same when no 多数回 cap bound, and nothing to say when nothing comes back (the window
  // already charged the final figure), so the month is settled again only when it matters.
  let finalWithoutManyTimes = final;
  if (window > final && manyTimes) {
    const manyTimesBound = settled.caps.some((c) => c.manyTimes && c.binding);
    const pooled = !manyTimesBound ? sum(settled.finals) : settled.withoutManyTimes ?? sum(settle(month, claims, specific, false, remuneration, false).finals);
    // Bounded, as the month is, by each receipt's own cap, here its ordinary one.
    const ordinaryOwns = sum(claims.map((c, i) => windowCharge(month, c, specific[i], true, remuneration, false)));
    finalWithoutManyTimes = min(min(pooled, ordinaryOwns), window);
  }
  let copay = 0n;
  const settledClaims: SettledClaim[] = [];
  claims.forEach((c, i) => {
    copay += c.copay;
    const claim: SettledClaim = {
      member: c.member, facility: c.facility, setting: c.setting, dental: c.dental, fee: c.fee, copay: c.copay,
      covered: c.covered, window: windows[i], card: cards[i], own: owns[i], final: finals[i],
    };
    if (c.parts) claim.parts = c.parts;
    settledClaims.push(claim);
  });
  return {
    claims: settledClaims,
    caps: settled.caps,
    copay,
    window,
    final,
    finalWithoutManyTimes: finalWithoutManyTimes < final ? final : finalWithoutManyTimes,
    manyTimes,
    countsForManyTimes: final < settled.afterOutpatientStep,
    cappedAtWindow,
    tableIds: settled.tableIds,
    assumedLowestBand: settled.assumedLowestBand,
    reliefApplied: settled.reliefApplied,
  };
}
