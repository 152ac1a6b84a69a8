import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyPart } from '../lazy-part.js';
import { ja } from './ja.js';
import type { Messages } from './messages.js';

export type Lang = 'ja' | 'en';
/** The English catalogue loads when a reader first needs it (FutanElement waits for it before rendering). */
export const ENGLISH = /* @__PURE__ */ new LazyPart(() => import('./en.js').then((module) => module.en));

/**
 * 'ja', 'ja-JP' or no language at all → 'ja' (a Japanese hospital's page that names none); any
 * other language → 'en', which more readers of 'zh-Hant' or 'ko' read than Japanese.
 */
export function langOf(tag: string | null | undefined): Lang {
  const name = tag?.trim().toLowerCase().replace('_', '-') ?? '';
  // 'jp' and 'jpn' are common slips on Japanese sites: they mean Japanese too.
  return name === '' || /^(ja|jp|jpn)(-|$)/.test(name) ? 'ja' : 'en';
}

/** A page's own words for an element, partial and per language: `{ ja: { disclaimer: '…' } }`. */
export type I18nOverride = { [L in Lang]?: Partial<Messages> };

/** Catalogues with an override over them, by override and then by catalogue (one override object may serve two languages). */
const merged = new WeakMap<object, Map<Messages, Messages>>();

/**
 * futan's catalogue with a page's own words over it: only keys futan has, each of the kind it
 * has (text for text, a function for a function, a record of texts for a record), so a mistyped
 * override is ignored rather than shown as 「[object Object]」 or thrown while rendering.
 */
function withOverride(base: Messages, own: Partial<Messages>): Messages {
  const byBase = merged.get(own) ?? new Map<Messages, Messages>();
  merged.set(own, byBase);
  let result = byBase.get(base);
  if (result) return result;
  result = { ...base };
  const target = result as unknown as Record<string, unknown>;
  const from = base as unknown as Record<string, unknown>;
  for (const key of Object.keys(own)) {
    if (!Object.hasOwn(base, key)) continue;
    const value = (own as Record<string, unknown>)[key];
    const kind = typeof from[key];
    if (kind === 'string' && typeof value === 'string') target[key] = value;
    else if (kind === 'function' && typeof value === 'function') target[key] = value;
    else if (kind === 'object' && value && typeof value === 'object') {
      // Each entry of the kind futan's has: a text for a text, a function for a function.
      const entries = from[key] as Record<string, unknown>;
      const fitting = Object.entries(value).filter(([k, v]) => Object.hasOwn(entries, k) && typeof v === typeof entries[k] && (typeof v === 'string' || typeof v === 'function'));
      target[key] = { ...entries, ...Object.fromEntries(fitting) };
    }
  }
  byBase.set(base, result);
  return result;
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

  /** The reader's catalogue; Japanese until the English one has arrived (the element waits for it before it renders). */
  get msg(): Messages {
    const lang = this.lang;
    const i18n = (this.host as { i18n?: I18nOverride }).i18n;
    // Own keys only: a page's Object.prototype.ja must not become the catalogue.
    const own = i18n && typeof i18n === 'object' && Object.hasOwn(i18n, lang) ? i18n[lang] : undefined;
    const base = (lang === 'en' && ENGLISH.loaded) || ja;
    return own && typeof own === 'object' ? withOverride(base, own) : base;
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
