import { SOURCES } from './sources.js';
import type { MealTable } from './types.js';

/** 入院時食事療養 標準負担額 per meal, by month of care. RULES.md §6. Outside 高額療養費. */

export const MEALS_2024: MealTable = {
  id: 'meals-2024-06',
  title: { ja: '入院時食事療養 標準負担額（令和6年6月〜）', en: 'Hospital meal charge (from 2024-06)' },
  effectiveFrom: '2024-06',
  effectiveTo: '2025-03',
  status: 'law',
  sources: [SOURCES.mealsNotice],
  rows: [
    { group: 'general', perMeal: 490, status: 'law' },
    { group: 'lowIncomeII', perMeal: 230, status: 'law' },
    { group: 'lowIncomeIILong', perMeal: 180, status: 'law' },
    { group: 'lowIncomeI', perMeal: 110, status: 'law' },
  ],
};

export const MEALS_2025: MealTable = {
  id: 'meals-2025-04',
  title: { ja: '入院時食事療養 標準負担額（令和7年4月〜）', en: 'Hospital meal charge (from 2025-04)' },
  effectiveFrom: '2025-04',
  effectiveTo: '2026-05',
  status: 'law',
  sources: [SOURCES.mealsNotice],
  rows: [
    { group: 'general', perMeal: 510, status: 'law' },
    { group: 'lowIncomeII', perMeal: 240, status: 'law' },
    { group: 'lowIncomeIILong', perMeal: 190, status: 'law' },
    { group: 'lowIncomeI', perMeal: 110, status: 'law' },
  ],
};

/**
 * The 2026 revision (from 2026-06, with the fee schedule) raised the meal base from 690 to
 * 730 yen. Whether patients bear all of it is not confirmed: we assume they do (550), the
 * higher and so the safer figure for a patient's budget, and keep the other rows as they were.
 * Every month that uses this table is flagged, and a hospital can override the amount.
 */
export const MEALS_2026_UNCONFIRMED: MealTable = {
  id: 'meals-2026-06-unconfirmed',
  title: { ja: '入院時食事療養 標準負担額（令和8年改定・未確認）', en: 'Hospital meal charge (2026 revision, unconfirmed)' },
  effectiveFrom: '2026-06',
  status: 'unconfirmed',
  sources: [SOURCES.mealsNotice],
  rows: [
    { group: 'general', perMeal: 550, status: 'unconfirmed' },
    { group: 'lowIncomeII', perMeal: 240, status: 'unconfirmed' },
    { group: 'lowIncomeIILong', perMeal: 190, status: 'unconfirmed' },
    { group: 'lowIncomeI', perMeal: 110, status: 'unconfirmed' },
  ],
};

export const MEAL_TABLES: readonly MealTable[] = [MEALS_2024, MEALS_2025, MEALS_2026_UNCONFIRMED];
