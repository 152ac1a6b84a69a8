import type { Draft } from './draft.js';

/**
 * Every state the counselor's plan has been in, so that every edit can be undone and redone:
 * a typed character, a removed line, a template chosen, a file opened. Drafts are never changed
 * in place (each edit makes a new one), so a step is just the draft it left behind.
 *
 * Typing into one field is one step, not one per key: an edit with the same `field` as the step
 * before it replaces that step, until another field is edited or the counselor undoes.
 */
export interface Step {
  draft: Draft;
  /** The control the edit was made in (its `data-focus`), where focus goes back on undo and redo. */
  field: string;
}

/** Plenty for a consultation; older steps are let go so a long session does not grow without end. */
const MAX_STEPS = 200;

export class DraftHistory {
  private past: Step[] = [];
  private future: Step[] = [];
  /** Whether the next edit of the same field may be folded into the last step. */
  private open = false;

  constructor(private current: Step) {}

  get draft(): Draft {
    return this.current.draft;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new state from an edit in `field`; typing on in the same field stays one step. */
  record(draft: Draft, field: string, typing = false): void {
    if (typing && this.open && this.current.field === field) {
      this.current = { draft, field };
      return;
    }
    this.past.push(this.current);
    if (this.past.length > MAX_STEPS) this.past.shift();
    this.current = { draft, field };
    this.future = [];
    this.open = typing;
  }

  /** Starts again from a draft (code set a plan): nothing before it can be undone. */
  reset(draft: Draft): void {
    this.past = [];
    this.future = [];
    this.current = { draft, field: '' };
    this.open = false;
  }

  /** Goes one step back; returns the field of the edit undone, or undefined with nothing to undo. */
  undo(): string | undefined {
    const previous = this.past.pop();
    if (!previous) return undefined;
    const undone = this.current;
    this.future.push(undone);
    this.current = previous;
    this.open = false;
    return undone.field;
  }

  /** Goes one step forward again; returns the field of the edit redone. */
  redo(): string | undefined {
    const next = this.future.pop();
    if (!next) return undefined;
    this.past.push(this.current);
    this.current = next;
    this.open = false;
    return next.field;
  }
}
