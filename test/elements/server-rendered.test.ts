import { expect } from '@open-wc/testing';
import { defineElement, FutanAmountInput, FutanCalculator } from '../../src/index.js';

/**
 * A page whose server rendered the elements (@lit-labs/ssr: a declarative shadow root in the
 * HTML) and then loads futan without lit's hydration (the embed): each renders once.
 */

/** Parses HTML with its declarative shadow roots, as the browser does for a page. */
function parsed(markup: string): HTMLElement {
  const host = document.createElement('div');
  (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  document.body.append(host);
  return host;
}

describe('a server-rendered element', () => {
  it('an amount input shows one field, not the server’s and its own', async () => {
    const host = parsed('<ssr-amount-input label="金額"><template shadowrootmode="open"><div class="root field"><label>金額</label><input type="text" /></div></template></ssr-amount-input>');
    const el = host.firstElementChild as FutanAmountInput;
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    defineElement('ssr-amount-input', FutanAmountInput);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('input')!.getAttribute('part')).to.equal('input');
    host.remove();
  });

  it('a calculator shows one toolbar', async () => {
    const host = parsed('<ssr-calculator scenario="advanced-stem-cell-transplant"><template shadowrootmode="open"><div class="root"><div class="toolbar"><button>ひな形</button></div></div></template></ssr-calculator>');
    const el = host.firstElementChild as FutanCalculator;
    defineElement('ssr-calculator', FutanCalculator);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.toolbar')).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.contain('￥320,354');
    host.remove();
  });
});
