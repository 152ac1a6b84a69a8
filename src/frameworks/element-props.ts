import type { FutanAmountInputEventMap, FutanCalculatorEventMap } from '../elements/element-events.js';
import type { FutanAmountInput } from '../elements/futan-amount-input.js';
import type { FutanBreakdown } from '../elements/futan-breakdown.js';
import type { FutanCalculator } from '../elements/futan-calculator/futan-calculator.js';
import type { FutanCompare } from '../elements/futan-compare.js';
import type { FutanSchedule } from '../elements/futan-schedule.js';
import type { FutanSplitBar } from '../elements/futan-split-bar.js';

/**
 * What a framework may set on each futan element (its public properties) and the events it
 * fires: the one list futan/react, futan/vue and futan/svelte are made from. Type-only.
 */
export interface FutanElements {
  'futan-amount-input': { element: FutanAmountInput; props: Pick<FutanAmountInput, 'value' | 'label' | 'hideLabel' | 'name' | 'required' | 'disabled' | 'placeholder'>; events: FutanAmountInputEventMap };
  'futan-breakdown': { element: FutanBreakdown; props: Pick<FutanBreakdown, 'breakdown' | 'hideRules'>; events: object };
  'futan-calculator': { element: FutanCalculator; props: Pick<FutanCalculator, 'plan' | 'scenario' | 'persist'>; events: FutanCalculatorEventMap };
  'futan-compare': { element: FutanCompare; props: Pick<FutanCompare, 'paths'>; events: object };
  'futan-schedule': { element: FutanSchedule; props: Pick<FutanSchedule, 'breakdown' | 'plan'>; events: object };
  'futan-split-bar': { element: FutanSplitBar; props: Pick<FutanSplitBar, 'breakdown'>; events: object };
}

export type FutanTag = keyof FutanElements;
