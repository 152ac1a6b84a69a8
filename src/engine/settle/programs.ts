import type { SettledClaim } from './high-cost.js';
import { allocate, copayAtRate, min, rateOf, type Amount, type Rate } from '../money.js';
import type { NormalizedProgram } from '../read/read-programs.js';
import type { MonthCap, ProgramCaps } from './program-caps.js';
import { NANBYO, SHOMAN } from '../rules/index.js';
import { specificDiseaseCap } from './specific-disease.js';

/**
 * 公費 (RULES.md §8): after insurance (高額療養費, 特定疾病 and 付加給付), the programme pays what
 * is left of the insured copay above the patient's programme amount. The patient's amount on a
 * receipt is 2割 of its fee (a copay of 1割 stays 1割), rounded to 10 yen like any copay (健康保険法
 * 75条), and never more than what is left of the monthly cap, which counts per person and month
 * across every facility, filled receipt by receipt in the month's order of receipts (a fixed one).
 * 特定疾病 is an insurance cap and is settled with 高額療養費. The caps are the month's
 * (program-caps.ts: 世帯按分 and 高額かつ長期 included).
 */

export interface ProgramUse {
  person: string;
  program: NormalizedProgram;
  cap?: Amount;
  /** How the month's cap came about (世帯按分, 高額かつ長期). */
  capOf: MonthCap;
  used: Amount;
  paid: Amount;
  /** The meal charge it paid (a local programme that covers meals). */
  meals: Amount;
}

export interface ProgramSettlement {
  /** What the programme pays of each claim's final copay, in the order of the claims. */
  publicFinal: Amount[];
  /** What it pays of each claim's window charge. */
  publicWindow: Amount[];
  /**
   * What of each claim's `publicFinal` a programme paid by reimbursement (償還払い) pays back after
   * the month: the window charged it, and it is not in `publicWindow`.
   */
  publicLater: Amount[];
  uses: ProgramUse[];
}

let programRates: { nanbyo: Rate; shoman: Rate } | undefined;

function programRate(program: NormalizedProgram): Rate {
  programRates ??= { nanbyo: rateOf(NANBYO.patientRate), shoman: rateOf(SHOMAN.patientRate) };
  return program.kind === 'local' ? program.rate! : programRates[program.kind as 'nanbyo' | 'shoman'];
}

/** The lower of two rates, compared exactly as fractions. */
const lowerRate = (a: Rate, b: Rate) => (a.num * b.den <= b.num * a.den ? a : b);

/**
 * How a receipt's amount after insurance falls on its covered parts: by fee, or, where 特定疾病
 * capped part of the receipt, by what each part's copay came to after that cap (the capped part
 * bears the capped copay, the rest its own).
 */
function weightsOf(claim: SettledClaim): { weights: Amount[]; total: Amount } {
  const specific = claim.covered.some((part) => part.programs.some((p) => p.kind === 'tokutei'));
  if (!specific || claim.fee === 0n) return { weights: claim.covered.map((part) => part.fee), total: claim.fee };
  const found = specificDiseaseCap(claim)!;
  let tokuteiFee = 0n;
  for (const part of claim.covered) if (part.programs.some((p) => p.kind === 'tokutei')) tokuteiFee += part.fee;
  const cappedTokutei = found.copay - (claim.copay - found.covered);
  const weights = claim.covered.map((part) => (part.programs.some((p) => p.kind === 'tokutei')
    ? (cappedTokutei * part.fee) / tokuteiFee
    : (claim.copay * part.fee) / claim.fee));
  // The receipt's uncovered care weighs in too: the total is the whole receipt after the 特定疾病 step.
  return { weights, total: found.copay };
}

/**
 * Each covered part's share of what the receipt still costs after insurance. One part: its share,
 * fractions dropped. Several: the amount split to the yen over the parts and the uncovered rest
 * (largest remainder), so that the window and the final figure drop no stray yen differently.
 */
function sharesOf(amount: Amount, weights: Amount[], total: Amount): Amount[] {
  if (total === 0n) return weights.map(() => 0n);
  if (weights.length === 1) return [(amount * weights[0]) / total];
  let covered = 0n;
  for (const w of weights) covered += w;
  return allocate(amount, [...weights, total - covered]).slice(0, weights.length);
}

/**
 * `caps`: each certificate's cap this month (program-caps.ts). `supplementary`: each claim's
 * 付加給付, which insurance pays before the programmes; none when absent. On a part of a receipt
 * covered by several programmes they apply one after another, national first and local last
 * (RULES.md §9), each on what the one before left to the patient.
 */
