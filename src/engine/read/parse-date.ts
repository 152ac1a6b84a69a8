import { daysInMonth } from '../calendar.js';
import type { Message } from '../types.js';

/**
 * Reads a birth date or a month of care as people write them in Japan: 1974-05-12 · 1974/5/12 ·
 * 1974年5月12日 · 19740512 · 昭和49年5月12日 · S49.5.12 · 昭49/5/12 · ㍼49年5月12日 · 令和元年5月 ·
 * R8.12 · full-width digits. Returns the canonical 'YYYY-MM-DD' or 'YYYY-MM' that a CarePlan
 * takes, or a localized reason it is not one. Never throws; the text is cut short before any
 * pattern runs, and the patterns cannot backtrack far.
 */
export type ParsedDate = { ok: true; value: string } | { ok: false; code: DateErrorCode; message: Message };
export type DateErrorCode = 'empty' | 'too-long' | 'not-a-date' | 'not-a-month' | 'no-such-day' | 'outside-era' | 'too-early';

export interface Era {
  /** 明治, 大正, 昭和, 平成, 令和 */
  name: string;
  /** The first day of the era, 'YYYY-MM-DD'. */
  from: string;
  /** The era's name in English (Shōwa). */
  romaji: string;
  /** The latin letter used in short forms (S49.5.12). */
  letter: string;
}

/** The first day of each era; an era ends the day before the next begins. */
export const ERAS: readonly Era[] = [
  { name: '明治', romaji: 'Meiji', from: '1868-01-25', letter: 'M' },
  { name: '大正', romaji: 'Taishō', from: '1912-07-30', letter: 'T' },
  { name: '昭和', romaji: 'Shōwa', from: '1926-12-25', letter: 'S' },
  { name: '平成', romaji: 'Heisei', from: '1989-01-08', letter: 'H' },
  { name: '令和', romaji: 'Reiwa', from: '2019-05-01', letter: 'R' },
];

const MAX_INPUT_LENGTH = 40;
const EARLIEST_YEAR = 1900;

const EXAMPLES = { ja: '例: 1974-05-12 / 1974年5月12日 / 昭和49年5月12日 / S49.5.12', en: 'e.g. 1974-05-12, 1974/5/12 or S49.5.12 (Shōwa 49)' };
const MONTH_EXAMPLES = { ja: '例: 2026-12 / 2026年12月 / 令和8年12月 / R8.12', en: 'e.g. 2026-12, 2026/12 or R8.12 (Reiwa 8)' };

const MESSAGES: Record<Exclude<DateErrorCode, 'outside-era'>, Message> = {
  empty: { ja: '日付を入力してください。', en: 'Enter a date.' },
  'too-long': { ja: '入力が長すぎます。', en: 'The input is too long.' },
  'not-a-date': { ja: `日付として読めません（${EXAMPLES.ja}）。`, en: `This is not a date (${EXAMPLES.en}).` },
  'not-a-month': { ja: `年月として読めません（${MONTH_EXAMPLES.ja}）。`, en: `This is not a month (${MONTH_EXAMPLES.en}).` },
  'no-such-day': { ja: 'その日付はありません。月と日を確かめてください。', en: 'There is no such day; check the month and the day.' },
  'too-early': { ja: `${EARLIEST_YEAR}年より前の日付は扱えません。`, en: `Dates before ${EARLIEST_YEAR} are not supported.` },
};

const EMPTY_MONTH: Message = { ja: '年月を入力してください。', en: 'Enter a month.' };

const fail = (code: Exclude<DateErrorCode, 'outside-era'>): ParsedDate => ({ ok: false, code, message: MESSAGES[code] });

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** The day before an ISO date, for an era's last day. */
function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (day > 1) return iso(year, month, day - 1);
  if (month > 1) return iso(year, month - 1, daysInMonth(year, month - 1));
  return iso(year - 1, 12, 31);
}

function outsideEra(era: Era): ParsedDate {
  const index = ERAS.indexOf(era);
  const next = ERAS[index + 1];
  const [y, m, d] = era.from.split('-').map(Number);
  const last = next ? dayBefore(next.from).split('-').map(Number) : undefined;
  const ja = last ? `${era.name}は${y}年${m}月${d}日から${last[0]}年${last[1]}月${last[2]}日までです。` : `${era.name}は${y}年${m}月${d}日からです。`;
  const en = last ? `The ${era.romaji} era runs from ${iso(y, m, d)} to ${iso(last[0], last[1], last[2])}.` : `The ${era.romaji} era began on ${iso(y, m, d)}.`;
  return { ok: false, code: 'outside-era', message: { ja, en } };
}

const ERA_PREFIX = /^(明治|大正|昭和|平成|令和|明|大|昭|平|令|[MTSHRmtshr])\.?/;

