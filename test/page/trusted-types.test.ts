import { expect } from '@open-wc/testing';
import { framedPage, type FramedWindow } from './framed-page.js';

/**
 * futan under a Content-Security-Policy that requires Trusted Types. Lit needs one policy,
 * `lit-html`: allowed, everything works; forbidden (or already taken by another script), each
 * element says which CSP line to add, and the page gets no uncaught error.
 */

const SEED_PATIENT_SHARE = '￥320,354';

async function pageWithPolicy(csp: string, before = '', lang = 'ja'): Promise<{ win: FramedWindow; doc: Document }> {
  return framedPage(`<!doctype html><html lang="${lang}"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script>window.errors = [];
      window.addEventListener('error', (e) => window.errors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
      ${before}</script>
    <script type="module" src="/dist/futan.js"></script></head>
    <body><futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator><futan-split-bar></futan-split-bar></body></html>`);
}

const shadowText = (el: Element | null) => el?.shadowRoot?.textContent?.trim() ?? '';

describe('Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works where the lit-html policy is allowed: the seed scenario renders and can be edited', async () => {
    const { win, doc } = await pageWithPolicy("require-trusted-types-for 'script'; trusted-types lit-html");
    const calc = doc.querySelector('futan-calculator')!;
    const headline = () => calc.shadowRoot!.querySelector('.answer-body .final')!.textContent;
    expect(headline()).to.contain(SEED_PATIENT_SHARE);
    calc.shadowRoot!.querySelector<HTMLButtonElement>('.add button')!.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(calc.shadowRoot!.querySelectorAll('ol.lines > li').length).to.be.greaterThan(6);
    expect(win.errors).to.deep.equal([]);
  });

  it("where the page forbids every policy ('none'), each element says which CSP line to add, in the page's language", async () => {
    const { win, doc } = await pageWithPolicy("require-trusted-types-for 'script'; trusted-types 'none'");
    expect(win.errors).to.deep.equal([]);
    for (const tag of ['futan-calculator', 'futan-split-bar']) {
      const note = shadowText(doc.querySelector(tag));
      expect(note).to.contain('Content-Security-Policy');
      expect(note).to.contain('「trusted-types lit-html」');
    }
  });

  it('where another script already took the lit-html policy, the note asks for allow-duplicates (in English on an English page)', async () => {
    const { win, doc } = await pageWithPolicy(
      "require-trusted-types-for 'script'; trusted-types lit-html",
      "trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });",
      'en',
    );
    expect(win.errors).to.deep.equal([]);
    expect(shadowText(doc.querySelector('futan-calculator'))).to.contain(`Add "trusted-types lit-html 'allow-duplicates'" to the page's CSP.`);
  });
});
