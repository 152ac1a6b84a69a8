import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-amount-input.js';
import '../../src/define/futan-breakdown.js';
import '../../src/define/futan-calculator.js';
import '../../src/define/futan-compare.js';
import '../../src/define/futan-split-bar.js';
import { calculate, parseAmount, type CarePlan } from '../../src/engine/index.js';
import type { FutanAmountInput } from '../../src/elements/futan-amount-input.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { copyOf, type AmountInvalidDetail, type PlanChangeDetail, type PlanInvalidDetail } from '../../src/elements/events.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { amountOf, headline, lines, root, settle } from './calculator-helpers.js';
import { record, shadow, typeInto } from './helpers.js';

/**
 * A host page that is careless or hostile with what the elements hand out and with what it sets
 * on them: editing an event's detail in place, or setting data of the wrong shape.
 */
const seedPlan = SCENARIOS.find((s) => s.id === 'advanced-stem-cell-transplant')!.plan;
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

/** What print() renders as the handout, with the browser's dialog replaced. */
async function handoutText(el: FutanCalculator): Promise<string> {
  const print = window.print;
  let seen = '';
  window.print = () => {
    seen = squeeze(root(el).querySelector('.handout')?.textContent);
  };
  try {
    await el.print();
  } finally {
    window.print = print;
  }
  return seen;
}

