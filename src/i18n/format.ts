import type { Lang } from './locale.js';

const yenFormat = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });

/** A canonical whole-yen string for display, exact at any size ("4136390" → "￥4,136,390"). */
export function formatYen(canonical: string): string {
  return /^-?\d+$/.test(canonical) ? yenFormat.format(BigInt(canonical)) : canonical;
}

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** '2026-09' → '2026年9月' or 'Sep 2026'. */
export function formatMonth(month: string, lang: Lang): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return monthFormats[lang].format(new Date(Date.UTC(year, m - 1, 1)));
}
