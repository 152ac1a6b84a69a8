import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { framePlace, tabKeyOf } from '../../src/elements/futan-calculator/persistence.js';
import { amountOf, fileOf, lines, openPatientDetails, root, settle } from './calculator-helpers.js';
import { typeInto } from './helpers.js';

const keyOf = (id: string) => `futan-calculator:${location.pathname}#${id}`;
const textOf = (el: FutanCalculator) => root(el).textContent!.replace(/\s+/g, ' ');
const remunerationOf = (el: FutanCalculator) =>
  [...root(el).querySelectorAll('futan-amount-input')].find((f) => f.getAttribute('data-focus') === 'plan-remuneration')!.shadowRoot!.querySelector('input')!;
const memoOf = (line: Element) => line.querySelector<HTMLInputElement>('input[data-focus$="-label"]')!;

/** Opens a row's own 「詳細」, where its memo is. */
async function openLineDetails(el: FutanCalculator, index: number): Promise<void> {
  lines(el)[index].querySelector<HTMLButtonElement>('button.more')!.click();
  await settle(el);
}

async function reload(id: string, attributes = 'persist'): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" id=${id} ?persist=${attributes.includes('persist')} scenario="advanced-stem-cell-transplant"></futan-calculator>`);
  await settle(el);
  return el;
}

describe('what was typed comes back exactly as typed', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps unfinished text after a reload: an amount, 標準報酬月額 and a memo not yet left', async () => {
    const first = await reload('typed');
    await typeInto(amountOf(lines(first)[0]), '12万3千x');
    await openPatientDetails(first);
    await typeInto(remunerationOf(first), '30万くらい');
    await openLineDetails(first, 1);
    memoOf(lines(first)[1]).focus();
    await typeInto(memoOf(lines(first)[1]), '主治医に確認');
    await settle(first);
    // Still in the memo field: nothing has been left (no change event), and it is kept all the same.
    expect(sessionStorage.getItem(keyOf('typed'))).to.contain('主治医に確認');
    first.remove();

    const again = await reload('typed');
    await openPatientDetails(again);
    await openLineDetails(again, 1);
    expect(amountOf(lines(again)[0]).value).to.equal('12万3千x');
    expect(remunerationOf(again).value).to.equal('30万くらい');
    expect(memoOf(lines(again)[1]).value).to.equal('主治医に確認');
    expect(textOf(again)).to.contain('明細 1の金額');
  });

  it('keeps unfinished text through save and open', async () => {
    const first = await reload('file', '');
    await typeInto(amountOf(lines(first)[0]), '12万3千x');
    await openPatientDetails(first);
    await typeInto(remunerationOf(first), '30万くらい');
    await settle(first);
    const saved = first.planFile();
    const second = await reload('other', '');
    await second.importFile(fileOf(saved));
    await settle(second);
    await openPatientDetails(second);
    expect(amountOf(lines(second)[0]).value).to.equal('12万3千x');
    expect(remunerationOf(second).value).to.equal('30万くらい');
    expect(second.planFile()).to.equal(saved);
  });
});

