import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { deepActive, lines, root, settle } from './calculator-helpers.js';
import { typeInto } from './helpers.js';

/**
 * What a keyboard user and a screen-reader user meet (WCAG 2.2 AA): names, states and
 * descriptions in the accessibility tree, and what the one live region says, and when.
 */

const SEED = 'advanced-stem-cell-transplant';
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const byFocus = (el: FutanCalculator, focus: string) => root(el).querySelector<HTMLElement>(`[data-focus="${focus}"]`)!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seed(lang = 'ja'): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
  await settle(el);
  return el;
}

/** Records what the live region says from now on. */
function listen(el: FutanCalculator): string[] {
  const region = root(el).querySelector('[aria-live]')!;
  const heard: string[] = [];
  new MutationObserver(() => {
    const text = squeeze(region.textContent);
    if (text) heard.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

/** The text of the elements an element's aria-describedby names. */
const description = (field: Element) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => squeeze((field.getRootNode() as ShadowRoot).getElementById(id)?.textContent)).join(' ');

describe('what the live region says', () => {
  it('says nothing when the page loads a plan: the reader has done nothing yet', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    const heard = listen(el);
    el.scenario = SEED;
    await settle(el);
    await wait(1400);
    expect(heard).to.deep.equal([]);
  });

  it('after a removal and after undo: the action, then the new total', async () => {
    const el = await seed();
    const heard = listen(el);
    expect(lines(el).length).to.be.greaterThan(1);
    root(el).querySelector<HTMLButtonElement>('ol.lines > li button.remove')!.click();
    await settle(el);
    await wait(500);
    expect(heard.at(-1)).to.match(/^明細を削除しました。.*患者さんの最終的なご負担は ￥[\d,]+ です。$/);
    el.undo();
    await settle(el);
    await wait(500);
    expect(heard.at(-1)).to.match(/ 患者さんの最終的なご負担は ￥320,354 です。$/);
  });

  it('reads the same total again when it is typed again', async () => {
    const el = await seed();
    const heard = listen(el);
    const field = root(el).querySelector('ol.lines > li futan-amount-input')!.shadowRoot!.querySelector('input')!;
    for (const amount of ['600000', '500000', '500000']) {
      await typeInto(field, amount);
      await settle(el);
      await wait(1400);
    }
    expect(heard.filter((h) => h === '患者さんの最終的なご負担は ￥320,354 です。').length).to.equal(2);
  });

  it('names where and why when an entry needs checking', async () => {
    const el = await seed();
    const heard = listen(el);
    const field = root(el).querySelector('ol.lines > li futan-amount-input')!.shadowRoot!.querySelector('input')!;
    await typeInto(field, '50万x');
    await settle(el);
    await wait(1400);
    expect(heard.at(-1)).to.contain('入力に 1 件の確認事項があります。');
    expect(heard.at(-1)).to.contain('明細 1');
    expect(heard.at(-1)).to.contain('金額として読めません');
  });
});

describe('fields that are refused say so, and why, to the reader', () => {
  it('a month that is not one is invalid and described by the reason', async () => {
    const el = await seed();
    const month = root(el).querySelector<HTMLInputElement>('ol.lines > li .month input')!;
    await typeInto(month, 'R8.13');
    await settle(el);
    expect(month.getAttribute('aria-invalid')).to.equal('true');
    expect(description(month)).to.match(/月|month/);
  });

  it('a birth date that cannot be read is invalid and described by the reason', async () => {
    const el = await seed();
    const birth = root(el).querySelector<HTMLInputElement>('.patient [data-focus$="-birthDate"]')!;
    await typeInto(birth, '平成31年5月1日');
    await settle(el);
    expect(birth.getAttribute('aria-invalid')).to.equal('true');
    expect(description(birth)).to.contain('平成');
  });

  it('the bracket is named by its label alone, its hint read once, as its description', async () => {
    const el = await seed();
    const select = byFocus(el, 'plan-bracket');
    const label = root(el).getElementById(select.getAttribute('aria-labelledby')!)!;
    expect(squeeze(label.textContent)).to.equal('所得区分');
    expect(description(select)).to.contain('限度額適用認定証');
  });

  it('who pays is named in the list, each choice with its name', async () => {
    const el = await seed();
    const payer = root(el).querySelector<HTMLSelectElement>('ol.lines > li select.how')!;
    payer.focus();
    const snapshot = (await a11ySnapshot({})) as unknown as { children?: unknown[]; role: string; name: string };
    const options: { role: string; name: string }[] = [];
    const walk = (node: { children?: unknown[]; role: string; name: string }) => {
      if (node.role === 'option' || node.role === 'menuitem') options.push(node);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(snapshot);
    const names = [...payer.options].map((o) => o.getAttribute('aria-label'));
    expect(names.every((n) => n && n.trim())).to.equal(true);
    expect(options.length, 'options in the accessibility tree').to.be.greaterThan(0);
    for (const option of options) expect(option.name, 'an option in the accessibility tree').to.not.equal('');
  });
});

describe('the keyboard', () => {
  it('the confirm keeps the work: focus on やめる, and Escape cancels', async () => {
    const el = await seed();
    const field = root(el).querySelector('ol.lines > li futan-amount-input')!.shadowRoot!.querySelector('input')!;
    await typeInto(field, '600000');
    await settle(el);
    const edited = el.planFile();
    el.scenario = 'free-ank-course';
    await settle(el);
    expect(squeeze(deepActive()?.textContent)).to.equal('やめる');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('.confirm')).to.equal(null);
    expect(el.planFile()).to.equal(edited);
  });

  it('the first Tab reaches a way to the answer, which puts focus on it', async () => {
    const el = await seed();
    const skip = root(el).querySelector<HTMLButtonElement>('.skip-to-answer')!;
    expect(root(el).querySelector('.root')!.querySelector('button, input, select, summary, a')).to.equal(skip);
    skip.click();
    await settle(el);
    expect(deepActive()?.id).to.equal('answer-title');
    expect(squeeze(root(el).querySelector('[part=answer]')!.textContent)).to.contain('￥320,354');
  });
});

describe('the patient mode, by keyboard and screen reader', () => {
  it('each answer moves focus to the next question and reads the new estimate once', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" mode="patient" scenario=${SEED}></futan-calculator>`);
    await settle(el);
    const heard = listen(el);
    const choice = (label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('.question button')].find((b) => squeeze(b.textContent).startsWith(label))!;
    choice('自分の治療').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActive()?.id).to.equal('patient-question');
    expect(squeeze(deepActive()?.textContent)).to.contain('何歳');
    await wait(500);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.contain('いまのお答えでの目安');
    await expect(el).to.be.accessible();
  });
});

