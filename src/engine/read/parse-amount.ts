import { MAX_AMOUNT } from './read-input.js';
import type { Message } from '../types.js';

/**
 * Reads an amount of yen as people type it in Japan: 4,136,390 · ４１３６３９０ · ¥4,136,390 ·
 * 4136390円 · 413万6390円 · 92.3万 · 1億2000万円 · 1兆 · 5千円 · 12万3千. Where a fee of insured
 * care is asked (`points`), 点数 too: 15,000点 is 150,000 yen of 10割 fee (1点 = 10円). Returns
 * the exact canonical whole-yen string, or a localized reason it is not an amount. Never throws,
 * and reads each character once (no backtracking), so no input can make it hang.
 */
export type ParsedAmount = { ok: true; value: string } | { ok: false; code: AmountErrorCode; message: Message };
export type AmountErrorCode = 'empty' | 'negative' | 'fractional' | 'too-large' | 'not-an-amount' | 'two-amounts' | 'too-long' | 'points';

export interface AmountOptions {
  /** The amount asked is the 10割 fee of insured care, which a patient may know as 点数 (1点 = 10円). */
  points?: boolean;
}

/** Yen a 点 of the fee schedule is worth (診療報酬点数表: 1点 10円). */
const YEN_PER_POINT = 10n;

/** Longer than any amount anyone types; checked before anything else is done with the text. */
const MAX_INPUT_LENGTH = 64;

const MESSAGES: Record<AmountErrorCode, Message> = {
  empty: { ja: '金額を入力してください。', en: 'Enter an amount.' },
  negative: { ja: '金額はマイナスにできません。', en: 'An amount cannot be negative.' },
  fractional: { ja: '金額は1円単位で入力してください。', en: 'Enter the amount in whole yen.' },
  'too-large': { ja: '金額が大きすぎます（10兆円まで）。', en: 'The amount is too large (at most 10 trillion yen).' },
  'not-an-amount': {
    ja: '金額として読めません。数字で入力してください（例: 4,136,390 / 413万6390円 / 92.3万）。',
    en: 'This is not an amount. Type digits, e.g. 4,136,390 or 413万6390円 or 92.3万.',
  },
  'two-amounts': {
    ja: '数字の間に空白があります。金額は1つずつ入力してください。',
    en: 'There is a space between digits. Enter one amount at a time.',
  },
  'too-long': { ja: '入力が長すぎます。', en: 'The input is too long.' },
  points: {
    ja: '点数はここでは使えません。金額（円）で入力してください。点数は保険診療の医療費の欄で使えます。',
    en: 'Points (点) cannot be used here: enter yen. Points can be used for the fee of insured care.',
  },
};

/**
 * Digits (or their commas and points) on both sides of a space, tab or line break: two amounts
 * pasted from a spreadsheet row ('500000\t30000'), which read as one would be 50,000,030,000.
 * Spaces beside a unit or a sign ('413万 6390円', '¥ 4,136,390') are still only spacing.
 */
const SPACED_DIGITS = /[\d.,]\s+[\d.,]/;

const fail = (code: AmountErrorCode): ParsedAmount => ({ ok: false, code, message: MESSAGES[code] });

/** A decimal number as digits and a count of decimals, e.g. '92.3' → 923n, 1. */
interface Scaled {
  digits: bigint;
  decimals: number;
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

function readNumber(text: string): Scaled | undefined {
  if (!PLAIN.test(text) && !GROUPED.test(text)) return undefined;
  const [whole, fraction = ''] = text.replace(/,/g, '').split('.');
  return { digits: BigInt(whole + fraction), decimals: fraction.length };
}

/** value × unit in whole yen, or undefined when a fraction of a yen is left. */
function times(number: Scaled, unit: bigint): bigint | undefined {
  const scale = 10n ** BigInt(number.decimals);
  const product = number.digits * unit;
  return product % scale === 0n ? product / scale : undefined;
}

const UNITS: [string, bigint][] = [['兆', 1_000_000_000_000n], ['億', 100_000_000n], ['万', 10_000n], ['千', 1_000n]];

export function parseAmount(input: string, options: AmountOptions = {}): ParsedAmount {
  if (typeof input !== 'string') return fail('not-an-amount');
  if (input.length > MAX_INPUT_LENGTH) return fail('too-long');
  // NFKC turns full-width digits, commas, periods and ￥ into their ASCII forms.
  let text = input.normalize('NFKC').replace(/_/g, '');
  if (SPACED_DIGITS.test(text)) return fail('two-amounts');
  text = text.replace(/\s/g, '');
  if (text === '') return fail('empty');
  if (/^[-−‐ー－]/.test(text)) return fail('negative');
  const points = text.endsWith('点');
  if (points && !options.points) return fail('points');
  text = points ? text.slice(0, -1) : text.replace(/^(¥|\\|JPY)/i, '').replace(/(円|yen|JPY)$/i, '');
  if (text === '') return fail('not-an-amount');

  // Each part must be below the unit before it (413万6390 and 1億2000万; not 413万16390 or
  // 1億20000万, a slip that would silently read as another amount), and only the last part may
  // have decimals (92.3万, 2億1.5万; not 1.5億3000万).
  let total = 0n;
  let rest = text;
  let fractional = false;
  let limit: bigint | undefined;
  let hadDecimals = false;
  const add = (part: string, unit: bigint): boolean => {
    const number = readNumber(part);
    if (!number || hadDecimals || (limit !== undefined && number.digits * unit >= limit * 10n ** BigInt(number.decimals))) return false;
    const value = times(number, unit);
    if (value === undefined) fractional = true;
    else total += value;
    limit = unit;
    hadDecimals = number.decimals > 0;
    return true;
  };
  for (const [sign, unit] of UNITS) {
    const at = rest.indexOf(sign);
    if (at === -1) continue;
    if (!add(rest.slice(0, at), unit)) return fail('not-an-amount');
    rest = rest.slice(at + 1);
  }
  if (rest !== '' && !add(rest, 1n)) return fail('not-an-amount');
  if (fractional) return fail('fractional');
  if (points) total *= YEN_PER_POINT;
  if (total > MAX_AMOUNT) return fail('too-large');
  return { ok: true, value: String(total) };
}
