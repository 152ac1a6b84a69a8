import { SOURCES } from './sources.js';
import type { ProgramTier } from '../types.js';
import type { DatedRule, WholeYen } from './types.js';

/**
 * Public programmes (公費負担医療) and 特定疾病. RULES.md §8. They sit on top of insurance: the
 * programme pays what is left of the insured copay above the patient's programme amount.
 */

/** The patient's monthly cap by tier: ordinary, and the lower variants the certificate names. */
export interface ProgramCapRow {
  tier: ProgramTier;
  general: WholeYen;
  /** 指定難病 高額かつ長期; 小児慢性 重症. */
  reduced: WholeYen;
  ventilator: WholeYen;
}

export interface ProgramRule extends DatedRule {
  /** The patient's share of the 10割 fee under the programme (a copay of 1割 stays 1割). */
  patientRate: string;
  caps: ProgramCapRow[];
}

export const NANBYO: ProgramRule = {
  id: 'public-nanbyo',
  title: { ja: '指定難病 特定医療費（難病法、月額上限は全ての指定医療機関の合計）', en: 'Designated intractable disease (monthly cap across every designated facility)' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.nanbyo],
  patientRate: '0.2',
  caps: [
    { tier: '生活保護', general: 0, reduced: 0, ventilator: 0 },
    { tier: '低所得Ⅰ', general: 2_500, reduced: 2_500, ventilator: 1_000 },
    { tier: '低所得Ⅱ', general: 5_000, reduced: 5_000, ventilator: 1_000 },
    { tier: '一般所得Ⅰ', general: 10_000, reduced: 5_000, ventilator: 1_000 },
    { tier: '一般所得Ⅱ', general: 20_000, reduced: 10_000, ventilator: 1_000 },
    { tier: '上位所得', general: 30_000, reduced: 20_000, ventilator: 1_000 },
  ],
};

/** 小児慢性特定疾病: the same structure at half the amounts; `reduced` is 重症. */
export const SHOMAN: ProgramRule = {
  id: 'public-shoman',
  title: { ja: '小児慢性特定疾病 医療費助成（児童福祉法）', en: 'Chronic specific paediatric disease (Child Welfare Act)' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.shoman],
  patientRate: '0.2',
  caps: [
    { tier: '生活保護', general: 0, reduced: 0, ventilator: 0 },
    { tier: '低所得Ⅰ', general: 1_250, reduced: 1_250, ventilator: 500 },
    { tier: '低所得Ⅱ', general: 2_500, reduced: 2_500, ventilator: 500 },
    { tier: '一般所得Ⅰ', general: 5_000, reduced: 2_500, ventilator: 500 },
    { tier: '一般所得Ⅱ', general: 10_000, reduced: 5_000, ventilator: 500 },
    { tier: '上位所得', general: 15_000, reduced: 10_000, ventilator: 500 },
  ],
};

/**
 * 世帯按分 (RULES.md §8): where several people of one insurance household hold a 指定難病 or 小慢
 * certificate, the household's cap is the highest of their caps, and each person's cap is that
 * amount times their own cap over the sum of their caps (30,000 and 10,000 → 22,500 and 7,500).
 * Between these two programmes only. How a fraction of a yen is rounded is not in our sources:
 * `roundingUnit` drops it (a yen), and the result says so where a cap had one.
 */
export const APPORTIONMENT: DatedRule & { roundingUnit: WholeYen } = {
  id: 'public-apportionment',
  title: {
    ja: '世帯按分（同じ世帯に指定難病・小児慢性の受給者が複数いるとき、最も高い上限額を各人の上限額の比で按分）',
    en: 'Shared cap (several certificate holders in one household: the highest cap, shared in proportion to their own caps)',
  },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.apportionment],
  roundingUnit: 1,
};

/**
 * 高額かつ長期 (指定難病): six months or more in twelve with a 10割 fee over 50,000 yen for the
 * disease lower the cap (RULES.md §8). Derived from the plan's months: from the month after the
 * sixth such month within the last twelve (the certificate is changed on application, from the
 * month after it, so the earliest is taken).
 */
