import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define/futan-calculator.js';
import { answerOf, type Breakdown, type CarePlan } from '../../src/engine/index.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { buttonNamed, deepActive, lines, printedText, root, settle } from './calculator-helpers.js';
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

const yen = (canonical: string) => `￥${BigInt(canonical).toLocaleString('en-US')}`;
const nameFields = (el: FutanCalculator) => [...root(el).querySelectorAll<HTMLInputElement>('.variants input.variant-name')];
const compareHeaders = async (el: FutanCalculator) => {
  const compare = root(el).querySelector('futan-compare')!;
  await (compare as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return [...compare.shadowRoot!.querySelectorAll('thead th')].map((th) => squeeze(th.textContent));
};
/** The seed's plan without its 先進医療 line (and, `noCard`, without the card at the cashier): the variant a counselor keeps beside it. */
const withoutAdvanced = (el: FutanCalculator, noCard = false): CarePlan => {
  const plan = JSON.parse(el.planFile()).plan as CarePlan;
  return { ...plan, insurance: { ...plan.insurance, ...(noCard ? { capAtWindow: false } : {}) }, items: plan.items.filter((i) => i.kind !== 'advanced') };
};

async function twoVariants(): Promise<{ el: FutanCalculator; kept: Breakdown[] }> {
  const el = await seed();
  const first = el.breakdown!;
  buttonNamed(el, '比較に追加').click();
  await settle(el);
  el.plan = withoutAdvanced(el, true);
  await settle(el);
  const second = el.breakdown!;
  root(el).querySelector<HTMLButtonElement>('[data-focus="compare-add"]')!.click();
  await settle(el);
  return { el, kept: [first, second] };
}

describe('naming the variants compared', () => {
  it('names a variant as it is kept: its name field takes focus, the name given selected, saying what differs from the first', async () => {
    const el = await seed();
    buttonNamed(el, '比較に追加').click();
    await settle(el);
    const [first] = nameFields(el);
    expect(first.value).to.equal('案 1：自家造血幹細胞移植（先進医療）');
    expect(deepActive(), 'typing names it at once').to.equal(first);
    expect([first.selectionStart, first.selectionEnd]).to.deep.equal([0, first.value.length]);
    el.plan = withoutAdvanced(el);
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('[data-focus="compare-add"]')!.click();
    await settle(el);
    const names = nameFields(el).map((f) => f.value);
    expect(names[1]).to.equal('案 2：先進医療の技術料なし');
    expect(deepActive()).to.equal(nameFields(el)[1]);
    expect(await compareHeaders(el)).to.deep.equal(names);
  });

  it('never gives two variants the same name, even after one is removed', async () => {
    const el = await seed();
    for (let i = 0; i < 2; i++) {
      root(el).querySelector<HTMLButtonElement>('[data-focus="compare-add"]')!.click();
      await settle(el);
    }
    buttonNamed(el, '外す').click();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('[data-focus="compare-add"]')!.click();
    await settle(el);
    const names = nameFields(el).map((f) => f.value);
    expect(new Set(names).size, names.join(' / ')).to.equal(names.length);
  });

  it('is renamed in the comparison by typing; the column follows; left empty, it takes back its name', async () => {
    const { el } = await twoVariants();
    const field = nameFields(el)[1];
    await typeInto(field, '薬物療法のみ');
    await settle(el);
    expect((await compareHeaders(el))[1]).to.equal('薬物療法のみ');
    expect(root(el).querySelectorAll('.variants li')[1].querySelector('button[aria-label]')!.getAttribute('aria-label')).to.contain('薬物療法のみ');
    await typeInto(field, '');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(nameFields(el)[1].value).to.equal('案 2：先進医療の技術料なし');
    expect((await compareHeaders(el))[1]).to.equal('案 2：先進医療の技術料なし');
  });

  it('each name field is labelled by its place, and the comparison with names is accessible', async () => {
    const { el } = await twoVariants();
    expect(nameFields(el).map((f) => f.getAttribute('aria-label'))).to.deep.equal(['1つ目の案の名前', '2つ目の案の名前']);
    await expect(el).to.be.accessible();
  });
});

describe('the comparison on the handout', () => {
  const box = (el: FutanCalculator) => root(el).querySelector<HTMLInputElement>('[data-focus="print-compare"]')!;
  const openFields = async (el: FutanCalculator) => {
    root(el).querySelector<HTMLDetailsElement>('details.handout-fields')!.open = true;
    await settle(el);
  };

  it('waits for two variants, saying why, and is off by default', async () => {
    const el = await seed();
    await openFields(el);
    expect(box(el).disabled).to.equal(true);
    expect(squeeze(root(el).querySelector(`#${box(el).getAttribute('aria-describedby')}`)!.textContent)).to.contain('2つ以上の案');
    const { el: two } = await twoVariants();
    await openFields(two);
    expect(box(two).disabled).to.equal(false);
    expect(box(two).checked).to.equal(false);
    expect(await printedText(two)).to.not.contain('治療の選択肢の比較');
  });

  it('prints each variant’s name, final cost, the most at the cashier in one month and what comes back, once asked', async () => {
    const { el, kept } = await twoVariants();
    await openFields(el);
    box(el).click();
    await settle(el);
    const rows = await (async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const found = [...root(el).querySelectorAll('.handout .compared tbody tr')].map((tr) => [...tr.children].map((c) => squeeze(c.textContent)));
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      return found;
    })();
    const expected = kept.map((breakdown, i) => {
      const answer = answerOf(breakdown);
      return [nameFields(el)[i].value, yen(answer.finalCost), yen(answer.largest!.amount), yen(answer.totalComingBack)];
    });
    expect(rows).to.deep.equal(expected);
    expect(expected[0].slice(2), 'the two differ at the cashier and in what comes back').to.not.deep.equal(expected[1].slice(2));
  });

  it('is asked again for the next patient (新しい計画)', async () => {
    const { el } = await twoVariants();
    await openFields(el);
    box(el).click();
    await settle(el);
    buttonNamed(el, '新しい計画').click();
    await settle(el);
    buttonNamed(el, '置き換える')?.click();
    await settle(el);
    expect(box(el).checked).to.equal(false);
  });
});

