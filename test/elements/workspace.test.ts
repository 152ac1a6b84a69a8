import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/futan-calculator.js';
import { calculate } from '../../src/engine/index.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { amountOf, deepActive, fileOf, headline, lines, root, settle } from './calculator-helpers.js';

const yen = (canonical: string) => `￥${BigInt(canonical).toLocaleString('en-US')}`;
const answerText = (el: FutanCalculator) => root(el).querySelector('.answer-body')!.textContent!.replace(/\s+/g, ' ');

/**
 * A counselor's hands, counted: every click, every string typed and every key pressed is one
 * action, so a test can hold the calculator to a number of actions for a task.
 */
class Hands {
  actions = 0;
  constructor(private readonly el: FutanCalculator) {}

  async click(target: Element): Promise<void> {
    this.actions++;
    (target as HTMLElement).focus();
    (target as HTMLElement).click();
    await settle(this.el);
  }

  async type(text: string): Promise<void> {
    this.actions++;
    await sendKeys({ type: text });
    await settle(this.el);
  }

  /** Picks an option of a select as a mouse does: one click to open it, one on the option. */
  async choose(select: HTMLSelectElement, value: string): Promise<void> {
    this.actions += 2;
    select.focus();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(this.el);
  }

  async press(key: string): Promise<void> {
    this.actions++;
    await sendKeys({ press: key });
    await settle(this.el);
  }
}

const byFocus = (el: FutanCalculator, focus: string) => root(el).querySelector<HTMLElement>(`[data-focus="${focus}"]`)!;
const byFocusEnd = (scope: ParentNode, end: string) => scope.querySelector<HTMLElement>(`[data-focus$="${end}"]`)!;
const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;

