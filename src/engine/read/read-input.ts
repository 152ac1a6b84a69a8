import { exactDecimal, type Amount } from '../money.js';
import type { Message, PlanIssue } from '../types.js';
import { FIELD_NAMES, ISSUE_MESSAGES } from './issue-messages.js';

/**
 * Safe readers for untrusted input: own properties only (a `__proto__` key is just a key), and
 * each problem is recorded as a PlanIssue instead of thrown, so that every problem is reported
 * at once and nothing is clamped or guessed.
 */

/** The largest amount of one line, 10 trillion yen: far above any care, far below Decimal's limits. */
export const MAX_AMOUNT: Amount = 10_000_000_000_000n;
export const MAX_TEXT = 200;

export type Issues = PlanIssue[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: an inherited one (say from a polluted prototype) reads as absent. */
export function field(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function report(issues: Issues, path: string, code: string, message: Message): void {
  issues.push({ path, code, message });
}

const pathOf = (at: string, key: string | undefined) => (key === undefined ? at : `${at}.${key}`);

const PLAIN_DIGITS = /^\d{1,20}$/;

/**
 * The number a text of 1 to 15 plain digits stands for (exact: below 2^53), else undefined.
 * Most amounts are typed so; read by hand, then made a bigint, this is several times faster
 * than a pattern test and a bigint read from text.
 */
function shortDigits(text: string): number | undefined {
  if (text.length === 0 || text.length > 15) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * A whole-yen amount: a safe integer number or a plain decimal string. With `key`, the problem's
 * path is `at.key`, written only when there is a problem (this runs for every line).
 */
export function readYen(value: unknown, at: string, issues: Issues, key?: string): Amount | undefined {
  let text: string;
  // A whole number of yen, the common case of a typed plan, is exact as it is.
  if (Number.isSafeInteger(value) && (value as number) >= 0) return withinLimit(BigInt(value as number), at, key, issues);
  if (typeof value === 'number') {
    if (Number.isNaN(value) || !Number.isFinite(value)) return void report(issues, pathOf(at, key), 'not-a-number', ISSUE_MESSAGES.notANumber());
    // String(n) of a finite number is exact enough to judge sign, fraction and size; -0 is 0.
    text = Object.is(value, -0) ? '0' : String(value);
    if (/e/i.test(text)) {
      if (value < 0) return void report(issues, pathOf(at, key), 'negative', ISSUE_MESSAGES.negative());
      if (Math.abs(value) < 1) return void report(issues, pathOf(at, key), 'fractional', ISSUE_MESSAGES.fractional());
      return void report(issues, pathOf(at, key), 'too-large', ISSUE_MESSAGES.tooLarge(String(MAX_AMOUNT)));
    }
  } else if (typeof value === 'string') {
    const digits = shortDigits(value);
    if (digits !== undefined) return withinLimit(BigInt(digits), at, key, issues);
    text = value.trim();
  } else {
    return void report(issues, pathOf(at, key), 'type', ISSUE_MESSAGES.type(FIELD_NAMES.amount));
  }
  // Plain digits are the common case and need no decimal arithmetic to be read exactly.
  if (PLAIN_DIGITS.test(text)) return withinLimit(BigInt(text), at, key, issues);
  const amount = exactDecimal(text);
  if (!amount) return void report(issues, pathOf(at, key), 'not-a-number', ISSUE_MESSAGES.notANumber());
  if (amount.isNegative() && !amount.isZero()) return void report(issues, pathOf(at, key), 'negative', ISSUE_MESSAGES.negative());
  if (!amount.isInteger()) return void report(issues, pathOf(at, key), 'fractional', ISSUE_MESSAGES.fractional());
  return withinLimit(BigInt(amount.abs().toFixed()), at, key, issues);
}

function withinLimit(amount: Amount, at: string, key: string | undefined, issues: Issues): Amount | undefined {
  if (amount > MAX_AMOUNT) return void report(issues, pathOf(at, key), 'too-large', ISSUE_MESSAGES.tooLarge(String(MAX_AMOUNT)));
  return amount;
}

export function readFlag(value: unknown, path: string, issues: Issues): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  report(issues, path, 'type', ISSUE_MESSAGES.badFlag());
  return undefined;
}

export function readText(value: unknown, path: string, issues: Issues): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length <= MAX_TEXT) return value;
  report(issues, path, 'type', ISSUE_MESSAGES.badText(MAX_TEXT));
  return undefined;
}

/** A flag at `at.key`; the path is written only when there is a problem (this runs for every line). */
export function flagAt(value: unknown, at: string, key: string, issues: Issues): boolean | undefined {
  return value === undefined || typeof value === 'boolean' ? value : readFlag(value, `${at}.${key}`, issues);
}

/** A text at `at.key`, read like flagAt. */
export function textAt(value: unknown, at: string, key: string, issues: Issues): string | undefined {
  return value === undefined || (typeof value === 'string' && value.length <= MAX_TEXT) ? value : readText(value, `${at}.${key}`, issues);
}

export function readWholeNumber(value: unknown, minimum: number, maximum: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum ? value : undefined;
}

export function readEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
