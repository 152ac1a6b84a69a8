import { FutanAmountInput } from '../futan-amount-input.js';
import { FutanBreakdown } from '../futan-breakdown.js';
import { FutanCompare } from '../futan-compare.js';
import { FutanSchedule } from '../futan-schedule.js';
import { FutanSplitBar } from '../futan-split-bar.js';

/** The futan elements the calculator renders in its shadow root, by the tags it renders them with. */
export const INNER_ELEMENTS: Record<string, CustomElementConstructor> = {
  'futan-amount-input': FutanAmountInput,
  'futan-breakdown': FutanBreakdown,
  'futan-compare': FutanCompare,
  'futan-schedule': FutanSchedule,
  'futan-split-bar': FutanSplitBar,
};
