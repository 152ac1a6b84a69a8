/*
 * The engine's one pipeline, in the order a plan travels through it; each stage is a folder:
 *   read/     the plan as typed: amounts, dates, brackets, certificates, checked (validate)
 *   price/    each line of care: its 10割 fee, the person's copay rate and meal charge
 *   settle/   each month: copays capped by 高額療養費, 多数回, 世帯合算, programmes, the cash flow
 *   year/     the year: the 70+ annual cap and the tax deduction
 *   explain/  what the reader sees: caps in words, warnings, the checklist, answers, comparisons
 * Dated figures live only in rules/; money.ts, calendar.ts, age.ts, brackets.ts and types.ts
 * are shared by every stage. This file is the one place that calls the stages in order.
 */
import { NO_PROGRAMS, normalizePlan, type NormalizedPlan } from './read/normalize.js';
import { PlanError } from './read/plan-error.js';
import { priceItem, type PricedItem } from './price/price.js';
import { monthBreakdown } from './settle/breakdown-month.js';
import { CashFlows } from './settle/cash-flow.js';
import { settleMonths, type MonthState } from './settle/monthly.js';
import { countedCosts, estimateDeductions } from './year/deduction.js';
import { yearlyRefunds, type YearlyResult } from './year/yearly.js';
import { collectWarnings, mixedBillingWarning, mixedCourses } from './explain/warnings.js';
import { formatMonth } from './calendar.js';
import { sum, type Amount, yen } from './money.js';
import { ANNUAL_CAP, APPORTIONMENT, BRACKET_CHANGES, OUTSIDE_PHARMACY, HIGH_COST_LONG_TERM, LOCAL_PROGRAM, NANBYO, RULES_BY_ID, SHOMAN, TOKUTEI, appliesTo } from './rules/index.js';
import type { Breakdown, CarePlan, CashFlowMonth, PlanIssue, PlanWarning, RuleReference, Shares } from './types.js';

/**
 * Checks a plan and lists every problem at once; [] when the plan is good. Never throws:
 * anything that cannot even be read (a hostile getter, a Proxy) is reported as a problem too.
 */
export function validate(plan: unknown): PlanIssue[] {
  try {
    return normalizePlan(plan).issues;
  } catch {
    return [unreadable()];
  }
}

function unreadable(): PlanIssue {
  return { path: '', code: 'unreadable', message: { ja: '計画を読み取れません。', en: 'The plan cannot be read.' } };
}

export type Evaluation = { ok: true; breakdown: Breakdown; issues: [] } | { ok: false; issues: PlanIssue[] };

/**
 * validate() and calculate() in one call, for a keystroke: the plan is read and checked once
 * (calling both reads it twice). Never throws: a bad or unreadable plan gives its issues.
 */
export function evaluate(plan: unknown): Evaluation {
  let normalized: ReturnType<typeof normalizePlan>;
  try {
    normalized = normalizePlan(plan);
  } catch {
    return { ok: false, issues: [unreadable()] };
  }
  if (!normalized.plan) return { ok: false, issues: normalized.issues };
  return { ok: true, breakdown: compute(normalized.plan), issues: [] };
}

/** Who pays what, month by month, for a care plan. Throws PlanError (with `.issues`) on a bad plan. */
export function calculate(plan: CarePlan): Breakdown {
  let normalized: ReturnType<typeof normalizePlan>;
  try {
    normalized = normalizePlan(plan);
  } catch {
    throw new PlanError([unreadable()]);
  }
  if (!normalized.plan) throw new PlanError(normalized.issues);
  return compute(normalized.plan);
}

const UNLINKED_PAYOUT: PlanWarning = {
  code: 'assumption',
  message: {
    ja: '民間保険からの受取額に対象の明細（forItems）がないため、医療費控除ではその年の医療費全体から差し引いています。対象の費用が分かれば、その費用からだけ差し引きます。',
    en: 'A private insurance payout names no lines (forItems): the deduction sets it against the year’s counted costs. Linked to the costs it paid for, it is set against those only.',
  },
};

interface Computed {
  priced: PricedItem[];
  total: Amount;
  states: MonthState[];
  yearly: YearlyResult;
  shares: Shares;
}

