import type { Lang } from './locale.js';

/**
 * Formatters are made on first use, not when the script loads: the first Intl formatter of a
 * page costs 15–20 ms here (ICU starting up), which a page that shows no amount yet should
 * not pay (npm run bench:browser).
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const yenFormat = lazy(() => new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }));

/** A canonical whole-yen string for display, exact at any size ("4136390" → "￥4,136,390"). */
export function formatYen(canonical: string): string {
  return /^-?\d+$/.test(canonical) ? yenFormat().format(BigInt(canonical)) : canonical;
}

const monthFormats: Record<Lang, () => Intl.DateTimeFormat> = {
  ja: lazy(() => new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', timeZone: 'UTC' })),
  en: lazy(() => new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' })),
};

/** '2026-09' → '2026年9月' or 'Sep 2026'. */
export function formatMonth(month: string, lang: Lang): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return monthFormats[lang]().format(new Date(Date.UTC(year, m - 1, 1)));
}

export const formatPercent = lazy(() => new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 }));
