import type { Lang } from './locale.js';

/**
 * The handout's words for a real year's facts (its 計算の前提): loaded with the handout when the
 * page is idle, both languages together (they are short), so that neither the answer nor the
 * workspace's first answer carries them. A missing word is a type error, as in the catalogues.
 */
export interface HandoutFactWords {
  factBracket(whose: string, changes: string): string;
  factTier(certificate: string, changes: string): string;
  /** A local subsidy's shape: the patient's rate or charge per visit, caps, meals, how it is paid. */
  factLocal(a: { name: string; rate?: string; perVisit?: string; visits?: string; monthlyCap?: string; outpatientCap?: string; inpatientCap?: string; perFacility: boolean; visitsPerFacility: boolean; meals: boolean; reimbursed: boolean }): string;
  /** When a reimbursed subsidy comes back, from the answer's schedule. */
  factReimbursedBack(months: string): string;
  factStacked(whose: string, national: string, local: string): string;
  factLongTermHeld(certificate: string): string;
  factLongTermDerived(certificate: string, month: string): string;
  factsTitle: string;
  /** What held before, then the changes: 「ウ、2027年8月から エ」. */
  changesAfter(first: string, changes: string): string;
}

const joinJa = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join('、');
const joinEn = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join('; ');

export const HANDOUT_FACT_WORDS: Record<Lang, HandoutFactWords> = {
  ja: {
    factBracket: (whose, changes) => `${whose}の所得区分：${changes}`,
    factTier: (certificate, changes) => `${certificate}の階層区分：${changes}`,
    factLocal: (a) =>
      `${a.name}：${joinJa([
        a.perVisit ? `自己負担は1回（1日）${a.perVisit}${a.visits ? `、月${a.visits}回まで（${a.visitsPerFacility ? '医療機関ごと、' : ''}その後は0円）` : ''}` : `自己負担 ${a.rate ?? '0割'}`,
        a.monthlyCap && `月の上限 ${a.monthlyCap}`,
        a.outpatientCap && `外来の月の上限 ${a.outpatientCap}`,
        a.inpatientCap && `入院の月の上限 ${a.inpatientCap}`,
        a.perFacility && '上限は医療機関ごと',
        a.meals ? '食事代も助成' : '食事代は対象外',
        a.reimbursed ? '償還払い（窓口ではいったん払い、申請のあと市区町村から払い戻し）' : '窓口で助成',
      ])}`,
    factReimbursedBack: (months) => `償還払いの助成は、申請のあと${months}ごろに市区町村から戻ります（月ごとの表の「あとで戻ってくる額」）`,
    factStacked: (whose, national, local) => `${whose}：${national}と${local}を併用（国の制度を先に、自治体の助成を後に適用）`,
    factLongTermHeld: (certificate) => `${certificate}：高額かつ長期に該当（計画の前から）`,
    factLongTermDerived: (certificate, month) => `${certificate}：計画の月から高額かつ長期に該当（${month}から）`,
    factsTitle: 'ほかの前提',
    changesAfter: (first, changes) => `${first}、${changes}`,
  },
  en: {
    factBracket: (whose, changes) => `${whose}: income bracket ${changes}`,
    factTier: (certificate, changes) => `${certificate}: tier ${changes}`,
    factLocal: (a) =>
      `${a.name}: ${joinEn([
        a.perVisit ? `you pay ${a.perVisit} a visit (day)${a.visits ? `, up to ${a.visits} a month${a.visitsPerFacility ? ' at each facility' : ''}, then nothing` : ''}` : `you pay ${a.rate ?? '0%'}`,
        a.monthlyCap && `monthly limit ${a.monthlyCap}`,
        a.outpatientCap && `outpatient monthly limit ${a.outpatientCap}`,
        a.inpatientCap && `inpatient monthly limit ${a.inpatientCap}`,
        a.perFacility && 'limits per facility',
        a.meals ? 'meals covered' : 'meals not covered',
        a.reimbursed ? 'paid back later (償還払い: you pay at the window, the city pays back after an application)' : 'applied at the window',
      ])}`,
    factReimbursedBack: (months) => `The reimbursed subsidy (償還払い) comes back from the city around ${months}, after an application (see “Comes back later” in the monthly table)`,
    factStacked: (whose, national, local) => `${whose}: ${national} together with ${local} (the national programme first, the municipal subsidy after it)`,
    factLongTermHeld: (certificate) => `${certificate}: high-cost long-term (高額かつ長期), held before the plan`,
    factLongTermDerived: (certificate, month) => `${certificate}: high-cost long-term (高額かつ長期) from ${month}, from the plan's months`,
    factsTitle: 'Also assumed',
    changesAfter: (first, changes) => `${first}, then ${changes}`,
  },
};
