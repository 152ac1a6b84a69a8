import { expect } from '@open-wc/testing';
import { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { settle } from './calculator-helpers.js';

/**
 * A page may set a property before futan's tags are defined (the embed's loader defines them
 * when the calculator is near): the demo's 詳しい計算ツール clicked while futan loads sets
 * mode = 'workspace' on an element not yet upgraded. Its parts were chosen before that property
 * was applied, so the workspace rendered without its editors, and nothing loaded them after.
 * This file runs alone in its page: the workspace's editors have not been loaded by another test.
 */
describe('a property set before the tag is defined', () => {
  it('renders what it asks for: mode = workspace set early shows the toolbar', async () => {
    const el = document.createElement('futan-calculator-late') as FutanCalculator;
    el.setAttribute('mode', 'patient');
    el.setAttribute('lang', 'ja');
    document.body.append(el);
    el.mode = 'workspace';
    customElements.define('futan-calculator-late', class extends FutanCalculator {});
    await settle(el);
    await new Promise((done) => setTimeout(done, 200));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.toolbar'), 'the workspace’s toolbar').to.not.equal(null);
    el.remove();
  });
});
