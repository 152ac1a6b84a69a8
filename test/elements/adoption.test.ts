import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import { defineElement } from '../../src/define/define-element.js';
import { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { scenarioById } from '../../src/scenarios/index.js';
import { FUTAN_VERSION } from '../../src/version.js';
import { shadow } from './helpers.js';

/** What a hospital's developers meet when they adopt futan in their own page or framework. */

async function settle(el: FutanCalculator): Promise<void> {
  await el.updateComplete;
  for (const inner of shadow(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await inner.updateComplete;
}

/** Opens the calculator's detailed result, where the breakdown, split bar and schedule are. */
async function openDetails(el: FutanCalculator): Promise<void> {
  const details = shadow(el).querySelector<HTMLDetailsElement>('details.full-result')!;
  details.open = true;
  await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  await settle(el);
}

const seedPlan = () => scenarioById('advanced-stem-cell-transplant')!.plan;

describe('adopting futan', () => {
  it('carries the version written in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(FUTAN_VERSION).to.equal(pkg.version);
  });

  describe('theming the inner elements through <futan-calculator>', () => {
    const style = document.createElement('style');
    before(() => {
      style.textContent = `
        futan-calculator::part(breakdown-shares) { outline: 3px solid rgb(1, 2, 3); }
        futan-calculator::part(split-bar-legend) { outline: 3px solid rgb(4, 5, 6); }
        futan-calculator::part(schedule-timeline) { outline: 3px solid rgb(7, 8, 9); }
        futan-calculator::part(amount-input) { outline: 3px solid rgb(10, 11, 12); }
        futan-calculator::part(rules) { outline: 3px solid rgb(13, 14, 15); }`;
      document.head.append(style);
    });
    after(() => style.remove());

    it('lets a page style the documented parts of the breakdown, split bar, schedule and amount fields', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      await openDetails(el);
      const inner = (tag: string, part: string) => shadow(shadow(el).querySelector(tag)!).querySelector(`[part~=${part}]`)!;
      expect(getComputedStyle(inner('futan-breakdown', 'shares')).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inner('futan-split-bar', 'legend')).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(inner('futan-schedule', 'timeline')).outlineColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(inner('futan-amount-input', 'input')).outlineColor).to.equal('rgb(10, 11, 12)');
      expect(getComputedStyle(shadow(el).querySelector('[part~=rules]')!).outlineColor).to.equal('rgb(13, 14, 15)');
    });
  });

  describe('a framework that renders before the elements are defined', () => {
    it('says, in Japanese and English, that a plan set as an attribute arrived as "[object Object]"', async () => {
      for (const [lang, words] of [['ja', 'futan/define を読み込む'], ['en', 'Import futan/define before rendering']]) {
        const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} plan="[object Object]"></futan-calculator>`);
        await settle(el);
        const shown = shadow(el).textContent!;
        expect(shown).to.contain('[object Object]');
        expect(shown).to.contain(words);
      }
    });

    it('still calls any other text that is not JSON unreadable', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="en" plan="{oops"></futan-calculator>`);
      await settle(el);
      expect(shadow(el).textContent).to.contain('The plan (JSON) cannot be read.');
    });

    it('takes up plan, scenario and persist set as properties before the element was defined', async () => {
      const early = document.createElement('late-calculator') as FutanCalculator;
      const withScenario = document.createElement('late-calculator') as FutanCalculator;
      early.plan = seedPlan();
      early.persist = true;
      early.id = 'early-upgrade-test';
      withScenario.scenario = 'advanced-stem-cell-transplant';
      document.body.append(early, withScenario);
      try {
        defineElement('late-calculator', FutanCalculator);
        await settle(early);
        await settle(withScenario);
        expect(early.persist).to.equal(true);
        expect(early.breakdown?.shares.patient).to.equal('320354');
        expect(withScenario.breakdown?.shares.patient).to.equal('320354');
      } finally {
        early.remove();
        withScenario.remove();
        sessionStorage.removeItem('futan-calculator:early-upgrade-test');
      }
    });
  });
});
