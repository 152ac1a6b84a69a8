import { html, nothing } from 'lit';
import { MAX_TEXT as ENGINE_TEXT } from '../../engine/read/read-input.js';
import type { Messages } from '../../i18n/messages.js';
import { MAX_NOTES, MAX_TEXT } from './read-plan.js';

/**
 * How much the counselor can type in a field: what a plan file opens again (read-plan.ts), so that
 * whatever the calculator takes, it saves and opens again. A name or a memo also goes into the
 * plan the engine reads, which takes at most 200 characters of it (read-input.ts): a longer one
 * would be saved but not computed, so there the engine's bound is the field's.
 */
export const LIMITS = {
  /** The plan's title, a line's memo and facility, a person's name, a subsidy's name. */
  name: ENGINE_TEXT,
  /** Every other text: an amount, a month, a date, an age, the patient's name on the handout. */
  text: MAX_TEXT,
  /** The notes on the handout. */
  notes: MAX_NOTES,
} as const;

/**
 * Said under a field once it is full. `maxlength` stops typing and pasting at the bound (a
 * 1 MB paste is cut there, not taken in); this says why nothing more goes in.
 */
export function limitNote(msg: Messages, value: string, max: number) {
  return value.length >= max ? html`<span class="hint limit">${msg.textLimit(max)}</span>` : nothing;
}

/** A field's note (a date's read-back), or why nothing more goes in once the field is full. */
export function noteOrLimit(msg: Messages, value: string, max: number, note: string): string {
  return value.length >= max ? msg.textLimit(max) : note;
}
