import { SOURCES } from './sources.js';
import type { TaxRateRule } from './types.js';

/**
 * Consumption tax on fees outside insurance (先進医療, 患者申出療養, 選定療養, 自由診療).
 * Insured care is exempt. Prices are quoted tax-inclusive (総額表示).
 */
export const CONSUMPTION_TAX_RATES: readonly TaxRateRule[] = [
  {
    id: 'consumption-tax-2014-04',
    title: { ja: '消費税 8%（平成26年4月〜）', en: 'Consumption tax 8% (from 2014-04)' },
    effectiveFrom: '2014-04',
    effectiveTo: '2019-09',
    status: 'law',
    sources: [SOURCES.consumptionTax],
    ratePercent: 8,
  },
  {
    id: 'consumption-tax-2019-10',
    title: { ja: '消費税 10%（令和元年10月〜）', en: 'Consumption tax 10% (from 2019-10)' },
    effectiveFrom: '2019-10',
    status: 'law',
    sources: [SOURCES.consumptionTax],
    ratePercent: 10,
  },
];