async function empty(lang = 'ja'): Promise<FutanCalculator> {
  const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang}></futan-calculator>`);
  await settle(el);
  return el;
}

describe('a counselor’s workspace, by keyboard and mouse', () => {
  it('enters eight monthly outpatient lines for a 72-year-old 一般 in at most 12 actions', async () => {
    const el = await empty();
    const hands = new Hands(el);
    const age = root(el).querySelector<HTMLInputElement>('[data-focus$="-age"]')!;
    await hands.click(age);
    await hands.type('72');
    await hands.choose(byFocus(el, 'plan-bracket') as HTMLSelectElement, '一般');
    await hands.click(button(root(el), '＋ 保険診療'));
    // Focus is already in the new line's amount.
    await hands.type('80000');
    await hands.click(byFocusEnd(lines(el)[0], '-setting-outpatient'));
    await hands.click(lines(el)[0].querySelector('button.more')!);
    await hands.click(byFocusEnd(lines(el)[0], '-times'));
    await hands.type('8');
    // The button says the months in all (the line itself included), and makes exactly that many.
    expect(byFocusEnd(lines(el)[0], '-repeat').textContent).to.contain('全8回');
    await hands.click(byFocusEnd(lines(el)[0], '-repeat'));

    expect(lines(el)).to.have.length(8);
    const months = lines(el).map((l) => l.querySelector<HTMLInputElement>('[data-focus$="-month"]')!.value);
    expect(new Set(months).size).to.equal(8);
    expect(lines(el).every((l) => l.querySelector<HTMLInputElement>('[data-focus$="-setting-outpatient"]')!.checked)).to.equal(true);
    const expected = calculate({
      insurance: { bracket: '一般', scheme: 'kyokai', capAtWindow: true, priorHighCostMonths: [] },
      people: [{ id: 'patient', age: 72 }],
      items: months.map((month) => ({ month, kind: 'insured', amount: '80000', setting: 'outpatient', person: 'patient' })),
    });
    expect(headline(el)).to.contain(yen(expected.shares.patient));
    expect(hands.actions).to.be.at.most(12);
  });

  it('prices a 58-year-old’s 先進医療 fee paid by a rider and two insured months', async () => {
    const el = await empty();
    const hands = new Hands(el);
    await hands.click(root(el).querySelector('[data-focus$="-age"]')!);
    await hands.type('58');
    await hands.press('Tab');
    await hands.press('Home');
    for (let i = 0; i < 3; i++) await hands.press('ArrowDown'); // ウ
    await hands.click(button(root(el), '＋ 先進医療の技術料'));
    await hands.type('3000000');
    await hands.press('Tab');
    await hands.press('End'); // 民間保険
    await hands.click(button(root(el), '＋ 保険診療'));
    await hands.type('600000');
    await hands.click(lines(el)[1].querySelector('button.more')!);
    await hands.click(byFocusEnd(lines(el)[1], '-next'));

    expect(lines(el)).to.have.length(3);
    expect(answerText(el)).to.contain('民間保険');
    expect(answerText(el)).to.contain('￥3,000,000');
    const breakdown = el.breakdown!;
    expect(breakdown.shares.privateInsurance).to.equal('3000000');
    expect(breakdown.months.map((m) => m.insuredFee).filter((f) => f !== '0')).to.have.length(2);
    expect(headline(el)).to.contain(yen(breakdown.shares.patient));
  });

  it('asks the one question mixed billing turns on, shows both outcomes, and never says less than the warning', async () => {
    const el = await empty();
    el.plan = {
      insurance: { bracket: 'ウ' },
      people: [{ id: 'patient', age: 60 }],
      items: [
        { month: '2026-09', kind: 'insured', amount: 1000000, setting: 'inpatient' },
        { month: '2026-09', kind: 'free', amount: 500000 },
      ],
    };
    await settle(el);
    const both = headline(el);
    expect(both).to.contain('別の治療なら');
    expect(both).to.contain('同じ一連の治療なら');
    const bar = root(el).querySelector('.answer-bar')!.textContent!.replace(/\s+/g, ' ');
    expect(bar, 'the bar names each outcome').to.match(/別の治療なら ￥[\d,]+ 同じ治療なら ￥[\d,]+/);
    expect(answerText(el), 'the amounts at the window say which outcome they are').to.contain('自由診療が別の治療の場合の額です。');
    const hands = new Hands(el);
    await hands.click(root(el).querySelector('[data-focus="plan-freeCourse-one"]')!);
    const one = JSON.parse(el.planFile()).plan.items;
    expect(one.every((i: { course?: string }) => i.course === 'main')).to.equal(true);
    expect(root(el).querySelector('.answer-bar')!.textContent).to.not.contain('/');
    await hands.click(root(el).querySelector('[data-focus="plan-freeCourse-separate"]')!);
    expect(root(el).querySelector('.answer-bar')!.textContent).to.contain(yen(calculate({
      insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 60 }],
      items: [{ month: '2026-09', kind: 'insured', amount: 1000000, setting: 'inpatient' }, { month: '2026-09', kind: 'free', amount: 500000, course: 'separate' }],
    }).shares.patient));
  });

  it('numbers the variants of a plan with a title, so that two of them can be told apart', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const hands = new Hands(el);
    await hands.click(byFocus(el, 'compare-add'));
    await hands.click(byFocus(el, 'compare-add'));
    const titles = [...root(el).querySelectorAll<HTMLInputElement>('.variants li > input.variant-name')].map((field) => field.value);
    expect(titles).to.deep.equal(['案 1：自家造血幹細胞移植（先進医療）', '案 2：自家造血幹細胞移植（先進医療）']);
    expect(byFocus(el, 'compare-add').textContent, 'the button shows what its clicks kept').to.contain('2/4件');
  });

  it('compares free care against insured care side by side, marks the cheaper, and reopens a variant', async () => {
    const el = await empty();
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 60 }], items: [{ month: '2026-09', kind: 'insured', amount: 1000000, setting: 'inpatient' }] };
    await settle(el);
    const hands = new Hands(el);
    await hands.click(byFocus(el, 'compare-add'));
    await hands.click(lines(el)[0].querySelector('button.more')!);
    const kind = byFocusEnd(lines(el)[0], '-kind') as HTMLSelectElement;
    kind.focus();
    kind.value = 'free';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(headline(el)).to.contain('￥1,000,000');
    await hands.click(byFocus(el, 'compare-add'));
    const compare = root(el).querySelector('futan-compare')!;
    await (compare as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(compare.shadowRoot!.querySelectorAll('td.best').length).to.be.greaterThan(0);
    expect(compare.shadowRoot!.textContent).to.contain('案 1');
    await hands.click(button(root(el), 'この案を開く'));
    // The plan was edited since it was loaded, so reopening asks first.
    await hands.click(button(root(el).querySelector('.confirm')!, '置き換える'));
    expect((lines(el)[0].querySelector('.kind')!.textContent)).to.equal('保険診療');
  });

  it('prices a husband and a wife at two hospitals, each person shown with where they are treated', async () => {
    const el = await empty();
    const hands = new Hands(el);
    await hands.click(root(el).querySelector('[data-focus$="-age"]')!);
    await hands.type('45');
    await hands.press('Tab');
    await hands.press('Home');
    for (let i = 0; i < 3; i++) await hands.press('ArrowDown');
    await hands.click(button(root(el), '＋ 保険診療'));
    await hands.type('500000');
    await hands.click(button(root(el), '＋ 世帯の方を追加'));
    // A member just added, with nothing typed, is not an error.
    expect(root(el).querySelector('.issues')).to.equal(null);
    await hands.type('妻');
    const member = root(el).querySelector('ol.members > li')!;
    await hands.click(byFocusEnd(member, '-age'));
    await hands.type('44');
    await hands.click(button(member, '＋ 妻の保険診療'));
    await hands.type('300000');
    await hands.click(lines(el)[1].querySelector('button.more')!);
    await hands.click(byFocusEnd(lines(el)[1], '-facility'));
    await hands.type('市立病院');
    const text = answerText(el);
    expect(text).to.contain('世帯の最終的なご負担');
    expect(text).to.contain('患者さん');
    expect(text).to.contain('妻');
    expect(text).to.contain('市立病院');
    expect(el.breakdown!.months[0].people).to.have.length(2);
  });

  it('asks before a template replaces edited work, and the replacement can be undone', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const hands = new Hands(el);
    await hands.click(amountOf(lines(el)[0]));
    await hands.type('9');
    const edited = el.planFile();
    const summary = byFocus(el, 'templates');
    const toggled = new Promise((resolve) => summary.parentElement!.addEventListener('toggle', resolve, { once: true }));
    await hands.click(summary);
    await toggled;
    await settle(el);
    await hands.click(byFocus(el, 'template-free-ank-course'));
    expect(el.planFile()).to.equal(edited);
    const confirm = root(el).querySelector('.confirm')!;
    expect(confirm.textContent).to.contain('置き換えますか');
    // Focus on keeping the work: Enter by habit does not replace it.
    expect(deepActive()).to.equal(button(confirm, 'やめる'));
    await hands.click(button(confirm, 'やめる'));
    expect(el.planFile()).to.equal(edited);
    await hands.click(byFocus(el, 'new-plan'));
    await hands.click(button(root(el).querySelector('.confirm')!, '置き換える'));
    expect(lines(el)).to.have.length(0);
    await hands.click(button(root(el), '元に戻す'));
    expect(el.planFile()).to.equal(edited);
  });

  it('shows a template’s notes only while the plan is still the template’s', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    expect(root(el).querySelector('.template-note')).to.not.equal(null);
    await new Hands(el).click(amountOf(lines(el)[0]));
    await sendKeys({ type: '1' });
    await settle(el);
    expect(root(el).querySelector('.template-note')).to.equal(null);
  });

  it('saves, reloads with the switch on, and reopens the same plan', async () => {
    sessionStorage.clear();
    const first = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" id="ws" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(first);
    const hands = new Hands(first);
    await hands.click(root(first).querySelector('input[role=switch]')!);
    await hands.click(amountOf(lines(first)[0]));
    await hands.type('0');
    const typed = first.planFile();
    first.remove();
    const again = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" id="ws" persist></futan-calculator>`);
    await settle(again);
    expect(again.planFile()).to.equal(typed);
    const third = await empty();
    await third.importFile(fileOf(typed));
    await settle(third);
    expect(third.planFile()).to.equal(typed);
    sessionStorage.clear();
  });

  it('uses a hospital’s own templates, given as JSON, before the built-in ones', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja">
      <script type="application/json">[{ "id": "h-chemo", "title": "外来化学療法（当院）", "plan": { "insurance": { "bracket": "ウ" }, "items": [{ "month": "2026-12", "kind": "insured", "amount": 120000, "setting": "outpatient" }] } }]</script>
    </futan-calculator>`);
    await settle(el);
    const summary = byFocus(el, 'templates');
    const toggled = new Promise((resolve) => summary.parentElement!.addEventListener('toggle', resolve, { once: true }));
    summary.click();
    await toggled;
    await settle(el);
    const choices = [...root(el).querySelectorAll('.template-list button')].map((b) => b.textContent);
    expect(choices[0]).to.equal('外来化学療法（当院）');
    root(el).querySelector<HTMLButtonElement>('[data-focus="template-h-chemo"]')!.click();
    await settle(el);
    expect(lines(el)).to.have.length(1);
    el.presets = [{ id: 'h-two', title: { ja: '二つ目', en: 'Second' }, summary: { ja: '', en: '' }, source: { ja: '', en: '' }, plan: { insurance: { bracket: 'ア' }, items: [] } }];
    await settle(el);
    const reopened = new Promise((resolve) => summary.parentElement!.addEventListener('toggle', resolve, { once: true }));
    summary.click();
    await reopened;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-focus="template-h-two"]')).to.not.equal(null);
  });

  it('stays accessible with the answer, a row’s details and the comparison open', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    lines(el)[0].querySelector<HTMLButtonElement>('button.more')!.click();
    byFocus(el, 'compare-add').click();
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('the answer before there is one', () => {
  it('says what is missing: a bracket, then the amounts, then the entries to correct', async () => {
    const el = await empty();
    const hint = () => root(el).querySelector('[part=answer] .hint')!.textContent;
    expect(hint()).to.contain('所得区分を選び');
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 60 }], items: [{ month: '2026-09', kind: 'insured', setting: 'inpatient' } as never] };
    await settle(el);
    expect(hint()).to.equal('明細に金額を入力すると結果が表示されます。');
    el.plan = { insurance: { bracket: 'ウ' }, people: [{ id: 'patient', age: 200 }], items: [{ month: '2026-09', kind: 'insured', amount: 100000, setting: 'inpatient' }] };
    await settle(el);
    // Not by colour alone: the list it points to is named.
    expect(hint()).to.equal('「入力を確認してください」に挙げた項目を直すと、結果が表示されます。');
  });
});

describe('the answer in English', () => {
  it('keeps every amount of who pays the rest inside the panel', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="en" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const answer = root(el).querySelector('[part=answer]')!;
    const right = answer.getBoundingClientRect().right;
    const cells = [...answer.querySelectorAll('td.amount')];
    expect(cells.length).to.be.greaterThan(3);
    for (const cell of cells) expect(cell.getBoundingClientRect().right, cell.textContent!).to.be.at.most(right);
    await setViewport({ width: 800, height: 600 });
  });
});

describe('the answer in view', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  // 640 × 400 is a 1280 × 800 screen at 200 % zoom: the toolbar alone fills the first screen.
  for (const [name, width, height] of [['a 1280 × 800 screen', 1280, 800], ['a 375 px phone', 375, 800], ['200 % zoom', 640, 400]] as const) {
    it(`shows the final cost on the first screen on ${name}, below the hospital’s own header`, async () => {
      await setViewport({ width, height });
      const page = await fixture<HTMLDivElement>(html`<div><header style="height: 120px">病院のページ</header><futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator></div>`);
      const el = page.querySelector<FutanCalculator>('futan-calculator')!;
      await settle(el);
      const answer = root(el).querySelector('[part=answer]')!;
      const wide = width >= 1000;
      const final = wide ? answer.querySelector('.final')! : answer.querySelector('.answer-bar')!;
      const box = final.getBoundingClientRect();
      expect(box.height, 'rendered').to.be.greaterThan(0);
      expect(box.top, 'top on screen').to.be.at.least(0);
      expect(box.bottom, 'bottom on screen').to.be.at.most(innerHeight + 0.5);
      expect(final.textContent).to.contain(yen('320354'));
    });
  }
});

describe('a row of care on a screen, a phone and at 200 % zoom', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const sizes = [['a 1280 × 800 screen', 1280, 800], ['a small laptop', 1100, 800], ['a 1024 px tablet', 1024, 768], ['a 760 px window', 760, 800], ['a 320 px phone', 320, 640], ['a 375 px phone', 375, 800], ['200 % zoom', 640, 400]] as const;
  for (const lang of ['ja', 'en']) for (const [name, width, height] of sizes) {
    it(`lays out every part of every row without overlap or squeezing on ${name} (${lang})`, async () => {
      await setViewport({ width, height });
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const rows = [...root(el).querySelectorAll('li.row')];
      expect(rows.length).to.be.greaterThan(3);
      for (const [n, row] of rows.entries()) {
        const parts = [...row.querySelectorAll(':scope > .month, :scope > .kind, :scope > .money, :scope > .how:not(:empty), :scope > .actions')];
        const boxes = parts.map((part) => ({ part: part.className, box: part.getBoundingClientRect() }));
        const rowBox = row.getBoundingClientRect();
        for (const part of parts) expect(part.scrollWidth, `row ${n + 1}: nothing spills out of ${part.className}`).to.be.at.most(part.clientWidth + 1);
        for (const { part, box } of boxes) {
          expect(box.left, `row ${n + 1} ${part} starts inside the row`).to.be.at.least(rowBox.left - 0.5);
          expect(box.right, `row ${n + 1} ${part} ends inside the row`).to.be.at.most(rowBox.right + 0.5);
        }
        for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) {
          const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1;
          expect(overlap, `row ${n + 1}: ${a.part} and ${b.part} overlap`).to.equal(false);
        }
        const month = row.querySelector<HTMLInputElement>('.month input')!;
        expect(month.getBoundingClientRect().width, `row ${n + 1}: the month has room for 2026-12`).to.be.at.least(month.scrollWidth - 0.5);
        expect(month.scrollWidth, `row ${n + 1}: the month field is not squeezed`).to.be.at.most(month.clientWidth);
      }
    });
  }
});

describe('notes in running text', () => {
  const plan = {
    insurance: { bracket: 'ウ' },
    people: [{ id: 'patient', age: 60 }, { id: 'spouse', age: 58 }],
    items: [{ month: '2026-09', kind: 'insured', amount: 100000, setting: 'outpatient', person: 'spouse' }],
  } as const;

  it('names a household member’s line without a dangling colon when it has no memo', async () => {
    const el = await empty();
    el.plan = plan as never;
    await settle(el);
    expect(lines(el)[0].querySelector('.memo')!.textContent).to.equal('世帯の方 1');
  });

  it('separates a list with commas in English and 「・」 in Japanese', async () => {
    for (const [lang, separator] of [['en', ', '], ['ja', '・']] as const) {
      const el = await empty(lang);
      el.plan = { ...plan, insurance: { bracket: 'ウ', monthlyRemuneration: 380000 } } as never;
      await settle(el);
      const summary = root(el).querySelector('.patient .more-settings .summary-line')!.textContent!;
      expect(summary.split(separator).length, summary).to.be.greaterThan(2);
    }
  });
});

describe('the column headings of the rows', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['ja', 'en']) {
    it(`stand over their columns at 1280 px (${lang})`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang=${lang} scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const heads = [...root(el).querySelectorAll('.row.head > span')].map((span) => span.getBoundingClientRect().left);
      for (const row of lines(el)) {
        const cells = ['.month', '.kind', '.money', '.how'].map((part) => row.querySelector(part)!.getBoundingClientRect().left);
        cells.forEach((left, i) => expect(left, `column ${i + 1}`).to.be.closeTo(heads[i], 1));
      }
    });
  }
});

describe('folded settings', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [name, width] of [['1280', 1280], ['375', 375]] as const) {
    it(`keeps every field inside its box with every fold open at ${name} px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant-nanbyo"></futan-calculator>`);
      await settle(el);
      for (let round = 0; round < 3; round++) {
        for (const fold of root(el).querySelectorAll('details:not([open])')) (fold as HTMLDetailsElement).open = true;
        await new Promise((resolve) => setTimeout(resolve, 20)); // the toggle event comes in a task of its own
        await settle(el);
      }
      const controls = [...root(el).querySelectorAll<HTMLElement>('details input:not([type=checkbox], [type=radio]), details select, details textarea, details futan-amount-input')].filter((c) => c.getClientRects().length);
      expect(controls.length, 'fields inside folds').to.be.greaterThan(5);
      for (const control of controls) {
        const box = control.closest('fieldset, details')!.getBoundingClientRect();
        const label = control.closest('label')?.textContent?.trim().slice(0, 20) ?? control.dataset.focus;
        expect(control.getBoundingClientRect().right, `${label} ends inside its box`).to.be.at.most(box.right + 0.5);
      }
    });
  }
});