describe('Japanese inside English', () => {
  it('a memo written in Japanese is marked lang="ja" when the calculator speaks English', async () => {
    const el = await seed('en');
    const memo = root(el).querySelector('ol.lines > li .memo')!;
    expect(memo.textContent).to.contain('幹細胞動員');
    expect(memo.getAttribute('lang')).to.equal('ja');
  });
});

describe('the order of a row on a phone', () => {
  it('Tab goes as the eye does: month, then the amount, then 入院/外来', async () => {
    const el = await fixture<FutanCalculator>(html`<div style="width: 360px"><futan-calculator lang="ja" scenario=${SEED}></futan-calculator></div>`);
    const calc = el.querySelector('futan-calculator') as FutanCalculator;
    await settle(calc);
    const row = lines(calc)[0];
    const top = (selector: string) => row.querySelector(selector)!.getBoundingClientRect();
    const month = top('.month');
    const money = top('.money');
    const how = top('.how');
    // The amount beside the month (to its right), and 入院/外来 below both.
    expect(money.left).to.be.greaterThan(month.left);
    expect(how.top).to.be.at.least(month.bottom - 1);
  });
});

describe('amount fields say which line and what kind', () => {
  it('each amount is named with its line and kind, the visible label included', async () => {
    const el = await seed();
    const names = lines(el).map((line) => line.querySelector('futan-amount-input')?.shadowRoot?.querySelector('input')?.getAttribute('aria-label'));
    expect(names[0]).to.equal('明細 1：保険診療の医療費（10割）');
    expect(names[3]).to.equal('明細 4：先進医療の技術料の請求額（税込）');
    expect(names[5]).to.equal('明細 6：交通費・その他の請求額（税込）');
    expect(new Set(names).size).to.equal(names.length);
  });
});

