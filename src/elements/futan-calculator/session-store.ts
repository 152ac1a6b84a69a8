import type { Message } from '../../engine/index.js';
import type { Draft } from './draft.js';
import { fromPlanFile, toPlanFile } from './plan-file.js';

/** What the tab held for this calculator when it was opened. */
export type Kept =
  | { kind: 'none' }
  | { kind: 'draft'; draft: Draft }
  /** Saved by a newer futan: kept as it is, and not overwritten by this one. */
  | { kind: 'newer' }
  /** Could not be read: moved aside once (never retried on the next reload), with the reasons. */
  | { kind: 'set-aside'; reasons: Message[] }
  /** sessionStorage cannot be used here (a private window, a sandboxed frame, a policy). */
  | { kind: 'unavailable' };

/**
 * Keeps the plan in this tab's sessionStorage (opt-in, `persist`), so that an accidental
 * reload loses nothing. Counselors share computers, so it is off by default and a visible
 * "clear" removes it. Every call says whether it worked, so the calculator never claims that a
 * plan is kept when the browser refused to keep it.
 */
export class SessionStore {
  constructor(private readonly key: string) {}

  /** Where a draft that could not be read is moved, so that the next reload does not try it again. */
  private get asideKey(): string {
    return `${this.key}:set-aside`;
  }

  load(): Kept {
    let text: string | null;
    try {
      text = sessionStorage.getItem(this.key);
    } catch {
      return { kind: 'unavailable' };
    }
    if (!text) return { kind: 'none' };
    const read = fromPlanFile(text);
    if (read.ok) return { kind: 'draft', draft: read.draft };
    if (read.newer) return { kind: 'newer' };
    try {
      sessionStorage.setItem(this.asideKey, text);
    } catch {
      // Full: the unreadable draft is dropped rather than read again on every reload.
    }
    this.clear();
    return { kind: 'set-aside', reasons: [read.message, ...read.reasons] };
  }

  /** Writes the draft; false when the browser refused (full, or storage blocked). */
  save(draft: Draft): boolean {
    try {
      sessionStorage.setItem(this.key, toPlanFile(draft));
      return true;
    } catch {
      return false;
    }
  }

  /** Removes what is kept; false when the browser refused. */
  clear(): boolean {
    try {
      sessionStorage.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }
}