/** Runs `body` and returns every error and rejection that reached the window meanwhile. */
async function escaped(body: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('what leaves the calculator is a copy', () => {
  async function edited(plan?: unknown): Promise<{ el: FutanCalculator; detail: PlanChangeDetail }> {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    if (plan) {
      el.plan = plan;
      await settle(el);
    }
    const changes = record<PlanChangeDetail>(el, 'futan-change');
    await typeInto(amountOf(lines(el)[0]), '600,000');
    await settle(el);
    expect(changes.length).to.be.greaterThan(0);
    return { el, detail: changes.at(-1)!.detail };
  }

  it('keeps the answer, the breakdown, the handout and the saved plan when the host edits futan-change’s detail in place', async () => {
    const { el, detail } = await edited();
    const before = { answer: headline(el), breakdown: JSON.stringify(el.breakdown), file: el.planFile(), handout: await handoutText(el) };
    expect(before.handout).to.contain('回復期');

    detail.plan.items.length = 1;
    detail.breakdown.shares.patient = '1';
    detail.breakdown.months.length = 0;
    el.requestUpdate();
    await settle(el);

    expect(el.breakdown!.shares.patient).to.not.equal('1');
    expect(JSON.stringify(el.breakdown)).to.equal(before.breakdown);
    expect(headline(el)).to.equal(before.answer);
    expect(el.planFile()).to.equal(before.file);
    expect(await handoutText(el)).to.equal(before.handout);
  });

  it('keeps the fields a plan gave (a receipt) when the host edits them in the detail', async () => {
    const receipt = { month: '2027-02', amount: 100000, from: 'sponsor', label: '治験協力費' };
    const { el, detail } = await edited({ ...seedPlan, receipts: [receipt] });
    const file = el.planFile();
    expect(file).to.contain('治験協力費');
    (detail.plan.receipts![0] as { amount: number }).amount = 0;
    detail.plan.receipts!.length = 0;
    expect(el.planFile()).to.equal(file);
  });

  it('hands out no own "__proto__" key a plan gave (a host’s Object.assign would take it for a prototype), and says it was left out', async () => {
    const line = JSON.parse(`{ "__proto__": { "polluted": true }, ${JSON.stringify(seedPlan.items[0]).slice(1)}`);
    const { el, detail } = await edited(JSON.parse(`{ "__proto__": { "polluted": true }, ${JSON.stringify({ ...seedPlan, items: [line, ...seedPlan.items.slice(1)] }).slice(1)}`));
    expect(Object.getPrototypeOf(detail.plan)).to.equal(Object.prototype);
    expect(Object.hasOwn(detail.plan, '__proto__')).to.equal(false);
    expect(Object.hasOwn(detail.plan.items[0], '__proto__')).to.equal(false);
    expect((Object.assign({}, detail.plan) as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(squeeze(root(el).querySelector('.notice')?.textContent)).to.contain('__proto__：「__proto__」という名前の項目は除きました');
    expect(el.planFile()).to.not.contain('__proto__');
  });

  it('copies own keys only on a page that added keys to Object.prototype and replaced structuredClone', () => {
    const data = { a: [1, { b: '2' }], c: null };
    const original = window.structuredClone;
    Object.assign(Object.prototype, { injected: 'x' });
    window.structuredClone = <T>(value: T): T => value;
    let copy;
    try {
      copy = copyOf(data);
    } finally {
      window.structuredClone = original;
      delete (Object.prototype as Record<string, unknown>).injected;
    }
    expect(copy).to.not.equal(data);
    expect(copy.a).to.not.equal(data.a);
    expect(copy).to.deep.equal(data);
    expect(Object.keys(copy)).to.deep.equal(['a', 'c']);
    expect(Object.keys(copy.a[1])).to.deep.equal(['b']);
  });

  it('hands <futan-amount-input>’s futan-invalid message out as a copy, not the parser’s own', async () => {
    const el = await fixture<FutanAmountInput>(html`<futan-amount-input lang="ja"></futan-amount-input>`);
    const invalid = record<AmountInvalidDetail>(el, 'futan-invalid');
    await typeInto(shadow(el).querySelector('input')!, '12a');
    const said = JSON.stringify(parseAmount('12a'));
    invalid.at(-1)!.detail.message.ja = 'ハック';
    expect(JSON.stringify(parseAmount('12a'))).to.equal(said);
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('金額として読めません');
  });
});

describe('elements given data of the wrong shape render no result and throw nothing into the page', () => {
  const seed: CarePlan = {
    insurance: { bracket: 'ウ' },
    people: [{ id: 'patient', age: 52 }],
    items: [{ month: '2026-12', kind: 'insured', amount: 500000, setting: 'inpatient' }],
  };

  // The bar reads only the total and the shares, so it still draws a result broken deeper.
  const breakdowns: [string, () => unknown, { barDraws?: true }?][] = [
    ['{}', () => ({})],
    ['{ total: "abc" }', () => ({ total: 'abc' })],
    ['a result whose total is "abc"', () => ({ ...calculate(seed), total: 'abc' })],
    ['a result whose shares are a string', () => ({ ...calculate(seed), shares: 'many' })],
    ['a result whose months hold null', () => ({ ...calculate(seed), months: [null] }), { barDraws: true }],
    ['a result whose rules hold {}', () => ({ ...calculate(seed), rules: [{}] }), { barDraws: true }],
    ['a string', () => 'breakdown'],
    ['a Proxy that throws', () => new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('trap'); }, get() { throw new Error('trap'); } })],
  ];
  for (const tag of ['futan-breakdown', 'futan-split-bar'] as const) {
    for (const [what, make, { barDraws } = {}] of breakdowns) {
      if (tag === 'futan-split-bar' && barDraws) continue;
      it(`<${tag}> with breakdown = ${what}`, async () => {
        const el = await fixture<HTMLElementTagNameMap[typeof tag]>(tag === 'futan-breakdown' ? html`<futan-breakdown lang="ja"></futan-breakdown>` : html`<futan-split-bar lang="ja"></futan-split-bar>`);
        const errors = await escaped(async () => {
          el.breakdown = make() as never;
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(squeeze(shadow(el).textContent)).to.contain('まだ結果はありません');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('<futan-breakdown> and <futan-split-bar> ignore what a page put on Object.prototype', async () => {
    const el = await fixture<HTMLElementTagNameMap['futan-split-bar']>(html`<futan-split-bar lang="ja"></futan-split-bar>`);
    const list = await fixture<HTMLElementTagNameMap['futan-breakdown']>(html`<futan-breakdown lang="ja"></futan-breakdown>`);
    const { total, shares } = calculate(seed);
    for (const [key, value] of Object.entries({ total, shares })) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    try {
      el.breakdown = {} as never;
      list.breakdown = {} as never;
      await el.updateComplete;
      await list.updateComplete;
    } finally {
      delete (Object.prototype as Record<string, unknown>).total;
      delete (Object.prototype as Record<string, unknown>).shares;
    }
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(squeeze(shadow(list).textContent)).to.contain('まだ結果はありません');
  });

  it('<futan-split-bar> still draws a result', async () => {
    const el = await fixture<HTMLElementTagNameMap['futan-split-bar']>(html`<futan-split-bar lang="ja"></futan-split-bar>`);
    el.breakdown = { total: '100', shares: { patient: '30', insurer: '70', public: '0', supplementary: '0', research: '0', sponsor: '0', privateInsurance: '0' } } as never;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('rect.segment')).to.have.length(2);
  });

  const pathLists: [string, () => unknown][] = [
    ['[{}, null]', () => [{}, null]],
    ['null', () => null],
    ['a string', () => 'paths'],
    ['paths with no title', () => [{ plan: seed }, { plan: seed }]],
    ['a Proxy that throws', () => new Proxy([], { get() { throw new Error('trap'); } })],
  ];
  for (const [what, make] of pathLists) {
    it(`<futan-compare> with paths = ${what} says it needs two`, async () => {
      const el = await fixture<HTMLElementTagNameMap['futan-compare']>(html`<futan-compare lang="ja"></futan-compare>`);
      const errors = await escaped(async () => {
        el.paths = make() as never;
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(squeeze(shadow(el).textContent)).to.contain('比べるには2つ以上の選択肢が必要です');
      await expect(el).to.be.accessible();
    });
  }

  it('<futan-compare> shows a path whose plan is not a plan as one that cannot be worked out', async () => {
    const el = await fixture<HTMLElementTagNameMap['futan-compare']>(html`<futan-compare lang="ja"></futan-compare>`);
    const errors = await escaped(async () => {
      el.paths = [{ title: '標準治療', plan: seed }, { title: '壊れた計画', plan: null }, null, {}] as never;
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    const text = squeeze(shadow(el).textContent);
    expect(text).to.contain('標準治療');
    expect(text).to.contain('この選択肢は計算できません');
    await expect(el).to.be.accessible();
  });
});

describe('a page whose built-ins are changed does not change what the calculator saves or throws', () => {
  afterEach(() => sessionStorage.clear());

  /** Runs `body` on a page that gave every object a toJSON, and takes it away after. */
  async function withObjectToJSON<T>(body: () => Promise<T>): Promise<T> {
    Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'HIJACKED', configurable: true, writable: true });
    try {
      return await body();
    } finally {
      delete (Object.prototype as Record<string, unknown>).toJSON;
    }
  }

  it('saves the same file, and keeps the same copy in the tab, when the page sets Object.prototype.toJSON', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" id="to-json" persist scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const clean = el.planFile();
    const key = `futan-calculator:${location.pathname}#to-json`;
    const { file, kept } = await withObjectToJSON(async () => {
      // Typed without sendKeys, whose message to the test runner is JSON too.
      const amount = amountOf(lines(el)[0]);
      amount.value = '777777';
      amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
      return { file: el.planFile(), kept: sessionStorage.getItem(key)! };
    });
    expect(file).to.not.contain('HIJACKED');
    expect(file).to.equal(clean.replace('"amount": "500,000"', '"amount": "777777"'));
    expect(kept).to.equal(file);
  });

  it('refuses a revoked Proxy set as the plan, with a reason, however often it is set', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
    await settle(el);
    const before = headline(el);
    const invalid = record<PlanInvalidDetail>(el, 'futan-invalid');
    const errors = await escaped(async () => {
      for (let i = 0; i < 2; i++) {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        el.plan = proxy;
        await settle(el);
      }
    });
    expect(errors).to.deep.equal([]);
    expect(invalid).to.have.length(2);
    expect(squeeze(root(el).querySelector('.notice')?.textContent)).to.contain('計画を読み取れません（読むと例外を投げる値があります）');
    expect(headline(el)).to.equal(before);
  });
});
