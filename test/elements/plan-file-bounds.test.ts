import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/futan-calculator.js';
import type { FutanCalculator } from '../../src/elements/futan-calculator/futan-calculator.js';
import type { PlanInvalidDetail } from '../../src/elements/events.js';
import { MAX_KEPT_CHARS } from '../../src/elements/futan-calculator/kept-copy.js';
import { fromPlanFile, toPlanFile } from '../../src/elements/futan-calculator/plan-file.js';
import { MAX_LINES, MAX_NOTES, MAX_PEOPLE, MAX_PROGRAMS, MAX_TEXT, readPlan } from '../../src/elements/futan-calculator/read-plan.js';
import { SCENARIOS } from '../../src/scenarios/index.js';
import { fileOf, headline, root, settle } from './calculator-helpers.js';
import { record } from './helpers.js';

/**
 * No file too large to open can be made: a plan read at every bound (set by code, or typed up
 * to the calculator's limits) saves to a file that opens again, and what a plan keeps as given
 * is bounded by the room it takes in that file, keys included, so a plan set by code cannot get
 * past it.
 */
const seedPlan = SCENARIOS.find((s) => s.id === 'advanced-stem-cell-transplant')!.plan;

/** A plan with every field the reader holds at its longest, each text made of `char`. */
function planAtEveryBound(char: string, kept: Record<string, unknown> = {}) {
  const t = (n = MAX_TEXT) => char.repeat(n);
  return {
    title: t(), ...kept,
    insurance: { bracket: t(), monthlyRemuneration: t(), annualCountedBefore: t(), priorHighCostMonths: Array(24).fill('2026-01'), supplementary: { deductible: t() } },
    tax: { totalIncome: t(), taxableIncome: t() },
    handout: { patientName: t(), counselor: t(), notes: t(MAX_NOTES) },
    people: Array.from({ length: MAX_PEOPLE }, (_, i) => ({
      id: i ? `${i}${t(MAX_TEXT - 2)}` : 'patient', label: t(), birthDate: t(), age: t(), bracket: t(), insurance: { bracket: t() },
      programs: Array.from({ length: MAX_PROGRAMS }, () => ({ kind: 'local', tier: t(), from: t(), to: t(), id: t(), label: t(), rate: t(), monthlyCap: t() })),
    })),
    items: Array.from({ length: MAX_LINES }, () => ({ kind: 'insured', month: t(), amount: t(), meals: t(), facility: t(), label: t(), person: 'patient', course: t(), program: t(), hint: { ja: t(), en: t() } })),
  };
}

describe('a plan file the calculator writes always opens again', () => {
  for (const [what, char] of [['あ', 'あ'], ['quotes (each written as \\")', '"'], ['control characters (each written as \\u0001)', '\u0001']] as const) {
    it(`at every bound of the reader, every text of ${what}, and the most kept data`, () => {
      const read = readPlan(planAtEveryBound(char, { junk: char.repeat(MAX_KEPT_CHARS - 1_000) }));
      expect(read.ok).to.equal(true);
      if (!read.ok) return;
      const text = toPlanFile(read.draft);
      const opened = fromPlanFile(text);
      expect(opened.ok, `${text.length} characters`).to.equal(true);
      if (opened.ok) expect(toPlanFile(opened.draft)).to.equal(text);
    });
  }
});

describe('what a plan set by code keeps as given is bounded by the room it takes in a file', () => {
  const tooLarge: [string, () => unknown][] = [
    ['a kept text of 1.1 million quotes', () => ({ ...seedPlan, junk: '"'.repeat(1_100_000) })],
    ['a kept key of 2.1 million characters', () => ({ ...seedPlan, ['k'.repeat(2_100_000)]: 1 })],
    ['19,000 kept values with keys of 100 characters', () => ({ ...seedPlan, junk: Object.fromEntries(Array.from({ length: 19_000 }, (_, i) => [String(i).padStart(100, 'k'), i])) })],
  ];
  for (const [what, make] of tooLarge) {
    it(`refuses ${what}, saying why, and keeps what is on screen`, async () => {
      const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja" scenario="advanced-stem-cell-transplant"></futan-calculator>`);
      await settle(el);
      const before = { answer: headline(el), file: el.planFile() };
      const invalid = record<PlanInvalidDetail>(el, 'futan-invalid');
      el.plan = make();
      await settle(el);
      expect(invalid).to.have.length(1);
      expect(invalid[0].detail.issues[0].message.ja).to.contain('futan に入力欄のない項目（そのまま残す項目）が大きすぎます');
      expect(root(el).querySelector('.notice')!.textContent).to.contain('500,000 文字分まで');
      expect(headline(el)).to.equal(before.answer);
      expect(el.planFile()).to.equal(before.file);
    });
  }

  it('takes kept data up to the bound, and its file opens in another calculator', async () => {
    const el = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    el.plan = { ...seedPlan, junk: '"'.repeat(MAX_KEPT_CHARS - 10_000) };
    await settle(el);
    const saved = el.planFile();
    expect(saved.length).to.be.greaterThan(2 * (MAX_KEPT_CHARS - 10_000));
    const other = await fixture<FutanCalculator>(html`<futan-calculator lang="ja"></futan-calculator>`);
    await other.importFile(fileOf(saved));
    await settle(other);
    expect(other.planFile()).to.equal(saved);
  });
});
