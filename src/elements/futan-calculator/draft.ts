import { parseAmount, type AmountOptions } from '../../engine/read/parse-amount.js';
import { parseDateText, parseMonthText } from '../../engine/read/parse-date.js';
import { formatMonth } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { keptPlan, type KeptFields } from './kept-fields.js';
import type { BracketInput, BracketPeriod, CareItem, CareKind, CarePlan, Message, Payer, Person, PlanIssue, ProgramTier, PublicProgram, Scheme, Setting, TierPeriod, YenInput } from '../../engine/index.js';

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
  /** 入院 or 外来; '' while the counselor has still to choose (a new line is not guessed). */
  setting: Setting | '';
  payer: Payer;
  facility: string;
  label: string;
  person: string;
  /** The course of treatment the plan gave this line ('' when none). */
  course: string;
  /**
   * The certificate that covers this line ('nanbyo', 'shoman', 'tokutei' or a local id); '' for
   * the person's certificate that covers their care by default (see `coversCare`), if any;
   * NOT_COVERED when the counselor took the line out of it.
   */
  program: string;
  /** How a private rider pays a fee it covers: back to the patient later (default) or to the hospital. */
  riderPayment: '' | 'reimbursement' | 'direct';
  /** Visits (outpatient) or days (inpatient) the line stands for, as typed: asked where a subsidy charges per visit. */
  visits: string;
  /** What the counselor should type here (a scenario's hint where the source gives no price). */
  hint?: Message;
  /** What the plan gave for the line that the calculator has no field for (its day, dental, tax flags). */
  kept?: KeptFields;
}


export interface DraftPerson {
  key: number;
  id: string;
  label: string;
  /** The date of birth as typed (1974-05-12, 昭和49年5月12日). */
  birthDate: string;
  age: string;
  /** Certificates of public programmes and 特定疾病 the person holds. */
  programs: DraftProgram[];
  /** The person's own income bracket; '' for the plan's. */
  bracket: string;
  /** The person's own bracket from a month on (a 後期 parent redetermined in August). */
  brackets: DraftPeriod[];
  /** '' lets the engine decide (the first person insured, the others dependents). */
  role: '' | 'insured' | 'dependent';
  /** Under another insurer (a spouse's own 健保): counted apart for 世帯合算 and 多数回. */
  otherInsurer: boolean;
  /** The other insurer's kind; '' while not chosen (the plan then names none). */
  otherScheme: Scheme | '';
  otherBracket: string;
  /** What the plan gave for the person, and for their other insurer, beyond these fields (a copay rate, its 多数回 months). */
  kept?: KeptFields;
  keptInsurance?: KeptFields;
}

export type ProgramKind = 'nanbyo' | 'shoman' | 'tokutei' | 'local';
export const PROGRAM_KINDS: readonly ProgramKind[] = ['nanbyo', 'shoman', 'tokutei', 'local'];
export const PROGRAM_TIERS: readonly ProgramTier[] = ['生活保護', '低所得Ⅰ', '低所得Ⅱ', '一般所得Ⅰ', '一般所得Ⅱ', '上位所得'];

/**
 * A change from a month on, as typed: a bracket (「2027年8月から エ」) or a certificate's 階層区分
 * (「2027年1月から 一般所得Ⅱ」). The month is kept as typed until it is read.
 */
export interface DraftPeriod {
  key: number;
  from: string;
  /** The bracket or tier from then on; '' while not chosen. */
  value: string;
}

export const newPeriod = (from = ''): DraftPeriod => ({ key: newKey(), from, value: '' });

