import type { Scheme } from '../engine/index.js';
import type { Lang } from './locale.js';

/**
 * What each bracket means in terms a patient knows: 標準報酬月額 for employees' insurance,
 * 旧ただし書き所得 for 国保 (RULES.md §3), and a rough 年収 beside each, since most people know
 * only that. Guides only: the insurer's notice decides.
 */
type Guide = Record<Lang, string>;

const EMPLOYEE: Record<string, Guide> = {
  ア: { ja: '標準報酬月額 83万円以上（年収 約1,160万円〜）', en: 'monthly remuneration ¥830,000+ (income about ¥11.6M+)' },
  イ: { ja: '標準報酬月額 53万〜79万円（年収 約770万〜1,160万円）', en: 'monthly remuneration ¥530,000–790,000 (income about ¥7.7M–11.6M)' },
  ウ: { ja: '標準報酬月額 28万〜50万円（年収 約370万〜770万円）', en: 'monthly remuneration ¥280,000–500,000 (income about ¥3.7M–7.7M)' },
  エ: { ja: '標準報酬月額 26万円以下（年収 約370万円まで）', en: 'monthly remuneration up to ¥260,000 (income up to about ¥3.7M)' },
};

const NATIONAL: Record<string, Guide> = {
  ア: { ja: '所得 901万円超（年収 約1,160万円〜）', en: 'income after deductions over ¥9.01M (income about ¥11.6M+)' },
  イ: { ja: '所得 600万〜901万円（年収 約770万〜1,160万円）', en: 'income after deductions ¥6M–9.01M (income about ¥7.7M–11.6M)' },
  ウ: { ja: '所得 210万〜600万円（年収 約370万〜770万円）', en: 'income after deductions ¥2.1M–6M (income about ¥3.7M–7.7M)' },
  エ: { ja: '所得 210万円以下（年収 約370万円まで）', en: 'income after deductions up to ¥2.1M (income up to about ¥3.7M)' },
};

const COMMON: Record<string, Guide> = {
  オ: { ja: '住民税非課税', en: 'exempt from resident tax' },
  現役並みⅢ: { ja: '課税所得 690万円以上（年収 約1,160万円〜）', en: 'taxable income ¥6.9M+ (income about ¥11.6M+)' },
  現役並みⅡ: { ja: '課税所得 380万円以上（年収 約770万〜1,160万円）', en: 'taxable income ¥3.8M+ (income about ¥7.7M–11.6M)' },
  現役並みⅠ: { ja: '課税所得 145万円以上（年収 約370万〜770万円）', en: 'taxable income ¥1.45M+ (income about ¥3.7M–7.7M)' },
  一般: { ja: '年収 約156万〜370万円', en: 'income about ¥1.56M–3.7M' },
  低所得Ⅱ: { ja: '住民税非課税', en: 'exempt from resident tax' },
  低所得Ⅰ: { ja: '住民税非課税（年金収入80万円以下など）', en: 'exempt from resident tax (pension up to ¥800,000, etc.)' },
};

export function incomeGuide(bracket: string, scheme: Scheme, lang: Lang): string {
  const table = scheme === 'kokuho' ? NATIONAL : EMPLOYEE;
  return (table[bracket] ?? COMMON[bracket])?.[lang] ?? '';
}