function settle(plan: NormalizedPlan, priced: PricedItem[]): Computed {
  const states = settleMonths(plan, priced);
  const yearly = yearlyRefunds(plan, states);
  // One pass over the lines and one over the receipts, rather than a filtered list per share.
  let total = 0n;
  let publicPaid = 0n;
  const paid = { research: 0n, sponsor: 0n, privateInsurance: 0n };
  for (const item of priced) {
    total += item.amount;
    if (item.kind !== 'insured' && item.payer !== 'patient') paid[item.payer] += item.amount;
  }
  let supplementary = 0n;
  // The insurer pays the 7–9割 and every 高額療養費 benefit, monthly and yearly.
  let insurer = 0n;
  for (const state of states) {
    state.claims.forEach((c, i) => {
      insurer += c.fee - c.final;
      supplementary += state.supplementary[i];
      publicPaid += state.publicFinal[i];
    });
    if (state.publicMeals) for (const meal of state.publicMeals) publicPaid += meal;
  }
  for (const r of yearly.refunds) insurer += BigInt(r.amount);
  const patient = total - (insurer + paid.research + paid.sponsor + paid.privateInsurance + supplementary + publicPaid);
  const shares: Shares = {
    patient: yen(patient),
    insurer: yen(insurer),
    research: yen(paid.research),
    sponsor: yen(paid.sponsor),
    privateInsurance: yen(paid.privateInsurance),
    supplementary: yen(supplementary),
    public: yen(publicPaid),
  };
  return { priced, total, states, yearly, shares };
}

function compute(plan: NormalizedPlan): Breakdown {
  const given = plan.items.map((item) => priceItem(plan, item));
  const mixed = mixedCourses(given);
  // A course the counselor confirmed as one with its 自由診療 is computed as self-pay, all of it.
  const confirmed = mixed.filter((course) => plan.selfPayCourses.includes(course));
  const { priced, total, states, yearly, shares } = settle(plan, selfPayItems(plan, given, confirmed));
  const flows = new CashFlows();
  const months = states.map((s) => monthBreakdown(plan, s, flows));
  const received = sum(plan.receipts.map((r) => r.amount));
  const counted = countedCosts(plan, states, yearly);
  const warnings = collectWarnings(plan, states, yearly, priced);
  if (counted.unlinked) warnings.push(UNLINKED_PAYOUT);
  // Each mixed course's other outcome, the rest of the plan as it is computed.
  const patientWith = (courses: string[]) => settle(plan, selfPayItems(plan, given, courses)).shares.patient;
  for (const course of mixed) {
    warnings.unshift(confirmed.includes(course)
      ? mixedBillingWarning(course, { selfPay: shares.patient, separate: patientWith(confirmed.filter((c) => c !== course)) })
      : mixedBillingWarning(course, { selfPay: patientWith([...confirmed, course]) }));
  }
  return {
    total: yen(total),
    shares,
    months,
    yearly: yearly.refunds,
    outpatientYears: yearly.outpatientYears,
    received: yen(received),
    patientNet: yen(BigInt(shares.patient) - received),
    cashFlow: cashFlow(plan, flows, yearly),
    deduction: estimateDeductions(plan, counted.byMonth),
    rules: rulesUsed(plan, states, yearly, priced, mixed.length > 0),
    warnings,
  };
}

/**
 * The lines with `courses` made self-pay, as a course that mixes 自由診療 with insured care is
 * (健康保険法86条): its insured care and meals become the patient's own fees at their full
 * priced amount (a meal at its ordinary charge), with no 高額療養費 and no programme, and count
 * for the 医療費控除 as they did. Its other fees stay as they are, payments by research funds or
 * a sponsor included. Care outside the courses is unaffected, and the plan keeps all its months,
 * so what hangs on its first month (the year the copays counted before belong to) stays as it was.
 */
function selfPayItems(plan: NormalizedPlan, priced: PricedItem[], courses: string[]): PricedItem[] {
  if (!courses.length) return priced;
  return priced.map((item): PricedItem => {
    if (!courses.includes(item.course) || (item.kind !== 'insured' && item.kind !== 'meals')) return item;
    // A programme's meal reduction goes with the programme: the meal is priced without it.
    const own = item.programs.length === 0 ? item : priceItem(plan, { ...item, programs: NO_PROGRAMS });
    return {
      ...own, kind: 'other', payer: 'patient', meals: undefined, programs: NO_PROGRAMS,
      deductible: item.kind === 'insured' || (item.deductible ?? true),
    };
  });
}

