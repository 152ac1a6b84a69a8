import { LitElement, type PropertyDeclaration } from 'lit';
import { property } from 'lit/decorators.js';
import type { LazyPart } from '../lazy-part.js';
import { ENGLISH, resolveLang, type I18nOverride } from '../i18n/locale.js';

/** A copy of an object that reads only its own keys, whatever the page added to Object.prototype. */
const ownKeysOnly = <T extends object>(source: T | undefined): T => Object.assign(Object.create(null) as T, source);

/**
 * The base of every futan element: LitElement, hardened against host pages that add keys to
 * Object.prototype (old CMS plugins still do). Lit keeps each property's options and defines its
 * accessor from object literals, which read missing keys through the prototype chain:
 * `Object.prototype.value = …` made `Object.defineProperty` reject the accessor, so every element
 * class threw while it was being defined; `Object.prototype.noAccessor = true` or `.state` would
 * silently stop properties from updating. Both objects are rebuilt on a null prototype.
 *
 * Lit calls these two overrides with the legacy decorators this project compiles
 * (experimentalDecorators); its dev build notes that standard decorators would not call them
 * (they define accessors another way, without these descriptors).
 *
 * @ignore a base class, not an element (kept out of custom-elements.json)
 */
export class FutanElement extends LitElement {
  /**
   * The page's own words, partial and per language, over futan's: `{ ja: { disclaimer: '…' } }`
   * (the keys and kinds of futan's catalogue, `Messages`; others are ignored). Languages futan
   * does not have read English.
   */
  @property({ attribute: false }) i18n: I18nOverride = {};

  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    super.createProperty(name, ownKeysOnly(options));
  }

  /**
   * A shadow root the server rendered (@lit-labs/ssr) is taken over by lit's hydration when the
   * page loaded it before lit (the npm build); it marks the element so. Otherwise, as with the
   * embed, whose bundled lit cannot be hydrated, the server's content is replaced: rendered
   * once, never twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot;
    // The server's nodes, taken before lit adds its own (a <style> where adopted sheets are missing).
    const servers = serverRendered ? [...serverRendered.childNodes] : [];
    const root = super.createRenderRoot();
    if (serverRendered && !(this as { _$needsHydration?: boolean })._$needsHydration) {
      for (const node of servers) node.remove();
      // lit would render before the server's first node, which is gone.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    return descriptor && ownKeysOnly(descriptor);
  }

  /** The parts (lazy-part.ts) the next render needs: the reader's catalogue, and an element's own. */
  protected partsToRender(): LazyPart<unknown>[] {
    return resolveLang(this) === 'en' ? [ENGLISH] : [];
  }

  /**
   * Renders once the parts it needs have arrived, never half an element. A part that cannot be
   * loaded is left out (said in the console), and the element renders without it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const missing = this.partsToRender().filter((part) => !part.loaded);
    const update = () => {
      super.scheduleUpdate();
      // A property the page set before the tag was defined (the demo's 詳しい計算ツール clicked
      // while futan loads: mode = 'workspace') is applied inside that update, after its parts were
      // chosen: it rendered without the workspace's editors, and nothing asked for them again.
      // (A part that was tried and failed is not asked for again here: no loop.)
      if (this.partsToRender().some((part) => !part.loaded && !missing.includes(part))) this.requestUpdate();
    };
    if (!missing.length) return update();
    return Promise.allSettled(missing.map((part) => part.ready())).then((results) => {
      for (const result of results) if (result.status === 'rejected') console.error('futan: a part of the element could not be loaded', result.reason);
      update();
    });
  }
}
