import { expect } from '@esm-bundle/chai';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';

/**
 * A browser without adopted style sheets (lit then writes a <style> per sheet into the shadow
 * root): the styles that come with a part (the counselor's editors) are placed after the
 * element's own and stay there whatever lit renders next. Nothing of lit may load before this
 * file says so, hence no @open-wc/testing here.
 */
(globalThis as { ShadyCSS?: unknown }).ShadyCSS = { nativeShadow: false };

before(async () => {
  await import('../../src/define/futan-calculator.js');
});

afterEach(() => document.querySelectorAll('futan-calculator').forEach((el) => el.remove()));

const styleTexts = (el: FutanCalculator) => [...el.shadowRoot!.children].filter((c) => c.localName === 'style').map((s) => s.textContent ?? '');
const hasEditorStyles = (el: FutanCalculator) => styleTexts(el).some((text) => text.includes('ol.lines'));

describe('styles without adopted style sheets', () => {
  it('uses <style> elements, as lit does in such a browser', async () => {
    const { supportsAdoptingStyleSheets } = await import('lit');
    expect(supportsAdoptingStyleSheets).to.equal(false);
  });

  it('keeps the editors\u2019 styles, arrived after the first render, over a server\u2019s rendering the element replaced', async () => {
    const el = document.createElement('futan-calculator') as FutanCalculator;
    el.setAttribute('mode', 'patient');
    el.setAttribute('scenario', 'advanced-stem-cell-transplant');
    const server = el.attachShadow({ mode: 'open' });
    server.append(Object.assign(document.createElement('p'), { textContent: 'from the server' }));
    document.body.append(el);
    await el.updateComplete;
    el.mode = 'workspace';
    await el.updateComplete;
    el.mode = 'patient';
    await el.updateComplete;
    el.mode = 'workspace';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.include('from the server');
    expect(hasEditorStyles(el)).to.equal(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol.lines')!).listStyleType).to.equal('none');
  });
  it('keeps them when the patient\u2019s view turns into the workspace and back', async () => {
    const el = document.createElement('futan-calculator') as FutanCalculator;
    el.setAttribute('mode', 'patient');
    el.setAttribute('scenario', 'advanced-stem-cell-transplant');
    document.body.append(el);
    await el.updateComplete;
    el.mode = 'workspace';
    await el.updateComplete;
    expect(hasEditorStyles(el)).to.equal(true);
    el.mode = 'patient';
    await el.updateComplete;
    el.mode = 'workspace';
    await el.updateComplete;
    expect(hasEditorStyles(el)).to.equal(true);
    expect(styleTexts(el).filter((text) => text.includes('ol.lines'))).to.have.length(1);
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol.lines')!).listStyleType).to.equal('none');
  });

});
