import { FutanCompare } from '../elements/futan-compare.js';
import { defineElement } from './define-element.js';

defineElement('futan-compare', FutanCompare);

declare global {
  interface HTMLElementTagNameMap {
    'futan-compare': FutanCompare;
  }
}
