import { resolveLang } from '../i18n/locale.js';

/**
 * Lit creates a Trusted Types policy named `lit-html` as it loads. A page whose
 * Content-Security-Policy requires Trusted Types and does not allow that name (or allows it once
 * and another script took it first) makes that call throw, and with it the whole of futan. This
 * module tells that failure apart and puts a plain-text note, built without lit and without any
 * HTML sink, where each futan element would have been, saying which CSP line to add.
 */

/** Why lit could not load, when Trusted Types are the reason. */
export type TrustedTypesBlock = 'not-allowed' | 'taken';

/** Chromium: 'Policy "lit-html" disallowed.' and 'Policy with name "lit-html" already exists.' */
export function trustedTypesBlock(error: unknown): TrustedTypesBlock | undefined {
  if (!(error instanceof TypeError) || !('trustedTypes' in globalThis)) return undefined;
  if (!error.message.includes('lit-html')) return undefined;
  return /exist/i.test(error.message) ? 'taken' : 'not-allowed';
}

/** The CSP directive that lets futan run, for each cause. */
export const CSP_LINE: Record<TrustedTypesBlock, string> = {
  'not-allowed': 'trusted-types lit-html',
  taken: "trusted-types lit-html 'allow-duplicates'",
};

const NOTE = {
  ja: (line: string) => `このページの Content-Security-Policy（Trusted Types）のため、計算ツールを表示できません。ページの CSP に「${line}」を加えてください。`,
  en: (line: string) => `This page's Content-Security-Policy (Trusted Types) keeps the calculator from loading. Add "${line}" to the page's CSP.`,
};

/** The note in the reader's language, as the elements would have chosen it. */
export function trustedTypesNote(block: TrustedTypesBlock, element: Element): string {
  return NOTE[resolveLang(element)](CSP_LINE[block]);
}

/**
 * Stands in for a futan element where lit cannot load: one paragraph, built without lit and
 * without any HTML sink.
 *
 * @ignore not an element of the API (kept out of custom-elements.json)
 */
class TrustedTypesNote extends HTMLElement {
  static block: TrustedTypesBlock = 'not-allowed';

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const note = document.createElement('p');
    note.setAttribute('role', 'note');
    note.textContent = trustedTypesNote((this.constructor as typeof TrustedTypesNote).block, this);
    this.attachShadow({ mode: 'open' }).append(note);
  }
}

/** Defines each tag not yet defined as an element that shows the note instead of the tool. */
export function defineTrustedTypesNotes(tags: readonly string[], block: TrustedTypesBlock): void {
  for (const tag of tags) {
    if (customElements.get(tag)) continue;
    /** @ignore the registry takes each constructor once: a subclass per tag */
    const forTag = class extends TrustedTypesNote {
      static override block = block;
    };
    customElements.define(tag, forTag);
  }
}
