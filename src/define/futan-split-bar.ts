import { FutanSplitBar } from '../elements/futan-split-bar.js';
import { defineElement } from './define-element.js';

defineElement('futan-split-bar', FutanSplitBar);

declare global {
  interface HTMLElementTagNameMap {
    'futan-split-bar': FutanSplitBar;
  }
}
