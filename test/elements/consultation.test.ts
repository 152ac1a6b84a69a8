import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { buttonNamed, lines, printedText, root, settle } from './calculator-helpers.js';
import { typeInto } from './helpers.js';

/** Smaller things a counselor meets in a consultation (#25), each as it was seen. */

const SEED = 'advanced-stem-cell-transplant';
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const groups = (el: FutanCalculator) => [...root(el).querySelectorAll('[data-focus="plan-bracket"] optgroup')].map((g) => g.getAttribute('label'));

async function seed(): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${SEED}></futan-calculator>`);
  await settle(el);
  return el;
}

async function setAge(el: FutanCalculator, age: string): Promise<void> {
  await typeInto(root(el).querySelector<HTMLInputElement>('.patient [data-focus$="-age"]')!, age);
  await settle(el);
}

describe('the bracket list follows the age', () => {
  it('52: the under-70 brackets only', async () => {
    const el = await seed();
    expect(groups(el)).to.deep.equal(['70歳未満']);
  });

  it('72: the brackets of 70 and over, and the chosen under-70 one stays offered until changed', async () => {
    const el = await seed();
    await setAge(el, '72');
    // ウ, chosen for the 52-year-old, is still there: nothing set is hidden.
    expect(groups(el)).to.deep.equal(['70歳未満', '70歳以上']);
    const select = root(el).querySelector<HTMLSelectElement>('[data-focus="plan-bracket"]')!;
    select.value = '一般';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(groups(el)).to.deep.equal(['70歳以上']);
  });

  it('69: both, since the patient may turn 70 during the plan', async () => {
    const el = await seed();
    await setAge(el, '69');
    expect(groups(el)).to.deep.equal(['70歳未満', '70歳以上']);
  });
});

describe('a new plan', () => {
  it('shows no red error before anything is typed, and says what to do first', async () => {
    const el = await seed();
    el.scenario = '';
    buttonNamed(el, '新しい計画').click();
    await settle(el);
    const confirm = root(el).querySelector('.confirm');
    if (confirm) {
      [...confirm.querySelectorAll('button')].find((b) => squeeze(b.textContent) === '置き換える')!.click();
      await settle(el);
    }
    expect(lines(el)).to.have.length(0);
    expect(root(el).querySelector('.issues, .error')).to.equal(null);
    expect(squeeze(root(el).querySelector('[part=answer]')!.textContent)).to.contain('所得区分を選び');
  });

  it('drops the previous patient’s variants kept for comparison', async () => {
    const el = await seed();
    buttonNamed(el, '比較に追加').click();
    await settle(el);
    expect(root(el).querySelector('.compare')).to.not.equal(null);
    buttonNamed(el, '新しい計画').click();
    await settle(el);
    expect(root(el).querySelector('.compare')).to.equal(null);
  });
});

describe('copies and names', () => {
  it('copies of a line show their amount as read, with commas', async () => {
    const el = await seed();
    const field = lines(el)[0].querySelector('futan-amount-input')!.shadowRoot!.querySelector('input')!;
    await typeInto(field, '150000');
    await settle(el);
    lines(el)[0].querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    buttonNamed(el, '次の月に複製').click();
    await settle(el);
    expect((lines(el)[1].querySelector('futan-amount-input') as HTMLElement & { text: string }).text).to.equal('150,000');
  });

  it('a name typed with 様 is printed with it once', async () => {
    const el = await seed();
    const details = root(el).querySelector<HTMLDetailsElement>('details.handout-fields')!;
    details.open = true;
    await settle(el);
    await typeInto(root(el).querySelector<HTMLInputElement>('[data-focus="plan-patientName"]')!, '山田花子様');
    await settle(el);
    const printed = await printedText(el);
    expect(printed).to.contain('山田花子様');
    expect(printed).not.to.contain('様 様');
  });
});

describe('the toolbar on a phone', () => {
  it('keeps templates, undo, redo and print; folds the rest behind 「その他の操作」, which says what the file is for', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 360px"><futan-calculator lang="ja" scenario=${SEED}></futan-calculator></div>`);
    const el = wrap.querySelector('futan-calculator') as FutanCalculator;
    await settle(el);
    const shown = (label: string) => {
      const button = [...root(el).querySelectorAll<HTMLElement>('.toolbar button, .toolbar summary')].find((b) => squeeze(b.textContent).startsWith(label));
      return !!button && button.getClientRects().length > 0;
    };
    for (const label of ['ひな形', '元に戻す', 'やり直す', '印刷する', 'その他の操作']) expect(shown(label), label).to.equal(true);
    for (const label of ['新しい計画', '計画をファイルに保存', 'ファイルから読み込む']) expect(shown(label), label).to.equal(false);
    // The patient's fields are on the first screen.
    expect(root(el).querySelector('.patient')!.getBoundingClientRect().top).to.be.below(400);
    buttonNamed(el, 'その他の操作').click();
    await settle(el);
    for (const label of ['新しい計画', '計画をファイルに保存', 'ファイルから読み込む']) expect(shown(label), label).to.equal(true);
    expect(squeeze(root(el).querySelector('.save-hint')!.textContent)).to.contain('印刷する');
  });

  it('on a wide screen everything is in the row, with no fold', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 1200px"><futan-calculator lang="ja" scenario=${SEED}></futan-calculator></div>`);
    const el = wrap.querySelector('futan-calculator') as FutanCalculator;
    await settle(el);
    expect(buttonNamed(el, '新しい計画').getClientRects().length).to.be.greaterThan(0);
    expect(buttonNamed(el, 'その他の操作').getClientRects().length).to.equal(0);
  });
});

describe('words on paper', () => {
  it('the handout’s 計算の前提 names the certificate applied, and the warnings’ 「計算上の扱い」 is another heading', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant-nanbyo"></futan-calculator>`);
    await settle(el);
    const assumptions = await printedText(el, '.handout .assumptions');
    const printed = await printedText(el);
    expect(assumptions).to.contain('受給者証 指定難病（一般所得Ⅱ）');
    expect(printed.split('計算の前提').length - 1, 'said once').to.equal(1);
  });
});

describe('parts a hospital styles', () => {
  it('the toolbar, its buttons, the title, summaries, headings and the patient’s choices can be styled from the page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <style>
        .styled::part(toolbar) { outline: 3px solid rgb(1, 2, 3); }
        .styled::part(button-primary) { color: rgb(4, 5, 6); }
        .styled::part(heading) { color: rgb(7, 8, 9); }
        .styled::part(summary) { color: rgb(10, 11, 12); }
        .styled::part(choice) { color: rgb(13, 14, 15); }
      </style>
      <futan-calculator class="styled" lang="ja" scenario=${SEED}></futan-calculator>
      <futan-calculator class="styled" lang="ja" mode="patient" scenario=${SEED}></futan-calculator>
    </div>`);
    const [workspace, patient] = [...wrap.querySelectorAll('futan-calculator')] as FutanCalculator[];
    await settle(workspace);
    await settle(patient);
    const style = (el: FutanCalculator, part: string) => getComputedStyle(root(el).querySelector(`[part~="${part}"]`)!);
    expect(style(workspace, 'toolbar').outlineColor).to.equal('rgb(1, 2, 3)');
    expect(style(workspace, 'button-primary').color).to.equal('rgb(4, 5, 6)');
    expect(style(workspace, 'heading').color).to.equal('rgb(7, 8, 9)');
    expect(style(workspace, 'summary').color).to.equal('rgb(10, 11, 12)');
    expect(style(patient, 'choice').color).to.equal('rgb(13, 14, 15)');
  });
});