function eraOf(prefix: string): Era {
  const found = ERAS.find((e) => e.name === prefix || e.name[0] === prefix || e.letter === prefix.toUpperCase());
  return found!;
}

interface Read {
  era?: Era;
  year: number;
  month: number;
  day?: number;
}

/**
 * Splits normalized text into era, year, month and (when `withDay`) day. Separators are 年月日,
 * '-', '/', '.' or spaces; 元年 is year 1 of an era; eight (or six) digits in a row are YYYYMMDD
 * (or YYYYMM).
 */
function read(text: string, withDay: boolean): Read | undefined {
  let rest = text;
  let era: Era | undefined;
  const prefix = ERA_PREFIX.exec(rest);
  if (prefix) {
    era = eraOf(prefix[1]);
    rest = rest.slice(prefix[0].length).replace(/^元(?=年|[-/.\s])/, '1');
  }
  const compact = withDay ? /^(\d{4})(\d{2})(\d{2})$/ : /^(\d{4})(\d{2})$/;
  const separated = withDay ? /^(\d{1,4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/ : /^(\d{1,4})(?:年|[-/.])(\d{1,2})月?$/;
  const match = (era ? undefined : compact.exec(rest)) ?? separated.exec(rest);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (!era && match[1].length !== 4) return undefined;
  if (era && (match[1].length > 2 || year < 1)) return undefined;
  return { era, year: era ? Number(era.from.slice(0, 4)) - 1 + year : year, month, day: withDay ? day : undefined };
}

/** Full-width forms, era ligatures (㍼) and spacing as plain text: '昭和 49 年 5 月' → '昭和49年5月'. */
function normalize(input: string): string {
  return input
    .normalize('NFKC')
    .trim()
    .replace(/\s*([年月日\-/.])\s*/g, '$1')
    .replace(/\s+/g, '-');
}

function parse(input: unknown, withDay: boolean): ParsedDate {
  if (typeof input !== 'string') return fail(withDay ? 'not-a-date' : 'not-a-month');
  if (input.length > MAX_INPUT_LENGTH) return fail('too-long');
  const text = normalize(input);
  if (text === '') return withDay ? fail('empty') : { ok: false, code: 'empty', message: EMPTY_MONTH };
  const found = read(text, withDay);
  if (!found) return fail(withDay ? 'not-a-date' : 'not-a-month');
  const { era, year, month } = found;
  const day = found.day ?? 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(withDay ? 'no-such-day' : 'not-a-month');
  if (era) {
    // A month belongs to an era when any of its days does: 平成31年4月 and 令和元年5月 both exist.
    const next = ERAS[ERAS.indexOf(era) + 1];
    const earliest = iso(year, month, withDay ? day : 1);
    const latest = iso(year, month, withDay ? day : daysInMonth(year, month));
    if (latest < era.from || (next && earliest >= next.from)) return outsideEra(era);
  }
  if (year < EARLIEST_YEAR) return fail('too-early');
  return { ok: true, value: withDay ? iso(year, month, day) : `${year}-${pad(month)}` };
}

/** A date of birth as typed → 'YYYY-MM-DD'. */
export function parseDateText(input: string): ParsedDate {
  return parse(input, true);
}

/** A month of care as typed → 'YYYY-MM'. */
export function parseMonthText(input: string): ParsedDate {
  return parse(input, false);
}

/**
 * A year as people write it, a year of birth without its day: 1955, 1955年, 昭和30, 昭和30年, S30,
 * 平成元年 → 1955 (…1989); undefined for anything else, or for a year its era never had (昭和70).
 */
export function parseYearText(input: string): number | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return undefined;
  const text = normalize(input);
  const western = /^(\d{4})年?$/.exec(text);
  if (western) return Number(western[1]);
  const prefix = ERA_PREFIX.exec(text);
  const inEra = prefix && /^(\d{1,2}|元)年?$/.exec(text.slice(prefix[0].length));
  if (!prefix || !inEra) return undefined;
  const era = eraOf(prefix[1]);
  const nth = inEra[1] === '元' ? 1 : Number(inEra[1]);
  const next = ERAS[ERAS.indexOf(era) + 1];
  const year = Number(era.from.slice(0, 4)) - 1 + nth;
  return nth >= 1 && (!next || year <= Number(next.from.slice(0, 4))) ? year : undefined;
}

/** The era and its year of an ISO date, for a read-back such as 昭和49年: undefined before 明治. */
export function eraYearOf(date: string): { era: Era; year: number } | undefined {
  let found: Era | undefined;
  for (const era of ERAS) if (era.from <= date) found = era;
  return found && { era: found, year: Number(date.slice(0, 4)) - Number(found.from.slice(0, 4)) + 1 };
}
