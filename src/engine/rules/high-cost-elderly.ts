import { SOURCES } from './sources.js';
import type { ElderlyTable } from './types.js';

/**
 * 高額療養費 for people 70 and over (and 後期高齢者), by month of care. RULES.md §3.
 * 外来特例 caps each person's outpatient copay first; the household cap comes second.
 */

export const ELDERLY_2018: ElderlyTable = {
  id: 'high-cost-70plus-2018-08',
  title: { ja: '高額療養費 自己負担限度額（70歳以上、平成30年8月〜令和8年7月）', en: 'High-cost cap, 70 and over (2018-08 to 2026-07)' },
  effectiveFrom: '2018-08',
  effectiveTo: '2026-07',
  status: 'law',
  sources: [SOURCES.ordinance42, SOURCES.mhlwElderlyH30],
  rows: [
    { bracket: '現役並みⅢ', household: { base: 252_600, threshold: 842_000 }, manyTimes: 140_100 },
    { bracket: '現役並みⅡ', household: { base: 167_400, threshold: 558_000 }, manyTimes: 93_000 },
    { bracket: '現役並みⅠ', household: { base: 80_100, threshold: 267_000 }, manyTimes: 44_400 },
    { bracket: '一般', outpatient: 18_000, outpatientYearly: 144_000, household: { base: 57_600 }, manyTimes: 44_400 },
    { bracket: '低所得Ⅱ', outpatient: 8_000, household: { base: 24_600 } },
    { bracket: '低所得Ⅰ', outpatient: 8_000, household: { base: 15_000 } },
  ],
};

export const ELDERLY_2026: ElderlyTable = {
  id: 'high-cost-70plus-2026-08',
  title: { ja: '高額療養費 自己負担限度額（70歳以上、令和8年8月〜）', en: 'High-cost cap, 70 and over (from 2026-08)' },
  effectiveFrom: '2026-08',
  status: 'law',
  sources: [SOURCES.mhlw2026, SOURCES.kyoukai2026, SOURCES.transcriptions],
  rows: [
    { bracket: '現役並みⅢ', household: { base: 270_300, threshold: 901_000 }, manyTimes: 140_100, annual: 1_680_000 },
    { bracket: '現役並みⅡ', household: { base: 179_100, threshold: 597_000 }, manyTimes: 93_000, annual: 1_110_000 },
    { bracket: '現役並みⅠ', household: { base: 85_800, threshold: 286_000 }, manyTimes: 44_400, annual: 530_000 },
    // 410,000 where 標報 ≤ 15万 (年収約200万円以下): MHLW 001726232.pdf ※5・※6 (RULES.md §3).
    { bracket: '一般', outpatient: 22_000, outpatientYearly: 216_000, household: { base: 61_500 }, manyTimes: 44_400, annual: 530_000, lowIncomeAnnual: { maxRemuneration: 150_000, annual: 410_000 } },
    { bracket: '低所得Ⅱ', outpatient: 11_000, outpatientYearly: 96_000, household: { base: 25_700 }, manyTimes: 24_600, annual: 290_000 },
    { bracket: '低所得Ⅰ', outpatient: 8_000, household: { base: 15_700 }, annual: 180_000 },
  ],
};

export const ELDERLY_TABLES: readonly ElderlyTable[] = [ELDERLY_2018, ELDERLY_2026];

/**
 * MHLW plans to change the 70+ caps from 2027-08 too (not published on 2026-11-21): months from
 * then keep the 2026-08 table and say that a change is planned (RULES.md §3).
 */
export const ELDERLY_CHANGE_PLANNED_FROM = '2027-08';

/**
 * 75+ 2割 relief (配慮措置), 2022-10 to 2025-09: the outpatient copay of a month is at most
 * 6,000 + (fee − 30,000) × 10 %, a cap to the yen like the 1% term (not a copay rounded to 10
 * yen): fee 35,010 gives 6,501.
 */
export const LATE_ELDERLY_RELIEF = {
  id: 'late-elderly-2wari-relief',
  title: { ja: '後期高齢者2割負担の配慮措置（外来、6,000円＋（医療費−30,000円）×10%まで）', en: '75+ 20% copay relief (outpatient, 6,000 + (fee − 30,000) × 10% at most)' },
  effectiveFrom: '2022-10',
  effectiveTo: '2025-09',
  status: 'law' as const,
  sources: [SOURCES.act74],
  base: 6_000,
  threshold: 30_000,
  percent: 10,
};
