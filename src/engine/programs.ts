import type { SettledClaim } from './high-cost.js';
import { allocate, copayAtRate, min, rateOf, type Amount, type Rate } from './money.js';
import type { NormalizedProgram } from './read-programs.js';
import type { MonthCap, ProgramCaps } from './program-caps.js';
import { NANBYO, SHOMAN } from './rules/index.js';
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
}

export interface ProgramSettlement {
  /** What the programme pays of each claim's final copay, in the order of the claims. */
  publicFinal: Amount[];
  /** What it pays of each claim's window charge. */
  publicWindow: Amount[];
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
  const tokuteiCopay = (claim.copay * tokuteiFee) / claim.fee;
  const cappedTokutei = found.copay - (claim.copay - tokuteiCopay);
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
  // Most months have no certificate at all: nothing to settle.
  if (claims.every((c) => c.covered.length === 0)) return { publicFinal, publicWindow, uses: [] };
  const uses = new Map<string, ProgramUse & { windowUsed: Amount }>();
  claims.forEach((claim, i) => {
    if (!claim.covered.length) return;
    const { weights, total } = weightsOf(claim);
    const afterInsurance = claim.final - (supplementary?.[i] ?? 0n);
    const finalParts = sharesOf(afterInsurance, weights, total);
    const windowParts = sharesOf(claim.window, weights, total);
    claim.covered.forEach(({ programs, fee }, k) => {
      let finalLeft = finalParts[k];
      let windowLeft = windowParts[k];
      for (const program of programs) {
        if (program.kind === 'tokutei') continue;
        const person = claim.member.person.id;
        const key = `${person}\u0000${program.key}`;
        let use = uses.get(key);
        if (!use) {
          const capOf = caps.get(program) ?? {};
          uses.set(key, (use = { person, program, cap: capOf.cap, capOf, used: 0n, paid: 0n, windowUsed: 0n }));
        }
        const own = copayAtRate(fee, lowerRate(programRate(program), claim.member.rate));
        const left = (used: Amount) => (use.cap === undefined ? own : min(own, use.cap - used));
        const finalPatient = min(left(use.used), finalLeft);
        const windowPatient = min(left(use.windowUsed), windowLeft);
        use.used += finalPatient;
        use.windowUsed += windowPatient;
        publicFinal[i] += finalLeft - finalPatient;
        publicWindow[i] += windowLeft - windowPatient;
        use.paid += finalLeft - finalPatient;
        finalLeft = finalPatient;
        windowLeft = windowPatient;
      }
    });
  });
  return { publicFinal, publicWindow, uses: [...uses.values()].map(({ person, program, cap, capOf, used, paid }) => ({ person, program, cap, capOf, used, paid })) };
}
