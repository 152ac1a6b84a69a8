import { FutanCalculator } from '../elements/futan-calculator/futan-calculator.js';
import { defineElement } from './define-element.js';
// Its events' details, for addEventListener on it (and futan-change in HTMLElementEventMap).
export type { FutanCalculatorEventMap } from '../elements/element-events.js';

// Registers the elements the calculator renders inside too (FutanCalculator.dependencies:
// the amount input, breakdown, compare, schedule and split bar).
defineElement('futan-calculator', FutanCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'futan-calculator': FutanCalculator;
  }
}
