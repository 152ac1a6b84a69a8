import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { fromPlanFile, toPlanFile } from '../../src/elements/futan-calculator/plan-file.js';
import { MAX_NOTES, readPlan } from '../../src/elements/futan-calculator/read-plan.js';
import { emptyDraft } from '../../src/elements/futan-calculator/draft.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import type { PlanChangeDetail } from '../../src/elements/events.js';
import { root, settle } from './calculator-helpers.js';
import { record, typeInto } from './helpers.js';

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');
const handoutOf = (el: FutanCalculator) => root(el).querySelector('.handout');
const fieldsOf = (el: FutanCalculator) => root(el).querySelector<HTMLDetailsElement>('details.handout-fields')!;
const seed = SCENARIOS.find((s) => s.id === 'advanced-stem-cell-transplant')!;

async function calculator(lang = 'ja'): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario="advanced-stem-cell-transplant">
    <div slot="handout-header">みなと総合病院 相談窓口 000-0000-0000</div>
  </futan-calculator>`);
  await settle(el);
  return el;
}

/** Calls print() with the browser's dialog replaced, and returns what the handout said when the dialog opened. */
async function printed(el: FutanCalculator): Promise<{ text: string; slotted: boolean }> {
  const print = window.print;
  let seen = { text: '', slotted: false };
  window.print = () => {
    seen = { text: squeeze(handoutOf(el)?.textContent), slotted: el.querySelector('[slot="handout-header"]')!.assignedSlot !== null };
  };
  try {
    await el.print();
  } finally {
    window.print = print;
  }
  return seen;
}

describe('the handout: print() renders it, then opens the print dialog', () => {
  it('renders the handout before the dialog opens: title, final cost, each month, the checklist', async () => {
    const el = await calculator();
    const { text } = await printed(el);
    expect(text).to.contain('自家造血幹細胞移植');
    expect(text).to.contain('最終的なご負担');
    expect(text).to.contain('￥320,354');
    expect(text).to.contain('2027年2月');
    expect(text).to.contain('やること');
    expect(text).to.contain('マイナ保険証（または限度額適用認定証）を窓口で出してください');
  });

  it('puts the hospital’s header (the handout-header slot) on it, and shows it nowhere on screen', async () => {
    const el = await calculator();
    const header = el.querySelector<HTMLElement>('[slot="handout-header"]')!;
    expect(header.assignedSlot, 'on screen').to.equal(null);
    expect(header.getBoundingClientRect().height, 'on screen').to.equal(0);
    expect((await printed(el)).slotted).to.equal(true);
  });

  it('names the month on every row of the care included (a month’s lines may run onto the next page), its later rows in grey', async () => {
    const el = await calculator();
    const print = window.print;
    let rows: { month: string; again: boolean }[] = [];
    window.print = () => {
      rows = [...root(el).querySelectorAll('.handout .included tbody th[scope="row"]')].map((th) => ({ month: squeeze(th.textContent).trim(), again: th.classList.contains('again') }));
    };
    try {
      await el.print();
    } finally {
      window.print = print;
    }
    // The seed has two lines in 2027年2月 (the transplant and the 先進医療 fee).
    expect(rows.length).to.be.greaterThan(2);
    expect(rows.every((r) => /^\d{4}年\d{1,2}月$/.test(r.month)), JSON.stringify(rows)).to.equal(true);
    expect(rows.filter((r) => r.again).map((r) => r.month)).to.include('2027年2月');
    expect(rows.filter((r, i) => r.again !== (i > 0 && rows[i - 1].month === r.month))).to.deep.equal([]);
  });

  it('is gone again once the dialog closes', async () => {
    const el = await calculator();
    await printed(el);
    await settle(el);
    expect(handoutOf(el)).to.equal(null);
  });

  it('renders for the browser’s own print menu too (beforeprint), and leaves on afterprint', async () => {
    const el = await calculator();
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(squeeze(handoutOf(el)?.textContent)).to.contain('￥320,354');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(handoutOf(el)).to.equal(null);
  });

  it('marks a fee the plan gave before tax, on screen and on paper, so that its amount is not taken for the one paid', async () => {
    const el = await calculator();
    // 交通費・その他 carries no consumption tax: given before tax, it is charged as it is, and not marked.
    el.plan = { insurance: { bracket: 'ウ' }, items: [{ month: '2026-09', kind: 'advanced', amount: 300_000, payer: 'patient', taxExcluded: true }, { month: '2026-09', kind: 'other', amount: 5_000, taxExcluded: true }] };
    await settle(el);
    const labels = [...el.shadowRoot!.querySelectorAll('ol.lines > li futan-amount-input')].map((input) => input.getAttribute('label'));
    expect(labels).to.deep.equal(['請求額（税抜）', '請求額（税込）']);
    expect([...el.shadowRoot!.querySelectorAll('ol.lines > li')].map((li) => li.querySelector('p.hint')?.textContent ?? '')).to.deep.equal(['請求額（税抜）', '']);
    const { text } = await printed(el);
    expect(text).to.contain('￥300,000（税抜）');
    expect(text).to.contain('2026年9月￥335,000');
    expect(text).to.not.contain('￥5,000（税抜）');
  });

  it('prints public sources only: no repository names, no notes for developers', async () => {
    const { text } = await printed(await calculator());
    expect(text).to.contain('健康保険法施行令42条');
    expect(text).not.to.contain('keiri-tools');
    expect(text).not.to.contain('agree to the yen');
  });

  it('speaks English on an English page', async () => {
    const { text } = await printed(await calculator('en'));
    expect(text).to.contain('The patient’s final cost');
    expect(text).to.contain('What to do');
  });

  it('prints the patient’s name, the counselor and the notes typed in 「お渡しする資料」', async () => {
    const el = await calculator();
    fieldsOf(el).open = true;
    await settle(el);
    await typeInto(root(el).querySelector<HTMLInputElement>('[data-focus="plan-patientName"]')!, 'Yamada');
    await typeInto(root(el).querySelector<HTMLInputElement>('[data-focus="plan-counselor"]')!, 'Sato');
    await typeInto(root(el).querySelector<HTMLTextAreaElement>('[data-focus="plan-notes"]')!, 'Bring the card');
    await settle(el);
    const { text } = await printed(el);
    expect(text).to.contain('Yamada 様');
    expect(text).to.contain('担当：Sato');
    expect(text).to.contain('Bring the card');
  });

  it('keeps the patient’s name out of the plan sent with futan-change, and in the plan file', async () => {
    const el = await calculator();
    const changes = record<PlanChangeDetail>(el, 'futan-change');
    fieldsOf(el).open = true;
    await settle(el);
    await typeInto(root(el).querySelector<HTMLInputElement>('[data-focus="plan-patientName"]')!, 'Yamada');
    await settle(el);
    expect(changes.length).to.be.greaterThan(0);
    expect(JSON.stringify(changes.map((c) => c.detail.plan))).not.to.contain('Yamada');
    expect(JSON.parse(el.planFile()).plan.handout).to.deep.equal({ patientName: 'Yamada' });
  });

  it('unfolds 「お渡しする資料」 and puts focus on the name when undo brings it back', async () => {
    const el = await calculator();
    fieldsOf(el).open = true;
    await settle(el);
    await typeInto(root(el).querySelector<HTMLInputElement>('[data-focus="plan-patientName"]')!, 'Yamada');
    fieldsOf(el).open = false;
    el.undo();
    await settle(el);
    expect(fieldsOf(el).open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-focus')).to.equal('plan-patientName');
  });

  it('stays accessible with 「お渡しする資料」 open', async () => {
    const el = await calculator();
    fieldsOf(el).open = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('the handout’s fields in the plan file', () => {
  const withFields = { ...emptyDraft(), patientName: '山田 花子', counselor: '佐藤', notes: '一行目\n二行目' };

  it('are saved and read back exactly', () => {
    const read = fromPlanFile(toPlanFile(withFields));
    expect(read.ok).to.equal(true);
    if (read.ok) expect([read.draft.patientName, read.draft.counselor, read.draft.notes]).to.deep.equal(['山田 花子', '佐藤', '一行目\n二行目']);
  });

  it('are left out of a file when empty, so files without them read as before', () => {
    expect(JSON.parse(toPlanFile(emptyDraft())).plan).not.to.have.property('handout');
    const read = readPlan(seed.plan);
    expect(read.ok && [read.draft.patientName, read.draft.counselor, read.draft.notes]).to.deep.equal(['', '', '']);
  });

  it(`refuses notes longer than ${MAX_NOTES} characters, saying why`, () => {
    const read = readPlan({ ...seed.plan, handout: { notes: 'あ'.repeat(MAX_NOTES + 1) } });
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.reasons[0].en).to.contain(`at most ${MAX_NOTES}`);
  });

  it('never reads a name from Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.handout = { patientName: 'polluted' };
    proto.patientName = 'polluted';
    try {
      const read = readPlan(JSON.parse(JSON.stringify({ ...seed.plan, handout: {} })));
      expect(read.ok && read.draft.patientName).to.equal('');
      const bare = readPlan(JSON.parse(JSON.stringify(seed.plan)));
      expect(bare.ok && bare.draft.patientName).to.equal('');
    } finally {
      delete proto.handout;
      delete proto.patientName;
    }
  });
});
