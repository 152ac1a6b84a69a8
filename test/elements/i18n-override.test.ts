import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import '../../src/define/futan-amount-input.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import type { FutanAmountInput } from '../../src/elements/futan-amount-input.js';
import { root, settle } from './calculator-helpers.js';

/** A hospital's own words over futan's, and readers of languages futan does not have. */

const SEED = 'advanced-stem-cell-transplant';
const text = (el: FutanCalculator) => (root(el).textContent ?? '').replace(/\s+/g, ' ');

describe('the i18n override', () => {
  it('replaces a text in Japanese and another in English, per element, leaving the rest', async () => {
    const i18n = { ja: { answerTitle: '当院での見通し' }, en: { answerTitle: 'At our hospital' } };
    const ja = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${SEED} .i18n=${i18n}></futan-calculator>`);
    await settle(ja);
    expect(text(ja)).to.contain('当院での見通し');
    expect(text(ja)).to.contain('最終的なご負担');
    const en = await fixture<FutanCalculator>(html`<futan-calculator lang="en" scenario=${SEED} .i18n=${i18n}></futan-calculator>`);
    await settle(en);
    expect(text(en)).to.contain('At our hospital');
    const plain = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${SEED}></futan-calculator>`);
    await settle(plain);
    expect(text(plain)).to.contain('お支払いの見通し');
  });

  it('replaces a function and a record entry, and ignores a key futan does not have or of another kind', async () => {
    const i18n = {
      ja: { finalCost: 'ご本人のご負担', shares: { patient: 'ご本人' }, resultAnnouncement: (p: string) => `ご本人は ${p}`, noSuchKey: 'x', answerTitle: 42 },
    } as never;
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${SEED} .i18n=${i18n}></futan-calculator>`);
    await settle(el);
    expect(text(el)).to.contain('ご本人のご負担');
    // The record entry: the share's name in the answer's split.
    expect(text(el)).to.match(/ご本人￥320,354/);
    expect(text(el)).to.contain('お支払いの見通し');
  });

  it('a text where futan has a function is ignored, so nothing throws while rendering', async () => {
    const i18n = { ja: { notIncluded: { meals: '食事代' } } } as never;
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" mode="patient" scenario=${SEED} .i18n=${i18n}></futan-calculator>`);
    await settle(el);
    expect(text(el)).to.contain('ご負担の目安を調べる');
  });

  it('one override object for two languages gives each its own catalogue', async () => {
    const same = { answerTitle: '見通し / Outlook' };
    const i18n = { ja: same, en: same };
    const en = await fixture<FutanCalculator>(html`<futan-calculator lang="en" scenario=${SEED} .i18n=${i18n}></futan-calculator>`);
    await settle(en);
    const ja = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${SEED} .i18n=${i18n}></futan-calculator>`);
    await settle(ja);
    expect(text(en)).to.contain('The patient’s final cost');
    expect(text(ja)).to.contain('最終的なご負担');
  });

  it('reaches an amount input on its own', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="ja" .i18n=${{ ja: { amount: '見積額' } }}></futan-amount-input>`);
    expect(el.shadowRoot!.textContent).to.contain('見積額');
  });
});

describe('languages futan does not have', () => {
  for (const lang of ['zh-Hant', 'ko', 'fr']) {
    it(`reads English under lang="${lang}"`, async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      expect(text(el)).to.contain('What the patient pays');
    });
  }

  it('reads Japanese with no language named, under ja-JP, and under the common slips jp, ja_JP and jpn', async () => {
    for (const lang of ['', 'ja-JP', 'jp', 'ja_JP', 'jpn']) {
      const el = await fixture<FutanCalculator>(html`<div lang=${lang}><futan-calculator scenario=${SEED}></futan-calculator></div>`);
      const calc = el.querySelector('futan-calculator') as FutanCalculator;
      await settle(calc);
      expect(text(calc)).to.contain('お支払いの見通し');
    }
  });
});
