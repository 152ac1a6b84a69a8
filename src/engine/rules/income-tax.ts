import { SOURCES } from './sources.js';
import type { DatedRule, WholeYen } from './types.js';

/** 医療費控除 and the tax it saves. RULES.md §7. */
export const DEDUCTION_RULE: DatedRule & {
  floor: WholeYen;
  floorPercent: number;
  ceiling: WholeYen;
  residentPercent: number;
  surtaxPermille: number;
  brackets: { upTo?: WholeYen; percent: number }[];
} = {
  id: 'medical-expense-deduction',
  title: { ja: '医療費控除と所得税・住民税', en: 'Medical expense deduction and income and resident tax' },
  effectiveFrom: '2015-01',
  status: 'law',
  sources: [SOURCES.deduction, SOURCES.incomeTax],
  floor: 100_000,
  floorPercent: 5,
  ceiling: 2_000_000,
  residentPercent: 10,
  /** 復興特別所得税 2.1% = 21 per mille. */
  surtaxPermille: 21,
  /** Income tax rates by band of 課税される所得金額 (upper bound inclusive, in 1,000-yen steps), applied progressively. */
  brackets: [
    { upTo: 1_949_000, percent: 5 },
    { upTo: 3_299_000, percent: 10 },
    { upTo: 6_949_000, percent: 20 },
    { upTo: 8_999_000, percent: 23 },
    { upTo: 17_999_000, percent: 33 },
    { upTo: 39_999_000, percent: 40 },
    { percent: 45 },
  ],
};
