import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import { calculate, type CarePlan } from '../../src/engine/index.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import type { PlanChangeDetail, PlanInvalidDetail } from '../../src/elements/events.js';
import { record, shadow, typeInto } from './helpers.js';

const root = (el: FutanCalculator) => shadow(el);
/** What the answer in view says (its final amount first). */
const breakdownText = (el: FutanCalculator) => root(el).querySelector('.answer-body')!.textContent!.replace(/\s+/g, ' ');

async function settle(el: FutanCalculator): Promise<void> {
  await el.updateComplete;
  for (const child of root(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
  await el.updateComplete;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Sets a text field as typing does: the calculator keeps every key (an input event), not only on leaving. */
function setMonth(input: HTMLInputElement, month: string): void {
  input.value = month;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const button = (el: FutanCalculator, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(label))!;
const lines = (el: FutanCalculator) => [...root(el).querySelectorAll<HTMLElement>('ol.lines > li')];
/** A field by its visible label, or (in a row of care) by its accessible name 「明細 1：診療月」. */
const fieldOf = (container: ParentNode, label: string) =>
  [...container.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label))?.querySelector('input') ??
  [...container.querySelectorAll<HTMLInputElement>('input[aria-label]')].find((i) => i.getAttribute('aria-label')!.endsWith(label))!;
const amountOf = (line: HTMLElement) => shadow(line.querySelector('futan-amount-input')!).querySelector('input')!;

describe('<futan-calculator>', () => {
  it('lets a counselor type the seed case and shows what calculate() says for it', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    const changes = record<PlanChangeDetail>(el, 'futan-change');

    choose(root(el).querySelector<HTMLSelectElement>('select[aria-describedby=bracket-hint]')!, 'ウ');
    await typeInto(fieldOf(root(el), '年齢'), '５２歳');
    await settle(el);

    button(el, '＋ 保険診療').click();
    await settle(el);
    setMonth(fieldOf(lines(el)[0], '診療月'), '令和8年11月');
    await settle(el);
    await typeInto(amountOf(lines(el)[0]), '3,213,390');
    await settle(el);

    button(el, '＋ 先進医療の技術料').click();
    await settle(el);
    setMonth(fieldOf(lines(el)[1], '診療月'), '２０２６/１１');
    await settle(el);
    await typeInto(amountOf(lines(el)[1]), '92.3万');
    await settle(el);
    const payer = [...lines(el)[1].querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'research'))!;
    choose(payer, 'research');
    await settle(el);

    const expected = calculate({
      insurance: { bracket: 'ウ' },
      people: [{ id: 'patient', age: 52 }],
      items: [
        { month: '2026-11', kind: 'insured', amount: 3213390, setting: 'inpatient' },
        { month: '2026-11', kind: 'advanced', amount: 923000, payer: 'research' },
      ],
    });
    expect(expected.total).to.equal('4136390');
    expect(breakdownText(el)).to.contain(`最終的なご負担￥${Number(expected.shares.patient).toLocaleString('en-US')}`);
    const last = changes.at(-1)!.detail;
    expect(last.breakdown.shares).to.deep.equal(expected.shares);
    expect(last.plan.items).to.have.length(2);
  });

  it('keeps a line without an amount out of the result and says so, instead of failing', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    expect(root(el).textContent).to.contain('金額が未入力のため、まだ計算に含まれていません。');
    expect(breakdownText(el)).to.contain('￥320,354');
  });

  it('reports an amount that cannot be read, keeps the text, and fires futan-invalid', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const invalid = record<PlanInvalidDetail>(el, 'futan-invalid');
    await typeInto(amountOf(lines(el)[0]), '50万x');
    await settle(el);
    expect(invalid.at(-1)!.detail.issues[0]).to.include({ path: 'items[0].amount', code: 'not-an-amount' });
    expect(root(el).querySelector('.issues')!.textContent).to.contain('明細 1の金額');
    expect(amountOf(lines(el)[0]).value).to.equal('50万x');
  });

  it('reads a birth date in the Japanese era, shows how it read it, and reports a day that does not exist', async () => {
    const plan: CarePlan = { insurance: { bracket: '一般' }, people: [{ id: 'patient', age: 72 }], items: [{ month: '2026-09', kind: 'insured', amount: 300000, setting: 'outpatient' }] };
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = plan;
    await settle(el);
    const birth = fieldOf(root(el), '生年月日');
    setMonth(birth, '昭和２８年５月１日');
    await settle(el);
    expect(birth.parentElement!.textContent).to.contain('→ 1953年5月1日（昭和28年）');
    const expected = calculate({ ...plan, people: [{ id: 'patient', birthDate: '1953-05-01' }] });
    expect(breakdownText(el)).to.contain(`￥${Number(expected.shares.patient).toLocaleString('en-US')}`);
    expect(el.breakdown!.shares).to.deep.equal(expected.shares);

    const invalid = record<PlanInvalidDetail>(el, 'futan-invalid');
    setMonth(birth, '昭和28年2月30日');
    await settle(el);
    expect(invalid.at(-1)!.detail.issues[0]).to.include({ path: 'people[0].birthDate', code: 'bad-date' });
    expect(birth.parentElement!.textContent).to.contain('その日付はありません');
    expect(birth.value).to.equal('昭和28年2月30日');
    expect(root(el).querySelector('.answer-body')).to.equal(null);
  });

  it('reports a month of care that cannot be read on its line, and keeps the text', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="en" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const month = fieldOf(lines(el)[0], 'Month of care');
    setMonth(month, '2026-13');
    await settle(el);
    expect(lines(el)[0].textContent).to.contain('This is not a month');
    expect(month.value).to.equal('2026-13');
    setMonth(month, 'R8.12');
    await settle(el);
    expect(lines(el)[0].textContent).to.contain('→ Dec 2026');
    expect(breakdownText(el)).to.contain('￥320,354');
  });

  it('fires nothing when a plan, a JSON attribute or a scenario is set by code', async () => {
    const plan: CarePlan = { insurance: { bracket: 'ア' }, people: [{ id: 'p', age: 40 }], items: [{ month: '2026-08', kind: 'insured', amount: 1000000, setting: 'inpatient' }] };
    const el = await fixture<FutanCalculator>(html`<futan-calculator></futan-calculator>`);
    const events = [...record(el, 'futan-change'), ...record(el, 'futan-invalid')];
    el.plan = plan;
    await settle(el);
    expect(breakdownText(el)).to.contain('￥271,290');
    el.setAttribute('plan', JSON.stringify({ ...plan, insurance: { bracket: 'イ' } }));
    await settle(el);
    expect(breakdownText(el)).to.contain('￥183,130');
    el.scenario = 'free-ank-course';
    await settle(el);
    expect(events).to.have.length(0);
  });

  it('says so when the plan attribute is not JSON, and does not throw', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="en" plan="{not json"></futan-calculator>`);
    await settle(el);
    expect(root(el).querySelector('.notice')!.textContent).to.contain('cannot be read');
  });

  it('lets only its own events out: the amount fields inside stay inside', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const seen = record<PlanChangeDetail>(document, 'futan-change');
    await typeInto(amountOf(lines(el)[0]), '600000');
    await settle(el);
    expect(seen.length).to.be.greaterThan(0);
    for (const event of seen) expect(event.detail).to.have.keys(['plan', 'breakdown']);
  });

  it('removes a line and moves focus to its undo button', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const before = lines(el).length;
    lines(el)[0].querySelector<HTMLButtonElement>('button.remove')!.click();
    await settle(el);
    expect(lines(el)).to.have.length(before - 1);
    expect(root(el).activeElement?.textContent).to.contain('元に戻す');
  });

  it('adds a household member whose care is capped with the patient’s', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = {
      insurance: { bracket: 'ウ' },
      people: [{ id: 'patient', age: 45 }, { id: 'spouse', age: 44, label: '配偶者' }],
      items: [
        { month: '2026-09', kind: 'insured', amount: 500000, setting: 'inpatient' },
        { month: '2026-09', kind: 'insured', amount: 100000, setting: 'outpatient', person: 'spouse' },
      ],
    };
    await settle(el);
    expect(breakdownText(el)).to.contain('￥88,940');
  });

  it('switches to English with the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ja"><futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator></div>`);
    const el = wrapper.querySelector('futan-calculator')!;
    await settle(el);
    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(root(el).textContent).to.contain('Lines of care');
    expect(breakdownText(el)).to.contain('The patient’s final cost');
  });

  it('keeps 10^12 yen exact from the keyboard to the event and the page', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 50 }], items: [{ month: '2026-09', kind: 'free', amount: 1 }] };
    await settle(el);
    const changes = record<PlanChangeDetail>(el, 'futan-change');
    await typeInto(amountOf(lines(el)[0]), '1兆');
    await settle(el);
    const { plan, breakdown } = changes.at(-1)!.detail;
    expect(plan.items[0].amount).to.equal('1000000000000');
    expect(breakdown.total).to.equal('1000000000000');
    expect(breakdown.shares.patient).to.equal('1000000000000');
    expect(breakdownText(el)).to.contain('￥1,000,000,000,000');
  });

  it('is accessible with a scenario loaded', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible while reporting problems', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    await typeInto(amountOf(lines(el)[0]), 'abc');
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
