import { FutanCalculator } from '../elements/futan-calculator/futan-calculator.js';
import { defineElement } from './define-element.js';
// The calculator renders these inside its shadow root.
import './futan-amount-input.js';
import './futan-breakdown.js';
import './futan-compare.js';
import './futan-schedule.js';
import './futan-split-bar.js';

defineElement('futan-calculator', FutanCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'futan-calculator': FutanCalculator;
  }
}
