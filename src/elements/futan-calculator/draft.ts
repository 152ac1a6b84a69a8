import { parseAmount } from '../../engine/parse-amount.js';
import { parseDateText, parseMonthText } from '../../engine/parse-date.js';
import type { CareItem, CareKind, CarePlan, Message, Payer, Person, PlanIssue, Scheme, Setting, YenInput } from '../../engine/index.js';

/**
 * What the counselor has typed, kept exactly as typed (nothing is lost while a value is not yet
 * valid), and the CarePlan it stands for. Pure: no DOM, no arithmetic on money.
 */
export interface DraftLine {
  key: number;
  /** The month of care as typed (2026-12, 2026年12月, R8.12). */
  month: string;
  kind: CareKind;
  /** The canonical amount, '' while none has been read. */
  amount: string;
  /** The amount as typed. */
  amountText: string;
  /** Why the typed text is not an amount, when it is not. */
  amountError?: Message;
  /** For meals: the number of meals as typed. */
  meals: string;
  setting: Setting;
  payer: Payer;
  facility: string;
  label: string;
  person: string;
  /** The course of treatment the plan gave this line ('' when none). */
  course: string;
  /** What the counselor should type here (a scenario's hint where the source gives no price). */
  hint?: Message;
}

export interface DraftPerson {
  key: number;
  id: string;
  label: string;
  /** The date of birth as typed (1974-05-12, 昭和49年5月12日). */
  birthDate: string;
  age: string;
}

export interface Draft {
  title: string;
  scheme: Scheme;
  bracket: string;
  /** 標準報酬月額 as typed. */
  remuneration: string;
  priorMonths: string[];
  capAtWindow: boolean;
  supplementary: boolean;
  /** 付加給付's deductible as typed. */
  deductible: string;
  totalIncome: string;
  taxableIncome: string;
  people: DraftPerson[];
  lines: DraftLine[];
  /**
   * The counselor's answer to the one question mixed billing turns on: is the 自由診療 part of
   * the same course of treatment as the insured care? '' while not answered.
   */
  freeCourse: FreeCourse;
  /** The patient's name, as printed on the handout. */
  patientName: string;
  /** The counselor's name (or desk), as printed on the handout. */
  counselor: string;
  /** The counselor's notes for the patient, printed on the handout. */
  notes: string;
}

/**
 * What only the handout prints: kept with the plan (the file, the tab) but never part of the
 * CarePlan, so a patient's name never leaves the calculator in an event.
 */
export type HandoutFields = Pick<Draft, 'patientName' | 'counselor' | 'notes'>;
export const HANDOUT_FIELDS: readonly (keyof HandoutFields)[] = ['patientName', 'counselor', 'notes'];

export type FreeCourse = '' | 'one' | 'separate';

/** A line of a scenario: a CareItem whose amount may be left for the counselor, with a hint. */
export type DraftItem = Omit<CareItem, 'amount'> & { amount?: YenInput; hint?: Message };
export type DraftPlan = Omit<CarePlan, 'items'> & { items: DraftItem[]; handout?: Partial<HandoutFields> };

let nextKey = 1;
export const newKey = () => nextKey++;

export const PATIENT_ID = 'patient';
const DEFAULT_DEDUCTIBLE = '25000';

export function emptyDraft(): Draft {
  return {
    title: '',
    scheme: 'kyokai',
    bracket: '',
    remuneration: '',
    priorMonths: [],
    capAtWindow: true,
    supplementary: false,
    deductible: DEFAULT_DEDUCTIBLE,
    totalIncome: '',
    taxableIncome: '',
    people: [{ key: newKey(), id: PATIENT_ID, label: '', birthDate: '', age: '' }],
    lines: [],
    freeCourse: '',
    patientName: '',
    counselor: '',
    notes: '',
  };
}

export function newLine(kind: CareKind, month: string, person = PATIENT_ID): DraftLine {
  return {
    key: newKey(), month, kind, amount: '', amountText: '', meals: '', person, facility: '', label: '', course: '',
    setting: kind === 'meals' || kind === 'insured' ? 'inpatient' : 'outpatient',
    payer: kind === 'trial' ? 'sponsor' : 'patient',
  };
}

const hasPayer = (kind: CareKind) => kind !== 'insured' && kind !== 'meals';
const hasSetting = (kind: CareKind) => kind === 'insured';

/** A line counts once something was typed as its amount (or, for meals, its number of meals). */
function isFilled(line: DraftLine): boolean {
  return line.amountText.trim() !== '' || (line.kind === 'meals' && line.meals.trim() !== '');
}

export interface DraftResult {
  plan: CarePlan;
  /** Problems the draft itself knows of (an amount that could not be read), by plan path. */
  issues: PlanIssue[];
  /** The key of the line behind each item of `plan.items`. */
  lineKeys: number[];
  /** Lines left out because nothing has been entered yet. */
  unfilled: number[];
  /** The key of the person behind each person of `plan.people`. */
  personKeys: number[];
}

/**
 * A count as typed, where full-width digits and the unit (７２歳, 20食) are normal input. Text that
 * is not a count goes to the plan as it is, for validate() to report in the counselor's words.
 */
function wholeNumberOf(typed: string, unit: string): number {
  const text = typed.normalize('NFKC').trim();
  const digits = text.endsWith(unit) ? text.slice(0, -unit.length).trim() : text;
  return /^\d{1,4}$/.test(digits) ? Number(digits) : (typed as unknown as number);
}