function cashFlow(plan: NormalizedPlan, flows: CashFlows, yearly: YearlyResult): CashFlowMonth[] {
  for (const r of yearly.refunds) flows.refunded(r.expectedMonth, BigInt(r.amount));
  for (const r of plan.receipts) flows.received(formatMonth(r.month), r.amount);
  return flows.rows();
}

const PROGRAM_RULE_IDS = { nanbyo: NANBYO.id, shoman: SHOMAN.id, local: LOCAL_PROGRAM.id, tokutei: TOKUTEI.id } as const;

function rulesUsed(plan: NormalizedPlan, states: MonthState[], yearly: YearlyResult, priced: PricedItem[], mixed: boolean): RuleReference[] {
  const ids = new Set<string>();
  // One pass over the months' groups and receipts; the ids are added in the order they always were.
  let anyClaim = false;
  let manyTimes = false;
  let halved = false;
  let relief = false;
  for (const s of states) {
    for (const g of s.groups) {
      for (const id of g.tableIds) ids.add(id);
      manyTimes ||= g.manyTimes;
      relief ||= g.reliefApplied;
    }
    anyClaim ||= s.claims.length > 0;
    for (const c of s.claims) halved ||= c.member.halved;
  }
  for (const item of priced) for (const id of item.ruleIds) ids.add(id);
  if (anyClaim) ['copay-rates', 'rounding', 'household-aggregation'].forEach((id) => ids.add(id));
  if (anyClaim && (plan.periods.length || plan.people.some((p) => p.brackets.length || p.insurance?.periods.length))) ids.add(BRACKET_CHANGES.id);
  if (manyTimes) ids.add('many-times');
  if (anyClaim && priced.some((i) => i.pharmacy !== undefined && i.kind === 'insured')) ids.add(OUTSIDE_PHARMACY.id);
  if (halved) ids.add('birthday-75-halving');
  if (relief) ids.add('late-elderly-2wari-relief');
  for (const r of yearly.refunds) ids.add(r.reason === 'annualCap' ? 'annual-cap' : 'outpatient-yearly');
  if (plan.supplementary || plan.people.some((p) => p.insurance?.supplementary)) ids.add('supplementary-benefit');
  for (const s of states) {
    for (const use of s.programs) {
      ids.add(PROGRAM_RULE_IDS[use.program.kind]);
      if (use.capOf.household !== undefined) ids.add(APPORTIONMENT.id);
      if (use.capOf.longTerm === 'derived') ids.add(HIGH_COST_LONG_TERM.id);
    }
  }
  if (mixed) ids.add('mixed-billing');
  ids.add('medical-expense-deduction');
  const references: RuleReference[] = [...ids].map((id) => {
    const rule = RULES_BY_ID.get(id)!;
    return { id, title: rule.title, effectiveFrom: rule.effectiveFrom, effectiveTo: rule.effectiveTo, status: rule.status, sources: rule.sources };
  });
  // The override is used wherever the annual cap is counted, refund or not.
  if (plan.overrides.annualCapPerHousehold && states.some((s) => s.claims.length && appliesTo(ANNUAL_CAP, s.month))) {
    references.push({
      id: 'override-annual-cap-per-household',
      title: { ja: '年間上限を世帯単位で計算（病院の設定値）', en: 'Annual cap counted per household (set by the hospital)' },
      effectiveFrom: ANNUAL_CAP.effectiveFrom,
      status: 'override',
      sources: ['hospital override'],
    });
  }
  if (priced.some((i) => i.overridden)) {
    references.push({
      id: 'override-meal-charge',
      title: { ja: '食事負担額（病院の設定値）', en: 'Meal charge (set by the hospital)' },
      effectiveFrom: formatMonth(Math.min(...priced.filter((i) => i.overridden).map((i) => i.month))),
      status: 'override',
      sources: ['hospital override'],
    });
  }
  return references;
}
