import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { fromPlanFile } from '../../src/elements/futan-calculator/plan-file.js';
import { MAX_LINES, MAX_NOTES, MAX_PEOPLE, MAX_PROGRAMS, MAX_TEXT } from '../../src/elements/futan-calculator/read-plan.js';
import { MAX_TEXT as ENGINE_TEXT } from '../../src/engine/read/read-input.js';
import { amountHost, amountOf, fileOf, lines, root, settle } from './calculator-helpers.js';
import { shadow } from './helpers.js';

/**
 * Whatever the calculator takes, it saves and opens again: the plan reader's bounds (500
 * characters a text, 2,000 for the notes, 10 people, 10 certificates a person, 400 lines) are
 * kept where the counselor types, and said there. A name or a memo takes the engine's 200.
 */
const textOf = (node: ParentNode) => (node.textContent ?? '').replace(/\s+/g, ' ');
const byFocus = (el: FutanCalculator, focus: string) => root(el).querySelector<HTMLElement>(`[data-focus="${focus}"]`)!;

/** Types (or pastes) `text` into a focused field as the browser does for a person: maxlength applies. */
async function paste(el: FutanCalculator, field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.select();
  document.execCommand('insertText', false, text);
  await settle(el);
}

async function openFold(el: FutanCalculator, selector: string): Promise<void> {
  const fold = root(el).querySelector<HTMLDetailsElement>(selector)!;
  fold.open = true;
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settle(el);
}

