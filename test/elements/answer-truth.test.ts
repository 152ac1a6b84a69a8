import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { amountOf, buttonNamed, deepActive, headline, lines, printedText, root, settle } from './calculator-helpers.js';
import { typeInto } from './helpers.js';

/**
 * What the counselor reads out is what the patient pays, in every state: the number on the
 * answer panel and on the printed handout is the patient's, whatever the counselor has answered
 * or added, and nothing from the page replaces edited work without asking.
 */

const SEED = 'advanced-stem-cell-transplant';
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');
const answerText = (el: FutanCalculator) => squeeze(root(el).querySelector('[part=answer]')!.textContent);
const byFocus = (el: FutanCalculator, focus: string) => root(el).querySelector<HTMLElement>(`[data-focus="${focus}"]`)!;
const byFocusEnd = (el: FutanCalculator, end: string) => root(el).querySelector<HTMLElement>(`[data-focus$="${end}"]`)!;

/** Adds a 指定難病 certificate to the patient, as the counselor does, its tier not chosen yet. */
async function addNanbyoCertificate(el: FutanCalculator): Promise<void> {
  const details = root(el).querySelector<HTMLDetailsElement>('details.person-details')!;
  details.open = true;
  await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  await settle(el);
  byFocusEnd(el, '-add-nanbyo').click();
  await settle(el);
}

