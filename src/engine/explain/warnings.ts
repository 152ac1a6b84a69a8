import { ageInMonth } from '../age.js';
import { formatMonth, parseMonth } from '../calendar.js';
import { DEFAULT_COURSE, personOf } from '../read/normalize.js';
import { groupDigits } from './explain.js';
import type { MonthState } from '../settle/monthly.js';
import type { NormalizedPlan } from '../read/normalize.js';
import type { PricedItem } from '../price/price.js';
import { activeProgram } from '../read/read-programs.js';
import { APPORTIONMENT, ELDERLY_2026, ELDERLY_CHANGE_PLANNED_FROM, HIGH_COST_LONG_TERM, MEALS_2026_UNCONFIRMED, MIXED_BILLING, UNDER70_2027_PLANNED } from '../rules/index.js';
import type { PlanWarning } from '../types.js';
import type { YearlyResult } from '../year/yearly.js';

/** Everything a counselor must tell the patient beside the numbers. */

const INSURED_COURSE_KINDS = new Set(['insured', 'advanced', 'patientRequested', 'trial']);
const ELDERLY_CHANGE_FROM = parseMonth(ELDERLY_CHANGE_PLANNED_FROM)!;
/** From this month the 75+ scheme is assumed to follow the new 70+ caps (not confirmed). */
const LATE_ELDERLY_NEW_CAPS = parseMonth(ELDERLY_2026.effectiveFrom)!;

/** Courses in which 自由診療 sits beside insured care: the whole course may become self-pay. */
export function mixedCourses(items: Pick<PricedItem, 'kind' | 'course'>[]): string[] {
  const courses = new Set(items.filter((i) => i.kind === 'free').map((i) => i.course));
  return [...courses].filter((course) => items.some((i) => i.course === course && INSURED_COURSE_KINDS.has(i.kind))).sort();
}

const monthsWhere = (states: MonthState[], test: (s: MonthState) => boolean) =>
  states.filter(test).map((s) => formatMonth(s.month));

