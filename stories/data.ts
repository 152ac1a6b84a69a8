import { calculate, type CarePlan } from '../src/engine/index.js';
import { seedTransplant } from '../src/scenarios/seed-transplant.js';

/**
 * Plans for the element stories. The seed case uses its published figures; the other plans
 * carry illustrative amounts (labelled as such where they are shown), to show each state.
 */
/** The seed scenario's plan, without its one line left for the counselor (transport, no price). */
export const seedPlan: CarePlan = {
  ...(seedTransplant.plan as CarePlan),
  items: seedTransplant.plan.items.filter((item) => item.amount !== undefined) as CarePlan['items'],
};

/** Illustrative: every warning at once (mixed billing, planned and unconfirmed rules, assumptions). */
export const everyWarningPlan: CarePlan = {
  title: '例示：すべての注意が出る計画',
  insurance: { bracket: 'ウ', capAtWindow: false, supplementary: { deductible: 25000 } },
  people: [{ id: 'patient', age: 58 }],
  items: [
    { month: '2026-07', kind: 'meals', meals: 30 },
    { month: '2026-07', kind: 'insured', amount: 800000, setting: 'inpatient' },
    { month: '2026-08', kind: 'free', amount: 300000, label: '自由診療の免疫療法（例示の金額）' },
    { month: '2026-08', kind: 'advanced', amount: 200000 },
    { month: '2026-08', kind: 'patientRequested', amount: 150000, payer: 'privateInsurance' },
    { month: '2027-08', kind: 'insured', amount: 600000, setting: 'inpatient' },
  ],
};

/** Illustrative: a household of a 72-year-old and a 65-year-old, with a 多数回 count. */
export const householdPlan: CarePlan = {
  insurance: { bracket: 'エ', priorHighCostMonths: ['2026-06', '2026-07', '2026-08'] },
  people: [{ id: 'husband', age: 72, label: '夫' }, { id: 'wife', age: 65, label: '妻' }],
  items: [
    { month: '2026-09', kind: 'insured', amount: 300000, setting: 'inpatient', person: 'husband' },
    { month: '2026-09', kind: 'insured', amount: 150000, setting: 'outpatient', person: 'husband', facility: '診療所' },
    { month: '2026-09', kind: 'insured', amount: 100000, setting: 'outpatient', person: 'wife' },
  ],
};

export const seedBreakdown = calculate(seedPlan);
export const everyWarningBreakdown = calculate(everyWarningPlan);
export const householdBreakdown = calculate(householdPlan);
