import { ageInMonth } from '../age.js';
import type { MonthIndex } from '../calendar.js';
import type { InsurerKey } from '../price/member.js';
import { divide, type Amount } from '../money.js';
import type { NormalizedPerson, NormalizedPlan } from '../read/normalize.js';
import type { PricedItem } from '../price/price.js';
import { activeProgram, type NormalizedProgram } from '../read/read-programs.js';
import { APPORTIONMENT, HIGH_COST_LONG_TERM, NANBYO, SHOMAN } from '../rules/index.js';

/**
 * Each certificate's monthly cap in a month (RULES.md §8): its tier's amount, the lower one of
 * 高額かつ長期 where the certificate says so or the plan's months show it, and shared (世帯按分)
 * where several people of one insurance household hold a 指定難病 or 小慢 certificate that month.
 */

export interface MonthCap {
  /** The cap in force this month; undefined for a local programme without one. */
  cap?: Amount;
  /** Under 世帯按分: the certificate's own cap and the household's (the highest of them). */
  own?: Amount;
  household?: Amount;
  /** The sum of the household's certificates' own caps. */
  total?: Amount;
  /** The household cap did not divide to the yen: a fraction was dropped. */
  fractionDropped?: boolean;
  /** 高額かつ長期 lowers the cap: as the certificate says, or derived from the plan's months. */
  longTerm?: 'certificate' | 'derived';
}

export type ProgramCaps = Map<NormalizedProgram, MonthCap>;

const FEE_OVER = BigInt(HIGH_COST_LONG_TERM.feeOver);

/**
 * The months in which a person's 指定難病 care (the insured lines covered by the certificate,
 * every facility together) had a 10割 fee over 50,000 yen: the months that make 高額かつ長期.
 */
export class LongTermMonths {
  private readonly fees = new Map<string, Map<MonthIndex, Amount>>();

  constructor(plan: NormalizedPlan, priced: readonly PricedItem[]) {
    const deriving = new Map<string, NormalizedPerson>();
    for (const p of plan.people) if (p.programs.some((c) => c.deriveLongTerm)) deriving.set(p.id, p);
    if (!deriving.size) return;
    for (const item of priced) {
      const person = deriving.get(item.person);
      if (!person || item.kind !== 'insured' || !item.programs.includes(NANBYO_KEY)) continue;
      if (!activeProgram(person.programs, NANBYO_KEY, item.month)) continue;
      let months = this.fees.get(item.person);
      if (!months) this.fees.set(item.person, (months = new Map()));
      months.set(item.month, (months.get(item.month) ?? 0n) + item.amount);
    }
  }

  /** Six months over 50,000 within the twelve before `month`. */
  reached(person: string, month: MonthIndex): boolean {
    const months = this.fees.get(person);
    if (!months) return false;
    let count = 0;
    for (const [m, fee] of months) if (m < month && m >= month - HIGH_COST_LONG_TERM.window && fee > FEE_OVER) count++;
    return count >= HIGH_COST_LONG_TERM.months;
  }
}

const NANBYO_KEY = 'nanbyo';

/** The insurance household a person belongs to in a month, as members are grouped for 高額療養費. */
function householdOf(person: NormalizedPerson, month: MonthIndex): InsurerKey {
  if (ageInMonth(person, month).band === 'late75') return 'late';
  return person.insurance ? `own:${person.id}` : 'main';
}

function tierCap(program: NormalizedProgram, person: string, month: MonthIndex, longTerm: LongTermMonths): MonthCap {
  // A local cap counted per facility is no one monthly cap: the month's explanation says how it counts.
  if (program.kind === 'local') return { cap: program.perFacility ? undefined : program.monthlyCap };
  const rule = program.kind === 'nanbyo' ? NANBYO : SHOMAN;
  const row = rule.caps.find((r) => r.tier === program.tier)!;
  if (program.ventilator) return { cap: BigInt(row.ventilator) };
  if (program.reduced) return { cap: BigInt(row.reduced), ...(program.kind === 'nanbyo' && { longTerm: 'certificate' as const }) };
  if (program.deriveLongTerm && longTerm.reached(person, month)) return { cap: BigInt(row.reduced), longTerm: 'derived' };
  return { cap: BigInt(row.general) };
}

/** Every certificate valid in the month, with its cap. */
export function programCapsOf(plan: NormalizedPlan, month: MonthIndex, longTerm: LongTermMonths): ProgramCaps {
  const caps: ProgramCaps = new Map();
  const holders = new Map<InsurerKey, { person: string; program: NormalizedProgram }[]>();
  for (const person of plan.people) {
    const seen: string[] = [];
    for (const { key, kind } of person.programs) {
      if (kind === 'tokutei' || seen.includes(key)) continue;
      seen.push(key);
      const program = activeProgram(person.programs, key, month);
      if (!program) continue;
      caps.set(program, tierCap(program, person.id, month, longTerm));
      if (kind === 'local') continue;
      const household = householdOf(person, month);
      const list = holders.get(household);
      if (list) list.push({ person: person.id, program });
      else holders.set(household, [{ person: person.id, program }]);
    }
  }
  for (const list of holders.values()) {
    if (list.every((h) => h.person === list[0].person)) continue;
    let household = 0n;
    let total = 0n;
    for (const { program } of list) {
      const own = caps.get(program)!.cap!;
      total += own;
      if (own > household) household = own;
    }
    const unit = BigInt(APPORTIONMENT.roundingUnit);
    for (const { program } of list) {
      const entry = caps.get(program)!;
      const own = entry.cap!;
      const shared = total === 0n ? 0n : divide(household * own, total * unit, 'down') * unit;
      caps.set(program, { ...entry, cap: shared, own, household, total, ...(total !== 0n && (household * own) % (total * unit) !== 0n && { fractionDropped: true }) });
    }
  }
  return caps;
}
