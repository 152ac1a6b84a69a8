import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import { calculate, evaluate, type CarePlan } from '../../src/engine/index.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import { amountFields, draftToPlan } from '../../src/elements/futan-calculator/draft.js';
import { changedLine, changedPerson, withRepeatedLine } from '../../src/elements/futan-calculator/draft-edits.js';
import { planToDraft } from '../../src/elements/futan-calculator/read-plan.js';
import { fromPlanFile, toPlanFile } from '../../src/elements/futan-calculator/plan-file.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import fc from 'fast-check';
import { planArb } from '../engine/arbitraries.js';
import { record, shadow, typeInto } from './helpers.js';
import type { PlanChangeDetail } from '../../src/elements/events.js';

const root = (el: FutanCalculator) => shadow(el);
const lines = (el: FutanCalculator) => [...root(el).querySelectorAll<HTMLElement>('ol.lines > li')];
const amountOf = (line: HTMLElement) => shadow(line.querySelector('futan-amount-input')!).querySelector('input')!;
const headline = (el: FutanCalculator) => root(el).querySelector('.answer-body .final')!.textContent!;
const fileOf = (text: string) => new File([text], 'plan.json', { type: 'application/json' });
async function settle(el: FutanCalculator) {
  await el.updateComplete;
  for (const child of root(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
  await el.updateComplete;
}

describe('no lost work', () => {
  describe('the plan file', () => {
    for (const scenario of SCENARIOS) {
      it(`round-trips ${scenario.id}: the same plan, the same result, the same unfinished lines`, () => {
        const draft = planToDraft(scenario.plan);
        const read = fromPlanFile(toPlanFile(draft));
        expect(read.ok).to.equal(true);
        if (!read.ok) return;
        const before = draftToPlan(draft);
        const after = draftToPlan(read.draft);
        expect(after.plan).to.deep.equal(before.plan);
        expect(after.unfilled.length).to.equal(before.unfilled.length);
        if (before.plan.items.length) expect(calculate(after.plan)).to.deep.equal(calculate(before.plan));
      });
    }

    it('keeps text that is not an amount yet', () => {
      const draft = planToDraft({ insurance: { bracket: 'ウ' }, items: [{ month: '2026-09', kind: 'insured', amount: '50万x' }] });
      const read = fromPlanFile(toPlanFile(draft));
      expect(read.ok && read.draft.lines[0].amountText).to.equal('50万x');
    });

    const refused: [string, string][] = [
      ['not JSON', '{plan'],
      ['someone else’s JSON', '{"name":"package","version":"1.0.0"}'],
      ['a futan file from a newer version', '{"format":"futan-plan","version":99,"plan":{"items":[]}}'],
      ['a futan file with items that are not a list', '{"format":"futan-plan","version":1,"plan":{"items":"all"}}'],
      ['a JSON array', '[1,2,3]'],
      ['a prototype-polluting file', '{"format":"futan-plan","version":1,"plan":{"items":[]},"__proto__":{"polluted":1}}'],
    ];
    for (const [what, text] of refused.slice(0, 5)) {
      it(`refuses ${what} with a localized reason`, () => {
        const read = fromPlanFile(text);
        expect(read.ok).to.equal(false);
        if (!read.ok) expect(read.message.ja).to.contain('いまの入力はそのままです');
      });
    }

    // What the calculator has no field for is kept as given, so the plan computes as it came.
    const withAllFields = fc.tuple(planArb(), fc.record({
      receipts: fc.array(fc.record({ month: fc.constantFrom('2025-09', '2026-10'), amount: fc.integer({ min: 1, max: 900_000 }), from: fc.constantFrom('sponsor' as const, 'privateInsurance' as const), link: fc.boolean() }), { maxLength: 3 }),
      mealPerMeal: fc.option(fc.constantFrom(100, 510), { nil: undefined }),
      copayRate: fc.option(fc.constantFrom('0', '0.1'), { nil: undefined }),
      otherInsurer: fc.boolean(),
      afterNinetyDays: fc.boolean(),
      deductible: fc.option(fc.boolean(), { nil: undefined }),
    })).map(([plan, x]): CarePlan => ({
      ...plan,
      insurance: { ...plan.insurance, ...(plan.insurance.supplementary && { supplementary: { ...plan.insurance.supplementary, roundingUnit: 1000, minimumPayout: 1000 } }) },
      people: plan.people!.map((p, i) => (i === 1 ? {
        ...p, ...(x.copayRate && { copayRate: x.copayRate }),
        ...(x.otherInsurer && { insurance: { bracket: 'エ', priorHighCostMonths: ['2026-05'], annualCountedBefore: 40_000, supplementary: { deductible: 20_000 } } }),
      } : p)),
      items: plan.items.map((item) => (item.kind === 'meals' && x.afterNinetyDays ? { ...item, afterNinetyDays: true } : x.deductible === undefined ? item : { ...item, deductible: x.deductible })),
      receipts: x.receipts.map(({ link, ...r }, i) => ({ ...r, ...(link && { forItems: [i % plan.items.length] }) })),
      ...(x.mealPerMeal !== undefined && { overrides: { mealPerMeal: x.mealPerMeal, annualCapPerHousehold: true } }),
    }));

    it('keeps what it has no field for (a line\'s day, dental and tax flags, receipts, overrides, a copay rate, another insurer\'s months): set by code, saved and opened, the plan computes as it came (300 plans)', () => {
      fc.assert(fc.property(withAllFields, (plan) => {
        const draft = planToDraft(plan);
        const opened = fromPlanFile(toPlanFile(draft));
        if (!opened.ok) throw new Error('the file was refused');
        // evaluate(): a plan whose household is left all 70+ by another insurer is refused alike.
        const expected = evaluate(plan);
        expect(evaluate(draftToPlan(draft).plan)).to.deep.equal(expected);
        expect(evaluate(draftToPlan(opened.draft).plan)).to.deep.equal(expected);
      }), { numRuns: 300 });
    });

    it('keeps a receipt on the line it paid for when a line before it is removed, and unlinked when that line is', () => {
      const draft = planToDraft({
        insurance: { bracket: 'ウ' },
        items: [{ month: '2026-09', kind: 'insured', amount: 100_000 }, { month: '2026-09', kind: 'advanced', amount: 500_000, payer: 'privateInsurance' }],
        receipts: [{ month: '2026-10', amount: 500_000, from: 'privateInsurance', forItems: [1] }],
      });
      const { plan } = draftToPlan({ ...draft, lines: draft.lines.slice(1) });
      expect(plan.receipts).to.deep.equal([{ month: '2026-10', amount: 500_000, from: 'privateInsurance', forItems: [0] }]);
      // With its line gone it names none: set against the year's costs, not against nothing.
      const { plan: without } = draftToPlan({ ...draft, lines: draft.lines.slice(0, 1) });
      expect(without.receipts).to.deep.equal([{ month: '2026-10', amount: 500_000, from: 'privateInsurance' }]);
    });

    it('keeps receipts\' links as given: none given stays none, a place with no line stays (and invalid), a line without an amount yet stays linked, a key of its own named forLines is plain data', () => {
      const items: CarePlan['items'] = [{ month: '2026-09', kind: 'insured', amount: 100_000 }, { month: '2026-09', kind: 'advanced', amount: 500_000, payer: 'privateInsurance' }];
      const receipts: NonNullable<CarePlan['receipts']> = [
        { month: '2026-10', amount: 1, from: 'privateInsurance', forItems: [] },
        { month: '2026-10', amount: 2, from: 'privateInsurance', forItems: [7, 1] },
        { month: '2026-10', amount: 3, from: 'privateInsurance', forItems: [1], forLines: 'x' } as never,
      ];
      const draft = planToDraft({ insurance: { bracket: 'ウ' }, items, receipts });
      expect(draftToPlan(draft).plan.receipts).to.deep.equal(receipts);
      expect(evaluate(draftToPlan(draft).plan)).to.deep.equal(evaluate({ insurance: { bracket: 'ウ' }, items, receipts }));
      // The advanced fee's amount is cleared to be typed again: the line leaves the plan, the links stay.
      const cleared = { ...draft, lines: [draft.lines[0], { ...draft.lines[1], ...amountFields('') }] };
      expect(draftToPlan(cleared).plan.receipts!.map((r) => r.forItems)).to.deep.equal([[], [7], []]);
    });

    it('leaves an insurer\'s kept settings behind when the counselor names another kind of insurer, or none', () => {
      const draft = planToDraft({ insurance: { bracket: 'ウ' }, people: [{ id: 'p', age: 50 }, { id: 's', age: 48, insurance: { scheme: 'kumiai', bracket: 'エ', priorHighCostMonths: ['2026-05'], supplementary: { deductible: 20_000 } } }], items: [{ month: '2026-09', kind: 'insured', amount: 100_000 }] });
      const spouse = draft.people[1];
      expect(changedPerson(spouse, { otherBracket: 'ウ' }).keptInsurance).to.deep.equal({ priorHighCostMonths: ['2026-05'], supplementary: { deductible: 20_000 } });
      expect(changedPerson(spouse, { otherScheme: 'kokuho' }).keptInsurance).to.equal(undefined);
      expect(changedPerson(spouse, { otherInsurer: false }).keptInsurance).to.equal(undefined);
    });

    it('keeps a long list whole: 500 receipts (more than the 400 lines a plan may have)', () => {
      const receipts = Array.from({ length: 500 }, (_, i) => ({ month: '2026-10', amount: i + 1, from: 'sponsor' as const }));
      const { plan } = draftToPlan(planToDraft({ insurance: { bracket: 'ウ' }, items: [{ month: '2026-09', kind: 'insured', amount: 100_000 }], receipts }));
      expect(plan.receipts).to.deep.equal(receipts);
    });

    it('leaves a kept day behind when a line moves to another month or is copied to the next ones', () => {
      const draft = planToDraft({ insurance: { bracket: 'ウ' }, items: [{ month: '2026-08', kind: 'insured', amount: 100_000, day: 31, dental: true }] });
      const [line] = draft.lines;
      expect(changedLine(line, { amountText: '200000' }).kept).to.deep.equal({ day: 31, dental: true });
      expect(changedLine(line, { month: 'R8.8' }).kept).to.deep.equal({ day: 31, dental: true });
      expect(changedLine(line, { month: '2026-09' }).kept).to.deep.equal({ dental: true });
      expect(withRepeatedLine(draft, line.key, 2).copies.map((c) => c.kept)).to.deep.equal([{ dental: true }, { dental: true }]);
    });

    it('reads a file with a __proto__ key as data and leaves Object.prototype alone', () => {
      fromPlanFile(refused[5][1]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('in the calculator', () => {
    it('computes a plan set by code with what it has no field for, and hands it on after an edit', async () => {
      const plan: CarePlan = {
        insurance: { bracket: 'ウ' },
        people: [{ id: 'p', age: 60 }],
        items: [
          { month: '2026-09', kind: 'insured', amount: 800_000, setting: 'inpatient' },
          { month: '2026-09', kind: 'advanced', amount: 300_000, payer: 'patient', taxExcluded: true },
        ],
        receipts: [{ month: '2026-10', amount: 50_000, from: 'sponsor' }],
      };
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
      el.plan = plan;
      await settle(el);
      expect(el.breakdown).to.deep.equal(calculate(plan));
      const changes = record<PlanChangeDetail>(el, 'futan-change');
      await typeInto(amountOf(lines(el)[0]), '900000');
      await settle(el);
      const handedOn = changes.at(-1)!.detail.plan;
      expect(handedOn.receipts).to.deep.equal(plan.receipts);
      expect(handedOn.items[1]).to.include({ taxExcluded: true });
      expect(changes.at(-1)!.detail.breakdown).to.deep.equal(calculate({ ...plan, items: [{ ...plan.items[0], amount: 900_000 }, plan.items[1]] }));
    });

    it('imports an exported plan back to the same result', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      await typeInto(amountOf(lines(el)[0]), '600000');
      await settle(el);
      const before = headline(el);
      const saved = el.planFile();
      el.scenario = 'free-ank-course';
      await settle(el);
      await el.importFile(fileOf(saved));
      await settle(el);
      expect(headline(el)).to.equal(before);
      expect(el.planFile()).to.equal(saved);
    });

    it('opens a file chosen with the “open a file” button', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const saved = el.planFile();
      const before = headline(el);
      el.scenario = 'free-ank-course';
      await settle(el);
      expect(root(el).querySelector('input[type=file]')).to.equal(null);
      const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'ファイルから読み込む')!;
      button.click();
      const chooser = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      expect(chooser.hidden).to.equal(true);
      const chosen = new DataTransfer();
      chosen.items.add(fileOf(saved));
      chooser.files = chosen.files;
      chooser.dispatchEvent(new Event('change'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
      expect(headline(el)).to.equal(before);
      button.click();
      expect(root(el).querySelectorAll('input[type=file]').length).to.equal(1);
    });

    it('refuses a foreign file with a message and keeps the current plan', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const before = headline(el);
      await el.importFile(fileOf('{"hello":"world"}'));
      await settle(el);
      expect(root(el).textContent).to.contain('futan で保存した計画のファイルではありません');
      expect(headline(el)).to.equal(before);
    });

    it('puts back a removed line where it was', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const before = headline(el);
      const labels = () => lines(el).map((l) => `${l.querySelector<HTMLInputElement>('[data-focus$="-month"]')!.value} ${l.querySelector('.kind')!.textContent} ${l.querySelector('.memo')?.textContent ?? ''}`);
      const original = labels();
      lines(el)[2].querySelector<HTMLButtonElement>('button.remove')!.click();
      await settle(el);
      expect(headline(el)).to.not.equal(before);
      const undo = root(el).querySelector<HTMLButtonElement>('.undo button')!;
      expect(root(el).activeElement).to.equal(undo);
      undo.click();
      await settle(el);
      expect(labels()).to.deep.equal(original);
      expect(headline(el)).to.equal(before);
    });

    it('puts back a removed household member and their lines', async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
      el.plan = {
        insurance: { bracket: 'ウ' },
        people: [{ id: 'patient', age: 45 }, { id: 'spouse', age: 44 }],
        items: [
          { month: '2026-09', kind: 'insured', amount: 500000, setting: 'inpatient' },
          { month: '2026-09', kind: 'insured', amount: 100000, setting: 'outpatient', person: 'spouse' },
        ],
      };
      await settle(el);
      const before = headline(el);
      [...root(el).querySelectorAll<HTMLButtonElement>('button.remove')].at(-1)!.click();
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('.undo button')!.click();
      await settle(el);
      expect(headline(el)).to.equal(before);
    });

    describe('persist', () => {
      afterEach(() => sessionStorage.clear());

      it('keeps nothing without the attribute', async () => {
        const el = await fixture<FutanCalculator>(html`<futan-calculator scenario="advanced-stem-cell-transplant"></futan-calculator>`);
        await settle(el);
        await typeInto(amountOf(lines(el)[0]), '600000');
        await settle(el);
        expect(sessionStorage.length).to.equal(0);
      });

      it('restores what was typed after a reload, and clears it when the switch is turned off', async () => {
        const first = await fixture<FutanCalculator>(html`<futan-calculator id="calc" persist scenario="advanced-stem-cell-transplant"></futan-calculator>`);
        await settle(first);
        await typeInto(amountOf(lines(first)[0]), '600000');
        await settle(first);
        const typed = headline(first);
        first.remove();
        const again = await fixture<FutanCalculator>(html`<futan-calculator id="calc" persist scenario="advanced-stem-cell-transplant"></futan-calculator>`);
        await settle(again);
        expect(headline(again)).to.equal(typed);
        expect(amountOf(lines(again)[0]).value).to.equal('600000');
        const keep = root(again).querySelector<HTMLInputElement>('input[role=switch]')!;
        expect(keep.checked).to.equal(true);
        keep.click();
        await settle(again);
        expect(sessionStorage.getItem(`futan-calculator:${location.pathname}#calc`)).to.equal(null);
        expect(again.hasAttribute('persist')).to.equal(false);
        expect(headline(again)).to.equal(typed);
      });
    });
  });
});