export const HIGH_COST_LONG_TERM: DatedRule & { feeOver: WholeYen; months: number; window: number } = {
  id: 'nanbyo-high-cost-long-term',
  title: {
    ja: '指定難病の高額かつ長期（医療費総額5万円超の月が12か月で6回以上、申請の翌月から上限額を軽減）',
    en: 'Designated disease, high cost over a long term (6 months in 12 with a fee over 50,000 yen: a lower cap from the month after the application)',
  },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.nanbyo],
  feeOver: 50_000,
  months: 6,
  window: 12,
};

/** 特定疾病療養 (マル長): an insurance benefit, per facility and inpatient/outpatient. */
export const TOKUTEI: DatedRule & { cap: WholeYen; highIncomeDialysisCap: WholeYen } = {
  id: 'specific-disease',
  title: { ja: '特定疾病療養（マル長、医療機関・入院/外来ごとに月1万円）', en: 'Specific disease (10,000 yen a month per facility and setting)' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.tokutei],
  cap: 10_000,
  /** Under 70, ア・イ, on dialysis. */
  highIncomeDialysisCap: 20_000,
};

/**
 * The reduced meal charge of 指定難病 patients (not of 低所得, who pay the low-income rates). It is
 * the insurance 標準負担額 for them: the rest of the meal's cost is the insurer's 入院時食事療養費,
 * not the programme's (RULES.md §8).
 */
export const NANBYO_MEALS: readonly (DatedRule & { perMeal: WholeYen })[] = [
  {
    id: 'nanbyo-meals-to-2024-05', title: { ja: '指定難病患者の食事負担額（〜令和6年5月）', en: 'Meal charge of designated-disease patients (to 2024-05)' },
    effectiveFrom: '2015-01', effectiveTo: '2024-05', status: 'law', sources: [SOURCES.nanbyoMeals], perMeal: 260,
  },
  {
    id: 'nanbyo-meals-2024-06', title: { ja: '指定難病患者の食事負担額（令和6年6月〜）', en: 'Meal charge of designated-disease patients (from 2024-06)' },
    effectiveFrom: '2024-06', effectiveTo: '2025-03', status: 'law', sources: [SOURCES.nanbyoMeals], perMeal: 280,
  },
  {
    id: 'nanbyo-meals-2025-04', title: { ja: '指定難病患者の食事負担額（令和7年4月〜）', en: 'Meal charge of designated-disease patients (from 2025-04)' },
    effectiveFrom: '2025-04', status: 'law', sources: [SOURCES.nanbyoMeals], perMeal: 300,
  },
];

/**
 * 小児慢性: the patient pays half of the reduced 指定難病・小慢 charge (NANBYO_MEALS: 300 → 150 from
 * 2025-04, 280 → 140 from 2024-06, 260 → 130 before), not half of the general one; 低所得 half of
 * their own rate. Settled in RULES.md §8; the id is kept from when the base was unconfirmed.
 */
export const SHOMAN_MEALS: DatedRule & { divisor: WholeYen } = {
  id: 'shoman-meals-half', title: { ja: '小児慢性特定疾病の食事負担（指定難病・小慢の軽減後の標準負担額の2分の1）', en: 'Meals under the paediatric programme (half the reduced charge of designated diseases)' },
  effectiveFrom: '2015-01', status: 'law', sources: [SOURCES.shoman, SOURCES.shomanMeals], divisor: 2,
};

/** A municipal subsidy: its rate and cap are the hospital's (RULES.md §8). */
export const LOCAL_PROGRAM: DatedRule = {
  id: 'public-local', title: { ja: '地方単独の医療費助成（病院が設定した負担割合・上限）', en: 'Local medical subsidy (rate and cap set by the hospital)' },
  effectiveFrom: '2015-01', status: 'law', sources: ['municipal subsidy as set by the hospital'],
};
