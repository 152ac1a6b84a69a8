import { FutanBreakdown } from '../elements/futan-breakdown.js';
import { defineElement } from './define-element.js';

defineElement('futan-breakdown', FutanBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'futan-breakdown': FutanBreakdown;
  }
}