/** A certificate as typed: months and amounts kept as text until they are read. */
export interface DraftProgram {
  key: number;
  kind: ProgramKind;
  /** 階層区分, for 指定難病 and 小児慢性. */
  tier: string;
  /** The 階層区分 from a month on (a renewal). */
  tiers: DraftPeriod[];
  from: string;
  to: string;
  highCostLongTerm: boolean;
  ventilator: boolean;
  severe: boolean;
  dialysisHighIncome: boolean;
  /** A local programme's id, label, copay rate and monthly cap. */
  id: string;
  label: string;
  rate: string;
  monthlyCap: string;
  /** A local subsidy's shape: a rate (default) or a fixed charge per visit (day), and how many visits a month are charged. */
  charge: 'rate' | 'perVisit';
  perVisit: string;
  visitsCharged: string;
  /** Caps on outpatient and on inpatient care, beside or instead of the month's. */
  outpatientCap: string;
  inpatientCap: string;
  /** The subsidy pays the hospital meal charge too. */
  coversMeals: boolean;
  /** 償還払い: the window charges the copay as if there were no subsidy; the city pays it back later. */
  reimbursed: boolean;
  /** What the plan gave for the certificate that the calculator has no field for (tier changes, a local subsidy's shape). */
  kept?: KeptFields;
  /**
   * Covers the person's insured care (and, for 指定難病 and 小児慢性, their meals) in its months,
   * but for lines taken out of it. Set for a certificate the counselor adds; a plan from outside
   * keeps the links it gives (read-plan.ts sets it only where they already say as much).
   */
  coversCare: boolean;
}

/** A line's `program` when the counselor has taken it out of the person's certificate. */
export const NOT_COVERED = '-';

/** The key a line names its programme by: the kind, or a local programme's id. */
export const programKey = (program: DraftProgram): string => (program.kind === 'local' ? program.id : program.kind);

/**
 * The field a certificate still needs before it can count: the 階層区分 of 指定難病 and 小児慢性
 * (the cap depends on it), and for a municipal one its rate or cap (without either it would
 * count as paying everything). Until then it is left out of the plan and the rest of the answer stands.
 */
export function missingField(program: DraftProgram): 'tier' | 'rate' | undefined {
  if ((program.kind === 'nanbyo' || program.kind === 'shoman') && !program.tier) return 'tier';
  if (program.kind === 'local' && !localCharges(program)) return 'rate';
  return undefined;
}

/** Whether a local subsidy says what the patient pays under it: a rate, a charge per visit, or a cap. */
function localCharges(program: DraftProgram): boolean {
  const given = (text: string) => text.trim() !== '';
  const charge = program.charge === 'perVisit' ? given(program.perVisit) : given(program.rate);
  return charge || given(program.monthlyCap) || given(program.outpatientCap) || given(program.inpatientCap);
}

/** The kinds of line a certificate covers by default: insured care, and meals under 指定難病, 小児慢性 and a subsidy that pays them. */
export function coversKind(program: DraftProgram, kind: CareKind): boolean {
  return kind === 'insured' || (kind === 'meals' && (program.kind === 'nanbyo' || program.kind === 'shoman' || (program.kind === 'local' && program.coversMeals)));
}

/** National programmes come before a municipal one (RULES.md §9: national first, local last). */
const NATIONAL_FIRST = (a: DraftProgram, b: DraftProgram) => Number(a.kind === 'local') - Number(b.kind === 'local');

/** Whether a certificate's months (as typed; one that cannot be read limits nothing yet) include `month`. */
function validIn(program: DraftProgram, month: string): boolean {
  const from = parseMonthText(program.from);
  const to = parseMonthText(program.to);
  return !(program.from.trim() && from.ok && month < from.value) && !(program.to.trim() && to.ok && month > to.value);
}

/** A certificate's name: a municipal subsidy by its own name. */
export const certificateName = (msg: Messages, program: DraftProgram): string => (program.kind === 'local' ? program.label || msg.programKinds.local : msg.programKinds[program.kind]);

/**
 * The certificates that cover a line of `person` in `month` by default, national first: the
 * first national one (as before local subsidies could stack), then every local subsidy, which
 * the engine applies after it (RULES.md §9: 小慢 with 子ども医療費, 指定難病 with a municipal subsidy).
 */