describe('the notes field lines up with the handout’s other fields', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  for (const [name, width, font] of [['1280', 1280, ''], ['375', 375, ''], ['200 %', 1280, '32px']] as const) {
    it(`at ${name}: the same left edge, and the same gap above its label as between the other rows`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario=${SEED} style=${font ? `font-size: ${font}` : ''}></futan-calculator>`);
      await settle(el);
      root(el).querySelector<HTMLDetailsElement>('details.handout-fields')!.open = true;
      await settle(el);
      const grid = root(el).querySelector<HTMLElement>('.handout-fields .fields')!;
      const [name, counselor] = [...grid.querySelectorAll(':scope > label')].map((l) => l.getBoundingClientRect());
      const notes = root(el).querySelector('[data-focus="plan-notes"]')!.closest('label')!.getBoundingClientRect();
      const rowGap = parseFloat(getComputedStyle(grid).rowGap);
      expect(notes.left).to.be.closeTo(name.left, 0.5);
      expect(notes.top - Math.max(name.bottom, counselor.bottom), 'the gap above the notes').to.be.closeTo(rowGap, 0.5);
      if (counselor.top > name.top) expect(counselor.top - name.bottom, 'the gap between the other rows').to.be.closeTo(rowGap, 0.5);
      // Framed as its siblings are, not with the browser's own border.
      const look = (e: Element) => { const c = getComputedStyle(e); return [c.borderTopColor, c.borderTopWidth, c.borderTopLeftRadius, c.paddingLeft, c.backgroundColor]; };
      expect(look(root(el).querySelector('[data-focus="plan-notes"]')!)).to.deep.equal(look(root(el).querySelector('[data-focus="plan-patientName"]')!));
    });
  }
});

describe('the opened answer on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('says the final figure once: the open bar says only that it closes', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await seed();
    const bar = root(el).querySelector<HTMLButtonElement>('.answer-bar')!;
    expect(squeeze(bar.textContent)).to.contain('￥320,354');
    bar.click();
    await settle(el);
    const answer = root(el).querySelector<HTMLElement>('[part=answer]')!;
    // What is seen: the split table says the patient's share among the others, not the final figure's headline.
    const seen = [...answer.querySelectorAll<HTMLElement>('.answer-bar, .final')].filter((e) => e.getClientRects().length).map((e) => squeeze(e.innerText));
    expect(seen.filter((t) => t.includes('￥320,354')), seen.join(' | ')).to.have.length(1);
    expect(squeeze(bar.textContent)).to.equal('答えを閉じる▼');
    expect(bar.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

describe('the handout’s disclaimer', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('is never split across two pages (the English household handout left its last line alone on page 2)', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="en" scenario=${SEED}></futan-calculator>`);
    await settle(el);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const disclaimer = root(el).querySelector('.handout .disclaimer')!;
    expect(getComputedStyle(disclaimer).breakInside).to.equal('avoid');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });
});