export function collectWarnings(plan: NormalizedPlan, states: MonthState[], yearly: YearlyResult, priced: PricedItem[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const add = (w: PlanWarning) => warnings.push(w);

  const planned = monthsWhere(states, (s) => s.groups.some((g) => g.tableIds.includes(UNDER70_2027_PLANNED.id)));
  if (planned.length) {
    add({
      code: 'planned-rules', months: planned, ruleId: UNDER70_2027_PLANNED.id,
      message: {
        ja: '2027年8月以降の月は、まだ法令になっていない予定の限度額表（13区分）で計算しています。',
        en: 'Months from 2027-08 use the planned 13-band table, which is not yet law.',
      },
    });
  }
  const elderlyPlanned = monthsWhere(states, (s) => s.month >= ELDERLY_CHANGE_FROM && s.claims.some((c) => c.member.elderly));
  if (elderlyPlanned.length) {
    add({
      code: 'planned-rules', months: elderlyPlanned,
      message: {
        ja: '70歳以上の限度額も2027年8月から見直される予定ですが、まだ公表されていません。これらの月は2026年8月からの表で計算しています。',
        en: 'The caps for people 70 and over are also planned to change from 2027-08, not yet published; these months use the table from 2026-08.',
      },
    });
  }
  if (states.some((s) => s.groups.some((g) => g.assumedLowestBand))) {
    add({
      code: 'assumption', ruleId: UNDER70_2027_PLANNED.id,
      message: {
        ja: '予定の13区分では同じ区分が細かく分かれます。標準報酬月額がないため、その区分のいちばん低い段階で計算しました。標準報酬月額を入力すると正確になります。',
        en: 'The planned 13 bands split each bracket; without the monthly remuneration the lowest band of the bracket was used. Enter it for the exact band.',
      },
    });
  }

  const unconfirmedMeals = monthsWhere(states, (s) => s.items.some((i) => i.unconfirmed));
  if (unconfirmedMeals.length) {
    add({
      code: 'unconfirmed-rule', months: unconfirmedMeals, ruleId: MEALS_2026_UNCONFIRMED.id,
      message: {
        ja: '2026年改定後の食事負担額は確認できていません。基準額の引上げ分（690円→730円）がすべて患者負担になると仮定し1食550円で計算しています。病院の金額で上書きできます。',
        en: 'The meal charge after the 2026 revision is not confirmed: 550 yen a meal assumes patients bear all of the base increase (690 → 730). A hospital can override it.',
      },
    });
  }

  const lateElderly = monthsWhere(states, (s) => s.month >= LATE_ELDERLY_NEW_CAPS && s.claims.some((c) => c.member.band === 'late75'));
  if (lateElderly.length) {
    add({
      code: 'unconfirmed-rule', months: lateElderly,
      message: {
        ja: '後期高齢者医療に2026年8月からの限度額が適用されることは、広域連合の資料で確認できていません（同額と仮定）。',
        en: 'That the 2026-08 caps apply to the 75+ scheme is not confirmed by a regional union (assumed the same).',
      },
    });
  }
  if (yearly.refunds.some((r) => r.reason === 'annualCap')) {
    add({
      code: 'unconfirmed-rule',
      message: {
        ja: '年間上限を個人単位で数えるか世帯単位で数えるかは公表されていません。払戻しは申請後、年度（8月〜翌7月）の終了後です。',
        en: 'Whether the annual cap counts per person or per household is not published; the refund comes after the year (August to July), on application.',
      },
    });
  }

  const birthdayMonths = priced.filter((i) => {
    if (i.kind !== 'insured' || i.day !== undefined) return false;
    const person = personOf(plan, i.person);
    return ageInMonth(person, i.month).birthday75;
  });
  if (birthdayMonths.length) {
    add({
      code: 'assumption', months: [...new Set(birthdayMonths.map((i) => i.month))].sort((a, b) => a - b).map(formatMonth),
      message: {
        ja: '75歳の誕生月は、誕生日の前後で保険者が替わり、限度額はそれぞれ2分の1です。日付のない明細は誕生日以降（後期高齢者医療）として計算しました。',
        en: 'In the month of the 75th birthday the insurer changes on the birthday and each cap is halved; lines without a day were counted from the birthday on.',
      },
    });
  }

  if (!plan.peopleGiven) {
    add({
      code: 'assumption',
      message: {
        ja: '年齢が入力されていないため、6歳以上70歳未満（3割負担）として計算しました。',
        en: 'No age was given: the patient is taken to be between 6 and 69 (30% copay).',
      },
    });
  }
  const nearThreshold = plan.people.filter((p) => !p.birth && p.age !== undefined && [5, 69, 74].includes(p.age));
  if (nearThreshold.length && states.length > 1) {
    add({
      code: 'assumption',
      message: {
        ja: '年齢だけが入力され、計画の期間中に6歳・70歳・75歳になるかもしれません。生年月日を入力すると、誕生日による変化も計算します。',
        en: 'Only an age was given and it may change during the plan at 6, 70 or 75; a birth date lets the engine follow the birthday.',
      },
    });
  }

  if (priced.some((i) => i.kind === 'advanced')) {
    add({
      code: 'assumption',
      message: {
        ja: '先進医療は、その技術と適応について届け出た医療機関で、告示の期間内に受ける場合に限り保険診療と併用できます。そうでなければ全額自己負担です。',
        en: '先進医療 combines with insurance only at a facility approved for that technique and indication while it is listed; otherwise everything is self-pay.',
      },
    });
  }
  if (priced.some((i) => i.kind === 'patientRequested' && i.payer === 'privateInsurance')) {
    add({
      code: 'private-rider-excludes',
      message: {
        ja: '民間の先進医療特約は、多くの場合、患者申出療養を支払いの対象外としています。契約内容を確認してください。',
        en: 'Private 先進医療 riders usually exclude 患者申出療養: check the policy.',
      },
    });
  }
  if (plan.supplementary || plan.people.some((p) => p.insurance?.supplementary)) {
    add({
      code: 'assumption',
      message: {
        ja: '付加給付は、レセプト1件（本人・医療機関・入院/外来ごと）の高額療養費後の負担から控除額を引き、端数を切り捨てて計算しています。保険者の規約で異なることがあります。',
        en: 'The supplementary benefit is worked out per receipt (person, facility, inpatient/outpatient) on the copay after high-cost benefits; insurers’ rules can differ.',
      },
    });
  }
  const assumedBracket = monthsWhere(states, (s) => s.claims.some((c) => c.member.bracketAssumed));
  if (assumedBracket.length) {
    add({
      code: 'assumption', months: assumedBracket,
      message: {
        ja: '70歳以上の方の所得区分を世帯の情報から決められないため「一般」として計算しました（国民健康保険では70歳以上の方の所得で決まります）。その方の所得区分を入力すると正確になります。',
        en: 'The bracket of a member 70 or over cannot be derived from the household’s (under 国保 it follows the 70+ members’ income): 一般 was assumed. Enter their own bracket for the exact figure.',
      },
    });
  }
  const derived = monthsWhere(states, (s) => s.programs.some((u) => u.capOf.longTerm === 'derived'));
  if (derived.length) {
    add({
      code: 'assumption', months: derived, ruleId: HIGH_COST_LONG_TERM.id,
      message: {
        ja: '指定難病の医療費総額（10割）が5万円を超える月が12か月に6回以上あるため、これらの月は「高額かつ長期」の上限額で計算しています。受給者証の変更の申請が必要で、申請した月の翌月から適用されます（ここでは6回目の翌月に申請したとしています）。',
        en: 'Six months or more in twelve had a fee (10割) over ¥50,000 for the designated disease: these months use the lower “high cost over a long term” cap. It needs an application to change the certificate and applies from the month after it (taken here as made in the month after the sixth).',
      },
    });
  }
  const fractions = monthsWhere(states, (s) => s.programs.some((u) => u.capOf.fractionDropped));
  if (fractions.length) {
    add({
      code: 'assumption', months: fractions, ruleId: APPORTIONMENT.id,
      message: {
        ja: '世帯按分した上限額に1円未満の端数が出たため、切り捨てています（端数の扱いは確認できていません。受給者証に書かれた上限額と違うときは、受給者証の額が正しい額です）。',
        en: 'A shared cap came to a fraction of a yen, which was dropped (how it is rounded is not confirmed: where the certificate shows another amount, the certificate is right).',
      },
    });
  }
  const outsideCertificate = monthsWhere(states, (s) => s.items.some((i) => i.kind === 'insured' && i.programs.some((key) => !activeProgram(personOf(plan, i.person).programs, key, i.month))));
  if (outsideCertificate.length) {
    add({
      code: 'assumption', months: outsideCertificate,
      message: {
        ja: '受給者証の有効期間外の月は、公費・特定疾病の対象とせず通常の保険診療として計算しています。',
        en: 'In months outside a certificate’s validity, its lines are counted as ordinary insured care.',
      },
    });
  }

  if (states.some((s) => s.claims.some((c) => !c.card && c.window > c.final))) {
    add({
      code: 'refund-later',
      message: {
        ja: 'マイナ保険証（同意あり）や限度額適用認定証がないと、窓口で自己負担を全額支払い、高額療養費は3〜4か月後に払い戻されます。高額療養費貸付で8〜9割を先に受け取れることもあります。',
        en: 'Without a My Number insurance card (with consent) or a ceiling certificate, the full copay is paid at the window and the benefit comes 3–4 months later; a loan can advance 80–90%.',
      },
    });
  }
  return warnings;
}

/**
 * The warning of a course that mixes 自由診療 with insured care. `separate` is given for a course
 * confirmed as one (`selfPayCourses`), which the breakdown then computes as self-pay: the
 * warning stays so that the question stays in view, with what a separate course would cost.
 */
export function mixedBillingWarning(course: string, figures: { selfPay: string; separate?: string }): PlanWarning {
  const { selfPay, separate } = figures;
  const amount = groupDigits(selfPay);
  // Name the course only when the plan named it: the default one has no name a patient knows.
  const named = course === DEFAULT_COURSE ? { ja: '', en: '' } : { ja: `（${course}）`, en: ` (${course})` };
  if (separate !== undefined) {
    const apart = groupDigits(separate);
    return {
      code: 'mixed-billing', ruleId: MIXED_BILLING.id, patientIfSelfPay: selfPay, patientIfSeparate: separate,
      message: {
        ja: `自由診療が保険診療と同じ一連の治療${named.ja}であると確認されたため、混合診療として、保険診療の部分も含めて全額自己負担で計算しています（健康保険法86条）。患者負担は ${amount} 円です（別の治療であれば ${apart} 円）。`,
        en: `The uninsured, self-paid care was confirmed to be part of the same course of treatment${named.en} as insured care: as mixed billing, the whole course is computed as self-pay, insured part included. The patient pays ¥${amount} (¥${apart} were it a separate course).`,
      },
    };
  }
  return {
    code: 'mixed-billing', ruleId: MIXED_BILLING.id, patientIfSelfPay: selfPay,
    message: {
      ja: `自由診療と保険診療が同じ一連の治療${named.ja}に含まれています。混合診療にあたると、保険診療の部分も含めて全額自己負担になり、患者負担は ${amount} 円になります。`,
      en: `Uninsured, self-paid care sits in the same course of treatment${named.en} as insured care. If this is mixed billing, the whole course becomes self-pay, insured part included: the patient would pay ¥${amount}.`,
    },
  };
}
