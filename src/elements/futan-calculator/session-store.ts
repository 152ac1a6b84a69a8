import type { Draft } from './draft.js';
import { fromPlanFile, toPlanFile } from './plan-file.js';

/**
 * Keeps the plan in this tab's sessionStorage (opt-in, `persist`), so that an accidental
 * reload loses nothing. Counselors share computers, so it is off by default and a visible
 * "clear" removes it. Storage can be refused (private windows, sandboxed frames): then it
 * quietly does nothing, and the calculator works as before.
 */
export class SessionStore {
  constructor(private readonly key: string) {}

  load(): Draft | undefined {
    try {
      const text = sessionStorage.getItem(this.key);
      if (!text) return undefined;
      const read = fromPlanFile(text);
      return read.ok ? read.draft : undefined;
    } catch {
      return undefined;
    }
  }

  save(draft: Draft): void {
    try {
      sessionStorage.setItem(this.key, toPlanFile(draft));
    } catch {
      // Refused or full: nothing is kept, which is what happens without `persist` too.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing was kept.
    }
  }

  has(): boolean {
    try {
      return sessionStorage.getItem(this.key) !== null;
    } catch {
      return false;
    }
  }
}
