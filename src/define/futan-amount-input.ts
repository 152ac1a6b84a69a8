import { FutanAmountInput } from '../elements/futan-amount-input.js';
import { defineElement } from './define-element.js';

defineElement('futan-amount-input', FutanAmountInput);

declare global {
  interface HTMLElementTagNameMap {
    'futan-amount-input': FutanAmountInput;
  }
}