describe('focus and the answer bar', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('brings a field focused behind the bar at the bottom of a phone into view', async () => {
    await setViewport({ width: 375, height: 640 });
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const bar = () => root(el).querySelector('[part=answer]')!.getBoundingClientRect();
    const covered = (field: Element) => { const box = field.getBoundingClientRect(); return box.bottom > bar().top && box.top < bar().bottom; };
    const hidden = [...root(el).querySelectorAll<HTMLElement>('input, select, button')].find((field) => field.getClientRects().length && covered(field) && !field.closest('[part=answer]'));
    expect(hidden, 'a field behind the bar to begin with').to.not.equal(undefined);
    hidden!.focus();
    await settle(el);
    expect(covered(hidden!), 'the focused field is clear of the bar').to.equal(false);
    expect(hidden!.getBoundingClientRect().top).to.be.at.least(0);
  });

  it('leaves the page where it is for a field already in view, and on a wide screen', async () => {
    for (const width of [375, 1280]) {
      fixtureCleanup();
      await setViewport({ width, height: 800 });
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const before = scrollY;
      root(el).querySelector<HTMLInputElement>('[data-focus="plan-title"]')!.focus();
      await settle(el);
      expect(scrollY, `${width} px`).to.equal(before);
    }
  });

  it('closes the open answer when a field behind it is focused, and brings the field into view', async () => {
    await setViewport({ width: 375, height: 700 });
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('.answer-bar')!.click();
    await settle(el);
    const answer = root(el).querySelector('[part=answer]')!;
    const behind = [...root(el).querySelectorAll<HTMLElement>('input, select')].find((field) => {
      const a = answer.getBoundingClientRect();
      const b = field.getBoundingClientRect();
      return field.getClientRects().length && b.top < a.bottom && b.bottom > a.top && !answer.contains(field);
    });
    expect(behind, 'a field behind the open answer').to.not.equal(undefined);
    behind!.focus();
    await settle(el);
    expect(answer.classList.contains('expanded'), 'the answer closed').to.equal(false);
    const a = answer.getBoundingClientRect();
    const b = behind!.getBoundingClientRect();
    expect(b.bottom <= a.top || b.top >= a.bottom, 'the field is clear of the bar').to.equal(true);
  });
});
