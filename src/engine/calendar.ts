/**
 * Months and dates as plain strings ('YYYY-MM', 'YYYY-MM-DD') at the boundary, and as a month
 * index (year * 12 + month - 1) inside, so that month arithmetic never touches Date or time zones.
 */

export type MonthIndex = number;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const digitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
};

/** 'YYYY-MM' → month index. Read by hand: it runs for every line of every plan. */
export function parseMonth(text: unknown): MonthIndex | undefined {
  if (typeof text !== 'string' || text.length !== 7 || text[4] !== '-') return undefined;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  if (!(month >= 1 && month <= 12 && year >= 1900)) return undefined;
  return year * 12 + month - 1;
}

/** Each month's text, written once: every month of every result names its month several times. */
const MONTH_TEXTS = new Map<MonthIndex, string>();

export function formatMonth(index: MonthIndex): string {
  let text = MONTH_TEXTS.get(index);
  if (text === undefined) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    MONTH_TEXTS.set(index, (text = `${year}-${String(month).padStart(2, '0')}`));
  }
  return text;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.year < 1900 || date.month < 1 || date.month > 12) return undefined;
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  return date;
}

export function monthOf(date: CalendarDate): MonthIndex {
  return date.year * 12 + date.month - 1;
}

/** Year of a month index. */
export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** Calendar month number (1–12) of a month index. */
export function monthNumberOf(index: MonthIndex): number {
  return (index % 12) + 1;
}

/**
 * The annual cap's year runs from August to July (令和8年8月〜). Returns the month index of the
 * August that opens the year containing `index`.
 */
export function augustYearStart(index: MonthIndex): MonthIndex {
  const august = yearOf(index) * 12 + 7;
  return index >= august ? august : august - 12;
}