describe('persist is honest', () => {
  afterEach(() => sessionStorage.clear());

  it('gives two calculators without an id no shared key: the second says why it keeps nothing', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <futan-calculator lang="ja" persist scenario="advanced-stem-cell-transplant"></futan-calculator>
      <futan-calculator lang="ja" persist scenario="free-ank-course"></futan-calculator>
    </div>`);
    const [first, second] = [...box.querySelectorAll<FutanCalculator>('futan-calculator')];
    await settle(first);
    await settle(second);
    await typeInto(amountOf(lines(first)[0]), '600000');
    await typeInto(amountOf(lines(second)[0]), '700000');
    await settle(first);
    await settle(second);
    expect(sessionStorage.length).to.equal(1);
    expect(sessionStorage.getItem(keyOf(''))).to.contain('600000');
    expect(textOf(second)).to.contain('id のない計算ツールがほかにもある');
    expect(textOf(second)).to.not.contain('再読み込みしても残ります');
    expect(textOf(first)).to.contain('再読み込みしても残ります');
  });

  it('says "kept" only after a write that worked, and says so when the browser refuses', async () => {
    const el = await reload('full');
    expect(textOf(el)).to.not.contain('再読み込みしても残ります');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await typeInto(amountOf(lines(el)[0]), '600000');
      await settle(el);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(textOf(el)).to.contain('このブラウザーがタブへの保存を断ったため');
    expect(textOf(el)).to.not.contain('再読み込みしても残ります');
    await typeInto(amountOf(lines(el)[0]), '650000');
    await settle(el);
    expect(textOf(el)).to.contain('再読み込みしても残ります');
  });

  it('sets a draft that cannot be read aside once, with the reason, and does not try it again', async () => {
    sessionStorage.setItem(keyOf('bad'), JSON.stringify({ format: 'futan-plan', version: 1, plan: { items: Array.from({ length: 10_000 }, () => ({})) } }));
    const first = await reload('bad');
    expect(textOf(first)).to.contain('前回このタブに保存された入力を読み込めなかった');
    expect(textOf(first)).to.contain('明細が 10,000 件あります');
    expect(sessionStorage.getItem(keyOf('bad'))).to.equal(null);
    first.remove();
    const second = await reload('bad');
    expect(textOf(second)).to.not.contain('読み込めなかった');
  });

  it('keeps a draft from a newer version untouched, and says so', async () => {
    const newer = JSON.stringify({ format: 'futan-plan', version: 99, plan: { items: [] } });
    sessionStorage.setItem(keyOf('newer'), newer);
    const el = await reload('newer');
    await typeInto(amountOf(lines(el)[0]), '600000');
    await settle(el);
    expect(sessionStorage.getItem(keyOf('newer'))).to.equal(newer);
    expect(textOf(el)).to.contain('新しい版の futan で保存された入力があります');
  });

  it('says, on a reload, whose copy it restored, until the next edit', async () => {
    const first = await reload('whose');
    await typeInto(amountOf(lines(first)[0]), '888888');
    await settle(first);
    first.remove();
    const again = await reload('whose');
    expect(amountOf(lines(again)[0]).value).to.equal('888888');
    expect(textOf(again)).to.contain(`このタブに残していた入力を戻しました（${location.pathname} の計算ツール「whose」`);
    await typeInto(amountOf(lines(again)[0]), '888889');
    await settle(again);
    expect(textOf(again)).to.not.contain('このタブに残していた入力を戻しました');
  });

  it('keys a copy by path, id and frame; the top of the tab keeps the key it had', () => {
    expect(tabKeyOf({ path: '/plan.html', id: 'a', frame: '' })).to.equal('futan-calculator:/plan.html#a');
    expect(tabKeyOf({ path: '/plan.html', id: 'a', frame: '2' })).to.not.equal(tabKeyOf({ path: '/plan.html', id: 'a', frame: '3' }));
    expect(framePlace(window.top!)).to.equal('');
  });

  it('does not claim the file was saved: it says the file was handed to the browser', async () => {
    const el = await reload('save', '');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('計画をファイルに保存'))!.click();
      await settle(el);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(textOf(el)).to.contain('ダウンロードとして渡しました');
    expect(textOf(el)).to.not.contain('保存しました');
  });
});

describe('restored in the patient’s view', () => {
  afterEach(() => sessionStorage.clear());

  it('answers for the care restored: the estimate shows at once, as for any care', async () => {
    const first = await reload('patient-restore');
    await typeInto(amountOf(lines(first)[0]), '600000');
    await settle(first);
    const kept = first.breakdown!.total;
    first.remove();

    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" id="patient-restore" persist mode="patient"></futan-calculator>`);
    await settle(el);
    expect(el.breakdown?.total, 'the restored care, worked out').to.equal(kept);
    expect(root(el).querySelector('.provisional')?.textContent).to.match(/￥[\d,]+/);
  });
});
