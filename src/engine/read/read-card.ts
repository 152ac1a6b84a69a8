import { parseMonth, type MonthIndex } from '../calendar.js';
import { CARD_MESSAGES, ISSUE_MESSAGES } from './issue-messages.js';
import { MAX_TEXT, field, isRecord, report, type Issues } from './read-input.js';

/**
 * The card at the window (マイナ保険証 with consent, or 限度額適用認定証) per facility and month
 * (RULES.md §9): a patient may show it at the hospital and not at a clinic, or only from the
 * month the certificate arrived. It changes what each window charges, never the final cost.
 */

export interface CardRule {
  /** The window it is about: a facility, or an outside pharmacy; every window where absent. */
  facility?: string;
  from?: MonthIndex;
  to?: MonthIndex;
  shown: boolean;
}

const MAX_RULES = 100;

function readMonth(entry: Record<string, unknown>, key: string, at: string, issues: Issues): MonthIndex | undefined {
  const value = field(entry, key);
  if (value === undefined) return undefined;
  const month = parseMonth(value);
  if (month === undefined) report(issues, `${at}.${key}`, 'bad-month', CARD_MESSAGES.month());
  return month;
}

/** `cardShown`: a list of { facility?, from?, to?, shown }. */
export function readCardRules(value: unknown, at: string, issues: Issues): CardRule[] {
  if (value === undefined) return [];
  const path = `${at}.cardShown`;
  if (!Array.isArray(value)) return report(issues, path, 'type', CARD_MESSAGES.type()), [];
  if (value.length > MAX_RULES) return report(issues, path, 'too-many', ISSUE_MESSAGES.tooMany(MAX_RULES)), [];
  const rules: CardRule[] = [];
  value.forEach((entry, i) => {
    const here = `${path}[${i}]`;
    if (!isRecord(entry)) return report(issues, here, 'type', CARD_MESSAGES.type());
    const start = issues.length;
    const shown = field(entry, 'shown');
    if (typeof shown !== 'boolean') report(issues, `${here}.shown`, shown === undefined ? 'required' : 'type', CARD_MESSAGES.shown());
    const facilityValue = field(entry, 'facility');
    const facility = typeof facilityValue === 'string' && facilityValue.length <= MAX_TEXT ? facilityValue.trim() : undefined;
    if (facilityValue !== undefined && !facility) {
      report(issues, `${here}.facility`, 'type', CARD_MESSAGES.facility(MAX_TEXT));
    }
    const from = readMonth(entry, 'from', here, issues);
    const to = readMonth(entry, 'to', here, issues);
    if (from !== undefined && to !== undefined && to < from) report(issues, `${here}.to`, 'card-period', CARD_MESSAGES.period());
    if (issues.length > start) return;
    rules.push({ facility, from, to, shown: shown as boolean });
  });
  return rules;
}

/** Whether the card is shown at a window in a month: the last rule that matches, else `fallback`. */
export function cardShownAt(rules: readonly CardRule[], fallback: boolean, facility: string, month: MonthIndex): boolean {
  let shown = fallback;
  for (const rule of rules) {
    if (rule.facility !== undefined && rule.facility !== facility) continue;
    if ((rule.from !== undefined && month < rule.from) || (rule.to !== undefined && month > rule.to)) continue;
    shown = rule.shown;
  }
  return shown;
}
