import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import { ja } from './ja.js';
import type { Messages } from './messages.js';

export type Lang = 'ja' | 'en';
export const CATALOGUES: Record<Lang, Messages> = { ja, en };

/** 'en', 'en-US', 'EN' → 'en'; anything else (Japanese first) → 'ja'. */
export function langOf(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/**
 * The element's own lang, then the nearest [lang] ancestor (across shadow roots), then <html lang>.
 * Reads no DOM globals (`Element`, `ShadowRoot`, `document` may be missing: server-side rendering).
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null | undefined = element;
  while (node) {
    if (isElement(node) && node.hasAttribute('lang')) return langOf(node.getAttribute('lang'));
    node = node.parentNode ?? (isShadowRoot(node) ? node.host : null);
  }
  return langOf(globalThis.document?.documentElement.getAttribute('lang'));
}

const isElement = (node: Node): node is Element => typeof (node as Partial<Element>).hasAttribute === 'function';
const isShadowRoot = (node: Node): node is ShadowRoot => node.nodeType === 11 && 'host' in node;

const hosts = new Set<ReactiveControllerHost & Element>();
let observer: MutationObserver | undefined;

/** One observer for the page: a lang change anywhere re-renders every futan element. */
function watchLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Gives an element its language and catalogue, and re-renders it when `lang` changes. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  get msg(): Messages {
    return CATALOGUES[this.lang];
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
