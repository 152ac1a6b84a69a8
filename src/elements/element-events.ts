import type { AmountChangeDetail, AmountInvalidDetail, PlanChangeDetail, PlanInvalidDetail } from './events.js';

/** The events <futan-amount-input> fires, with their details. */
export interface FutanAmountInputEventMap {
  'futan-change': CustomEvent<AmountChangeDetail>;
  'futan-invalid': CustomEvent<AmountInvalidDetail>;
}

/** The events <futan-calculator> fires, with their details. */
export interface FutanCalculatorEventMap {
  'futan-change': CustomEvent<PlanChangeDetail>;
  'futan-invalid': CustomEvent<PlanInvalidDetail>;
}

declare global {
  /**
   * Any element's listener hears futan's events from every futan element inside it (they bubble
   * and are composed), so the detail is either element's; a listener on the element itself gets
   * its own (below).
   */
  interface HTMLElementEventMap {
    'futan-change': CustomEvent<AmountChangeDetail | PlanChangeDetail>;
    'futan-invalid': CustomEvent<AmountInvalidDetail | PlanInvalidDetail>;
  }
}

/**
 * addEventListener on a futan element knows the detail of that element's own events: the
 * calculator's futan-change carries `{ plan, breakdown }`, the amount input's `{ value, text }`.
 * Declared here rather than beside each class: an interface merged into a class in its own file
 * is what typescript-eslint's no-unsafe-declaration-merging forbids.
 */
type Listener<E, V> = (this: E, event: V) => unknown;

declare module './futan-amount-input.js' {
  interface FutanAmountInput {
    addEventListener<K extends keyof FutanAmountInputEventMap>(type: K, listener: Listener<FutanAmountInput, FutanAmountInputEventMap[K]>, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: Listener<FutanAmountInput, HTMLElementEventMap[K]>, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof FutanAmountInputEventMap>(type: K, listener: Listener<FutanAmountInput, FutanAmountInputEventMap[K]>, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: Listener<FutanAmountInput, HTMLElementEventMap[K]>, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}

declare module './futan-calculator/futan-calculator.js' {
  interface FutanCalculator {
    addEventListener<K extends keyof FutanCalculatorEventMap>(type: K, listener: Listener<FutanCalculator, FutanCalculatorEventMap[K]>, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: Listener<FutanCalculator, HTMLElementEventMap[K]>, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof FutanCalculatorEventMap>(type: K, listener: Listener<FutanCalculator, FutanCalculatorEventMap[K]>, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: Listener<FutanCalculator, HTMLElementEventMap[K]>, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