export function defaultPrograms(person: DraftPerson | undefined, kind: CareKind, month: string): DraftProgram[] {
  const covering = (person?.programs ?? []).filter((p) => p.coversCare && !missingField(p) && coversKind(p, kind) && validIn(p, month)).sort(NATIONAL_FIRST);
  const national = covering.find((p) => p.kind !== 'local');
  return [...(national ? [national] : []), ...covering.filter((p) => p.kind === 'local')];
}

/** The programme key(s) a line of the plan names: its own choice, none when taken out, else its person's default. */
function lineProgram(line: DraftLine, month: string, people: readonly DraftPerson[]): string | string[] {
  if (line.program === NOT_COVERED) return '';
  const person = people.find((p) => p.id === line.person);
  if (line.program) {
    // A link to a certificate still missing its tier is left out with it.
    const named = person?.programs.find((p) => programKey(p) === line.program);
    return named && missingField(named) ? '' : line.program;
  }
  const keys = defaultPrograms(person, line.kind, month).map(programKey);
  return keys.length > 1 ? keys : (keys[0] ?? '');
}

/** Whether a line's programmes (one or a list) include `key`. */
export const namesProgram = (program: CareItem['program'], key: string): boolean => (Array.isArray(program) ? program.includes(key) : program === key);

/** A certificate and the person who holds it, by their keys. */
export interface CertificateRef {
  person: number;
  program: number;
}

/** A new certificate; a local one gets an id no other certificate of the person has. */
export function newProgram(kind: ProgramKind, others: readonly DraftProgram[] = []): DraftProgram {
  let id = '';
  if (kind === 'local') for (let n = 1; !id || others.some((p) => p.id === id); n++) id = `local-${n}`;
  return {
    key: newKey(), kind, tier: '', tiers: [], from: '', to: '', highCostLongTerm: false, ventilator: false, severe: false, dialysisHighIncome: false, id, label: '', rate: '', monthlyCap: '',
    charge: 'rate', perVisit: '', visitsCharged: '', outpatientCap: '', inpatientCap: '', coversMeals: false, reimbursed: false, coversCare: true,
  };
}

export function newPerson(id: string, key = newKey()): DraftPerson {
  return { key, id, label: '', birthDate: '', age: '', programs: [], bracket: '', brackets: [], role: '', otherInsurer: false, otherScheme: '', otherBracket: '' };
}

export interface Draft {
  title: string;
  scheme: Scheme;
  bracket: string;
  /** The household's bracket from a month on (国保・後期 each August, 健保 each September). */
  brackets: DraftPeriod[];
  /** 標準報酬月額 as typed. */
  remuneration: string;
  priorMonths: string[];
  capAtWindow: boolean;
  supplementary: boolean;
  /** 付加給付's deductible as typed. */
  deductible: string;
  /** Copays already counted toward this year's annual cap before the plan, as typed. */
  annualCountedBefore: string;
  /** The earlier 高額療養費 months were at other facilities. */
  priorElsewhere: boolean;
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
  /** What the plan gave beyond these fields: its receipts and overrides, its insurance's and 付加給付's other settings. */
  kept?: { plan?: KeptFields; insurance?: KeptFields; supplementary?: KeptFields };
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
    brackets: [],
    remuneration: '',
    priorMonths: [],
    capAtWindow: true,
    supplementary: false,
    deductible: DEFAULT_DEDUCTIBLE,
    annualCountedBefore: '',
    priorElsewhere: false,
    totalIncome: '',
    taxableIncome: '',
    people: [newPerson(PATIENT_ID)],
    lines: [],
    freeCourse: '',
    patientName: '',
    counselor: '',
    notes: '',
  };
}

