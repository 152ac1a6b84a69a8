import { groupDigits } from '../engine/explain/explain.js';
import type { Lang } from './locale.js';

/**
 * Yen, months, days and percentages for display, written out by hand rather than with Intl: the
 * first Intl formatter of a page costs 15–20 ms here (ICU loading its locale data), a third of
 * the calculator's whole load budget (npm run bench:browser), and these formats are fixed.
 */

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A canonical whole-yen string for display, exact at any size ("4136390" → "￥4,136,390"). */
export function formatYen(canonical: string): string {
  if (!/^-?\d+$/.test(canonical)) return canonical;
  const negative = canonical.startsWith('-');
  return `${negative ? '-' : ''}￥${groupDigits(negative ? canonical.slice(1) : canonical)}`;
}

/** '2026-09' → '2026年9月' or 'Sep 2026'. */
export function formatMonth(month: string, lang: Lang): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !(m >= 1 && m <= 12)) return month;
  return lang === 'ja' ? `${year}年${m}月` : `${EN_MONTHS[m - 1].slice(0, 3)} ${year}`;
}

/** A calendar day → '2026年11月21日' or '21 November 2026'. */
export function formatDay(year: number, month: number, day: number, lang: Lang): string {
  return lang === 'ja' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** Today, as the date printed on a handout. */
export function formatToday(lang: Lang): string {
  const now = new Date();
  return formatDay(now.getFullYear(), now.getMonth() + 1, now.getDate(), lang);
}

/** A share in basis points (0–10000) as a percentage with at most one decimal, half up: 2235 → '22.4%'. */
export function formatBasisPoints(basisPoints: number): string {
  const tenths = Math.floor(basisPoints / 10) + (basisPoints % 10 >= 5 ? 1 : 0);
  const whole = Math.floor(tenths / 10);
  return tenths % 10 ? `${whole}.${tenths % 10}%` : `${whole}%`;
}
