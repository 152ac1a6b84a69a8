import Decimal from 'decimal.js';

/**
 * All money in the engine is a decimal.js value in whole yen (or exact fractions of a yen
 * while a rule computes, e.g. the 1% term of a cap). A private Decimal constructor keeps our
 * precision and rounding settings from leaking into, or being changed by, the host page's
 * own use of decimal.js.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

export const ZERO = new Money(0);

/** Money as a canonical decimal string: digits only, no exponent, no grouping. */
export function toCanonical(value: Money): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** Sums a list exactly. */
export function sum(values: readonly Money[]): Money {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function min(a: Money, b: Money): Money {
  return a.lessThan(b) ? a : b;
}

export function max(a: Money, b: Money): Money {
  return a.greaterThan(b) ? a : b;
}

/** 健康保険法75条: the copay charged at the window, to 10 yen, 5 and up rounds up. */
export function roundCopayToTenYen(value: Money): Money {
  return value.dividedBy(10).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(10);
}

/** 施行令42条: the 1% term of a cap, to the yen, 50銭 and up rounds up. */
export function roundHalfUpToYen(value: Money): Money {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** 国等の債権債務等の金額の端数計算に関する法律: fractions of a yen in a payment are dropped. */
export function floorToYen(value: Money): Money {
  return value.toDecimalPlaces(0, Decimal.ROUND_DOWN);
}

/** Rounds down to a multiple of `unit` (付加給付 is paid in 100-yen steps). */
export function floorToUnit(value: Money, unit: Money): Money {
  if (unit.lessThanOrEqualTo(1)) return floorToYen(value);
  return value.dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_DOWN).times(unit);
}

/**
 * Splits a whole-yen total over weights so that the parts are whole yen and add up to the
 * total exactly (largest remainder; ties go to the earlier weight). Used to show a household
 * benefit per person and per receipt without inventing or losing a yen.
 */
export function allocate(total: Money, weights: readonly Money[]): Money[] {
  const weightSum = sum(weights);
  if (weights.length === 0) return [];
  if (weightSum.isZero()) return weights.map((_, i) => (i === 0 ? total : ZERO));
  const exact = weights.map((w) => total.times(w).dividedBy(weightSum));
  const parts = exact.map((e) => e.toDecimalPlaces(0, Decimal.ROUND_DOWN));
  let left = total.minus(sum(parts));
  const order = exact
    .map((e, i) => ({ i, rest: e.minus(parts[i]) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (left.lessThanOrEqualTo(0)) break;
    parts[i] = parts[i].plus(1);
    left = left.minus(1);
  }
  return parts;
}