/** The months of care that could be read, in order. */
export function monthsOf(draft: Draft): string[] {
  const months: string[] = [];
  for (const line of draft.lines) {
    const read = parseMonthText(line.month);
    if (read.ok) months.push(read.value);
  }
  return months.sort();
}

/**
 * A person of the plan. A birth date that cannot be read goes to the plan as typed, so the plan
 * stays invalid, and the reason is reported at its path in the counselor's words.
 */
function personOf(p: DraftPerson, index: number, issues: PlanIssue[]): Person {
  const person: Person = { id: p.id };
  if (p.label) person.label = p.label;
  if (p.birthDate.trim() !== '') {
    const read = parseDateText(p.birthDate);
    person.birthDate = read.ok ? read.value : p.birthDate;
    if (!read.ok) issues.push({ path: `people[${index}].birthDate`, code: 'bad-date', message: read.message });
  } else if (p.age.trim() !== '') person.age = wholeNumberOf(p.age, '歳');
  return person;
}

/**
 * The course a line belongs to for the mixed-billing rule, from the counselor's answer: one
 * course ('main', the engine's default, named so the answer is kept in the plan), or the
 * 自由診療 as a course of its own.
 */
export function courseOf(kind: CareKind, answer: FreeCourse): string {
  if (answer === 'one') return kind === 'free' || kind === 'insured' ? ONE_COURSE : '';
  if (answer === 'separate') return kind === 'free' ? SEPARATE_COURSE : '';
  return '';
}
export const ONE_COURSE = 'main';
export const SEPARATE_COURSE = 'separate';

/** An amount field kept as typed ('30万'): its canonical value, or '' with the reason at its path. */
function typedAmount(typed: string, path: string, issues: PlanIssue[]): string {
  const read = amountFields(typed);
  if (read.amountError) issues.push({ path, code: 'not-an-amount', message: read.amountError });
  return read.amount;
}

export function draftToPlan(draft: Draft): DraftResult {
  const issues: PlanIssue[] = [];
  const items: CareItem[] = [];
  const lineKeys: number[] = [];
  const unfilled: number[] = [];
  for (const line of draft.lines) {
    if (!isFilled(line)) {
      unfilled.push(line.key);
      continue;
    }
    const month = parseMonthText(line.month);
    if (!month.ok) issues.push({ path: `items[${items.length}].month`, code: 'bad-month', message: month.message });
    const item: CareItem = { month: month.ok ? month.value : line.month, kind: line.kind, person: line.person };
    if (line.kind === 'meals' && line.meals.trim() !== '') item.meals = wholeNumberOf(line.meals, '食');
    else if (line.amountError) issues.push({ path: `items[${items.length}].amount`, code: 'not-an-amount', message: line.amountError });
    else item.amount = line.amount;
    if (hasSetting(line.kind)) item.setting = line.setting;
    if (hasPayer(line.kind)) item.payer = line.payer;
    if (line.facility.trim()) item.facility = line.facility.trim();
    if (line.label.trim()) item.label = line.label.trim();
    const course = line.course || courseOf(line.kind, draft.freeCourse);
    if (course) item.course = course;
    items.push(item);
    lineKeys.push(line.key);
  }
  const [patient, ...household] = draft.people;
  const patientKnown = patient.birthDate.trim() !== '' || patient.age.trim() !== '';
  const plan: CarePlan = {
    insurance: { scheme: draft.scheme, capAtWindow: draft.capAtWindow, priorHighCostMonths: [...draft.priorMonths].sort() },
    items,
  };
  if (draft.bracket) plan.insurance.bracket = draft.bracket as CarePlan['insurance']['bracket'];
  const remuneration = typedAmount(draft.remuneration, 'insurance.monthlyRemuneration', issues);
  if (remuneration) plan.insurance.monthlyRemuneration = remuneration;
  const deductible = draft.supplementary ? typedAmount(draft.deductible, 'insurance.supplementary.deductible', issues) : '';
  if (deductible) plan.insurance.supplementary = { deductible };
  // A member just added, with nothing typed and no lines, is not part of the plan yet (and so not an error).
  const counted = [patient, ...household.filter((p) => p.birthDate.trim() || p.age.trim() || p.label.trim() || items.some((i) => i.person === p.id))];
  if (patientKnown || counted.length > 1) plan.people = counted.map((p, i) => personOf(p, i, issues));
  if (draft.totalIncome || draft.taxableIncome) {
    plan.tax = {};
    if (draft.totalIncome) plan.tax.totalIncome = draft.totalIncome;
    if (draft.taxableIncome) plan.tax.taxableIncome = draft.taxableIncome;
  }
  if (draft.title.trim()) plan.title = draft.title.trim();
  return { plan, issues, lineKeys, unfilled, personKeys: (plan.people ? counted : [patient]).map((p) => p.key) };
}

/** The amount fields of a line for a text, read as the amount input reads it. */
export function amountFields(typed: string): Pick<DraftLine, 'amount' | 'amountText' | 'amountError'> {
  if (typed.trim() === '') return { amount: '', amountText: typed, amountError: undefined };
  const parsed = parseAmount(typed);
  return parsed.ok ? { amount: parsed.value, amountText: typed, amountError: undefined } : { amount: '', amountText: typed, amountError: parsed.message };
}
