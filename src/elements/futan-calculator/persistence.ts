import type { Message } from '../../engine/index.js';
import type { Draft } from './draft.js';
import { SessionStore } from './session-store.js';

/**
 * What `persist` has done, in words the counselor can trust: "kept" only after a write the
 * browser accepted.
 * - off: not asked to keep anything
 * - waiting: asked, nothing written yet
 * - kept: the last edit is in this tab's storage
 * - failed: the browser refused the last write (full, private window, sandboxed frame)
 * - blocked: this calculator does not write at all (see `notice`)
 */
export type PersistStatus = 'off' | 'waiting' | 'kept' | 'failed' | 'blocked';

export type PersistNotice = 'conflict' | 'newer' | 'set-aside';

/** Storage keys in use on this page, so that two calculators never write over each other. */
const claimed = new Map<string, Element>();

/**
 * Keeps one calculator's draft in the tab. The key is the page's path and the element's id, so a
 * calculator on another page of the same site does not restore this one's plan; two calculators
 * without an id on one page would share a key, so the second one refuses to keep anything and
 * says why instead of silently overwriting the first.
 */
export class Persistence {
  status: PersistStatus = 'off';
  /** Whether `start()` was called and `stop()` not since. */
  started = false;
  notice?: PersistNotice;
  /** Why a kept draft was set aside. */
  reasons: Message[] = [];
  private store?: SessionStore;
  private key = '';

  constructor(private readonly host: Element) {}

  /** This calculator's key in the tab's storage: the page's path and the element's id. */
  private get tabKey(): string {
    return `futan-calculator:${location.pathname}#${this.host.id}`;
  }

  /**
   * Whether the tab holds a draft of this calculator: the switch was on when the page was left
   * (switching it off removes what was kept), so it is on again after a reload.
   */
  keptInTab(): boolean {
    try {
      return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(this.tabKey) !== null;
    } catch {
      return false;
    }
  }

  /** Starts keeping; returns the draft this tab kept for the calculator, if there is one to restore. */
  start(): Draft | undefined {
    this.started = true;
    this.key = this.tabKey;
    const owner = claimed.get(this.key);
    if (owner && owner !== this.host && owner.isConnected) {
      this.block('conflict');
      return undefined;
    }
    claimed.set(this.key, this.host);
    this.store = new SessionStore(this.key);
    const kept = this.store.load();
    this.status = 'waiting';
    switch (kept.kind) {
      case 'draft':
        this.status = 'kept';
        return kept.draft;
      case 'newer':
        // Another futan's draft: keep it untouched for that version, and write nothing here.
        this.block('newer');
        return undefined;
      case 'set-aside':
        this.notice = 'set-aside';
        this.reasons = kept.reasons;
        return undefined;
      case 'unavailable':
        this.status = 'failed';
        return undefined;
      case 'none':
        return undefined;
    }
  }

  stop(): void {
    if (claimed.get(this.key) === this.host) claimed.delete(this.key);
    this.store = undefined;
    this.started = false;
    this.status = 'off';
    this.notice = undefined;
  }

  save(draft: Draft): void {
    if (!this.store) return;
    this.status = this.store.save(draft) ? 'kept' : 'failed';
  }

  /** Removes what was kept; the calculator goes on keeping from the next edit. */
  clear(): void {
    if (!this.store) return;
    this.status = this.store.clear() ? 'waiting' : 'failed';
  }

  private block(notice: PersistNotice): void {
    this.store = undefined;
    this.status = 'blocked';
    this.notice = notice;
  }
}
