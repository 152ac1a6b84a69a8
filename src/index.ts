/**
 * futan: who pays what for a course of treatment in Japan, to the yen.
 * The engine (also published alone as `futan/engine`), the element classes, and the ready-made
 * care paths. Importing this module registers nothing: import `futan/define` (or one element's
 * define module) for that.
 */
export * from './engine/index.js';
export { FutanAmountInput } from './elements/futan-amount-input.js';
export { FutanBreakdown } from './elements/futan-breakdown.js';
export { FutanCalculator } from './elements/futan-calculator/futan-calculator.js';
export { FutanCompare, type CarePath } from './elements/futan-compare.js';
export { FutanSchedule } from './elements/futan-schedule.js';
export { FutanSplitBar } from './elements/futan-split-bar.js';
export type { AmountChangeDetail, AmountInvalidDetail, PlanChangeDetail, PlanInvalidDetail } from './elements/events.js';
export type { FutanAmountInputEventMap, FutanCalculatorEventMap } from './elements/element-events.js';
export { SCENARIOS, scenarioById, type Scenario } from './scenarios/index.js';
export { defineElement } from './define/define-element.js';
export { FUTAN_VERSION } from './version.js';
