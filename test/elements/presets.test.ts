import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { presetsFrom, presetsOf } from '../../src/elements/futan-calculator/presets.js';
import { planToDraft } from '../../src/elements/futan-calculator/read-plan.js';
import { draftAsPlan } from '../../src/elements/futan-calculator/plan-file.js';

const plan = { insurance: { bracket: 'ウ' }, items: [{ month: '2026-12', kind: 'insured', amount: 120000, setting: 'outpatient' }] };

describe('presetsOf(): a hospital’s templates set by code, read like the JSON child', () => {
  it('reads a template without summary or source, with empty ones', () => {
    const read = presetsOf([{ id: 'h-chemo', title: { ja: '外来化学療法', en: 'Outpatient chemotherapy' }, plan }]);
    expect(read.problems).to.deep.equal([]);
    expect(read.presets).to.have.length(1);
    expect(read.presets[0]).to.deep.include({ id: 'h-chemo', summary: { ja: '', en: '' }, source: { ja: '', en: '' } });
  });

  it('reads a title given as one string as { ja, en }, and one in a single language for both', () => {
    const read = presetsOf([{ id: 'a', title: '外来化学療法（当院）', plan }, { id: 'b', title: { en: 'Chemo' }, plan }]);
    expect(read.presets.map((p) => p.title)).to.deep.equal([{ ja: '外来化学療法（当院）', en: '外来化学療法（当院）' }, { ja: 'Chemo', en: 'Chemo' }]);
  });

  it('refuses a template with a blank title or no id, with its place', () => {
    const read = presetsOf([{ id: 'a', title: '  ', plan }, { title: 'x', plan }, { id: 'c', title: { ja: '', en: '' }, plan }]);
    expect(read.presets).to.deep.equal([]);
    expect(read.problems.map((p) => p.en)).to.deep.equal([1, 2, 3].map((n) => `Hospital template ${n}: it has no id or title.`));
  });

  it('refuses a template whose plan cannot be read, with the reason, and keeps the others', () => {
    const read = presetsOf([{ id: 'bad', title: 'bad', plan: { items: 'nope' } }, { id: 'good', title: 'good', plan }]);
    expect(read.presets.map((p) => p.id)).to.deep.equal(['good']);
    expect(read.problems).to.have.length(1);
    expect(read.problems[0].ja).to.match(/^病院のひな形 1：/);
    expect(read.problems[0].en).to.match(/^Hospital template 1: \S/);
    expect(read.problems[0].en).to.not.contain('undefined');
  });

  it('refuses what is not a list, and reads null as none', () => {
    for (const value of [{}, 'presets', 42, { 0: { id: 'a', title: 'a', plan }, length: 1 }]) {
      const read = presetsOf(value);
      expect(read.presets, JSON.stringify(value)).to.deep.equal([]);
      expect(read.problems[0].en, JSON.stringify(value)).to.contain('not an array');
    }
    expect(presetsOf(null)).to.deep.equal({ presets: [], problems: [] });
    expect(presetsOf(undefined)).to.deep.equal({ presets: [], problems: [] });
  });

  it('ignores keys a page put on Object.prototype (a hole in the list, a missing title or plan)', () => {
    const added = { 0: { id: 'ghost', title: 'ghost', plan }, title: 'polluted', id: 'polluted', plan, summary: 'polluted' };
    for (const [key, value] of Object.entries(added)) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    let read;
    try {
      // eslint-disable-next-line no-sparse-arrays
      read = presetsOf([, { id: 'real', title: 'real', plan }, {}]);
    } finally {
      for (const key of Object.keys(added)) delete (Object.prototype as Record<string, unknown>)[key];
    }
    expect(read.presets.map((p) => [p.id, p.summary])).to.deep.equal([['real', { ja: '', en: '' }]]);
    expect(read.problems).to.have.length(2);
  });

  it('never throws: a getter that throws or a Proxy stops the reading with a reason', () => {
    const throwing = { id: 'x', title: 'x', get plan() { throw new Error('getter'); } };
    const proxy = new Proxy([], { get() { throw new Error('trap'); } });
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    for (const value of [[{ id: 'ok', title: 'ok', plan }, throwing], proxy, revocable.proxy]) {
      const read = presetsOf(value);
      expect(read.problems.length).to.be.greaterThan(0);
    }
    expect(presetsOf([{ id: 'ok', title: 'ok', plan }, throwing]).presets.map((p) => p.id)).to.deep.equal(['ok']);
  });

  it('keeps the plan as read, not the page’s object, so a later change by the page does not reach it', () => {
    const given = structuredClone(plan);
    const read = presetsOf([{ id: 'a', title: 'a', plan: given }]);
    given.items = 'nope' as never;
    expect(read.presets[0].plan).to.not.equal(given);
    expect(read.presets[0].plan).to.deep.equal(draftAsPlan(planToDraft(plan as never)));
    expect(() => planToDraft(read.presets[0].plan)).to.not.throw();
  });

  it('reads the JSON child the same way', () => {
    const list = [{ id: 'a', title: 'a', plan }, { id: 'b', title: 'b', plan: { items: 'nope' } }];
    expect(presetsFrom(JSON.stringify(list))).to.deep.equal(presetsOf(list));
    expect(presetsFrom('not json').problems[0].en).to.contain('cannot be read');
    expect(presetsFrom('  ')).to.deep.equal({ presets: [], problems: [] });
  });
});

describe('the JSON child added after the calculator is on the page (a CMS filling the page late)', () => {
  const templates = JSON.stringify([{ id: 'late-chemo', title: { ja: '当院の外来化学療法', en: 'Our outpatient chemotherapy' }, plan }]);
  const script = (text: string) => Object.assign(document.createElement('script'), { type: 'application/json', textContent: text });
  const shadowText = (el: FutanCalculator) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  async function openTemplates(el: FutanCalculator): Promise<void> {
    const fold = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.templates')!;
    fold.open = true;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }

  it('is read when it is added, and its templates are offered', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    await openTemplates(el);
    expect(shadowText(el)).to.not.contain('当院の外来化学療法');
    el.append(script(templates));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('この病院のひな形');
    expect(shadowText(el)).to.contain('当院の外来化学療法');
  });

  it('loads the scenario the page named before the template came, and says nothing of it any more', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="late-chemo"></futan-calculator>`);
    expect(shadowText(el)).to.contain('「late-chemo」という名前のひな形はありません');
    const child = script('');
    el.append(child);
    child.textContent = templates;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(shadowText(el)).to.not.contain('という名前のひな形はありません');
    expect(el.shadowRoot!.querySelectorAll('ol.lines > li')).to.have.length(1);
  });

  it('is not watched while the calculator is off the page, and read again when it is put back', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    const parent = el.parentNode!;
    el.remove();
    const child = script('{ not json');
    el.append(child);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(shadowText(el)).to.not.contain('病院のひな形を読み取れません');
    child.textContent = templates;
    parent.append(el);
    await el.updateComplete;
    await openTemplates(el);
    expect(shadowText(el)).to.contain('当院の外来化学療法');
  });
});
