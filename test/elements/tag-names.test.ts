import { expect, fixture } from '@open-wc/testing';
import { defineElement } from '../../src/define/define-element.js';
import { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { shadow } from './helpers.js';

/**
 * A page that registers the calculator under a tag of its own gets the whole calculator. Nothing
 * else in this file registers a futan element, so the inner elements come from defineElement.
 */

async function rendered(tag: string): Promise<FutanCalculator> {
  const el = document.createElement(tag) as FutanCalculator;
  el.lang = 'en';
  el.scenario = 'advanced-stem-cell-transplant';
  await fixture(el);
  // The breakdown, split bar and schedule are in the detailed result, rendered when it is open.
  const details = shadow(el).querySelector<HTMLDetailsElement>('details.full-result')!;
  details.open = true;
  await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  await el.updateComplete;
  for (const inner of shadow(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await inner.updateComplete;
  return el;
}

describe('registering the calculator under another tag', () => {
  it('registers the elements it renders inside, so it renders whole', async () => {
    defineElement('hospital-calculator', FutanCalculator);
    const el = await rendered('hospital-calculator');
    for (const inner of ['futan-split-bar', 'futan-breakdown', 'futan-schedule']) {
      const found = shadow(el).querySelector(inner)!;
      expect(found.shadowRoot, `<${inner}> inside <hospital-calculator>`).to.not.equal(null);
    }
    expect(shadow(shadow(el).querySelector('futan-breakdown')!).querySelector('[part=shares]')!.textContent).to.contain('￥320,354');
    expect(shadow(el).querySelector('futan-amount-input')!.shadowRoot).to.not.equal(null);
  });

  it('registers a class the page already registered under one tag under a second tag too', async () => {
    defineElement('futan-calculator', FutanCalculator);
    defineElement('clinic-calculator', FutanCalculator);
    for (const tag of ['futan-calculator', 'clinic-calculator']) {
      const el = await rendered(tag);
      expect(el).to.be.instanceOf(FutanCalculator);
      expect(el.breakdown, `<${tag}> computes`).to.not.equal(undefined);
    }
  });
});
