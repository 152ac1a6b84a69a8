import { cardCapRange, cardCaps, capOfCertificate, certificateOfCap, ELDERLY_BRACKETS, UNDER70_BRACKETS, type ProgramTier } from '../../engine/index.js';
import { formatMonth, parseDate, parseMonth, type CalendarDate } from '../../engine/calendar.js';
import { ageInMonth } from '../../engine/age.js';
import { parseDateText, parseMonthText, parseYearText } from '../../engine/read/parse-date.js';
import { amountFields, isFilled, monthsOf, newKey, newProgram, PROGRAM_TIERS, programKey, type Draft, type DraftLine, type DraftPerson, type DraftProgram, type ProgramKind } from './draft.js';

/**
 * The few questions a patient (or their family) answers on the hospital's page, in the order
 * they are asked, and how the answers turn the care the page gave into a plan. Pure: no DOM.
 * An answer of 「わからない」 is never guessed: the plan is worked out at the lowest and the
 * highest it could be, and the reader sees the range.
 */

export type AgeBand = 'under70' | '70to74' | '75plus';
export const AGE_BANDS: readonly AgeBand[] = ['under70', '70to74', '75plus'];
export const UNKNOWN = 'unknown';
type Unknown = typeof UNKNOWN;
export type Whose = 'self' | 'family';
export type CertificateAnswer = 'none' | ProgramKind;
export const CERTIFICATE_ANSWERS: readonly CertificateAnswer[] = ['none', 'nanbyo', 'shoman', 'tokutei', 'local'];

/** 後期高齢者 一般 at 2割 (一定以上所得): the bracket 一般 with a copay rate of 0.2 for the person. */
export const GENERAL_TWO_TENTHS = '一般Ⅱ';

export interface PatientAnswers {
  /** Whose costs: wording only. */
  whose: Whose | '';
  age: AgeBand | Unknown | '';
  /** A bracket of the age band, or GENERAL_TWO_TENTHS at 75 and over. */
  bracket: string;
  certificate: CertificateAnswer | Unknown | '';
  /**
   * What the card says: the monthly cap in yen for 指定難病, 小児慢性 and 特定疾病 ('20000'),
   * the copay rate for a municipal subsidy ('0', '0.1', '0.2').
   */
  cap: string;
  /** The first month of care, 'YYYY-MM'. */
  start: string;
  /** For care repeated the same each month, how many months. */
  months: number;
  /** The certificate the page's plan gives (its first) and its cap: shown chosen, kept as given until the reader answers. */
  pageCertificate: CertificateAnswer | '';
  pageCap: string;
  /** The lines of care the page gave no price for (their keys): the reader types the hospital's quote. */
  unpriced: number[];
  /** What the reader typed for them, by line key, as typed (15,000点 for insured care). */
  amounts: Record<number, string>;
}

export type QuestionId = 'whose' | 'age' | 'bracket' | 'certificate' | 'cap' | 'amounts' | 'when';

/** The certificate as the reader sees it chosen: their answer, or before it the page's. */
export const shownCertificate = (answers: PatientAnswers): PatientAnswers['certificate'] => answers.certificate || answers.pageCertificate;
/** The card's cap as the reader sees it chosen: their answer, or the page's for the page's kind. */
export const shownCap = (answers: PatientAnswers): string => answers.cap || (shownCertificate(answers) === answers.pageCertificate ? answers.pageCap : '');

/** Whether the card asks for its monthly cap (or a local subsidy its rate). */
export const asksCap = (answers: PatientAnswers): boolean => known(shownCertificate(answers)) && shownCertificate(answers) !== 'none';

/**
 * The reader's answer about the certificate, as it changes the plan: '' while it is the page's
 * own (not answered, or answered as the page gives it), so the page's certificate stands whole
 * (its months, its links, a municipal cap the questions do not ask).
 */
function certificateAnswered(answers: PatientAnswers): { certificate: string; cap: string } {
  const samePage = answers.certificate === answers.pageCertificate && (answers.cap === '' || answers.cap === answers.pageCap);
  return samePage ? { certificate: '', cap: '' } : { certificate: answers.certificate, cap: answers.cap };
}