export function newLine(kind: CareKind, month: string, person = PATIENT_ID): DraftLine {
  return {
    key: newKey(), month, kind, amount: '', amountText: '', meals: '', visits: '', person, facility: '', label: '', course: '', program: '', riderPayment: '',
    setting: kind === 'meals' || kind === 'insured' ? 'inpatient' : 'outpatient',
    payer: kind === 'trial' ? 'sponsor' : 'patient',
  };
}

const hasPayer = (kind: CareKind) => kind !== 'insured' && kind !== 'meals';
const hasSetting = (kind: CareKind) => kind === 'insured';

/** A line counts once something was typed as its amount (or, for meals, its number of meals). */
export function isFilled(line: DraftLine): boolean {
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
  /**
   * Household members on another insurer whose bracket is still to be chosen: they and their
   * lines are left out of the plan until it is, so the rest of the household's answer stands.
   */
  waitingPeople: number[];
  /** Certificates left out of the plan until a field is chosen, with that field. */
  unfinished: (CertificateRef & { field: 'tier' | 'rate' })[];
  /** Certificates in the plan and the number of its lines each covers (0: it changes nothing). */
  applied: (CertificateRef & { lines: number })[];
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

/** Meals as typed: a count (90, 90食), or days in hospital (30日), three meals a day. */
function mealsOf(typed: string): number {
  const days = /^(\d{1,3})\s*日$/.exec(typed.normalize('NFKC').trim());
  return days ? Number(days[1]) * MEALS_A_DAY : wholeNumberOf(typed, '食');
}
const MEALS_A_DAY = 3;

/** Visits as typed (4, 4回) or, in hospital, days (10日). */
const visitsOf = (typed: string) => wholeNumberOf(typed.normalize('NFKC').trim().replace(/日$/, '回'), '回');

/**
 * A change of bracket must fall in the plan's months: before the first it leaves the bracket
 * given for the plan unused, after the last it changes nothing, and either is more likely a
 * mistyped year than meant. Said at its month's field; the months are those of the plan's lines.
 */
function outsideThePlan(periods: readonly DraftPeriod[], items: readonly CareItem[], path: string, issues: PlanIssue[]): void {
  const months = items.map((i) => i.month).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!months.length) return;
  const [first, last] = [months[0], months.at(-1)!];
  periods.forEach((period, i) => {
    const read = parseMonthText(period.from);
    if (read.ok && (read.value < first || read.value > last)) issues.push({ path: `${path}[${i}].from`, code: 'period-outside-plan', message: CHANGE_OUTSIDE(first, last) });
  });
}

const CHANGE_OUTSIDE = (first: string, last: string): Message => ({
  ja: `所得区分が変わる月は、計画の月（${formatMonth(first, 'ja')}〜${formatMonth(last, 'ja')}）の中にしてください。`,
  en: `The month the bracket changes must be within the plan's months (${formatMonth(first, 'en')} to ${formatMonth(last, 'en')}).`,
});

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
  const person: Person = { ...p.kept, id: p.id };
  if (p.label) person.label = p.label;
  if (p.birthDate.trim() !== '') {
    const read = parseDateText(p.birthDate);
    person.birthDate = read.ok ? read.value : p.birthDate;
    if (!read.ok) issues.push({ path: `people[${index}].birthDate`, code: 'bad-date', message: read.message });
  } else if (p.age.trim() !== '') person.age = wholeNumberOf(p.age, '歳');
  if (p.bracket) person.bracket = p.bracket as BracketInput;
  if (p.brackets.length) person.brackets = periodsOf(p.brackets, 'bracket', `people[${index}].brackets`, issues) as BracketPeriod[];
  if (p.role) person.role = p.role;
  if (p.otherInsurer) person.insurance = { ...p.keptInsurance, ...(p.otherScheme && { scheme: p.otherScheme }), ...(p.otherBracket && { bracket: p.otherBracket as BracketInput }) };
  const counted = p.programs.filter((program) => !missingField(program));
  if (counted.length) person.programs = counted.map((program, j) => programOf(program, `people[${index}].programs[${j}]`, issues));
  return person;
}

