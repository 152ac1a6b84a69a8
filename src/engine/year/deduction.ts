import { yearOf, type MonthIndex } from '../calendar.js';
import { allocate, divide, max, min, percentDown, sum, type Amount } from '../money.js';
import type { MonthState } from '../settle/monthly.js';
import type { YearlyResult } from './yearly.js';
import type { NormalizedPlan } from '../read/normalize.js';
import { DEDUCTION_RULE } from '../rules/index.js';
import type { CareKind, DeductionEstimate } from '../types.js';
import type { PricedItem } from '../price/price.js';

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

/**
 * Income tax on a taxable income by the progressive table (所得税法89条), the income first
 * rounded down to 1,000 yen (国税通則法118条). Each band's rate applies to the part of the income
 * inside it, which is the 速算表 (e.g. 2,000,000 → 2,000,000 × 10% − 97,500 = 102,500).
 */
export function incomeTax(taxable: Amount): Amount {
  const income = (max(taxable, 0n) / 1000n) * 1000n;
  let tax = 0n;
  let lower = 0n;
  for (const band of DEDUCTION_RULE.brackets) {
    // `upTo` is the last taxable amount of a band in 1,000-yen steps: the band ends 1,000 above.
    const upper = band.upTo === undefined ? income : min(income, BigInt(band.upTo) + 1000n);
    if (upper > lower) tax += ((upper - lower) * BigInt(band.percent)) / 100n;
    if (band.upTo === undefined || income <= BigInt(band.upTo) + 1000n) break;
    lower = upper;
  }
  return tax;
}

/** 復興特別所得税: 2.1% of the income tax, fractions of a yen dropped. */
const surtaxOn = (tax: Amount) => divide(tax * BigInt(DEDUCTION_RULE.surtaxPermille), 1000n, 'down');

/**
 * What the patient bore, per month, of costs that count: insured copays after every benefit,
 * 公費 and 付加給付 (yearly refunds set back against their months), and their own fees. A
 * private insurance payout is set against the cost it paid for (`forItems`), never against
 * other costs; without that link, against the counted costs of its year (`unlinked` says so).
 */
export function countedCosts(plan: NormalizedPlan, states: MonthState[], yearly: YearlyResult): { byMonth: Map<MonthIndex, Amount>; unlinked: boolean } {
  const byMonth = new Map<MonthIndex, Amount>();
  const itemCost = new Map<number, { month: MonthIndex; cost: Amount }>();
  // Each line's own cost is needed only to set a payout against the lines it names.
  const byLine = plan.receipts.some((r) => r.from === 'privateInsurance' && r.forItems);
  for (const state of states) {
    let insured = -(yearly.byMonth.get(state.month) ?? 0n);
    state.claims.forEach((c, i) => (insured += c.final - state.supplementary[i] - state.publicFinal[i]));
    if (byLine) {
      const insuredItems = state.items.filter((i) => i.kind === 'insured');
      allocate(insured, insuredItems.map((i) => i.amount)).forEach((cost, k) => itemCost.set(insuredItems[k].index, { month: state.month, cost }));
    }
    let outside = 0n;
    state.items.forEach((item, i) => {
      if (item.kind === 'insured' || !countsForDeduction(item)) return;
      // A meal a local programme paid is no cost of the patient's.
      const cost = item.amount - (state.publicMeals?.[i] ?? 0n);
      if (byLine) itemCost.set(item.index, { month: state.month, cost });
      outside += cost;
    });
    byMonth.set(state.month, insured + outside);
  }
  /** Lowers the counted costs of `parts` by `amount` at most, in proportion to them. */
  const setAgainst = (amount: Amount, parts: { month: MonthIndex; cost: Amount }[]) => {
    const available = sum(parts.map((p) => p.cost));
    allocate(min(amount, available), parts.map((p) => p.cost)).forEach((part, k) => {
      parts[k].cost -= part;
      byMonth.set(parts[k].month, byMonth.get(parts[k].month)! - part);
    });
  };
  // Payouts linked to their lines first, then the others against what is left of their year, in
  // whatever order the plan lists them: an unlinked payout lowers the months but not each line's
  // cost, so a linked one set after it would take the same cost twice (and count below zero).
  const payouts = plan.receipts.filter((r) => r.from === 'privateInsurance');
  for (const receipt of payouts) {
    if (!receipt.forItems) continue;
    setAgainst(receipt.amount, [...new Set(receipt.forItems)].map((i) => itemCost.get(i)).filter((c) => c !== undefined && c.cost > 0n) as { month: MonthIndex; cost: Amount }[]);
  }
  let unlinked = false;
  for (const receipt of payouts) {
    if (receipt.forItems) continue;
    unlinked = true;
    const year = yearOf(receipt.month);
    setAgainst(receipt.amount, [...byMonth].filter(([m, cost]) => yearOf(m) === year && cost > 0n).map(([month, cost]) => ({ month, cost })));
  }
  return { byMonth, unlinked };
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
      // The exact difference of the tax before and after the deduction, not the marginal rate
      // times the deduction, which overstates it where the deduction crosses a band.
      const after = max(taxableIncome - deduction, 0n);
      const [before, reduced] = [incomeTax(taxableIncome), incomeTax(after)];
      saved = {
        income: before - reduced,
        surtax: surtaxOn(before) - surtaxOn(reduced),
        // Resident tax is a flat 10% of its own taxable income, which the deduction can only empty.
        resident: percentDown(min(deduction, taxableIncome), BigInt(rule.residentPercent)),
      };
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
        ja: '所得税の節税額は、控除の前と後の所得税（復興特別所得税を含む）の差です（住民税は翌年度に10%）。自家用車の燃料・駐車場代、希望による個室代は対象外です。民間保険などの支払いは、支払いの対象となった費用から差し引いています。',
        en: 'Income tax saved is the difference of the income tax (with the reconstruction surtax) before and after the deduction (resident tax: 10%, the following year). Own-car fuel and parking and a private room by choice do not count. Private insurance payouts are set against the costs they paid for.',
      },
    };
  });
}