/** The questions in the order asked; the card's cap only for a certificate that has one, the quote only where the page gave no price. */
export function questionsFor(answers: PatientAnswers): QuestionId[] {
  const withCap = asksCap(answers);
  return ['whose', 'age', 'bracket', 'certificate', ...(withCap ? ['cap' as const] : []), ...(answers.unpriced.length ? ['amounts' as const] : []), 'when'];
}

/**
 * The lines of care a reader is asked the price of: those the page left empty, but for other
 * costs (transport and the like), which the answer lists as not included.
 */
export const unpricedLines = (draft: Draft): DraftLine[] => draft.lines.filter((l) => !isFilled(l) && l.kind !== 'other' && l.kind !== 'meals');

/** The brackets of an age band, from the lowest cost to the highest. */
export function bracketsFor(age: AgeBand | Unknown | ''): string[] {
  if (age === 'under70') return [...UNDER70_BRACKETS].reverse();
  const elderly: string[] = [...ELDERLY_BRACKETS].reverse();
  if (age === '75plus') elderly.splice(elderly.indexOf('一般') + 1, 0, GENERAL_TWO_TENTHS);
  return age === '70to74' ? elderly : age === '75plus' ? elderly : [];
}

/** A municipal subsidy's copay rates a reader may pick (the municipality sets the rest of its shape). */
const LOCAL_RATES = ['0', '0.1', '0.2'];

/** What a card of this kind may say, from the lowest cost to the highest: the engine's programme tables, and a subsidy's rates. */
export function capsFor(certificate: PatientAnswers['certificate']): string[] {
  if (certificate === 'nanbyo' || certificate === 'shoman' || certificate === 'tokutei') return cardCaps(certificate);
  return certificate === 'local' ? LOCAL_RATES : [];
}

/** Brackets of households exempt from resident tax: their certificate tiers are the 低所得 ones. */
const NON_TAXED = new Set(['オ', '低所得Ⅱ', '低所得Ⅰ']);

/** The certificate a card's monthly cap stands for (RULES.md §8, read by the engine's certificateOfCap). */
function certificateOf(kind: ProgramKind, cap: string, bracket: string): DraftProgram {
  const program = newProgram(kind);
  if (kind === 'tokutei') program.dialysisHighIncome = cap === cardCaps('tokutei')[1];
  if (kind === 'local') program.rate = cap;
  if (kind !== 'nanbyo' && kind !== 'shoman') return program;
  const card = certificateOfCap(kind, cap, NON_TAXED.has(bracket));
  if (!card) return program;
  const lower = kind === 'nanbyo' ? { highCostLongTerm: card.reduced } : { severe: card.reduced };
  return Object.assign(program, { tier: card.tier, ventilator: card.ventilator }, lower);
}

/** The cap a certificate of the plan stands at, as the card prints it: the answer it starts from. */
function capOf(program: DraftProgram): string {
  if (program.kind === 'tokutei') return cardCaps('tokutei')[program.dialysisHighIncome ? 1 : 0];
  if (program.kind === 'local') return LOCAL_RATES.includes(program.rate) ? program.rate : '';
  if (!(PROGRAM_TIERS as readonly string[]).includes(program.tier)) return '';
  const reduced = program.kind === 'nanbyo' ? program.highCostLongTerm : program.severe;
  return capOfCertificate(program.kind, { tier: program.tier as ProgramTier, reduced, ventilator: program.ventilator }) ?? '';
}

/** A birth year as people write it: 1955, 1955年, 昭和30, 昭和30年, S30, 平成元年 (the engine reads the eras); undefined otherwise. */
export const birthYearOf = (text: string): number | undefined => parseYearText(text);

/**
 * The age band a birth year gives in the first month of care. Without the birthday the age is
 * one of two; where they fall in two bands, the younger is taken: its caps are the higher, so
 * the estimate is not too low. `certain` says whether the birthday could change it.
 */