/** A certificate of the plan: months read as typed (R8.12), a local cap read as an amount. */
function programOf(p: DraftProgram, path: string, issues: PlanIssue[]): PublicProgram {
  const months: { from?: string; to?: string } = {};
  for (const key of ['from', 'to'] as const) {
    if (!p[key].trim()) continue;
    const read = parseMonthText(p[key]);
    months[key] = read.ok ? read.value : p[key];
    if (!read.ok) issues.push({ path: `${path}.${key}`, code: 'bad-month', message: read.message });
  }
  return { ...p.kept, ...ownFieldsOf(p, months, path, issues) } as PublicProgram;
}

/**
 * Changes from a month on, as the plan says them: the month read as typed (R9.8, 2027年8月), one
 * that cannot be read reported at its field; a value not chosen yet is left out, for validate()
 * to ask for it at its field.
 */
function periodsOf(periods: readonly DraftPeriod[], key: 'bracket' | 'tier', path: string, issues: PlanIssue[]): (BracketPeriod | TierPeriod)[] {
  return periods.map((period, i) => {
    const read = parseMonthText(period.from);
    if (period.from.trim() && !read.ok) issues.push({ path: `${path}[${i}].from`, code: 'bad-month', message: read.message });
    const from = read.ok ? read.value : period.from;
    return (period.value ? { from, [key]: period.value } : { from }) as BracketPeriod | TierPeriod;
  });
}

/** The fields of a certificate the calculator has controls for, as the plan says them. */
function ownFieldsOf(p: DraftProgram, months: { from?: string; to?: string }, path: string, issues: PlanIssue[]): PublicProgram {
  const tier = p.tier as ProgramTier;
  switch (p.kind) {
    case 'nanbyo':
      return { kind: 'nanbyo', tier, ...months, ...tiersOf(p, path, issues), ...(p.highCostLongTerm && { highCostLongTerm: true }), ...(p.ventilator && { ventilator: true }) };
    case 'shoman':
      return { kind: 'shoman', tier, ...months, ...tiersOf(p, path, issues), ...(p.severe && { severe: true }), ...(p.ventilator && { ventilator: true }) };
    case 'tokutei':
      return { kind: 'tokutei', ...months, ...(p.dialysisHighIncome && { dialysisHighIncome: true }) };
    case 'local': {
      const amount = (key: 'monthlyCap' | 'outpatientCap' | 'inpatientCap' | 'perVisit') => {
        const read = typedAmount(p[key], `${path}.${key}`, issues);
        return read ? { [key]: read } : {};
      };
      // Only the fields of the charge chosen go to the plan: a rate and a charge per visit are one or the other.
      const charge = p.charge === 'perVisit'
        ? { ...amount('perVisit'), ...(p.visitsCharged.trim() && { visitsCharged: wholeNumberOf(p.visitsCharged, '回') }) }
        : p.rate.trim() ? { rate: p.rate.normalize('NFKC').trim() } : {};
      return {
        kind: 'local', id: p.id, ...months, ...(p.label.trim() && { label: p.label.trim() }), ...charge,
        ...amount('monthlyCap'), ...amount('outpatientCap'), ...amount('inpatientCap'),
        ...(p.coversMeals && { meals: true }), ...(p.reimbursed && { payment: 'reimbursement' as const }),
      };
    }
  }
}

const tiersOf = (p: DraftProgram, path: string, issues: PlanIssue[]) => (p.tiers.length ? { tiers: periodsOf(p.tiers, 'tier', `${path}.tiers`, issues) as TierPeriod[] } : {});

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

/** A subsidy charging per visit among the programmes a line names, if any: the line's visits are then needed. */
function chargingPerVisit(person: DraftPerson | undefined, program: string | string[]): DraftProgram | undefined {
  const keys = Array.isArray(program) ? program : [program];
  return person?.programs.find((p) => p.kind === 'local' && p.charge === 'perVisit' && p.perVisit.trim() && keys.includes(p.id));
}

