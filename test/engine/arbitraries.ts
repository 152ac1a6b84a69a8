import fc from 'fast-check';
import { validate, type CareItem, type CareKind, type CarePlan, type Payer, type ProgramTier, type PublicProgram, type Under70Bracket } from '../../src/engine/index.js';
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

const TIERS: ProgramTier[] = ['生活保護', '低所得Ⅰ', '低所得Ⅱ', '一般所得Ⅰ', '一般所得Ⅱ', '上位所得'];
const programArb: fc.Arbitrary<PublicProgram> = fc.oneof(
  fc.record({ kind: fc.constant('nanbyo' as const), tier: fc.constantFrom(...TIERS), highCostLongTerm: fc.boolean(), ventilator: fc.boolean() }),
  fc.record({ kind: fc.constant('shoman' as const), tier: fc.constantFrom(...TIERS), severe: fc.boolean(), ventilator: fc.boolean() }),
  fc.record({ kind: fc.constant('tokutei' as const), dialysisHighIncome: fc.boolean() }),
  fc.record({ kind: fc.constant('local' as const), id: fc.constant('city'), rate: fc.constantFrom('0', '0.1', '0.2'), monthlyCap: fc.option(fc.constantFrom(0, 1000, 5000), { nil: undefined }) }),
);
const keyOf = (p: PublicProgram) => (p.kind === 'local' ? p.id : p.kind);

/**
 * A random plan where each person may hold one certificate, valid over a random span of
 * months, and each insured line or meal may name it. Returns the plan with and without them.
 */
export function programPlanArb(overrides: Partial<Shape> = {}): fc.Arbitrary<{ plan: CarePlan; without: CarePlan }> {
  return fc
    .tuple(planArb(overrides), fc.array(fc.option(programArb, { nil: undefined }), { minLength: 2, maxLength: 2 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      fc.option(fc.tuple(monthArb, monthArb), { nil: undefined }))
    .map(([without, programs, marks, span]) => {
      const people = without.people!.map((person, i) => {
        const program = programs[i];
        if (!program) return person;
        const period = span ? { from: span[0] < span[1] ? span[0] : span[1], to: span[0] < span[1] ? span[1] : span[0] } : {};
        return { ...person, programs: [{ ...program, ...period }] };
      });
      const items = without.items.map((item, i) => {
        const holder = people.find((p) => p.id === (item.person ?? people[0].id));
        const program = holder?.programs?.[0];
        return program && marks[i] && (item.kind === 'insured' || item.kind === 'meals') ? { ...item, program: keyOf(program) } : item;
      });
      return { plan: { ...without, people, items }, without };
    });
}
