import { expect } from '@open-wc/testing';
import { framedPage, type FramedWindow as BaseWindow } from './framed-page.js';

/**
 * A CMS template that loads futan.js without type="module", and one that loads it as a module:
 * both get a working calculator, and neither the page's own globals (a `var k`, a `var e`) nor
 * `window` gain or lose anything.
 */

interface FramedWindow extends BaseWindow {
  globalsBefore: string[];
  k: unknown;
  e: unknown;
}

// Lit's own page-wide registries, shared on purpose by every copy of lit on a page.
const LIT_REGISTRIES = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];

async function pageLoadingAs(type: 'classic' | 'module'): Promise<{ win: FramedWindow; doc: Document }> {
  return framedPage<FramedWindow>(`<!doctype html><html lang="ja"><head>
    <script>var k = 'the page k'; var e = 'the page e'; window.errors = [];
      window.addEventListener('error', (ev) => window.errors.push(String(ev.message)));
      window.globalsBefore = Object.getOwnPropertyNames(window);</script>
    <script ${type === 'module' ? 'type="module" ' : ''}src="/dist/futan.js"></script></head>
    <body><futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator></body></html>`);
}

describe('the one-file embed and the page it is loaded into', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const type of ['classic', 'module'] as const) {
    it(`loaded as a ${type} script, works and creates or overwrites no global`, async () => {
      const { win, doc } = await pageLoadingAs(type);
      expect(win.errors).to.deep.equal([]);
      expect(win.k).to.equal('the page k');
      expect(win.e).to.equal('the page e');
      const added = Object.getOwnPropertyNames(win).filter((name) => !win.globalsBefore.includes(name) && name !== 'globalsBefore' && !LIT_REGISTRIES.includes(name));
      expect(added, added.join()).to.deep.equal([]);
      expect(doc.querySelector('futan-calculator')!.shadowRoot!.querySelector('.answer-body .final')!.textContent).to.contain('￥320,354');
    });
  }
});
