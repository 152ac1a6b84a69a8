/**
 * The embed's loader, dist/futan.js: what a hospital page's one tag loads. It keeps each futan
 * element's place, and loads the rest (the chunks beside it) when an element is about to be seen
 * (src/embed/loader.ts). Loaded twice, as CMSs do, the second copy does nothing.
 */
// First, before any chunk loads lit: a page's Object.prototype must not stop lit loading.
import './lit-globals.js';
import { startLoader } from '../embed/loader.js';
import { FUTAN_VERSION } from '../version.js';

const LOADED = Symbol.for('futan.embed');

const loaded = Object.getOwnPropertyDescriptor(globalThis, LOADED)?.value as unknown;
if (loaded === undefined) {
  // A descriptor with no prototype: a page may have put `get` or `set` on Object.prototype.
  Object.defineProperty(globalThis, LOADED, { __proto__: null, value: FUTAN_VERSION } as PropertyDescriptor);
  startLoader();
} else if (loaded !== FUTAN_VERSION) {
  console.warn(`futan ${FUTAN_VERSION}: futan ${String(loaded)} is already loaded on this page; keeping that one.`);
}
