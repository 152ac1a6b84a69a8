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

/**
 * Captured when this module loads, before a page's later scripts can replace it. It copies own
 * enumerable keys only, each as an own data property (a plan's own `__proto__` key stays a key,
 * never a prototype), reads nothing through Object.prototype and calls no Array.prototype method
 * a page may have replaced.
 */
const clone = globalThis.structuredClone;

/** A copy of plain data to hand out (CONVENTIONS 16); throws on a value that is not plain data. */
export const copyOf = <T>(value: T): T => clone(value);

/**
 * Events leave the shadow root and bubble, so a host page can listen on any ancestor.
 *
 * The detail is a copy (CONVENTIONS 16): the calculator's plan and breakdown are the objects its
 * draft, history, answer and handout hold, and a host editing them in place would change those.
 * Copied, not frozen: the copy is the host's own, to edit (say into a variant it sets back as
 * `plan`) without a strict-mode TypeError; nothing it does to it reaches inside. Details are
 * plain data (the engine's output; a plan whose kept fields read-plan.ts copied as plain data),
 * so a value that cannot be copied is a bug of ours: it is logged and the event not sent, rather
 * than handing out the live objects or throwing into the page.
 */
export function emit<T>(target: EventTarget, type: 'futan-change' | 'futan-invalid', detail: T): void {
  let copy: T;
  try {
    copy = copyOf(detail);
  } catch (error) {
    console.error(`futan: the ${type} detail could not be copied`, error);
    return;
  }
  target.dispatchEvent(new CustomEvent<T>(type, { detail: copy, bubbles: true, composed: true }));
}
