import type { SettledClaim } from './high-cost.js';
import { copayAtRate, min, rateOf, type Amount, type Rate } from './money.js';
import type { NormalizedProgram } from './read-programs.js';
import { NANBYO, SHOMAN, type ProgramRule } from './rules/index.js';

/**
 * 公費 (RULES.md §8): after insurance (高額療養費, 特定疾病 and 付加給付), the programme pays what
 * is left of the insured copay above the patient's programme amount. The patient's amount on a
 * receipt is 2割 of its fee (a copay of 1割 stays 1割), rounded to 10 yen like any copay (健康保険法
 * 75条), and never more than what is left of the monthly cap, which counts per person and month
 * across every facility, filled receipt by receipt in the month's order of receipts (a fixed one).
 * 特定疾病 is an insurance cap and is settled with 高額療養費.
 */

export interface ProgramUse {
  person: string;
  program: NormalizedProgram;
  cap?: Amount;
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

function ruleOf(program: NormalizedProgram): ProgramRule | undefined {
  return program.kind === 'nanbyo' ? NANBYO : program.kind === 'shoman' ? SHOMAN : undefined;
}

/** The patient's monthly cap under a programme; undefined when it has none. */
function programCap(program: NormalizedProgram): Amount | undefined {
  const rule = ruleOf(program);
  if (!rule) return program.monthlyCap;
  const row = rule.caps.find((r) => r.tier === program.tier)!;
  return BigInt(program.ventilator ? row.ventilator : program.reduced ? row.reduced : row.general);
}

function programRate(program: NormalizedProgram): Rate {
  programRates ??= { nanbyo: rateOf(NANBYO.patientRate), shoman: rateOf(SHOMAN.patientRate) };
  return program.kind === 'local' ? program.rate! : programRates[program.kind as 'nanbyo' | 'shoman'];
}

/** The lower of two rates, compared exactly as fractions. */
const lowerRate = (a: Rate, b: Rate) => (a.num * b.den <= b.num * a.den ? a : b);

/** `supplementary`: each claim's 付加給付, which insurance pays before the programmes; none when absent. */
export function settlePrograms(claims: readonly SettledClaim[], supplementary?: readonly Amount[]): ProgramSettlement {
  const publicFinal = claims.map(() => 0n);
  const publicWindow = claims.map(() => 0n);
  // Most months have no certificate at all: nothing to settle.
  if (claims.every((c) => c.covered.length === 0)) return { publicFinal, publicWindow, uses: [] };
  const uses = new Map<string, ProgramUse & { windowUsed: Amount }>();
  claims.forEach((claim, i) => {
    for (const { program, fee } of claim.covered) {
      if (program.kind === 'tokutei') continue;
      const person = claim.member.person.id;
      const key = `${person}\u0000${program.key}`;
      let use = uses.get(key);
      if (!use) uses.set(key, (use = { person, program, cap: programCap(program), used: 0n, paid: 0n, windowUsed: 0n }));
      const own = copayAtRate(fee, lowerRate(programRate(program), claim.member.rate));
      const left = (used: Amount) => (use.cap === undefined ? own : min(own, use.cap - used));
      // The covered care's part of what the receipt still costs after insurance, fractions dropped.
      const share = (amount: Amount) => (claim.fee === 0n ? 0n : (amount * fee) / claim.fee);
      const finalPart = share(claim.final - (supplementary?.[i] ?? 0n) - publicFinal[i]);
      const windowPart = share(claim.window - publicWindow[i]);
      const finalPatient = min(left(use.used), finalPart);
      const windowPatient = min(left(use.windowUsed), windowPart);
      use.used += finalPatient;
      use.windowUsed += windowPatient;
      publicFinal[i] += finalPart - finalPatient;
      publicWindow[i] += windowPart - windowPatient;
      use.paid += finalPart - finalPatient;
    }
  });
  return { publicFinal, publicWindow, uses: [...uses.values()].map(({ person, program, cap, used, paid }) => ({ person, program, cap, used, paid })) };
}