export function settlePrograms(claims: readonly SettledClaim[], caps: ProgramCaps, supplementary?: readonly Amount[]): ProgramSettlement {
  const publicFinal = claims.map(() => 0n);
  const publicWindow = claims.map(() => 0n);
  const publicLater = claims.map(() => 0n);
  // Most months have no certificate at all: nothing to settle.
  if (claims.every((c) => c.covered.length === 0)) return { publicFinal, publicWindow, publicLater, uses: [] };
  const uses = new Map<string, Use>();
  const stacked = stackedPeople(claims);
  claims.forEach((claim, i) => {
    if (!claim.covered.length) return;
    const { weights, total } = weightsOf(claim);
    const afterInsurance = claim.final - (supplementary?.[i] ?? 0n);
    const finalParts = sharesOf(afterInsurance, weights, total);
    const windowParts = sharesOf(claim.window, weights, total);
    const person = claim.member.person.id;
    const plannedParts = stacked?.has(person) ? sharesOf(claim.own, weights, total) : undefined;
    claim.covered.forEach(({ programs, fee, visits }, k) => {
      let finalLeft = finalParts[k];
      let windowLeft = windowParts[k];
      let plannedLeft = plannedParts?.[k];
      for (const program of programs) {
        if (program.kind === 'tokutei') continue;
        const key = `${person}\u0000${program.key}`;
        let use = uses.get(key);
        if (!use) {
          const capOf = caps.get(program) ?? {};
          uses.set(key, (use = { person, program, cap: capOf.cap, capOf, used: 0n, paid: 0n, meals: 0n, counted: { final: new Map(), window: new Map(), planned: new Map() }, visits: new Map() }));
        }
        const own = ownAmount(program, claim, fee, visits, use);
        const limits = limitsOf(program, use.capOf, claim);
        let finalPatient = min(left(own, limits, use.counted.final), finalLeft);
        // Paid by reimbursement, the programme takes nothing off the window: it charges as without it.
        const windowPatient = program.reimbursed ? windowLeft : min(left(own, limits, use.counted.window), windowLeft);
        if (plannedLeft !== undefined) {
          // Where the cap falls at the windows (with the card, whatever the card) it falls in the end.
          const planned = min(left(own, limits, use.counted.planned), plannedLeft);
          count(limits, use.counted.planned, planned);
          finalPatient = min(finalPatient, planned);
          plannedLeft = planned;
        }
        count(limits, use.counted.final, finalPatient);
        count(limits, use.counted.window, windowPatient);
        use.used += finalPatient;
        publicFinal[i] += finalLeft - finalPatient;
        publicWindow[i] += windowLeft - windowPatient;
        use.paid += finalLeft - finalPatient;
        if (program.reimbursed) publicLater[i] += finalLeft - finalPatient;
        finalLeft = finalPatient;
        windowLeft = windowPatient;
      }
    });
  });
  return { publicFinal, publicWindow, publicLater, uses: [...uses.values()].map(({ person, program, cap, capOf, used, paid, meals }) => ({ person, program, cap, capOf, used, paid, meals })) };
}

/**
 * People with a part of a receipt covered by two programmes or more (特定疾病 apart): where the
 * first one's cap falls decides what the next one pays. For them the cap is filled, in the end
 * too, as the windows fill it (each receipt's charge with the card, which does not depend on the
 * card): the patient's part under the first programme on each receipt is at most what the windows
 * put on it, so that a cap the windows used up where a local programme pays is not moved, after
 * the month, to a receipt it does not pay. Undefined when nobody has such a part.
 */
function stackedPeople(claims: readonly SettledClaim[]): Set<string> | undefined {
  let people: Set<string> | undefined;
  for (const claim of claims) {
    for (const part of claim.covered) {
      let count = 0;
      for (const p of part.programs) if (p.kind !== 'tokutei') count++;
      if (count > 1) (people ??= new Set()).add(claim.member.person.id);
    }
  }
  return people;
}

/** A programme's use in the month, with what the patient bore under each of its caps (final and at the window). */
interface Use extends ProgramUse {
  counted: { final: Map<string, Amount>; window: Map<string, Amount>; planned: Map<string, Amount> };
  /** Visits counted for a charge per visit, by facility where the count is per facility. */
  visits: Map<string, number>;
}

/** A cap and what it counts: the whole month (''), one facility, one setting, or both. */
interface Limit {
  amount: Amount;
  scope: string;
}

/**
 * The caps on a receipt's covered part: the certificate's monthly cap (指定難病, 小慢: across every
 * facility); a local programme's monthly, outpatient and inpatient caps, per facility where it says so.
 */
function limitsOf(program: NormalizedProgram, capOf: MonthCap, claim: SettledClaim): Limit[] {
  if (program.kind !== 'local' || (program.outpatientCap === undefined && program.inpatientCap === undefined && !program.perFacility)) {
    return capOf.cap === undefined ? [] : [{ amount: capOf.cap, scope: '' }];
  }
  const at = program.perFacility ? claim.facility : '';
  const limits: Limit[] = [];
  if (program.monthlyCap !== undefined) limits.push({ amount: program.monthlyCap, scope: at });
  const bySetting = claim.setting === 'outpatient' ? program.outpatientCap : program.inpatientCap;
  if (bySetting !== undefined) limits.push({ amount: bySetting, scope: `${at}\u0000${claim.setting}` });
  return limits;
}

const left = (own: Amount, limits: readonly Limit[], counted: Map<string, Amount>) => {
  let amount = own;
  for (const { amount: cap, scope } of limits) amount = min(amount, cap - (counted.get(scope) ?? 0n));
  return amount;
};

function count(limits: readonly Limit[], counted: Map<string, Amount>, paid: Amount): void {
  for (const { scope } of limits) counted.set(scope, (counted.get(scope) ?? 0n) + paid);
}

/**
 * What the patient would bear of a covered part under the programme before its caps: its rate of
 * the fee (2割 under 指定難病 and 小慢; a copay of 1割 stays 1割), rounded to 10 yen; or a local
 * charge per visit (or day) for the visits still charged this month, counted per facility where
 * the programme says so (`visitsPerFacility`) (RULES.md §9: 200 yen a visit, up to 4 visits, then 0).
 */
function ownAmount(program: NormalizedProgram, claim: SettledClaim, fee: Amount, visits: number, use: Use): Amount {
  if (program.perVisit === undefined) return copayAtRate(fee, lowerRate(programRate(program), claim.member.rate));
  const scope = program.visitsPerFacility ? claim.facility : '';
  const done = use.visits.get(scope) ?? 0;
  use.visits.set(scope, done + visits);
  const charged = program.visitsCharged === undefined ? visits : Math.max(0, Math.min(visits, program.visitsCharged - done));
  return program.perVisit * BigInt(charged);
}
