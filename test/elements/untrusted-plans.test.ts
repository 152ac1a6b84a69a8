import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import type { PlanInvalidDetail } from '../../src/elements/events.js';
import { draftToPlan } from '../../src/elements/futan-calculator/draft.js';
import { fromPlanFile, toPlanFile } from '../../src/elements/futan-calculator/plan-file.js';
import { MAX_LINES, planToDraft, readPlan } from '../../src/elements/futan-calculator/read-plan.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { fileOf, headline, root, settle } from './calculator-helpers.js';
import { record } from './helpers.js';

const seedPlan = SCENARIOS.find((s) => s.id === 'advanced-stem-cell-transplant')!.plan;
const fileWith = (plan: unknown) => JSON.stringify({ format: 'futan-plan', version: 1, plan });

/** Runs `body` with keys added to a built-in prototype, as old CMS plugins do, and takes them away after. */
function polluted<T>(target: object, keys: Record<string, unknown>, body: () => T): T {
  const added = Object.keys(keys).filter((k) => !Object.hasOwn(target, k));
  const replaced = Object.keys(keys).filter((k) => Object.hasOwn(target, k)).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)!] as const);
  Object.assign(target, keys);
  try {
    return body();
  } finally {
    for (const key of added) delete (target as Record<string, unknown>)[key];
    for (const [key, descriptor] of replaced) Object.defineProperty(target, key, descriptor);
  }
}

const POLLUTION: Record<string, unknown> = {
  x: 1, amount: '999999', value: 'v', lang: 'en', get: () => 1, set: 'set', kind: 'free', bracket: 'ア', month: '2020-01',
  items: [{}], people: [{ id: 'ghost' }], insurance: { bracket: 'ア' }, title: 'polluted', setting: 'inpatient', payer: 'sponsor',
  receipts: [{ month: '2026-09', amount: 1, from: 'sponsor', forItems: [0] }], forItems: [0], forLines: [1], day: 31, dental: true, overrides: { mealPerMeal: 1 },
};