describe('the seed with a certificate, by keyboard alone', () => {
  for (const [lang, summary] of [['ja', '患者さんの受給者証'], ['en', 'Certificates and insurance: The patient']] as const) it(`${lang}: from the first control to ￥80,000 read out, keys counted`, async () => {
    const el = await seed(lang);
    const heard = listen(el);
    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await sendKeys({ press: key });
      await settle(el);
    };
    /** Tab until focus is on what `is` says, counting each Tab. */
    const tabTo = async (is: (e: Element | null) => boolean) => {
      for (let i = 0; i < 80 && !is(deepActive()); i++) await press('Tab');
      expect(is(deepActive()), squeeze(deepActive()?.outerHTML.slice(0, 120))).to.equal(true);
    };
    root(el).querySelector<HTMLButtonElement>('.skip-to-answer')!.focus();
    await tabTo((e) => !!e?.matches('summary') && squeeze(e.textContent).startsWith(summary));
    await press('Enter');
    await tabTo((e) => !!e?.matches('button') && squeeze(e.textContent).includes('指定難病'));
    await press('Enter');
    // Focus is on the new certificate's 階層区分, which says it is needed.
    expect(deepActive()?.getAttribute('data-focus')).to.match(/-tier$/);
    expect(deepActive()?.getAttribute('aria-invalid')).to.equal('true');
    // 一般所得Ⅱ is the fifth tier: ArrowDown five times in a closed select chooses it.
    for (let i = 0; i < 5; i++) await press('ArrowDown');
    expect((deepActive() as HTMLSelectElement).value).to.equal('一般所得Ⅱ');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heard.at(-1)).to.contain('￥80,000');
    // 21 keys in either language (measured for #26): Tabs to the certificates, Enter, Tab(s) to ＋ 指定難病, Enter, 5 arrows.
    expect(keys).to.be.at.most(25);
    await expect(el).to.be.accessible();
  });
});

describe('notes under a row are read with their fields', () => {
  type Node = { role: string; name: string; description?: string; children?: Node[] };
  /**
   * The accessibility tree's node for a field of a row, found by its name, as a screen reader
   * meets it. The row is scrolled into view first: rows are content-visibility: auto, and the
   * tree of one far off screen is not filled in until it is near.
   */
  async function fieldNamed(row: HTMLElement, name: string): Promise<Node | undefined> {
    row.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const found: Node[] = [];
    const walk = (node: Node) => {
      if (node.name === name) found.push(node);
      node.children?.forEach(walk);
    };
    walk(snapshot);
    return found.find((n) => n.role === 'textbox');
  }

  for (const [lang, words] of [
    ['ja', { month: '明細 1：診療月', readBack: '→ 2027年1月', amount: '明細 6：交通費・その他の請求額（税込）', uncounted: '金額が未入力のため' }],
    ['en', { month: 'Line 1: Month of care', readBack: '→ Jan 2027', amount: 'Line 6: Charge (tax included), Transport and other', uncounted: 'No amount yet, so this line is not counted.' }],
  ] as const) {
    it(`${lang}: the month with its read-back and the row's memo; an empty amount with 「not counted」 and the memo`, async () => {
      const el = await seed(lang);
      const month = lines(el)[0].querySelector<HTMLInputElement>('[data-focus$="-month"]')!;
      await typeInto(month, 'R9.1');
      await settle(el);
      const monthNode = await fieldNamed(lines(el)[0], words.month);
      expect(monthNode?.description).to.contain(words.readBack);
      expect(monthNode?.description).to.contain('幹細胞動員');
      // The ids are resolved in the row's own tree, so the field's description is its notes' text.
      expect(description(month)).to.equal(`${words.readBack} 幹細胞動員`);
      const amountNode = await fieldNamed(lines(el)[5], words.amount);
      expect(amountNode, words.amount).not.to.equal(undefined);
      expect(amountNode!.description).to.contain(words.uncounted);
      expect(amountNode!.description).to.contain('交通費・その他');
      await expect(el).to.be.accessible();
    });
  }

  it('when the notes change (the memo removed), the amount is still described by the note under it', async () => {
    const el = await seed();
    const row = lines(el)[5];
    // Removing the memo moves 「金額が未入力…」 to the memo's place: lit renders it anew.
    row.querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    await typeInto(row.querySelector<HTMLInputElement>('[data-focus$="-label"]')!, '');
    await settle(el);
    const amountNode = await fieldNamed(row, '明細 6：交通費・その他の請求額（税込）');
    expect(amountNode?.description).to.contain('金額が未入力のため');
  });
});
