import { SOURCES } from './sources.js';
import type { Under70Table } from './types.js';

/** 高額療養費 for people under 70, by month of care. RULES.md §3. */

export const UNDER70_2015: Under70Table = {
  id: 'high-cost-under70-2015-01',
  title: { ja: '高額療養費 自己負担限度額（70歳未満、平成27年1月〜令和8年7月）', en: 'High-cost cap, under 70 (2015-01 to 2026-07)' },
  effectiveFrom: '2015-01',
  effectiveTo: '2026-07',
  status: 'law',
  sources: [SOURCES.ordinance42, SOURCES.mhlwExamplesH27],
  bands: [
    { bracket: 'ア', minRemuneration: 830_000, cap: { base: 252_600, threshold: 842_000 }, manyTimes: 140_100 },
    { bracket: 'イ', minRemuneration: 530_000, cap: { base: 167_400, threshold: 558_000 }, manyTimes: 93_000 },
    { bracket: 'ウ', minRemuneration: 280_000, cap: { base: 80_100, threshold: 267_000 }, manyTimes: 44_400 },
    { bracket: 'エ', cap: { base: 57_600 }, manyTimes: 44_400 },
    { bracket: 'オ', cap: { base: 35_400 }, manyTimes: 24_600 },
  ],
};

export const UNDER70_2026: Under70Table = {
  id: 'high-cost-under70-2026-08',
  title: { ja: '高額療養費 自己負担限度額（70歳未満、令和8年8月〜）', en: 'High-cost cap, under 70 (from 2026-08)' },
  effectiveFrom: '2026-08',
  effectiveTo: '2027-07',
  status: 'law',
  sources: [SOURCES.mhlw2026, SOURCES.kyoukai2026, SOURCES.transcriptions],
  bands: [
    { bracket: 'ア', minRemuneration: 830_000, cap: { base: 270_300, threshold: 901_000 }, manyTimes: 140_100, annual: 1_680_000 },
    { bracket: 'イ', minRemuneration: 530_000, cap: { base: 179_100, threshold: 597_000 }, manyTimes: 93_000, annual: 1_110_000 },
    { bracket: 'ウ', minRemuneration: 280_000, cap: { base: 85_800, threshold: 286_000 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'エ', cap: { base: 61_500 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'オ', cap: { base: 36_900 }, manyTimes: 24_600, annual: 290_000 },
  ],
  lowIncomeAnnual: { maxRemuneration: 150_000, annual: 410_000 },
};

/**
 * The 13 bands planned from 2027-08. Not law on 2026-11-21: every month that uses it is
 * flagged. The annual caps are carried over from 2026-08 by the old bracket, which our sources
 * do not state for the plan either.
 */
export const UNDER70_2027_PLANNED: Under70Table = {
  id: 'high-cost-under70-2027-08-planned',
  title: { ja: '高額療養費 自己負担限度額（70歳未満、令和9年8月〜・予定）', en: 'High-cost cap, under 70 (from 2027-08, planned)' },
  effectiveFrom: '2027-08',
  status: 'planned',
  sources: [SOURCES.mhlwPlan2027, SOURCES.transcriptions],
  bands: [
    { bracket: 'ア', minRemuneration: 1_270_000, cap: { base: 342_000, threshold: 1_140_000 }, manyTimes: 140_100, annual: 1_680_000 },
    { bracket: 'ア', minRemuneration: 1_030_000, cap: { base: 303_000, threshold: 1_010_000 }, manyTimes: 140_100, annual: 1_680_000 },
    { bracket: 'ア', minRemuneration: 830_000, cap: { base: 270_300, threshold: 901_000 }, manyTimes: 140_100, annual: 1_680_000 },
    { bracket: 'イ', minRemuneration: 710_000, cap: { base: 209_400, threshold: 698_000 }, manyTimes: 93_000, annual: 1_110_000 },
    { bracket: 'イ', minRemuneration: 620_000, cap: { base: 194_400, threshold: 648_000 }, manyTimes: 93_000, annual: 1_110_000 },
    { bracket: 'イ', minRemuneration: 530_000, cap: { base: 179_100, threshold: 597_000 }, manyTimes: 93_000, annual: 1_110_000 },
    { bracket: 'ウ', minRemuneration: 440_000, cap: { base: 110_400, threshold: 368_000 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'ウ', minRemuneration: 360_000, cap: { base: 98_100, threshold: 327_000 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'ウ', minRemuneration: 280_000, cap: { base: 85_800, threshold: 286_000 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'エ', minRemuneration: 200_000, cap: { base: 69_600 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'エ', minRemuneration: 160_000, cap: { base: 65_400 }, manyTimes: 44_400, annual: 530_000 },
    { bracket: 'エ', cap: { base: 61_500 }, manyTimes: 34_500, annual: 410_000 },
    { bracket: 'オ', cap: { base: 36_900 }, manyTimes: 24_600, annual: 290_000 },
  ],
};

export const UNDER70_TABLES: readonly Under70Table[] = [UNDER70_2015, UNDER70_2026, UNDER70_2027_PLANNED];