export function bandOfBirthYear(year: number, month: string): { band: AgeBand; certain: boolean } {
  const index = parseMonth(month);
  // Born on the year's last day, and on its first: the engine's rule (70 from the month after the birthday) for each.
  const [younger, older] = [{ year, month: 12, day: 31 }, { year, month: 1, day: 1 }].map((birth) => (index === undefined ? 'under70' : bandOf(ageInMonth({ birth }, index).band)));
  return { band: younger, certain: younger === older };
}

/** The age band of a person in a month, by the engine's own rule (70 from the month after the birthday). */
export function bandAt(person: DraftPerson, month: string | undefined): AgeBand | undefined {
  const index = month ? parseMonth(month) : undefined;
  if (index === undefined) return undefined;
  let source: { birth?: CalendarDate; age?: number } | undefined;
  if (person.birthDate.trim()) {
    const born = parseDateText(person.birthDate);
    source = born.ok ? { birth: parseDate(born.value) } : undefined;
  } else if (person.age.trim()) {
    const age = Number(person.age.normalize('NFKC').replace(/歳$/, '').trim());
    source = Number.isInteger(age) && age >= 0 ? { age } : undefined;
  }
  if (!source) return undefined;
  return bandOf(ageInMonth(source, index).band);
}

/** The patient's question's band of the engine's (70 from the month after the birthday, 75 with 後期高齢者). */
const bandOf = (band: ReturnType<typeof ageInMonth>['band']): AgeBand => (band === 'late75' ? '75plus' : band === 'elderly70' ? '70to74' : 'under70');

/** Lines of care repeated the same each month (a monthly infusion): the number of months, else 0. */
export function repeatedMonths(draft: Draft): number {
  const filled = draft.lines.filter(isFilled);
  const indexes = filled.map(monthIndexOf);
  if (indexes.some((m) => m === undefined)) return 0;
  const months = [...new Set(indexes as number[])].sort((a, b) => a - b);
  if (months.length < 2 || months.some((m, i) => m !== months[0] + i)) return 0;
  const signature = (month: number) => filled.filter((_, i) => indexes[i] === month)
    .map((l) => [l.kind, l.amount, l.setting, l.payer, l.meals, l.person, l.label].join('|')).sort().join('\n');
  const pattern = signature(months[0]);
  return months.every((m) => signature(m) === pattern) ? months.length : 0;
}

/**
 * The answers the page's plan already gives (its example patient's age band, bracket and
 * certificate, and the months of care): the reader sees them chosen and can change each.
 */
export function answersFromPlan(draft: Draft): PatientAnswers {
  const patient = draft.people[0];
  const first = firstMonthOf(draft);
  const band = bandAt(patient, first) ?? '';
  const twoTenths = band === '75plus' && draft.bracket === '一般' && patient.kept?.copayRate === '0.2';
  const bracket = twoTenths ? GENERAL_TWO_TENTHS : bracketsFor(band).includes(draft.bracket) ? draft.bracket : '';
  // The page's certificates stand, as given, until the reader answers the question; the first is shown chosen.
  const program = patient.programs[0];
  return {
    whose: '',
    age: band,
    bracket,
    certificate: '',
    cap: '',
    pageCertificate: program ? program.kind : '',
    pageCap: program ? capOf(program) : '',
    start: first ?? '',
    months: repeatedMonths(draft),
    unpriced: unpricedLines(draft).map((l) => l.key),
    amounts: {},
  };
}

/** One answer to every question: what a plan is worked out for ('' certificate: the page's own stand). */
interface Assumption {
  age: AgeBand;
  bracket: string;
  certificate: CertificateAnswer | '';
  cap: string;
}

/**
 * Every way the answers could turn out that bounds the cost: for what is not known, the
 * lowest and the highest choice (the cost grows with the bracket and with the card's cap).
 * A certificate not known is taken as none: the reader is told a card would lower it.
 */
