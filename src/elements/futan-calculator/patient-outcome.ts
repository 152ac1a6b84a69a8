import { evaluate, signOf, yenDifference, type Breakdown, type CarePlan, type Yen } from '../../engine/index.js';
import { draftToPlan, isFilled, type Draft } from './draft.js';
import { inpatientMonthsWithoutMeals, withMealLines } from './draft-edits.js';
import { asksCap, assumptionsOf, draftFor, known, shownCap, type PatientAnswers } from './patient-answers.js';

/** What the patient's answers come to: one figure, or the lowest and the highest when some answers are not known. */
export interface PatientOutcome {
  low: string;
  high: string;
  /** The plan of the highest case, and its breakdown: what the months, refunds and handout show. */
  draft: Draft;
  plan: CarePlan;
  breakdown: Breakdown;
  /** The answers the range comes from. */
  unknowns: ('age' | 'bracket' | 'cap')[];
  /** Where the plan leaves meals out: what a day's three meals would add, in its first such month. */
  mealsPerDay?: string;
}

const MEALS_A_DAY = '3';

/** A patient's cost of a day's meals in the first month in hospital without meals: the plan with them less the plan without. */
function mealsPerDayOf(draft: Draft, cost: Yen): string | undefined {
  // A meal line the page left without a count includes no meals.
  const [first] = inpatientMonthsWithoutMeals({ ...draft, lines: draft.lines.filter((l) => l.kind !== 'meals' || isFilled(l)) });
  if (!first) return undefined;
  const { draft: withMeals, lines } = withMealLines(draft, [first]);
  const evaluation = evaluate(draftToPlan({ ...withMeals, lines: withMeals.lines.map((l) => (l === lines[0] ? { ...l, meals: MEALS_A_DAY } : l)) }).plan);
  return evaluation.ok ? yenDifference(cost, evaluation.breakdown.shares.patient) : undefined;
}

/**
 * Works the care out for every case the answers leave open (assumptionsOf: at most a dozen)
 * and keeps the lowest and the highest. Undefined when the care cannot be worked out at all
 * (a page's plan with an error): the reader is then sent to the hospital's desk.
 */
export function outcomeOf(base: Draft, answers: PatientAnswers): PatientOutcome | undefined {
  let low: Yen | undefined;
  let highest: { cost: Yen; draft: Draft; plan: CarePlan; breakdown: Breakdown } | undefined;
  for (const assumed of assumptionsOf(answers)) {
    const draft = draftFor(base, answers, assumed);
    const made = draftToPlan(draft);
    if (made.issues.length || !made.plan.items.length) return undefined;
    const evaluation = evaluate(made.plan);
    if (!evaluation.ok) return undefined;
    const cost = evaluation.breakdown.shares.patient;
    if (low === undefined || signOf(yenDifference(low, cost)) < 0) low = cost;
    if (!highest || signOf(yenDifference(highest.cost, cost)) > 0) highest = { cost, draft, plan: made.plan, breakdown: evaluation.breakdown };
  }
  if (!highest || low === undefined) return undefined;
  const unknowns = low === highest.cost ? [] : ([['age', !known(answers.age)], ['bracket', !known(answers.bracket)], ['cap', asksCap(answers) && !known(shownCap(answers))]] as const).filter(([, open]) => open).map(([k]) => k);
  return { low, high: highest.cost, draft: highest.draft, plan: highest.plan, breakdown: highest.breakdown, unknowns, mealsPerDay: mealsPerDayOf(highest.draft, highest.cost) };
}
