import type { MonthIndex } from '../calendar.js';
import { MANY_TIMES } from '../rules/index.js';

/**
 * How many of the months fall in the 11 before `month` (the 12-month window without it). A plan's
 * list is short, so walking it is cheaper than looking each of the 11 months up.
 */
function countWithin(months: ReadonlySet<MonthIndex>, month: MonthIndex): number {
  let count = 0;
  for (const m of months) if (m > month - MANY_TIMES.window && m < month) count++;
  return count;
}

/**
 * 多数回該当: from the 4th month with a benefit within the last 12 months, counted per
 * household and insurer. A change of insurer (the move to 後期高齢者医療 at 75) starts a new
 * count, so each insurer keeps its own list of months.
 */
export class ManyTimesCounter {
  private readonly months = new Map<string, Set<MonthIndex>>();

  /** The benefit months before the plan of one insurer (each insurer keeps its own history). */
  seed(insurer: string, priorMonths: readonly MonthIndex[]): void {
    this.months.set(insurer, new Set(priorMonths));
  }

  applies(insurer: string, month: MonthIndex): boolean {
    const seen = this.months.get(insurer);
    return seen !== undefined && countWithin(seen, month) >= MANY_TIMES.priorMonths;
  }

  record(insurer: string, month: MonthIndex): void {
    let seen = this.months.get(insurer);
    if (!seen) this.months.set(insurer, (seen = new Set()));
    seen.add(month);
  }
}

/**
 * The months each facility applied the cap at its own window, per insurer: from the 4th
 * benefit month a facility with 3 such months in the last 12 charges the 多数回 amount at the
 * window; elsewhere the difference is refunded later (RULES.md §3).
 */
export class WindowHistory {
  /** Insurer → facility → months: nested, so that no key string is built for each receipt. */
  private readonly months = new Map<string, Map<string, Set<MonthIndex>>>();

  seed(insurer: string, facility: string, months: readonly MonthIndex[]): void {
    for (const month of months) this.record(insurer, facility, month);
  }

  hasThree(insurer: string, facility: string, month: MonthIndex): boolean {
    const seen = this.months.get(insurer)?.get(facility);
    return seen !== undefined && countWithin(seen, month) >= MANY_TIMES.priorMonths;
  }

  record(insurer: string, facility: string, month: MonthIndex): void {
    let facilities = this.months.get(insurer);
    if (!facilities) this.months.set(insurer, (facilities = new Map()));
    let seen = facilities.get(facility);
    if (!seen) facilities.set(facility, (seen = new Set()));
    seen.add(month);
  }
}
