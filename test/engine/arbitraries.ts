import fc from 'fast-check';
import { validate, type CareItem, type CareKind, type CarePlan, type Payer, type Under70Bracket } from '../../src/engine/index.js';
import { toElderly } from '../../src/engine/brackets.js';

/** Random valid care plans for the property tests. Months run from 2025-01 to 2028-06. */

const pad = (n: number) => String(n).padStart(2, '0');
export const monthArb = fc.integer({ min: 2025 * 12, max: 2028 * 12 + 5 }).map((i) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`);
const birthDateArb = (minYear: number, maxYear: number) =>
  fc.record({ y: fc.integer({ min: minYear, max: maxYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const OUTSIDE: CareKind[] = ['advanced', 'patientRequested', 'trial', 'selected', 'free', 'other'];
const PAYERS: Payer[] = ['patient', 'research', 'sponsor', 'privateInsurance'];
const BRACKETS: Under70Bracket[] = ['ア', 'イ', 'ウ', 'エ', 'オ'];

interface Shape {
  people: number;
  minBirthYear: number;
  insuredMin: number;
  outside: boolean;
  facilities: string[];
  supplementary: boolean;
}

function itemArb(people: string[], shape: Shape): fc.Arbitrary<CareItem> {
  const common = {
    month: monthArb,
    person: fc.constantFrom(...people),
    facility: fc.constantFrom(...shape.facilities),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    course: fc.constantFrom('main', 'main', 'other'),
  };
  const insuredArb = fc.record({
    ...common,
    kind: fc.constant<CareKind>('insured'),
    amount: fc.integer({ min: shape.insuredMin, max: 3_000_000 }),
    setting: fc.constantFrom<('inpatient' | 'outpatient')[]>('inpatient', 'outpatient'),
    dental: fc.boolean(),
  });
  if (!shape.outside) return insuredArb;
  const mealsArb = fc.record({ ...common, kind: fc.constant<CareKind>('meals'), meals: fc.integer({ min: 0, max: 93 }) });
  const outsideArb = fc.record({
    ...common,
    kind: fc.constantFrom(...OUTSIDE),
    amount: fc.integer({ min: 0, max: 2_000_000 }),
    payer: fc.constantFrom(...PAYERS),
    taxExcluded: fc.boolean(),
  });
  return fc.oneof({ weight: 3, arbitrary: insuredArb }, mealsArb, outsideArb);
}

export function planArb(overrides: Partial<Shape> = {}): fc.Arbitrary<CarePlan> {
  const shape: Shape = { people: 2, minBirthYear: 1935, insuredMin: 0, outside: true, facilities: ['A', 'B', 'C'], supplementary: true, ...overrides };
  const ids = ['patient', 'spouse'].slice(0, shape.people);
  return fc
    .record({
      bracket: fc.constantFrom(...BRACKETS),
      births: fc.tuple(...ids.map(() => birthDateArb(shape.minBirthYear, 2008))),
      prior: fc.uniqueArray(monthArb, { maxLength: 4 }),
      capAtWindow: fc.boolean(),
      deductible: shape.supplementary ? fc.option(fc.constantFrom(25_000, 50_000), { nil: undefined }) : fc.constant(undefined),
    })
    .chain(({ bracket, births, prior, capAtWindow, deductible }) =>
      fc.array(itemArb(ids, shape), { minLength: 1, maxLength: 40 }).map((items): CarePlan => {
        const plan: CarePlan = {
          insurance: { bracket, priorHighCostMonths: prior, capAtWindow, supplementary: deductible ? { deductible } : undefined },
          people: ids.map((id, i) => ({ id, birthDate: births[i] })),
          items,
        };
        // One bracket serves the household; give it in the form of the ages present.
        if (validate(plan).some((issue) => issue.code === 'bracket-age-mismatch')) plan.insurance.bracket = toElderly(bracket);
        return plan;
      }),
    );
}
