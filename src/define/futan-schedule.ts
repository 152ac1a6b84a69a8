import { FutanSchedule } from '../elements/futan-schedule.js';
import { defineElement } from './define-element.js';

defineElement('futan-schedule', FutanSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'futan-schedule': FutanSchedule;
  }
}
