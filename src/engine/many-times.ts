import type { MonthIndex } from './calendar.js';
import { MANY_TIMES } from './rules/index.js';

/**
 * 多数回該当: from the 4th month with a benefit within the last 12 months, counted per
 * household and insurer. A change of insurer (the move to 後期高齢者医療 at 75) starts a new
 * count, so each insurer keeps its own list of months.
 */
export class ManyTimesCounter {
  private readonly months = new Map<string, Set<MonthIndex>>();

  constructor(insurer: string, priorMonths: readonly MonthIndex[]) {
    this.months.set(insurer, new Set(priorMonths));
  }

  applies(insurer: string, month: MonthIndex): boolean {
    const seen = this.months.get(insurer);
    if (!seen) return false;
    let count = 0;
    for (let m = month - MANY_TIMES.window + 1; m < month; m++) if (seen.has(m)) count++;
    return count >= MANY_TIMES.priorMonths;
  }

  record(insurer: string, month: MonthIndex): void {
    let seen = this.months.get(insurer);
    if (!seen) this.months.set(insurer, (seen = new Set()));
    seen.add(month);
  }
}
