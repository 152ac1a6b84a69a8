import { expect } from '@open-wc/testing';
import { framedPage, type FramedWindow } from './framed-page.js';

/**
 * A host page that adds enumerable keys to Object.prototype or replaces Array methods before
 * futan's one-file build loads (old CMS plugins and Prototype.js still do): the calculator must
 * load, render and compute the seed scenario to the yen.
 */

const SEED_PATIENT_SHARE = '￥320,354';

// Index keys (`Object.prototype[0]`) are left out: lit's template cloning walks its parts array
// until it reads undefined, and on such a page it never does (the page hangs, in lit, before
// any futan code runs).
const POLLUTIONS: Record<string, string> = {
  'a number': 'Object.prototype.x = 1;',
  'a string': 'Object.prototype.x = "polluted";',
  'a function': 'Object.prototype.x = function () { return 1; };',
  'amount (a plan field)': 'Object.prototype.amount = "1";',
  'value, writable (descriptor fields)': 'Object.prototype.value = 1; Object.prototype.writable = true;',
  'lang': 'Object.prototype.lang = "en";',
  'get as a number': 'Object.prototype.get = 1;',
  'get and set as functions': 'Object.prototype.get = function () { return 1; }; Object.prototype.set = function () {};',
  "lit's property options (attribute, converter, noAccessor, state, type)":
    'Object.assign(Object.prototype, { attribute: "x", converter: 1, noAccessor: true, state: true, type: Number });',
  'Array.prototype.toJSON replaced': 'Array.prototype.toJSON = function () { return Array.from(this); };',
  'Object.prototype.toJSON': 'Object.prototype.toJSON = function () { return "HIJACKED"; };',
  // Names lit reads from the window as it loads: a hook it calls, registries it adds to.
  "lit's polyfill hook (litHtmlPolyfillSupport = 1)": 'Object.prototype.litHtmlPolyfillSupport = 1;',
  "lit's other hooks and registries": 'Object.assign(Object.prototype, { reactiveElementPolyfillSupport: 1, litElementPolyfillSupport: 1, litElementHydrateSupport: 1, litHtmlVersions: 1, reactiveElementVersions: 1, litElementVersions: 1, litPropertyMetadata: 1, ShadyCSS: 1, ShadyDOM: 1 });',
  'Array.prototype.map replaced':
    'Array.prototype.map = function (fn, self) { const out = []; for (let i = 0; i < this.length; i++) out.push(fn.call(self, this[i], i, this)); return out; };',
};

async function pollutedPage(pollution: string): Promise<{ win: FramedWindow; doc: Document }> {
  return framedPage(`<!doctype html><html lang="ja"><head>
    <script>window.errors = [];
      window.addEventListener('error', (e) => window.errors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
      ${pollution}</script>
    <script type="module" src="/dist/futan.js"></script></head>
    <body><futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator></body></html>`);
}

function patientShare(doc: Document): string | undefined {
  return doc.querySelector('futan-calculator')?.shadowRoot?.querySelector('.answer-body .final')?.textContent ?? undefined;
}

describe('a host page with polluted prototypes', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [name, pollution] of Object.entries(POLLUTIONS)) {
    it(`loads, renders and computes the seed scenario under ${name}`, async () => {
      const { win, doc } = await pollutedPage(pollution);
      expect(win.errors).to.deep.equal([]);
      expect(patientShare(doc) ?? '(no calculator result)').to.contain(SEED_PATIENT_SHARE);
    });
  }
});
