import { SOURCES } from './sources.js';
import type { DatedRule, WholeYen } from './types.js';

/** Rules without a table of amounts, each still dated and sourced so a result can cite it. */

export const ROUNDING: DatedRule = {
  id: 'rounding',
  title: {
    ja: '端数処理（窓口負担は10円単位四捨五入、限度額の1%部分は50銭以上切上げ、給付は1円未満切捨て）',
    en: 'Rounding (window copay to 10 yen half up; 1% term to the yen at 50 sen; payments drop fractions)',
  },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.act75, SOURCES.ordinance42, SOURCES.fractionsAct],
};

export const HOUSEHOLD: DatedRule & { floor: WholeYen } = {
  id: 'household-aggregation',
  title: { ja: '世帯合算（70歳未満は1件21,000円以上を合算）', en: 'Household aggregation (under 70: receipts of 21,000 yen or more)' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.ordinance42],
  floor: 21_000,
};

export const MANY_TIMES: DatedRule & { window: number; priorMonths: number } = {
  id: 'many-times',
  title: { ja: '多数回該当（直近12か月で4回目から）', en: 'Repeated high cost (from the 4th month in 12)' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.ordinance42],
  window: 12,
  priorMonths: 3,
};

export const BIRTHDAY_75: DatedRule = {
  id: 'birthday-75-halving',
  title: { ja: '75歳到達月の自己負担限度額の特例（2分の1）', en: 'Caps halved in the month of the 75th birthday' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.ordinance42],
};

export const ANNUAL_CAP: DatedRule = {
  id: 'annual-cap',
  title: { ja: '年間上限（8月〜翌7月、申請により後日払戻し）', en: 'Annual cap (August to July, refunded later on application)' },
  effectiveFrom: '2026-08',
  status: 'law',
  sources: [SOURCES.mhlw2026],
};

export const OUTPATIENT_YEARLY: DatedRule = {
  id: 'outpatient-yearly',
  title: { ja: '外来年間合算（70歳以上 一般・低所得、8月〜翌7月）', en: 'Yearly outpatient cap (70+, general and low income, August to July)' },
  effectiveFrom: '2017-08',
  status: 'law',
  sources: [SOURCES.ordinance42, SOURCES.mhlw2026],
};

export const SUPPLEMENTARY: DatedRule = {
  id: 'supplementary-benefit',
  title: { ja: '付加給付（保険者独自の給付）', en: 'Supplementary benefit of the insurer' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: ['各健康保険組合・共済組合の規約 (insurer rules)'],
};

export const MIXED_BILLING: DatedRule = {
  id: 'mixed-billing',
  title: { ja: '混合診療の禁止（保険外併用療養費以外の自費診療との併用）', en: 'Mixed billing is forbidden' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.act86, SOURCES.jiliAdvanced],
};

/**
 * Brackets change (RULES.md §9): 国保 and 後期高齢者医療 judge the 所得区分 each August on the
 * previous year's income; 健保 set a new 標準報酬月額 each September (定時決定) and on a large
 * change of pay (随時改定). A plan names each period's bracket; every month uses its own.
 */
export const BRACKET_CHANGES: DatedRule = {
  id: 'bracket-changes',
  title: {
    ja: '所得区分の見直し（国保・後期高齢者医療は毎年8月、健保は9月の定時決定と随時改定）',
    en: 'Brackets that change (国保 and 75+ each August, 健保 each September and on a large change of pay)',
  },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.bracketChanges],
};

/** The month (1–12) each scheme sets a new bracket in (BRACKET_CHANGES): 国保 and 後期 in August, 健保 in September. */
export const BRACKET_CHANGE_MONTH = { kokuho: 8, kouki: 8, kyokai: 9, kumiai: 9, kyosai: 9 } as const;

/**
 * An outside pharmacy (院外処方) counts with the prescribing facility's outpatient receipt for
 * 高額療養費 (RULES.md §3), in the month it dispensed, but charges at its own window: its own
 * copay and its own caps (a 特定疾病 patient pays up to 10,000 there too); what the windows
 * charged above the receipt's cap comes back later.
 */
export const OUTSIDE_PHARMACY: DatedRule = {
  id: 'outside-pharmacy',
  title: {
    ja: '院外処方の薬局（高額療養費は処方元の外来と合算、窓口では薬局ごとに負担）',
    en: 'Outside pharmacy (counted with the prescriber’s outpatient receipt; charged at its own window)',
  },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.ordinance42, SOURCES.tokutei],
};
