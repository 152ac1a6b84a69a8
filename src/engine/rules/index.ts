import { parseMonth, type MonthIndex } from '../calendar.js';
import type { DatedRule } from './types.js';
import { UNDER70_TABLES } from './high-cost-under70.js';
import { ELDERLY_TABLES } from './high-cost-elderly.js';
import { MEAL_TABLES } from './meals.js';
import { CONSUMPTION_TAX_RATES } from './consumption-tax.js';
import { LATE_ELDERLY_RELIEF as RELIEF } from './high-cost-elderly.js';
import { DEDUCTION_RULE as DEDUCTION } from './income-tax.js';
import { COPAY_RATES as RATES } from './copay-rates.js';
import { APPORTIONMENT, HIGH_COST_LONG_TERM, LOCAL_PROGRAM, NANBYO, NANBYO_MEALS, SHOMAN, SHOMAN_MEALS, TOKUTEI } from './programs.js';
import { ROUNDING, HOUSEHOLD, MANY_TIMES, BIRTHDAY_75, ANNUAL_CAP, OUTPATIENT_YEARLY, SUPPLEMENTARY, MIXED_BILLING, BRACKET_CHANGES, OUTSIDE_PHARMACY } from './general.js';

export * from './types.js';
export * from './high-cost-under70.js';
export * from './high-cost-elderly.js';
export * from './meals.js';
export * from './consumption-tax.js';
export * from './income-tax.js';
export * from './copay-rates.js';
export * from './general.js';
export * from './programs.js';
export { SOURCES } from './sources.js';

const ranges = new WeakMap<DatedRule, { from: MonthIndex; to: MonthIndex }>();

/** Whether a dated rule applies to a month of care. */
export function appliesTo(rule: DatedRule, month: MonthIndex): boolean {
  let range = ranges.get(rule);
  if (!range) {
    range = { from: parseMonth(rule.effectiveFrom)!, to: rule.effectiveTo === undefined ? Infinity : parseMonth(rule.effectiveTo)! };
    ranges.set(rule, range);
  }
  return month >= range.from && month <= range.to;
}

/** The rule of a list that applies to a month; looked up once per month (it runs for every receipt). */
function findDated<T extends DatedRule>(rules: readonly T[]): (month: MonthIndex) => T | undefined {
  // null: no rule for the month; one lookup either way.
  const byMonth = new Map<MonthIndex, T | null>();
  return (month) => {
    const known = byMonth.get(month);
    if (known !== undefined) return known ?? undefined;
    const rule = rules.find((r) => appliesTo(r, month));
    byMonth.set(month, rule ?? null);
    return rule;
  };
}

export const under70TableFor = findDated(UNDER70_TABLES);
export const elderlyTableFor = findDated(ELDERLY_TABLES);
export const mealTableFor = findDated(MEAL_TABLES);
export const consumptionTaxFor = findDated(CONSUMPTION_TAX_RATES);
export const nanbyoMealsFor = findDated(NANBYO_MEALS);

/** The earliest month of care each kind of table covers, for validation messages. */
export const EARLIEST = {
  under70: UNDER70_TABLES[0].effectiveFrom,
  elderly: ELDERLY_TABLES[0].effectiveFrom,
  meals: MEAL_TABLES[0].effectiveFrom,
};


/** Every dated rule by id, so that a result can cite what it used. */
export const RULES_BY_ID: ReadonlyMap<string, DatedRule> = new Map(
  [
    ...UNDER70_TABLES, ...ELDERLY_TABLES, ...MEAL_TABLES, ...CONSUMPTION_TAX_RATES,
    RELIEF, DEDUCTION, RATES,
    // Named one by one: a namespace object (`import * as`) is compiled to a helper that walks
    // inherited keys, which breaks loading on a page that adds to Object.prototype.
    ROUNDING, HOUSEHOLD, MANY_TIMES, BIRTHDAY_75, ANNUAL_CAP, OUTPATIENT_YEARLY, SUPPLEMENTARY, MIXED_BILLING, BRACKET_CHANGES, OUTSIDE_PHARMACY,
    NANBYO, SHOMAN, TOKUTEI, ...NANBYO_MEALS, SHOMAN_MEALS, LOCAL_PROGRAM, APPORTIONMENT, HIGH_COST_LONG_TERM,
  ].map((rule) => [rule.id, rule]),
);
