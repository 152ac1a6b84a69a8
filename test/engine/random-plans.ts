import { toElderly } from '../../src/engine/brackets.js';
import { validate, type CareItem, type CarePlan, type Insurance, type Person, type ProgramTier, type PublicProgram, type Under70Bracket } from '../../src/engine/index.js';

/**
 * Random plans from a seeded generator, so that every run checks the same plans and a failure
 * names the seed and the index that replay it. They hold what makes the monthly settlement
 * hard: households of several ages (children, under 70, 70–74, a 75th birthday in the plan,
 * 75+), members under their own insurer, 指定難病, 小慢, 特定疾病 and municipal certificates
 * (some valid only part of the time, some whose tier changes, several on one line), brackets that
 * change inside the plan (the household's and a 70+ member's own), the card at some windows and
 * months only, lines dispensed at an outside pharmacy, local subsidies of every shape (a charge
 * per visit, caps by setting or per facility, meals covered, paid at the window or reimbursed
 * later), 付加給付, 多数回 history, meals and
 * fees outside insurance.
 */

/** mulberry32: a small, fast 32-bit generator; the same seed gives the same numbers. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** An amount spread over the orders of magnitude, so that small receipts (under 21,000) come up too. */
  fee(max: number): number {
    const amount = this.chance(0.5) ? this.next() * max : Math.pow(10, 3 + this.next() * (Math.log10(max) - 3));
    return Math.round(amount / 10) * 10;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthText = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
const TIERS: ProgramTier[] = ['生活保護', '低所得Ⅰ', '低所得Ⅱ', '一般所得Ⅰ', '一般所得Ⅱ', '上位所得'];
const UNDER70: Under70Bracket[] = ['ア', 'イ', 'ウ', 'エ', 'オ'];
const FACILITIES = ['hospital', 'clinic', 'dialysis', 'pharmacy'];
const PHARMACIES = ['ekimae', 'monzen'];
/** Ages in years at the plan's first month; 74 comes with a birthday inside the plan (the 75th). */
const AGES = [3, 8, 15, 40, 60, 69, 71, 74, 80];

function programOf(draw: Draw, age: number, first: number, last: number): PublicProgram {
  const from = draw.int(first - 2, last);
  const period = draw.chance(0.25) ? { from: monthText(from), to: monthText(last + draw.int(0, 2)) } : {};
  const kind = draw.pick(age < 18 ? ['nanbyo', 'shoman', 'shoman', 'tokutei', 'local'] as const : ['nanbyo', 'nanbyo', 'tokutei', 'local'] as const);
  // A tier that changes at a renewal inside the plan (after the certificate's start).
  const tiers = draw.chance(0.2) ? { tiers: [{ from: monthText(Math.max(from, first) + draw.int(1, 3)), tier: draw.pick(TIERS) }] } : {};
  if ('to' in period && tiers.tiers && tiers.tiers[0].from > period.to!) delete (tiers as { tiers?: unknown }).tiers;
  switch (kind) {
    case 'nanbyo':
      // 高額かつ長期: held, never, or (absent) derived from the plan's months.
      return { kind, tier: draw.pick(TIERS), ...draw.pick([{ highCostLongTerm: true }, { highCostLongTerm: false }, {}]), ventilator: draw.chance(0.1), ...period, ...tiers };
    case 'shoman':
      return { kind, tier: draw.pick(TIERS), severe: draw.chance(0.3), ventilator: draw.chance(0.1), ...period, ...tiers };
    case 'tokutei':
      return { kind, dialysisHighIncome: draw.chance(0.5), ...period };
    case 'local':
      return { kind, id: 'city', ...localShape(draw), ...period };
  }
}

/** A municipal subsidy as municipalities shape them (RULES.md §9). */
function localShape(draw: Draw): Omit<Extract<PublicProgram, { kind: 'local' }>, 'kind' | 'id'> {
  // Paid at the window (said or by default) or reimbursed later (償還払い), with the meals flag.
  const payment = draw.pick([undefined, 'window', 'reimbursement', 'reimbursement'] as const);
  const meals = { ...(draw.chance(0.3) && { meals: true }), ...(payment && { payment }) };
  switch (draw.int(0, 3)) {
    case 0:
      return { rate: draw.pick(['0', '0.1', '0.2']), ...(draw.chance(0.5) && { monthlyCap: draw.pick([0, 500, 1000, 5000]) }), ...meals };
    case 1:
      // 200 a visit (a day), up to 4 a month, across facilities or at each.
      return { perVisit: draw.pick([200, 500]), ...(draw.chance(0.7) && { visitsCharged: draw.pick([2, 4]) }), visitsPerFacility: draw.chance(0.5), ...(draw.chance(0.5) && { monthlyCap: 3000 }), ...meals };
    case 2:
      return { rate: '0.1', outpatientCap: draw.pick([1000, 3000]), inpatientCap: draw.pick([2000, 10000]), ...meals };
    default:
      return { rate: draw.pick(['0', '0.1']), monthlyCap: draw.pick([500, 1000]), perFacility: true, ...meals };
  }
}

const keyOf = (p: PublicProgram) => (p.kind === 'local' ? p.id : p.kind);

/** Whether a line's programmes include a local one that charges per visit. */
const perVisit = (programs: PublicProgram[], program: string | string[] | undefined) =>
  program !== undefined && [program].flat().some((key) => programs.some((p) => p.kind === 'local' && p.id === key && p.perVisit !== undefined));

function personOf(draw: Draw, index: number, first: number, last: number): Person {
  const age = draw.pick(AGES);
  // 74 at the start and 75 within the plan: the month of the 75th birthday is among its months.
  const birthMonth = age === 74 ? first + draw.int(0, last - first) - 75 * 12 : first - age * 12 - draw.int(0, 11);
  const person: Person = { id: ['patient', 'spouse', 'child'][index], birthDate: `${monthText(birthMonth)}-${pad(draw.pick([1, 2, 15, 28]))}` };
  const elderly = ['現役並みⅢ', '現役並みⅠ', '一般', '低所得Ⅱ', '低所得Ⅰ'] as const;
  if (age >= 70 && draw.chance(0.4)) person.bracket = draw.pick(elderly);
  // Their own bracket redetermined in the plan (a 後期 parent in August).
  if (age >= 70 && draw.chance(0.2)) person.brackets = [{ from: monthText(draw.int(first, last)), bracket: draw.pick(elderly) }];
  if (index > 0 && draw.chance(0.15)) person.insurance = { bracket: draw.pick(UNDER70), ...(draw.chance(0.5) && { scheme: 'kumiai', supplementary: { deductible: 25_000 } }) };
  if (draw.chance(0.6)) {
    const programs = [programOf(draw, age, first, last)];
    // 血友病 or dialysis with a 指定難病 certificate too: a line covered by two.
    if (programs[0].kind === 'tokutei' && draw.chance(0.3)) programs.push({ kind: 'nanbyo', tier: draw.pick(TIERS) });
    // A municipal subsidy on top (子ども医療費, マル障): applied last.
    if (draw.chance(0.3)) programs.push({ kind: 'local', id: 'town', ...localShape(draw) });
    person.programs = programs;
  }
  return person;
}

function itemOf(draw: Draw, people: Person[], first: number, last: number): CareItem {
  const person = draw.pick(people);
  const month = monthText(draw.int(first, last));
  const programs = person.programs ?? [];
  const keys = [...new Set(programs.map(keyOf))];
  let program: string | string[] | undefined = keys.length && draw.chance(0.6) ? draw.pick(keys) : undefined;
  // Several on one line, in any order (never 指定難病 with 小慢).
  if (program && keys.length > 1 && draw.chance(0.5)) {
    const other = draw.pick(keys.filter((k) => k !== program));
    if (!(['nanbyo', 'shoman'].includes(other) && ['nanbyo', 'shoman'].includes(program as string))) program = draw.chance(0.5) ? [program as string, other] : [other, program as string];
  }
  const roll = draw.next();
  if (roll < 0.72) {
    const setting = draw.pick(['inpatient', 'outpatient'] as const);
    return {
      month, kind: 'insured', person: person.id, amount: draw.fee(3_000_000), setting,
      facility: draw.pick(FACILITIES), dental: draw.chance(0.1), ...(draw.chance(0.3) && { day: draw.int(1, 28) }), ...(program && { program }),
      // Dispensed at an outside pharmacy on the facility's prescription: its own window.
      ...(setting === 'outpatient' && draw.chance(0.2) && { pharmacy: draw.pick(PHARMACIES) }),
      // Visits (days in hospital): needed under a local charge per visit, given now and then otherwise.
      ...((perVisit(programs, program) || draw.chance(0.1)) && { visits: draw.int(1, 8) }),
    };
  }
  if (roll < 0.9) {
    // Meals under 指定難病 or 小慢 (a lower charge) or a local programme (that may pay them).
    const mealProgram = program !== undefined ? { program } : {};
    return { month, kind: 'meals', person: person.id, meals: draw.int(0, 90), afterNinetyDays: draw.chance(0.2), ...mealProgram };
  }
  return { month, kind: draw.pick(['advanced', 'selected', 'other'] as const), person: person.id, amount: draw.fee(500_000), payer: 'patient' };
}

/** One random valid plan, or undefined when the draw made an invalid one (rare: a child born after the care). */
export function randomPlan(next: () => number): CarePlan | undefined {
  const draw = new Draw(next);
  const first = draw.int(2025 * 12 + 6, 2027 * 12 + 4);
  // Now and then a longer plan: 高額かつ長期 needs six months before the one it lowers.
  const last = first + draw.int(0, draw.chance(0.2) ? 9 : 5);
  const people = Array.from({ length: draw.int(1, 3) }, (_, i) => personOf(draw, i, first, last));
  const scheme = draw.pick(['kyokai', 'kumiai', 'kumiai', 'kokuho'] as const);
  const insurance: Insurance = { scheme, bracket: draw.pick(UNDER70) };
  // Redetermined inside the plan (国保 in August, 健保 in September): one or two changes.
  if (draw.chance(0.3)) {
    const change = first + draw.int(0, last - first);
    insurance.brackets = [{ from: monthText(change), bracket: draw.pick(UNDER70) }];
    if (draw.chance(0.3)) insurance.brackets.push({ from: monthText(change + draw.int(1, 3)), bracket: draw.pick(UNDER70) });
  }
  if (scheme === 'kumiai' && draw.chance(0.7)) insurance.supplementary = { deductible: draw.pick([25_000, 50_000]), ...(draw.chance(0.3) && { minimumPayout: 1000 }) };
  if (draw.chance(0.3)) insurance.priorHighCostMonths = Array.from({ length: draw.int(1, 4) }, (_, i) => monthText(first - 1 - i * draw.int(1, 2)));
  if (draw.chance(0.3)) insurance.priorElsewhere = true;
  // The card at some windows or months and not at others.
  if (draw.chance(0.3)) {
    insurance.capAtWindow = draw.chance(0.5);
    insurance.cardShown = Array.from({ length: draw.int(1, 3) }, () => ({
      shown: draw.chance(0.5),
      ...(draw.chance(0.6) && { facility: draw.pick([...FACILITIES, ...PHARMACIES]) }),
      ...(draw.chance(0.4) && { from: monthText(draw.int(first, last)) }),
    }));
  }
  const items = Array.from({ length: draw.int(1, 10) }, () => itemOf(draw, people, first, last));
  // A 指定難病 patient seen every month (a course that can make 高額かつ長期).
  for (const person of people) {
    if (!person.programs?.some((p) => p.kind === 'nanbyo') || !draw.chance(0.4)) continue;
    for (let month = first; month <= last; month++) {
      items.push({ month: monthText(month), kind: 'insured', person: person.id, amount: 40_000 + draw.fee(300_000), setting: 'outpatient', facility: 'hospital', program: 'nanbyo' });
    }
  }
  const plan: CarePlan = { insurance, people, items, overrides: { annualCapPerHousehold: draw.chance(0.3) } };
  // One bracket serves the household: give each in the form of the ages present in its months.
  for (const issue of validate(plan)) {
    if (issue.code !== 'bracket-age-mismatch') continue;
    if (issue.path === 'insurance.bracket') plan.insurance.bracket = toElderly(plan.insurance.bracket as Under70Bracket);
    const period = /^insurance\.brackets\[(\d+)\]/.exec(issue.path);
    if (period) {
      const entry = plan.insurance.brackets![Number(period[1])];
      entry.bracket = toElderly(entry.bracket as Under70Bracket);
    }
  }
  return validate(plan).length ? undefined : plan;
}

/** The same plan with the card (マイナ保険証 or 限度額適用認定証) shown at every window, or at none. */
export function withCard(plan: CarePlan, shown: boolean): CarePlan {
  return {
    ...plan,
    insurance: { ...plan.insurance, capAtWindow: shown, cardShown: undefined },
    people: plan.people?.map((p) => (p.insurance ? { ...p, insurance: { ...p.insurance, capAtWindow: shown, cardShown: undefined } } : p)),
  };
}

function shuffle<T>(list: readonly T[], next: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The plan's lines in another order, shuffled by the generator, and the lists whose order means
 * nothing shuffled too: each line's programmes and the household's bracket periods.
 */
export function shuffled(plan: CarePlan, next: () => number): CarePlan {
  const items = shuffle(plan.items, next).map((item) => (Array.isArray(item.program) ? { ...item, program: shuffle(item.program, next) } : item));
  const { brackets } = plan.insurance;
  return { ...plan, items, ...(brackets && { insurance: { ...plan.insurance, brackets: shuffle(brackets, next) } }) };
}

/** The plan with every local programme paid at the window: what a reimbursed one would be paid as there. */
export function atTheWindow(plan: CarePlan): CarePlan {
  return {
    ...plan,
    people: plan.people?.map((person) => ({
      ...person,
      programs: person.programs?.map((p): PublicProgram => (p.kind === 'local' ? { ...p, payment: 'window' } : p)),
    })),
  };
}
