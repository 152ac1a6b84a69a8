import type { Breakdown, CarePlan, PlanIssue } from '../engine/index.js';

/** The detail of `futan-change` from <futan-amount-input>: the canonical amount ('' when empty) and the text as typed. */
export interface AmountChangeDetail {
  value: string;
  text: string;
}

/** The detail of `futan-invalid` from <futan-amount-input>. */
export interface AmountInvalidDetail {
  text: string;
  code: string;
  message: { ja: string; en: string };
}

/** The detail of `futan-change` from <futan-calculator>: the plan and what it costs. */
export interface PlanChangeDetail {
  plan: CarePlan;
  breakdown: Breakdown;
}

/** The detail of `futan-invalid` from <futan-calculator>: every problem of the plan. */
export interface PlanInvalidDetail {
  issues: PlanIssue[];
}

/** Events leave the shadow root and bubble, so a host page can listen on any ancestor. */
export function emit<T>(target: EventTarget, type: 'futan-change' | 'futan-invalid', detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