/** Said at the line, in the counselor's words (the engine's names the field of the plan). */
const VISITS_NEEDED = (name: string): Message => ({
  ja: `${name || '自治体の医療費助成'}は1回（入院は1日）ごとの負担です。この明細の受診回数（入院は日数）を明細の「詳細」で入力してください。`,
  en: `${name || 'The municipal subsidy'} charges per visit (per day in hospital): enter this line's visits (days in hospital) under its “More”.`,
});

const CHOOSE_SETTING: Message = { ja: '入院か外来かを選んでください。', en: 'Choose inpatient or outpatient.' };
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
  const waiting = draft.people.slice(1).filter(isWaiting);
  for (const line of draft.lines) {
    if (!isFilled(line)) {
      unfilled.push(line.key);
      continue;
    }
    if (waiting.some((p) => p.id === line.person)) continue;
    const month = parseMonthText(line.month);
    if (!month.ok) issues.push({ path: `items[${items.length}].month`, code: 'bad-month', message: month.message });
    const item: CareItem = { ...line.kept, month: month.ok ? month.value : line.month, kind: line.kind, person: line.person };
    if (line.kind === 'insured' && line.visits.trim() !== '') item.visits = visitsOf(line.visits);
    if (line.kind === 'meals' && line.meals.trim() !== '') item.meals = mealsOf(line.meals);
    else if (line.amountError) issues.push({ path: `items[${items.length}].amount`, code: 'not-an-amount', message: line.amountError });
    else item.amount = line.amount;
    if (hasSetting(line.kind) && line.setting) item.setting = line.setting;
    else if (hasSetting(line.kind)) issues.push({ path: `items[${items.length}].setting`, code: 'choose-setting', message: CHOOSE_SETTING });
    if (hasPayer(line.kind)) item.payer = line.payer;
    if (line.facility.trim()) item.facility = line.facility.trim();
    if (line.label.trim()) item.label = line.label.trim();
    const course = line.course || courseOf(line.kind, draft.freeCourse);
    if (course) item.course = course;
    // A list of programmes the plan gave (kept as given) stands until the counselor chooses one.
    const givenList = !line.program && Array.isArray(line.kept?.program);
    const program = givenList ? '' : lineProgram(line, item.month, draft.people);
    if (program) item.program = program;
    const perVisit = item.visits === undefined && line.kind === 'insured' ? chargingPerVisit(draft.people.find((p) => p.id === line.person), program) : undefined;
    if (perVisit) issues.push({ path: `items[${items.length}].visits`, code: 'visits-required', message: VISITS_NEEDED(perVisit.label.trim()) });
    if (line.riderPayment && line.kind !== 'insured' && line.kind !== 'meals' && line.payer === 'privateInsurance') item.riderPayment = line.riderPayment;
    items.push(item);
    lineKeys.push(line.key);
  }
  const [patient, ...household] = draft.people;
  const patientKnown = patient.birthDate.trim() !== '' || patient.age.trim() !== '';
  const plan: CarePlan = {
    ...keptPlan(draft, lineKeys),
    insurance: { ...draft.kept?.insurance, scheme: draft.scheme, capAtWindow: draft.capAtWindow, priorHighCostMonths: [...draft.priorMonths].sort() },
    items,
  };
  if (draft.bracket) plan.insurance.bracket = draft.bracket as CarePlan['insurance']['bracket'];
  if (draft.brackets.length) {
    plan.insurance.brackets = periodsOf(draft.brackets, 'bracket', 'insurance.brackets', issues) as BracketPeriod[];
    outsideThePlan(draft.brackets, items, 'insurance.brackets', issues);
  }
  const remuneration = typedAmount(draft.remuneration, 'insurance.monthlyRemuneration', issues);
  if (remuneration) plan.insurance.monthlyRemuneration = remuneration;
  const countedBefore = typedAmount(draft.annualCountedBefore, 'insurance.annualCountedBefore', issues);
  if (countedBefore) plan.insurance.annualCountedBefore = countedBefore;
  if (draft.priorElsewhere) plan.insurance.priorElsewhere = true;
  const deductible = draft.supplementary ? typedAmount(draft.deductible, 'insurance.supplementary.deductible', issues) : '';
  if (deductible) plan.insurance.supplementary = { ...draft.kept?.supplementary, deductible };
  // A member just added, with nothing typed and no lines, is not part of the plan yet (and so not an error).
  const counted = [patient, ...household.filter((p) => !waiting.includes(p) && (p.birthDate.trim() || p.age.trim() || p.label.trim() || p.programs.length || items.some((i) => i.person === p.id)))];
  if (patientKnown || counted.length > 1) {
    plan.people = counted.map((p, i) => personOf(p, i, issues));
    counted.forEach((p, i) => p.brackets.length && outsideThePlan(p.brackets, items, `people[${i}].brackets`, issues));
  }
  if (draft.totalIncome || draft.taxableIncome) {
    plan.tax = {};
    if (draft.totalIncome) plan.tax.totalIncome = draft.totalIncome;
    if (draft.taxableIncome) plan.tax.taxableIncome = draft.taxableIncome;
  }
  if (draft.title.trim()) plan.title = draft.title.trim();
  const selfPay = selfPayCoursesOf(draft);
  if (selfPay.length) plan.selfPayCourses = selfPay;
  else delete plan.selfPayCourses;
  return { plan, issues, lineKeys, unfilled, personKeys: (plan.people ? counted : [patient]).map((p) => p.key), waitingPeople: waiting.map((p) => p.key), ...certificatesOf(draft, items) };
}

