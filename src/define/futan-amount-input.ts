import { FutanAmountInput } from '../elements/futan-amount-input.js';
import { defineElement } from './define-element.js';
// Its events' details, for addEventListener on it (and futan-change in HTMLElementEventMap).
export type { FutanAmountInputEventMap } from '../elements/element-events.js';

defineElement('futan-amount-input', FutanAmountInput);

declare global {
  interface HTMLElementTagNameMap {
    'futan-amount-input': FutanAmountInput;
  }
}