const line = (i: number) => ({ month: `20${26 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, kind: 'insured', amount: 10000 + i, setting: 'outpatient' });
const planOf = (count: number, extra: object[] = []) => ({ insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 50 }], items: [...Array.from({ length: count }, (_, i) => line(i)), ...extra] });

async function calculator(plan?: object): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
  if (plan) el.plan = plan;
  await settle(el);
  return el;
}

describe('texts stop at what a plan file opens again, and say so', () => {
  it(`notes: a paste of ${MAX_NOTES + 1} characters keeps ${MAX_NOTES}, and the field says it is full`, async () => {
    const el = await calculator(planOf(1));
    await openFold(el, 'details.handout-fields');
    const notes = byFocus(el, 'plan-notes') as HTMLTextAreaElement;
    await paste(el, notes, 'あ'.repeat(MAX_NOTES + 1));
    expect(notes.value.length).to.equal(MAX_NOTES);
    expect(JSON.parse(el.planFile()).plan.handout.notes).to.have.length(MAX_NOTES);
    expect(textOf(root(el).querySelector('.notes-field')!)).to.contain('この欄に入力できるのは 2,000 文字までです。');
    await expect(el).to.be.accessible();
  });

  it('a pasted megabyte is cut at the bound, not taken in', async () => {
    const el = await calculator(planOf(1));
    await openFold(el, 'details.handout-fields');
    const name = byFocus(el, 'plan-patientName') as HTMLInputElement;
    await paste(el, name, 'x'.repeat(1_000_000));
    expect(name.value.length).to.equal(MAX_TEXT);
    expect(textOf(name.closest('label')!)).to.contain(`この欄に入力できるのは ${MAX_TEXT} 文字までです。`);
  });

  it(`a title, a memo and a facility stop at the engine’s ${ENGINE_TEXT}, so that the plan is still worked out`, async () => {
    const el = await calculator(planOf(1));
    const title = byFocus(el, 'plan-title') as HTMLInputElement;
    await paste(el, title, 't'.repeat(ENGINE_TEXT + 50));
    lines(el)[0].querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    const memo = lines(el)[0].querySelector<HTMLInputElement>('input[data-focus$="-label"]')!;
    const facility = lines(el)[0].querySelector<HTMLInputElement>('input[data-focus$="-facility"]')!;
    await paste(el, memo, 'm'.repeat(ENGINE_TEXT + 50));
    await paste(el, facility, 'f'.repeat(ENGINE_TEXT + 50));
    const plan = JSON.parse(el.planFile()).plan;
    expect([plan.title.length, plan.items[0].label.length, plan.items[0].facility.length]).to.deep.equal([ENGINE_TEXT, ENGINE_TEXT, ENGINE_TEXT]);
    expect(textOf(lines(el)[0])).to.contain(`この欄に入力できるのは ${ENGINE_TEXT} 文字までです。`);
    expect(root(el).querySelector('.issues')).to.equal(null);
    expect(el.breakdown).to.not.equal(undefined);
  });

  it(`an amount stops at ${MAX_TEXT} characters and says so in place of its reading`, async () => {
    const el = await calculator(planOf(1));
    const amount = amountOf(lines(el)[0]);
    amount.focus();
    amount.select();
    document.execCommand('insertText', false, '1'.repeat(MAX_TEXT + 10));
    await settle(el);
    expect(amount.value.length).to.equal(MAX_TEXT);
    expect(textOf(shadow(amountHost(lines(el)[0])).querySelector('[part=reading]')!)).to.contain(`${MAX_TEXT} 文字まで`);
  });
});

describe('people, certificates and lines stop at what a plan file opens again, and say so', () => {
  it(`an ${MAX_PEOPLE + 1}th person cannot be added: the button is off and says why`, async () => {
    const el = await calculator(planOf(1));
    const add = () => byFocus(el, 'add-person') as HTMLButtonElement;
    for (let i = 1; i < MAX_PEOPLE; i++) {
      add().click();
      await settle(el);
    }
    expect(root(el).querySelectorAll('ol.members > li')).to.have.length(MAX_PEOPLE - 1);
    expect(add().disabled).to.equal(true);
    expect(textOf(root(el))).to.contain(`世帯の方は、患者さんを含めて ${MAX_PEOPLE} 人までです。`);
    expect(add().getAttribute('aria-describedby')).to.equal('people-limit');
    expect(fromPlanFile(el.planFile()).ok).to.equal(true);
  });

  it(`an ${MAX_PROGRAMS + 1}th certificate of a person cannot be added`, async () => {
    const el = await calculator(planOf(1));
    await openFold(el, 'details.person-details');
    for (let i = 0; i < MAX_PROGRAMS; i++) {
      root(el).querySelector<HTMLButtonElement>('button[data-focus$="-add-local"]')!.click();
      await settle(el);
    }
    expect(root(el).querySelector<HTMLButtonElement>('button[data-focus$="-add-local"]')!.disabled).to.equal(true);
    expect(textOf(root(el))).to.contain(`受給者証は 1 人 ${MAX_PROGRAMS} 件までです。`);
    expect(fromPlanFile(el.planFile()).ok).to.equal(true);
  });

  it(`the add buttons go off at ${MAX_LINES} lines, saying why`, async () => {
    const el = await calculator(planOf(MAX_LINES - 1));
    const addInsured = () => byFocus(el, 'add-insured') as HTMLButtonElement;
    expect(addInsured().disabled).to.equal(false);
    addInsured().click();
    await settle(el);
    expect(lines(el)).to.have.length(MAX_LINES);
    expect([...root(el).querySelectorAll<HTMLButtonElement>('.add button[data-focus^="add-"]')].every((b) => b.disabled)).to.equal(true);
    expect(root(el).querySelector('#lines-limit')!.textContent).to.contain(`明細は ${MAX_LINES} 件までです`);
    lines(el)[0].querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    expect(lines(el)[0].querySelector<HTMLButtonElement>('button[data-focus$="-next"]')!.disabled).to.equal(true);
    expect(textOf(lines(el)[0])).to.contain(`明細が ${MAX_LINES} 件あるため、これ以上は複製できません。`);
    expect(fromPlanFile(el.planFile()).ok).to.equal(true);
  });

  it('毎月くり返す refuses a count that would pass the bound, saying how many still fit', async () => {
    const el = await calculator(planOf(MAX_LINES - 2));
    lines(el)[0].querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    const times = lines(el)[0].querySelector<HTMLInputElement>('input.times')!;
    const repeat = () => lines(el)[0].querySelector<HTMLButtonElement>('button[data-focus$="-repeat"]')!;
    await paste(el, times, '4');
    expect(repeat().disabled).to.equal(true);
    expect(textOf(lines(el)[0])).to.contain('あと 2 件しか複製できません（回数は、この明細を含めて 3 まで）');
    await paste(el, times, '3');
    expect(repeat().disabled).to.equal(false);
    repeat().click();
    await settle(el);
    expect(lines(el)).to.have.length(MAX_LINES);
    expect(fromPlanFile(el.planFile()).ok).to.equal(true);
  });

  it('the answer’s 食事代の明細を加える is off when its lines would pass the bound, saying why', async () => {
    const stays = [{ month: '2030-01', kind: 'insured', amount: 500000, setting: 'inpatient' }, { month: '2030-02', kind: 'insured', amount: 500000, setting: 'inpatient' }];
    const el = await calculator(planOf(MAX_LINES - 3, stays));
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('.meals-missing button')][0];
    expect(button.disabled).to.equal(true);
    expect(textOf(root(el).querySelector('.meals-missing')!)).to.contain(`食事代の明細 2 件を加えると、明細が ${MAX_LINES} 件を超えます。`);
    lines(el)[0].querySelector<HTMLButtonElement>('button.remove')!.click();
    await settle(el);
    const again = root(el).querySelector<HTMLButtonElement>('.meals-missing button')!;
    expect(again.disabled).to.equal(false);
    again.click();
    await settle(el);
    expect(lines(el)).to.have.length(MAX_LINES);
  });
});

describe('what the calculator takes at its bounds saves and opens again', () => {
  it(`notes pasted past ${MAX_NOTES} characters, ${MAX_PEOPLE} people and ${MAX_LINES} lines: planFile() opens in another calculator`, async () => {
    const first = await calculator(planOf(MAX_LINES - 1));
    await openFold(first, 'details.handout-fields');
    await paste(first, byFocus(first, 'plan-notes') as HTMLTextAreaElement, '"'.repeat(MAX_NOTES + 1));
    for (let i = 1; i < MAX_PEOPLE; i++) {
      (byFocus(first, 'add-person') as HTMLButtonElement).click();
      await settle(first);
    }
    root(first).querySelector<HTMLButtonElement>('ol.members > li button[data-focus^="add-line-"]')!.click();
    await settle(first);
    const saved = first.planFile();
    const plan = JSON.parse(saved).plan;
    expect([plan.handout.notes.length, plan.people.length, plan.items.length]).to.deep.equal([MAX_NOTES, MAX_PEOPLE, MAX_LINES]);

    const second = await calculator();
    await second.importFile(fileOf(saved));
    await settle(second);
    expect(lines(second)).to.have.length(MAX_LINES);
    expect(root(second).querySelectorAll('ol.members > li')).to.have.length(MAX_PEOPLE - 1);
    expect(second.planFile()).to.equal(saved);
  });
});
