import { isUnder70Bracket } from './brackets.js';
import { memberOfItem } from './member.js';
import { Money, ZERO, floorToYen } from './money.js';
import type { NormalizedItem, NormalizedPlan } from './normalize.js';
import { consumptionTaxFor, mealTableFor, type MealRow } from './rules/index.js';
import type { CareKind } from './types.js';

/** An item with its final amount in yen: meals priced, consumption tax added where quoted without. */
export interface PricedItem extends NormalizedItem {
  amount: Money;
  /** Consumption tax contained in the amount (fees outside insurance only). */
  consumptionTax: Money;
  /** Rule tables used to price it. */
  ruleIds: string[];
  unconfirmed: boolean;
  overridden: boolean;
}

/** The special fees that carry consumption tax; insured care is exempt (消費税法 別表第二). */
const TAXED_KINDS: readonly CareKind[] = ['advanced', 'patientRequested', 'selected', 'free'];

function mealGroup(plan: NormalizedPlan, item: NormalizedItem): MealRow['group'] {
  const person = plan.people.find((p) => p.id === item.person)!;
  const { bracket } = memberOfItem(plan, person, item);
  if (bracket === '低所得Ⅰ') return 'lowIncomeI';
  if (bracket === '低所得Ⅱ' || (isUnder70Bracket(bracket) && bracket === 'オ')) {
    return item.afterNinetyDays ? 'lowIncomeIILong' : 'lowIncomeII';
  }
  return 'general';
}

function priceMeals(plan: NormalizedPlan, item: NormalizedItem): PricedItem {
  const count = new Money(item.meals!);
  const override = plan.overrides.mealPerMeal;
  if (override) {
    return { ...item, amount: override.times(count), consumptionTax: ZERO, ruleIds: [], unconfirmed: false, overridden: true };
  }
  const table = mealTableFor(item.month)!;
  const row = table.rows.find((r) => r.group === mealGroup(plan, item))!;
  return {
    ...item,
    amount: count.times(row.perMeal),
    consumptionTax: ZERO,
    ruleIds: [table.id],
    unconfirmed: row.status !== 'law',
    overridden: false,
  };
}

export function priceItem(plan: NormalizedPlan, item: NormalizedItem): PricedItem {
  if (item.kind === 'meals' && item.meals !== undefined) return priceMeals(plan, item);
  const quoted = item.amount!;
  const base = { ...item, ruleIds: [] as string[], unconfirmed: false, overridden: false };
  const rule = TAXED_KINDS.includes(item.kind) ? consumptionTaxFor(item.month) : undefined;
  if (!rule) return { ...base, amount: quoted, consumptionTax: ZERO };
  const rate = new Money(rule.ratePercent);
  const hundred = new Money(100);
  // A tax-exclusive quote gets the tax added, fractions of a yen dropped (what a clinic bills);
  // for a tax-inclusive quote we show the tax it contains.
  const amount = item.taxExcluded ? floorToYen(quoted.times(hundred.plus(rate)).dividedBy(hundred)) : quoted;
  const consumptionTax = item.taxExcluded ? amount.minus(quoted) : floorToYen(amount.times(rate).dividedBy(hundred.plus(rate)));
  return { ...base, amount, consumptionTax, ruleIds: [rule.id] };
}
