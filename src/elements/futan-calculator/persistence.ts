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

/** Whose copy a key keeps: the page's path, the element's id, and the frame it is in ('' at the top). */
export interface KeptCopy {
  path: string;
  id: string;
  frame: string;
}

/**
 * Where a window is among the frames of its tab, counted from 1 at each level from the top: ''
 * for the top, '2' for a page's second frame, '2-1' for the first frame inside that one. Same-origin
 * frames of a tab share its sessionStorage, and two frames of one page may load the same path: the
 * place keeps their copies apart. A frame's place is read through `parent.frames`, which a frame
 * may do even when its parent is on another site.
 */
export function framePlace(win: Window): string {
  const places: number[] = [];
  try {
    for (let at = win; at.parent !== at; at = at.parent) {
      const siblings = at.parent.frames;
      let place = 0;
      for (let i = 0; i < siblings.length && !place; i++) if (siblings[i] === at) place = i + 1;
      places.unshift(place);
    }
  } catch {
    // A frame that may not read where it is keeps one key for every such place, as before.
    return '?';
  }
  return places.join('-');
}

/** The storage key of a copy: the same for the top of the tab as before frames were told apart. */
export function tabKeyOf({ path, id, frame }: KeptCopy): string {
  return `futan-calculator:${path}#${id}${frame ? ` frame ${frame}` : ''}`;
}

/**
 * Keeps one calculator's draft in the tab. The key is the page's path, the element's id and the
 * frame the page is in, so a calculator on another page of the same site, or in another frame of
 * the page, does not restore this one's plan; two calculators without an id on one page would
 * share a key, so the second one refuses to keep anything and says why instead of silently
 * overwriting the first. Without a browser (rendered on a server) it keeps nothing.
 */
export class Persistence {
  status: PersistStatus = 'off';
  /** Whether `start()` was called and `stop()` not since. */
  started = false;
  notice?: PersistNotice;
  /** Why a kept draft was set aside. */
  reasons: Message[] = [];
  /** Whose copy was restored, said until the next edit is kept. */
  restored?: KeptCopy;
  private store?: SessionStore;
  private key = '';

  constructor(private readonly host: Element) {}

  /** This calculator's copy: the page's path, the element's id, the frame; undefined without a browser. */
  private get copy(): KeptCopy | undefined {
    if (typeof window === 'undefined' || typeof sessionStorage === 'undefined') return undefined;
    return { path: window.location.pathname, id: this.host.id, frame: framePlace(window) };
  }

  /**
   * Whether the tab holds a draft of this calculator: the switch was on when the page was left
   * (switching it off removes what was kept), so it is on again after a reload.
   */
  keptInTab(): boolean {
    const copy = this.copy;
    try {
      return !!copy && sessionStorage.getItem(tabKeyOf(copy)) !== null;
    } catch {
      return false;
    }
  }

  /** Starts keeping; returns the draft this tab kept for the calculator, if there is one to restore. */
  start(): Draft | undefined {
    this.started = true;
    const copy = this.copy;
    if (!copy) return undefined;
    this.key = tabKeyOf(copy);
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
        this.restored = copy;
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
    this.restored = undefined;
  }

  save(draft: Draft): void {
    if (!this.store) return;
    this.restored = undefined;
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
