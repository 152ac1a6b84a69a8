import { yearOf, type MonthIndex } from './calendar.js';
import { Money, ZERO, floorToYen, max, min } from './money.js';
import type { NormalizedPlan } from './normalize.js';
import { DEDUCTION_RULE } from './rules/index.js';
import type { CareKind, DeductionEstimate } from './types.js';
import type { PricedItem } from './price.js';

/**
 * 医療費控除 per calendar year. RULES.md §7. Each reimbursement (高額療養費, 付加給付, a private
 * rider) is set only against the cost it paid for: we count what the patient finally bore of
 * each cost, so a reimbursement never reduces another cost.
 */

/** Kinds that count by default. 自由診療 counts as treatment by a doctor (所得税法施行令207条). */
const COUNTS_BY_DEFAULT: Record<CareKind, boolean> = {
  insured: true,
  advanced: true,
  patientRequested: true,
  trial: true,
  meals: true,
  free: true,
  selected: false,
  other: false,
};

export function countsForDeduction(item: PricedItem): boolean {
  if (item.kind === 'insured') return true;
  if (item.payer !== 'patient') return false;
  return item.deductible ?? COUNTS_BY_DEFAULT[item.kind];
}

function marginalPercent(taxable: Money): number {
  return DEDUCTION_RULE.brackets.find((b) => b.upTo === undefined || taxable.lessThanOrEqualTo(b.upTo))!.percent;
}

const percentOf = (value: Money, percent: number) => floorToYen(value.times(percent).dividedBy(100));

/** `counted` is, per month, what the patient bore of costs that count. */
export function estimateDeductions(plan: NormalizedPlan, counted: Map<MonthIndex, Money>): DeductionEstimate[] {
  const byYear = new Map<number, Money>();
  for (const [month, amount] of counted) byYear.set(yearOf(month), (byYear.get(yearOf(month)) ?? ZERO).plus(amount));
  const { totalIncome, taxableIncome } = plan.tax;
  const rule = DEDUCTION_RULE;
  return [...byYear.keys()].sort().map((year) => {
    const paid = byYear.get(year)!;
    const missing: DeductionEstimate['missing'] = [];
    if (!totalIncome) missing.push('totalIncome');
    if (!taxableIncome) missing.push('taxableIncome');
    const threshold = totalIncome ? min(new Money(rule.floor), percentOf(totalIncome, rule.floorPercent)) : undefined;
    const deduction = threshold ? min(max(paid.minus(threshold), ZERO), new Money(rule.ceiling)) : undefined;
    let saved: { income: Money; surtax: Money; resident: Money } | undefined;
    if (deduction && taxableIncome) {
      const income = percentOf(deduction, marginalPercent(taxableIncome));
      const surtax = floorToYen(income.times(rule.surtaxPermille).dividedBy(1000));
      saved = { income, surtax, resident: percentOf(deduction, rule.residentPercent) };
    }
    return {
      year,
      counted: paid.toFixed(),
      threshold: threshold?.toFixed() ?? null,
      deduction: deduction?.toFixed() ?? null,
      incomeTaxSaved: saved?.income.toFixed() ?? null,
      reconstructionSurtaxSaved: saved?.surtax.toFixed() ?? null,
      residentTaxSaved: saved?.resident.toFixed() ?? null,
      totalSaved: saved ? saved.income.plus(saved.surtax).plus(saved.resident).toFixed() : null,
      missing,
      note: {
        ja: '所得税の節税額は、課税所得の限界税率を控除額に掛けた目安です（住民税は翌年度に10%）。自家用車の燃料・駐車場代、希望による個室代は対象外です。',
        en: 'Income tax saved is estimated at the marginal rate of the taxable income (resident tax: 10%, the following year). Own-car fuel and parking and a private room by choice do not count.',
      },
    };
  });
}