export function assumptionsOf(answers: PatientAnswers): Assumption[] {
  const bands = known(answers.age) ? [answers.age as AgeBand] : AGE_BANDS;
  const answered = certificateAnswered(answers);
  // Not answered (or as the page gives it): the page's own certificates stand ('' keeps them);
  // 「わからない」: none, and the reader is told a card would lower it.
  const certificate: CertificateAnswer | '' = answered.certificate === '' ? '' : known(answered.certificate) ? (answered.certificate as CertificateAnswer) : 'none';
  const result: Assumption[] = [];
  for (const age of bands) {
    const brackets = bracketsFor(age);
    const same = sameIncome(answers.bracket, age);
    const chosen = same ? [same] : ends(brackets);
    for (const bracket of chosen) {
      for (const cap of certificate === '' ? [''] : capsOpen(certificate, answered.cap, bracket)) {
        result.push({ age, bracket, certificate: certificate !== '' && cap === '' ? 'none' : certificate, cap });
      }
    }
  }
  return result;
}

/** Whether an answer was given and is not 「わからない」. */
export const known = (value: string): boolean => value !== '' && value !== UNKNOWN;

/**
 * The bracket of an age band for an income chosen before the age was known: the words are the
 * same yearly incomes (ウ and 現役並みⅠ are both 約370万〜770万円), so the choice carries over.
 */
const SAME_INCOME: Record<string, string> = { ア: '現役並みⅢ', イ: '現役並みⅡ', ウ: '現役並みⅠ', エ: '一般', オ: '低所得Ⅱ' };
export function sameIncome(bracket: string, band: AgeBand): string | undefined {
  const brackets = bracketsFor(band);
  if (brackets.includes(bracket)) return bracket;
  const elderly = SAME_INCOME[bracket];
  if (elderly && brackets.includes(elderly)) return elderly;
  const under70 = Object.keys(SAME_INCOME).find((k) => SAME_INCOME[k] === bracket);
  return under70 && brackets.includes(under70) ? under70 : undefined;
}

/**
 * The card's caps a range is worked out at: the one answered, or the lowest and highest the
 * household could have. 指定難病 and 小児慢性 tiers follow the resident tax, as the brackets do:
 * a household exempt from it has a 低所得 tier, any other a 一般所得 or 上位所得 one (生活保護 and
 * 人工呼吸器等 are left out: who has them knows). A municipal subsidy not known may be none.
 */
function capsOpen(certificate: CertificateAnswer, cap: string, bracket: string): string[] {
  if (certificate === 'none') return [''];
  const caps = capsFor(certificate);
  if (caps.includes(cap)) return [cap];
  if (certificate === 'local') return [caps[0], ''];
  if (certificate === 'tokutei') return caps;
  return cardCapRange(certificate, NON_TAXED.has(bracket));
}

/** The first and the last of a list (once when they are the same). */
const ends = <T>(list: readonly T[]): T[] => (list.length > 1 ? [list[0], list.at(-1)!] : [...list]);

/** An age in each band, for working out a band the page's own patient is not in. */
const EXAMPLE_AGE: Record<AgeBand, number> = { under70: 50, '70to74': 72, '75plus': 80 };

/**
 * The patient as the answers have them: the page's age when it falls in the band. Otherwise,
 * for an estimate, an age that does; for the workspace (no `assumed`), none: the counselor asks.
 */
function patientFor(person: DraftPerson, first: string | undefined, age: AgeBand | undefined, estimating: boolean): DraftPerson {
  if (!age) return estimating ? person : { ...person, age: '', birthDate: '' };
  if (bandAt(person, first) === age) return person;
  return { ...person, birthDate: '', age: estimating ? String(EXAMPLE_AGE[age]) : '' };
}

/** Moves a month as typed by `by` months; text that is not a month stays as it is. */
function shifted(text: string, by: number): string {
  const read = parseMonthText(text);
  return by && read.ok ? formatMonth(parseMonth(read.value)! + by) : text;
}

/** The first month of care with an amount (or of any line, before the quote is typed). */
const firstMonthOf = (draft: Draft): string | undefined => monthsOf({ ...draft, lines: draft.lines.filter(isFilled) })[0] ?? monthsOf(draft)[0];