/**
 * The courses computed as self-pay: the one the counselor's 「はい、同じ治療の一部です」 put the
 * 自由診療 and insured care in, and any other course a plan from outside named so.
 */
export function selfPayCoursesOf(draft: Draft): string[] {
  const given = draft.kept?.plan && Object.hasOwn(draft.kept.plan, 'selfPayCourses') ? draft.kept.plan.selfPayCourses : undefined;
  const named = Array.isArray(given) ? given.filter((c) => c !== ONE_COURSE) : [];
  const answered = draft.freeCourse === 'one' && draft.lines.some((l) => l.kind === 'free' && (l.course || ONE_COURSE) === ONE_COURSE);
  return answered ? [...named, ONE_COURSE] : named;
}

/** A member on another insurer whose bracket is not chosen yet: their caps cannot be known. */
const isWaiting = (person: DraftPerson) => person.otherInsurer && !person.otherBracket;

/** Which certificates wait for a field, and how many lines of the plan each of the others covers. */
function certificatesOf(draft: Draft, items: readonly CareItem[]): Pick<DraftResult, 'unfinished' | 'applied'> {
  const unfinished: DraftResult['unfinished'] = [];
  const applied: DraftResult['applied'] = [];
  for (const person of draft.people) {
    for (const program of person.programs) {
      const field = missingField(program);
      if (field) unfinished.push({ person: person.key, program: program.key, field });
      else applied.push({ person: person.key, program: program.key, lines: items.filter((i) => i.person === person.id && namesProgram(i.program, programKey(program))).length });
    }
  }
  return { unfinished, applied };
}

/** The amount fields of a line for a text, read as the amount input reads it. */
export function amountFields(typed: string, options: AmountOptions = {}): Pick<DraftLine, 'amount' | 'amountText' | 'amountError'> {
  if (typed.trim() === '') return { amount: '', amountText: typed, amountError: undefined };
  const parsed = parseAmount(typed, options);
  return parsed.ok ? { amount: parsed.value, amountText: typed, amountError: undefined } : { amount: '', amountText: typed, amountError: parsed.message };
}
