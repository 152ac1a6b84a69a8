import { bracketFromRemuneration, isUnder70Bracket, normalizeBracket } from '../brackets.js';
import { parseMonth, type MonthIndex } from '../calendar.js';
import { BRACKET_MESSAGES, ISSUE_MESSAGES } from './issue-messages.js';
import type { Amount } from '../money.js';
import { field, isRecord, readYen, report, type Issues } from './read-input.js';
import type { Bracket } from '../types.js';

/**
 * A bracket that changes (RULES.md §9): 国保 and 後期 redetermine the 所得区分 each August, 健保
 * set a new 標準報酬月額 each September, and a person's own bracket can change too. Each period
 * holds from its month on, until the next; before the first, the bracket given without a month.
 */

export interface BracketPeriod {
  from: MonthIndex;
  bracket?: Bracket;
  remuneration?: Amount;
  /** Where it was given (its place in the list as written), for messages. */
  path: string;
}

/** Changes of bracket (or of a certificate's tier) a plan may hold: more than any has, two a year over ten years. */
export const MAX_PERIODS = 24;

/** A bracket given beside a 標準報酬月額 must be the one it gives (オ and 低所得 are not matters of pay). */
export function checkRemuneration(bracket: Bracket | undefined, remuneration: Amount | undefined, path: string, issues: Issues): void {
  if (!bracket || remuneration === undefined || bracket === 'オ' || bracket === '低所得Ⅱ' || bracket === '低所得Ⅰ') return;
  const implied = bracketFromRemuneration(remuneration);
  const given = isUnder70Bracket(bracket) ? bracket : undefined;
  const impliedMatches = given ? implied === given : ['ア', 'イ', 'ウ', 'エ'].indexOf(implied) === ['現役並みⅢ', '現役並みⅡ', '現役並みⅠ', '一般'].indexOf(bracket);
  if (!impliedMatches) report(issues, path, 'bracket-mismatch', ISSUE_MESSAGES.bracketRemuneration(bracket, implied));
}

/**
 * `brackets`: a list of { from: 'YYYY-MM', bracket?, monthlyRemuneration? } (each with a bracket,
 * a remuneration or both; a person's with a bracket only), each month once. Sorted by month.
 */
export function readBracketPeriods(value: unknown, at: string, issues: Issues, withRemuneration: boolean): BracketPeriod[] {
  if (value === undefined) return [];
  const path = `${at}.brackets`;
  if (!Array.isArray(value)) return report(issues, path, 'type', BRACKET_MESSAGES.type()), [];
  if (value.length > MAX_PERIODS) return report(issues, path, 'too-many', ISSUE_MESSAGES.tooMany(MAX_PERIODS)), [];
  const periods: BracketPeriod[] = [];
  value.forEach((entry, i) => {
    const here = `${path}[${i}]`;
    if (!isRecord(entry)) return report(issues, here, 'type', BRACKET_MESSAGES.type());
    const start = issues.length;
    const fromValue = field(entry, 'from');
    const from = parseMonth(fromValue);
    if (from === undefined) report(issues, `${here}.from`, fromValue === undefined ? 'required' : 'bad-month', BRACKET_MESSAGES.from());
    const bracketValue = field(entry, 'bracket');
    const bracket = bracketValue === undefined ? undefined : normalizeBracket(bracketValue);
    if (bracketValue !== undefined && !bracket) report(issues, `${here}.bracket`, 'unknown-bracket', ISSUE_MESSAGES.unknownBracket());
    const remunerationValue = withRemuneration ? field(entry, 'monthlyRemuneration') : undefined;
    const remuneration = remunerationValue === undefined ? undefined : readYen(remunerationValue, `${here}.monthlyRemuneration`, issues);
    if (bracketValue === undefined && remunerationValue === undefined) {
      report(issues, `${here}.bracket`, 'required', withRemuneration ? BRACKET_MESSAGES.bracketOrPay() : BRACKET_MESSAGES.bracket());
    }
    checkRemuneration(bracket, remuneration, `${here}.monthlyRemuneration`, issues);
    if (issues.length > start || from === undefined) return;
    if (periods.some((p) => p.from === from)) return report(issues, `${here}.from`, 'duplicate-period', BRACKET_MESSAGES.twice());
    periods.push({ from, bracket, remuneration, path: here });
  });
  return periods.sort((a, b) => a.from - b.from);
}

/** The period in force in a month; undefined before the first. */
export function periodAt(periods: readonly BracketPeriod[], month: MonthIndex): BracketPeriod | undefined {
  let found: BracketPeriod | undefined;
  for (const p of periods) if (p.from <= month) found = p;
  return found;
}