describe('plans from outside are read with suspicion', () => {
  it('reads the same draft with any key added to Object.prototype', () => {
    const clean = draftToPlan(planToDraft(seedPlan)).plan;
    const read = polluted(Object.prototype, POLLUTION, () => readPlan(JSON.parse(JSON.stringify(seedPlan))));
    expect(read.ok).to.equal(true);
    if (read.ok) expect(draftToPlan(read.draft).plan).to.deep.equal(clean);
    if (read.ok) expect(polluted(Object.prototype, POLLUTION, () => JSON.stringify(draftToPlan(read.draft).plan))).to.equal(JSON.stringify(clean));
  });

  it('saves and opens the same plan on a page whose arrays have a toJSON (Prototype.js)', () => {
    const draft = planToDraft(seedPlan);
    const text = polluted(Array.prototype, { toJSON() { return 'an array'; } }, () => toPlanFile(draft));
    expect(text).to.equal(toPlanFile(draft));
    const read = polluted(Array.prototype, { toJSON() { return 'an array'; } }, () => fromPlanFile(text));
    expect(read.ok && draftToPlan(read.draft).plan).to.deep.equal(draftToPlan(draft).plan);
  });

  it('reads plans and files with Array.prototype.map replaced by an enumerable one', () => {
    const draft = planToDraft(seedPlan);
    const map = Array.prototype.map;
    const read = polluted(Array.prototype, { map(this: unknown[], ...args: Parameters<typeof map>) { return map.apply(this, args); } }, () => fromPlanFile(toPlanFile(draft)));
    expect(read.ok && draftToPlan(read.draft).plan).to.deep.equal(draftToPlan(draft).plan);
  });

  it(`refuses a file of 10,000 empty lines at once, saying it reads at most ${MAX_LINES}`, () => {
    const read = fromPlanFile(fileWith({ items: Array.from({ length: 10_000 }, () => ({})) }));
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.reasons.map((r) => r.ja).join()).to.contain(`明細が 10,000 件あります。読み込めるのは ${MAX_LINES} 件まで`);
  });

  it('gives each bad line its own reason, and never "undefined"', () => {
    const read = fromPlanFile(fileWith({ items: [{}, null, { kind: 'gift', month: '2026-09' }, { kind: 'insured', month: {}, amount: [1] }, ...seedPlan.items] }));
    expect(read.ok).to.equal(false);
    if (read.ok) return;
    const reasons = read.reasons.map((r) => r.ja);
    expect(reasons[0]).to.equal('明細 1：種類（kind）がありません。');
    expect(reasons[1]).to.equal('明細 2：項目の形になっていません。');
    expect(reasons[2]).to.equal('明細 3：種類「gift」はわかりません。');
    expect(reasons.slice(3)).to.deep.equal(['明細 4：month が文字でも数でもありません。', '明細 4：amount が文字でも数でもありません。']);
    expect(read.reasons.map((r) => r.en).join()).to.not.contain('undefined');
  });

  it('lists five reasons and counts the rest', () => {
    const read = fromPlanFile(fileWith({ items: Array.from({ length: 9 }, () => ({})) }));
    expect(!read.ok && read.reasons.map((r) => r.ja)).to.deep.equal([1, 2, 3, 4, 5].map((n) => `明細 ${n}：種類（kind）がありません。`).concat('ほかに 4 件あります。'));
  });

  it('answers a file of nearly 2 MB without freezing (refused or read, never thrown)', () => {
    const padding = 'x'.repeat(400);
    const items = Array.from({ length: MAX_LINES }, (_, i) => ({ kind: 'insured', month: '2026-09', amount: String(1000 + i), label: padding.slice(0, 300), facility: padding.slice(0, 300), setting: 'outpatient' }));
    const text = fileWith({ items });
    expect(text.length).to.be.within(200_000, 2_000_000);
    const read = fromPlanFile(text);
    expect(read.ok && read.draft.lines.length).to.equal(MAX_LINES);
  });

  const hostile: [string, () => unknown][] = [
    ['items: [null]', () => ({ items: [null] })],
    ['a getter that throws', () => ({ get items(): unknown[] { throw new Error('boom'); } })],
    ['a Proxy that throws on every read', () => new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } })],
    ['a cycle', () => { const plan: Record<string, unknown> = { items: [] }; plan.self = plan; (plan.items as unknown[]).push({ kind: 'insured', month: '2026-09', amount: 1, loop: plan }); return plan; }],
    ['a string', () => 'plan'],
    ['a number', () => 42],
    ['items that are a Proxy', () => ({ items: new Proxy([], { get() { throw new Error('trap'); } }) })],
    // Kept as given, but not 400⁶ values of it: reading stops at a bound and refuses the plan.
    ['a key holding 400 lists of 400 lists, six deep', () => ({ items: [], junk: [1, 2, 3, 4, 5, 6].reduce<unknown>((inner) => Array(400).fill(inner), 0) })],
    // Nor a text of 2 million characters, which no plan file could hold when saved.
    ['a key holding a text of 2 million characters', () => ({ items: [], junk: 'x'.repeat(2_000_000) })],
  ];
  for (const [what, make] of hostile) {
    it(`explains, and throws nothing into the page, when code sets a plan that is ${what}`, async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const before = headline(el);
      const invalid = record<PlanInvalidDetail>(el, 'futan-invalid');
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        el.plan = make();
        await settle(el);
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
      if (what === 'a cycle') {
        expect(invalid).to.have.length(0);
        return;
      }
      expect(invalid).to.have.length(1);
      expect(invalid[0].detail.issues[0].code).to.equal('unreadable-plan');
      expect(root(el).querySelector('.notice')!.textContent).to.contain('ページから渡された計画を読み込めませんでした');
      expect(headline(el)).to.equal(before);
    });
  }
});

describe('what a plan keeps as given is never changed silently', () => {
  const nested = (depth: number): unknown => (depth ? { next: nested(depth - 1) } : 'bottom');
  // eslint-disable-next-line no-sparse-arrays
  const withGaps = [1, , 3];

  it('says, on loading a plan set by code, where a Date, a Map, NaN, a gap, a function and data deeper than 8 levels were changed', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = { ...seedPlan, extra: { when: new Date(0), map: new Map([[1, 2]]), ratio: NaN, list: withGaps, deep: nested(12), call() {} } };
    await settle(el);
    const notice = [...root(el).querySelectorAll('.notice')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    expect(notice).to.contain('ページから渡された計画を読み込みました。ただし');
    for (const said of [
      'extra.when：日付や Map など', 'extra.ratio：NaN や Infinity は null として残ります', 'extra.list[1]：一覧の空き',
      'extra.call：関数など、ファイルに書けない値は除きました', 'extra.deep.next.next.next.next.next.next.next.next：8 段より深い部分は省きました',
    ]) expect(notice).to.contain(said);
    const kept = JSON.parse(el.planFile()).plan.extra;
    expect(kept).to.deep.include({ when: {}, map: {}, ratio: null, list: [1, null, 3] });
    expect(headline(el)).to.match(/￥[\d,]+/);
  });

  it('says so on opening a file whose kept data is deeper than 8 levels', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    await el.importFile(fileOf(fileWith({ ...seedPlan, extra: nested(12) })));
    await settle(el);
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('ファイルの計画を読み込みました。ただし');
    expect(text).to.contain('8 段より深い部分は省きました');
  });

  it('says nothing for a plan whose kept data is plain', async () => {
    const read = readPlan({ ...seedPlan, receipts: [{ month: '2026-10', amount: 1, from: 'sponsor' }], overrides: { mealPerMeal: 510 } });
    expect(read.ok && read.changes).to.deep.equal([]);
  });
});
