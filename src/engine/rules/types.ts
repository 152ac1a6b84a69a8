import type { ElderlyBracket, Message, Under70Bracket } from '../types.js';

/** Whole yen. Rule tables hold integers only; every computation converts them to Money first. */
export type WholeYen = number;

export type RuleStatus = 'law' | 'planned' | 'unconfirmed';

/** What every dated table carries: when it applies (by month of care), how sure it is, and why. */
export interface DatedRule {
  id: string;
  title: Message;
  /** First month of care it applies to, 'YYYY-MM'. */
  effectiveFrom: string;
  /** Last month of care it applies to, 'YYYY-MM'; open when absent. */
  effectiveTo?: string;
  status: RuleStatus;
  sources: string[];
}

/** cap = base + max(0, fee − threshold) × 1%; a flat cap has no threshold. */
export interface CapFormula {
  base: WholeYen;
  threshold?: WholeYen;
}

export interface Under70Band {
  /** 区分 it belongs to in the 2015/2026 scheme. */
  bracket: Under70Bracket;
  /** Lowest 標準報酬月額 of the band; absent for the lowest band or 非課税. */
  minRemuneration?: WholeYen;
  cap: CapFormula;
  manyTimes: WholeYen;
  /** 年間上限 (August–July), where the table has one. */
  annual?: WholeYen;
}

export interface Under70Table extends DatedRule {
  /** Bands in order from the highest income down; a bracket may have several (2027-08 plan). */
  bands: Under70Band[];
  /** エ with 標準報酬 at most 15万 has a lower annual cap (2026-08). */
  lowIncomeAnnual?: { maxRemuneration: WholeYen; annual: WholeYen };
}

export interface ElderlyRow {
  bracket: ElderlyBracket;
  /** 外来特例: the per-person outpatient cap; absent for 現役並み. */
  outpatient?: WholeYen;
  /** 外来年間合算 (August–July) for 一般 and 低所得. */
  outpatientYearly?: WholeYen;
  household: CapFormula;
  manyTimes?: WholeYen;
  annual?: WholeYen;
  /** A lower annual cap where the 標準報酬月額 is at most `maxRemuneration`. */
  lowIncomeAnnual?: { maxRemuneration: WholeYen; annual: WholeYen };
}

export interface ElderlyTable extends DatedRule {
  rows: ElderlyRow[];
}

export interface MealRow {
  /** 一般, or the 低所得 rows. */
  group: 'general' | 'lowIncomeII' | 'lowIncomeIILong' | 'lowIncomeI';
  perMeal: WholeYen;
  status: RuleStatus;
}

export interface MealTable extends DatedRule {
  rows: MealRow[];
}

export interface TaxRateRule extends DatedRule {
  /** Percent, e.g. 10. */
  ratePercent: number;
}

