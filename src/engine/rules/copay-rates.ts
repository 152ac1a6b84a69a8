import { SOURCES } from './sources.js';
import type { DatedRule } from './types.js';

/**
 * 一部負担金割合 by age. RULES.md §2. Ages are turned into months by src/engine/age.ts;
 * these are the rates and the ages where they change.
 */
export const COPAY_RATES: DatedRule & {
  preschool: string;
  working: string;
  elderly70: string;
  elderly75: string;
  activeIncome: string;
} = {
  id: 'copay-rates',
  title: { ja: '一部負担金の割合（年齢・所得区分別）', en: 'Copay rates by age and income' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.act74],
  /** Until the first 31 March after the 6th birthday (未就学). */
  preschool: '0.2',
  working: '0.3',
  /** From the month after the 70th birthday (the birthday month if born on the 1st). */
  elderly70: '0.2',
  /** 後期高齢者 一般; 一定以上所得 (2割) is set per person with `copayRate`. */
  elderly75: '0.1',
  /** 現役並み at 70 and over. */
  activeIncome: '0.3',
};
