import { yearOf, type MonthIndex } from './calendar.js';
import { divide, max, min, percentDown, type Amount } from './money.js';
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

function marginalPercent(taxable: Amount): bigint {
  return BigInt(DEDUCTION_RULE.brackets.find((b) => b.upTo === undefined || taxable <= BigInt(b.upTo))!.percent);
}

/** `counted` is, per month, what the patient bore of costs that count. */
export function estimateDeductions(plan: NormalizedPlan, counted: Map<MonthIndex, Amount>): DeductionEstimate[] {
  const byYear = new Map<number, Amount>();
  for (const [month, amount] of counted) byYear.set(yearOf(month), (byYear.get(yearOf(month)) ?? 0n) + amount);
  const { totalIncome, taxableIncome } = plan.tax;
  const rule = DEDUCTION_RULE;
  return [...byYear.keys()].sort().map((year) => {
    const paid = byYear.get(year)!;
    const missing: DeductionEstimate['missing'] = [];
    if (totalIncome === undefined) missing.push('totalIncome');
    if (taxableIncome === undefined) missing.push('taxableIncome');
    const threshold = totalIncome === undefined ? undefined : min(BigInt(rule.floor), percentDown(totalIncome, BigInt(rule.floorPercent)));
    const deduction = threshold === undefined ? undefined : min(max(paid - threshold, 0n), BigInt(rule.ceiling));
    let saved: { income: Amount; surtax: Amount; resident: Amount } | undefined;
    if (deduction !== undefined && taxableIncome !== undefined) {
      const income = percentDown(deduction, marginalPercent(taxableIncome));
      const surtax = divide(income * BigInt(rule.surtaxPermille), 1000n, 'down');
      saved = { income, surtax, resident: percentDown(deduction, BigInt(rule.residentPercent)) };
    }
    return {
      year,
      counted: String(paid),
      threshold: threshold === undefined ? null : String(threshold),
      deduction: deduction === undefined ? null : String(deduction),
      incomeTaxSaved: saved ? String(saved.income) : null,
      reconstructionSurtaxSaved: saved ? String(saved.surtax) : null,
      residentTaxSaved: saved ? String(saved.resident) : null,
      totalSaved: saved ? String(saved.income + saved.surtax + saved.resident) : null,
      missing,
      note: {
        ja: '所得税の節税額は、課税所得の限界税率を控除額に掛けた目安です（住民税は翌年度に10%）。自家用車の燃料・駐車場代、希望による個室代は対象外です。',
        en: 'Income tax saved is estimated at the marginal rate of the taxable income (resident tax: 10%, the following year). Own-car fuel and parking and a private room by choice do not count.',
      },
    };
  });
}
