import { capAmount } from './caps.js';
import type { Claim } from './high-cost.js';
import type { NormalizedProgram } from '../read/read-programs.js';
import { min, type Amount } from '../money.js';
import { TOKUTEI } from '../rules/index.js';

/**
 * 特定疾病療養 (マル長; 施行令41条9項): 10,000 a month per facility and setting, 20,000 for
 * under-70 ア・イ on dialysis. An insurance benefit, applied to the receipt before anything else:
 * the copay of the covered care (its share of the receipt's copay) is capped; the rest is ordinary.
 * In the month of the 75th birthday it is halved like every other cap of both insurers (5,000;
 * RULES.md §8). The receipt still counts at its ordinary copay for 世帯合算 (high-cost.ts).
 */
export interface SpecificCap {
  cap: Amount;
  /** What the receipt's copay comes to under the cap. */
  copay: Amount;
  /** The copay of the covered care before the cap. */
  covered: Amount;
  halved: boolean;
}

/** The part of a copay that falls on `fee` of `total`, fractions dropped. */
const partOf = (copay: Amount, fee: Amount, total: Amount) => (total === 0n ? 0n : (copay * fee) / total);

/** The certificate that covers part of the receipt, and the fee it covers. */
function tokuteiOf(covered: Claim['covered']): { program?: NormalizedProgram; fee: Amount } {
  let program: NormalizedProgram | undefined;
  let fee = 0n;
  for (const part of covered) {
    for (const p of part.programs) {
      if (p.kind !== 'tokutei') continue;
      program ??= p;
      fee += part.fee;
    }
  }
  return { program, fee };
}

export function specificDiseaseCap(claim: Pick<Claim, 'member' | 'fee' | 'copay' | 'covered' | 'parts'>): SpecificCap | undefined {
  // The parts of the receipt the certificate covers, whatever other programmes cover them too.
  const { program, fee } = tokuteiOf(claim.covered);
  if (!program) return undefined;
  const { member } = claim;
  const high = program.dialysisHighIncome && !member.elderly && (member.bracket === 'ア' || member.bracket === 'イ');
  const cap = capAmount({ base: high ? TOKUTEI.highIncomeDialysisCap : TOKUTEI.cap }, 0n, member.halved);
  // Charged at several windows, each window's copay is its own: the covered care's part of each.
  let coveredCopay = 0n;
  if (claim.parts) for (const part of claim.parts) coveredCopay += partOf(part.copay, tokuteiOf(part.covered).fee, part.fee);
  else coveredCopay = partOf(claim.copay, fee, claim.fee);
  return { cap, copay: claim.copay - coveredCopay + min(coveredCopay, cap), covered: coveredCopay, halved: member.halved };
}