/** The care in time: from the start month, and for repeated care over the number of months asked. */
function linesFor(draft: Draft, answers: PatientAnswers): DraftLine[] {
  const first = firstMonthOf(draft);
  const by = first && answers.start && parseMonth(answers.start) !== undefined ? parseMonth(answers.start)! - parseMonth(first)! : 0;
  const priced = (l: DraftLine) => (Object.hasOwn(answers.amounts, l.key) ? { ...l, ...amountFields(answers.amounts[l.key], { points: l.kind === 'insured' }) } : l);
  const lines = draft.lines.map((l) => ({ ...priced(l), month: shifted(l.month, by) }));
  const repeated = repeatedMonths(draft);
  if (!repeated || !answers.months || answers.months === repeated || !first) return lines;
  const start = parseMonth(first)! + by;
  const pattern = lines.filter((l) => isFilled(l) && monthIndexOf(l) === start);
  return Array.from({ length: answers.months }, (_, i) => pattern.map((l) => ({ ...l, key: newKey(), month: formatMonth(start + i) }))).flat();
}

/** A line's month as an index, when it can be read. */
function monthIndexOf(line: DraftLine): number | undefined {
  const read = parseMonthText(line.month);
  return read.ok ? parseMonth(read.value) : undefined;
}

/**
 * The page's care with the reader's answers: their age band, bracket and certificate, from the
 * month they start. `assumed` fills in what is not known, for an estimate; without it, what is
 * not known is left empty (for the counselor to ask, when the reader goes on to the workspace).
 * The page's certificates stand until the reader answers; an answer replaces those of its kind
 * (「持っていない」: all of them) and covers the care the hospital gave.
 */
export function draftFor(draft: Draft, answers: PatientAnswers, assumed?: Assumption): Draft {
  const first = firstMonthOf(draft);
  const given = (value: string) => (known(value) ? value : '');
  const age = (assumed?.age ?? given(answers.age)) as AgeBand | '';
  const bracket = assumed?.bracket ?? (given(answers.bracket) && age ? sameIncome(answers.bracket, age) ?? '' : given(answers.bracket));
  const answered = certificateAnswered(answers);
  const certificate = (assumed ? assumed.certificate : answered.certificate === UNKNOWN ? '' : answered.certificate) as CertificateAnswer | '';
  const cap = assumed?.cap ?? given(answered.cap);
  const [patient, ...others] = draft.people;
  let person = patientFor(patient, first, age || undefined, assumed !== undefined);
  const twoTenths = bracket === GENERAL_TWO_TENTHS;
  if (bracket) person = { ...person, kept: twoTenthsKept(person, twoTenths) };
  // A card whose cap is not known yet goes to the workspace without its tier, for the counselor to ask.
  const reread = certificate !== '';
  const replaced = (p: DraftProgram) => certificate === 'none' || p.kind === certificate;
  if (reread) person = { ...person, programs: [...person.programs.filter((p) => !replaced(p)), ...(certificate === 'none' ? [] : [certificateOf(certificate, cap, bracket)])] };
  const scheme = age === '75plus' ? 'kouki' : age && draft.scheme === 'kouki' ? 'kyokai' : draft.scheme;
  // Links to a certificate the answer replaced go: the reader's covers the care the hospital gave.
  const unlinked = new Set(patient.programs.filter(replaced).map(programKey));
  const lines = linesFor(draft, answers).map((l) => (reread && l.person === patient.id && unlinked.has(l.program) ? { ...l, program: '' } : l));
  // The workspace asks what the reader did not know: no bracket from the page's example.
  const householdBracket = twoTenths ? '一般' : bracket || (assumed || known(answers.age) || answers.bracket === UNKNOWN ? '' : draft.bracket);
  return { ...draft, scheme, bracket: householdBracket, capAtWindow: true, people: [person, ...others], lines };
}

/** The person's kept fields with the 2割 copay of 後期 一般Ⅱ set, or taken away again. */
function twoTenthsKept(person: DraftPerson, twoTenths: boolean): DraftPerson['kept'] {
  const rest = { ...person.kept };
  delete rest.copayRate;
  return twoTenths ? { ...rest, copayRate: '0.2' } : Object.keys(rest).length ? rest : undefined;
}
