import { allocate } from '../money.js';
import type { Breakdown, CarePlan, CareItem, Shares, Yen } from '../types.js';

/**
 * Small pure helpers for the elements, so that they never do arithmetic on money themselves:
 * the proportions of a split bar, the difference between two paths, a what-if plan.
 */

export const SHARE_ORDER = ['patient', 'insurer', 'public', 'supplementary', 'research', 'sponsor', 'privateInsurance'] as const;
export type ShareKey = (typeof SHARE_ORDER)[number];

export interface SharePart {
  key: ShareKey;
  amount: Yen;
  /** Where the part starts and how wide it is, in ten-thousandths of the total (0–10000). */
  start: number;
  width: number;
}

/** The shares as parts of a whole, the widths adding up to exactly 10000 (largest remainder). */
export function shareParts(breakdown: Pick<Breakdown, 'shares' | 'total'>): SharePart[] {
  const amounts = SHARE_ORDER.map((key) => BigInt(breakdown.shares[key]));
  const widths = BigInt(breakdown.total) === 0n ? amounts.map(() => 0n) : allocate(10000n, amounts);
  let start = 0;
  return SHARE_ORDER.map((key, i) => {
    const part = { key, amount: breakdown.shares[key], start, width: Number(widths[i]) };
    start += part.width;
    return part;
  });
}

/** b − a for each share and the total: what changes from one path to another. */
export function shareDifference(a: Pick<Breakdown, 'shares' | 'total'>, b: Pick<Breakdown, 'shares' | 'total'>): Shares & { total: Yen } {
  const diff = (x: string, y: string) => String(BigInt(y) - BigInt(x));
  const shares = Object.fromEntries(SHARE_ORDER.map((key) => [key, diff(a.shares[key], b.shares[key])])) as unknown as Shares;
  return { ...shares, total: diff(a.total, b.total) };
}

/** to − from, for one row of a comparison that is not a share (the most at the cashier, what comes back). */
export function yenDifference(from: Yen, to: Yen): Yen {
  return String(BigInt(to) - BigInt(from));
}

/** A difference without its sign, for "¥39,400 less". */
export function magnitude(amount: Yen): Yen {
  const value = BigInt(amount);
  return String(value < 0n ? -value : value);
}

/** Whether a canonical amount is below, at or above zero (to colour a difference). */
export function signOf(amount: Yen): -1 | 0 | 1 {
  const value = BigInt(amount);
  return value < 0n ? -1 : value > 0n ? 1 : 0;
}

/**
 * What if the inpatient care of one month fell in another: an admission that crosses a month
 * end meets two monthly caps; the same care in one month meets one. Moves the insured inpatient
 * items (and their meals) of `from` into `to`.
 */
export function moveInpatientCare(plan: CarePlan, from: string, to: string): CarePlan {
  const moves = (item: CareItem) => item.month === from && (item.kind === 'meals' || (item.kind === 'insured' && item.setting === 'inpatient'));
  return { ...plan, items: plan.items.map((item) => (moves(item) ? { ...item, month: to, day: undefined } : item)) };
}

/** The months of a plan with insured inpatient care, in order. */
export function inpatientMonths(plan: CarePlan): string[] {
  return [...new Set(plan.items.filter((i) => i.kind === 'insured' && i.setting === 'inpatient').map((i) => i.month))].sort();
}