/** Adds a 指定難病 certificate to the patient and chooses its tier. */
async function addNanbyo(el: FutanCalculator, tier: string): Promise<void> {
  await addNanbyoCertificate(el);
  const select = byFocusEnd(el, '-tier') as HTMLSelectElement;
  // Focus goes to what the new certificate asks first.
  expect(deepActive()).to.equal(select);
  select.value = tier;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

// Insured 1,200,000 in each of two months under ウ and 自由診療 of 1,800,000. As separate
// courses: 85,800 + (1,200,000 − 286,000) × 1% = 94,940 a month, so 189,880 + 1,800,000 =
// 1,989,880. As one course (混合診療) everything is self-pay: 2,400,000 + 1,800,000 = 4,200,000.
const MIXED = {
  insurance: { bracket: 'ウ' },
  people: [{ id: 'patient', age: 50 }],
  items: [
    { month: '2026-09', kind: 'insured', amount: 1_200_000, setting: 'inpatient' },
    { month: '2026-10', kind: 'insured', amount: 1_200_000, setting: 'inpatient' },
    { month: '2026-09', kind: 'free', amount: 1_800_000 },
  ],
};

for (const lang of ['ja', 'en'] as const) {
  describe(`the answer is the patient's in every state (${lang})`, () => {
    it('shows the plan’s total and its split on the panel and on the handout', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      expect(answerText(el)).to.contain('￥4,136,390');
      // The split adds up to the total: the patient's part and every other payer's.
      const rows = [...root(el).querySelectorAll('table.split tr:not(.total) td')].map((td) => BigInt(td.textContent!.replace(/[^\d]/g, '')));
      expect(rows.reduce((a, b) => a + b, 0n)).to.equal(4_136_390n);
      expect(await printedText(el)).to.contain('￥4,136,390');
    });

    it('applies a 指定難病 certificate to the patient’s insured care as soon as its tier is chosen, without touching a line', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      expect(headline(el)).to.contain('￥320,354');
      const before = lines(el).map((l) => amountOf(l)?.value);
      await addNanbyo(el, '一般所得Ⅱ');
      // The cap of 一般所得Ⅱ, 20,000 a month, over the four insured months.
      expect(headline(el)).to.contain('￥80,000');
      expect(answerText(el)).to.contain('一般所得Ⅱ');
      expect(lines(el).map((l) => amountOf(l)?.value)).to.deep.equal(before);
      expect(JSON.parse(el.planFile()).plan.items.filter((i: { program?: string }) => i.program === 'nanbyo')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the rest of the answer while a certificate waits for its tier, and marks the field that waits', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      await addNanbyoCertificate(el);
      expect(headline(el)).to.contain('￥320,354');
      const tier = byFocusEnd(el, '-tier');
      expect(tier.getAttribute('aria-invalid')).to.equal('true');
      const said = root(el).getElementById(tier.getAttribute('aria-describedby')!)!.textContent!;
      expect(answerText(el)).to.contain(said);
      await expect(el).to.be.accessible();
    });

    it('takes a line out of the certificate in its 詳細, and says a certificate that covers nothing', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      await addNanbyo(el, '一般所得Ⅱ');
      const first = lines(el).findIndex((l) => l.querySelector('[data-focus$="-setting-inpatient"]'));
      lines(el)[first].querySelector<HTMLButtonElement>('button.more')!.click();
      await settle(el);
      const program = lines(el)[first].querySelector<HTMLSelectElement>('[data-focus$="-program"]')!;
      program.value = '-';
      program.dispatchEvent(new Event('change'));
      await settle(el);
      // 2026-12 is back to the ordinary cap (87,940 at the window); the three others stay at 20,000.
      expect(headline(el)).to.contain('￥147,940');
      // Valid only from a month after the plan: the certificate covers no line, and the answer says so.
      const from = byFocusEnd(el, '-from') as HTMLInputElement;
      await typeInto(from, '2030-01');
      await settle(el);
      expect(root(el).querySelector('.certificates .warn')).to.not.equal(null);
    });

    it('「はい、同じ治療の一部です」 makes the panel, the handout and the event say the self-pay figure, and the question can still be changed', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang}></futan-calculator>`);
      el.plan = MIXED;
      await settle(el);
      // Unanswered: both, each named, and the checklist asks to confirm with the doctor.
      expect(headline(el)).to.contain('￥1,989,880').and.to.contain('￥4,200,000');
      expect(await printedText(el)).to.contain('￥1,989,880').and.to.contain('￥4,200,000');
      const changes: CustomEvent[] = [];
      el.addEventListener('futan-change', (e) => changes.push(e as CustomEvent));
      byFocus(el, 'plan-freeCourse-one').click();
      await settle(el);
      expect(headline(el)).to.contain('￥4,200,000').and.not.to.contain('￥1,989,880');
      expect(squeeze(root(el).querySelector('.answer-bar')!.textContent)).to.contain('￥4,200,000');
      expect(el.breakdown!.shares.patient).to.equal('4200000');
      expect(changes.at(-1)!.detail.breakdown.shares.patient).to.equal('4200000');
      const paper = await printedText(el);
      expect(paper).to.contain('￥4,200,000');
      expect(paper).not.to.contain('￥1,989,880');
      // The question stays and can be changed: 「いいえ」 gives the separate courses.
      byFocus(el, 'plan-freeCourse-separate').click();
      await settle(el);
      expect(headline(el)).to.contain('￥1,989,880');
      expect(byFocus(el, 'plan-freeCourse-one')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks before a scenario set by the page replaces edited work, and one undo brings the work back', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      await typeInto(amountOf(lines(el)[0]), '777777');
      await settle(el);
      const edited = el.planFile();
      el.scenario = 'free-ank-course';
      await settle(el);
      expect(el.planFile()).to.equal(edited);
      expect(root(el).querySelector('.confirm')).to.not.equal(null);
      (root(el).querySelector('.confirm button.primary') as HTMLButtonElement).click();
      await settle(el);
      expect(el.planFile()).to.not.equal(edited);
      el.undo();
      await settle(el);
      expect(el.planFile()).to.equal(edited);
    });

    it('says that meals are not included in the months in hospital, and adds their lines in one tap', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario=${SEED}></futan-calculator>`);
      await settle(el);
      const note = root(el).querySelector('.meals-missing')!;
      expect(note).to.not.equal(null);
      const said = squeeze(note.textContent).replace(squeeze(note.querySelector('button')!.textContent), '').trim();
      expect(await printedText(el)).to.contain(said);
      const count = lines(el).length;
      (note.querySelector('button') as HTMLButtonElement).click();
      await settle(el);
      expect(lines(el).length).to.equal(count + 4);
      expect((deepActive() as HTMLElement).dataset.focus).to.match(/-meals$/);
      expect(root(el).querySelector('.meals-missing')).to.equal(null);
    });
  });
}

describe('the persist switch survives a reload', () => {
  afterEach(() => sessionStorage.clear());

  it('is on again, with the typed amount, when the page comes back without the attribute', async () => {
    const first = await fixture<FutanCalculator>(html`<futan-calculator id="kept" lang="ja" scenario=${SEED}></futan-calculator>`);
    await settle(first);
    byFocus(first, 'persist').click();
    await settle(first);
    await typeInto(amountOf(lines(first)[0]), '777777');
    await settle(first);
    first.remove();
    const again = await fixture<FutanCalculator>(html`<futan-calculator id="kept" lang="ja" scenario=${SEED}></futan-calculator>`);
    await settle(again);
    expect(again.persist).to.equal(true);
    expect((byFocus(again, 'persist') as HTMLInputElement).checked).to.equal(true);
    expect(amountOf(lines(again)[0]).value).to.equal('777777');
    // The note names a control that exists.
    expect(squeeze(root(again).textContent)).not.to.contain('「入力を消去」');
    expect(buttonNamed(again, '入力を消去')).to.equal(undefined);
  });
});
