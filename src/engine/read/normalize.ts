import { isSeventyOrOver, type AgeSource } from '../age.js';
import { isUnder70Bracket, normalizeBracket } from '../brackets.js';
import { checkRemuneration, periodAt, readBracketPeriods, type BracketPeriod } from './read-brackets.js';
import { readCardRules, type CardRule } from './read-card.js';
import { daysInMonth, formatMonth, monthNumberOf, monthOf, parseDate, parseMonth, yearOf, type CalendarDate, type MonthIndex } from '../calendar.js';
import { BRACKET_MESSAGES, FIELD_NAMES, ISSUE_MESSAGES, PHARMACY_MESSAGES, PROGRAM_MESSAGES } from './issue-messages.js';
import { MAX_VISITS, readPrograms, type NormalizedProgram } from './read-programs.js';
import { exactDecimal, rateOf, type Amount, type Rate } from '../money.js';
import {
  MAX_TEXT, field, flagAt, isRecord, readEnum, readFlag, readText, readWholeNumber, readYen, report, textAt, type Issues,
} from './read-input.js';
import { EARLIEST, elderlyTableFor, mealTableFor, under70TableFor } from '../rules/index.js';
import type { Bracket, CareKind, Message, Payer, PlanIssue, Scheme, Setting } from '../types.js';

/** The plan after validation: every value typed, defaulted and exact. */

export interface NormalizedPerson extends AgeSource {
  id: string;
  birth?: CalendarDate;
  age?: number;
  copayRate?: Rate;
  programs: NormalizedProgram[];
  /** The person's own bracket (a 72-year-old parent in an under-70 earner's household). */
  bracket?: Bracket;
  /** The person's own bracket from a month on, sorted; before the first, `bracket`. */
  brackets: BracketPeriod[];
  role: 'insured' | 'dependent';
  /** A member under another insurer: never combined with the household. */
  insurance?: NormalizedInsurance;
  label?: string;
}

export interface NormalizedItem {
  index: number;
  month: MonthIndex;
  kind: CareKind;
  amount?: Amount;
  meals?: number;
  afterNinetyDays: boolean;
  setting: Setting;
  facility: string;
  /** An outside pharmacy that dispensed on a prescription of `facility`: charged at its own window. */
  pharmacy?: string;
  /** Visits (outpatient) or days (inpatient) the line stands for, for a local charge per visit. */
  visits?: number;
  dental: boolean;
  person: string;
  payer: Payer;
  /** A private rider pays the fee back after the patient paid it at the window. */
  reimbursed: boolean;
  day?: number;
  taxExcluded: boolean;
  deductible?: boolean;
  course: string;
  /** The programmes that cover the line, in the order they apply (national first, local last); often none. */
  programs: readonly string[];
  label?: string;
}

/** The programmes of a line that names none: one shared empty list. */
export const NO_PROGRAMS: readonly string[] = Object.freeze([]);

export interface NormalizedReceipt {
  month: MonthIndex;
  amount: Amount;
  from: 'sponsor' | 'research' | 'privateInsurance';
  forItems?: number[];
  label?: string;
}

/** One insurer's settings: the plan's household, or a member under another insurer. */
export interface NormalizedInsurance {
  scheme?: Scheme;
  /** The bracket (or 標準報酬月額) before the first of `periods`; absent where the periods cover every month. */
  bracket?: Bracket;
  remuneration?: Amount;
  /** Brackets from a month on (国保・後期 each August, 健保 each September), sorted; often none. */
  periods: BracketPeriod[];
  priorHighCostMonths: MonthIndex[];
  /** Copays counted toward the annual cap before the plan (the insured person's, or the household's). */
  annualCountedBefore: Amount;
  /** The prior benefit months were at other facilities: no window there has the 多数回 history. */
  priorElsewhere: boolean;
  capAtWindow: boolean;
  /** The card per facility and month (`cardShown`): the last rule that matches decides, else `capAtWindow`. */
  cards: CardRule[];
  supplementary?: { deductible: Amount; unit: Amount; minimum: Amount };
}

/** The plan is its household insurer's settings, with the people and their care. */
export interface NormalizedPlan extends NormalizedInsurance {
  people: NormalizedPerson[];
  /** False when the plan named no people: the patient's age was then not given. */
  peopleGiven: boolean;
  items: NormalizedItem[];
  receipts: NormalizedReceipt[];
  tax: { totalIncome?: Amount; taxableIncome?: Amount };
  overrides: { mealPerMeal?: Amount; annualCapPerHousehold: boolean };
  /** Courses confirmed as one course with their 自由診療 (混合診療), trimmed as a line's course is. */
  selfPayCourses: string[];
}

/** The person a line names (a loop: it runs for every line, and a plan has a few people). */
export function personOf(plan: NormalizedPlan, id: string): NormalizedPerson {
  for (const person of plan.people) if (person.id === id) return person;
  // Normalization lets no line name anyone else.
  throw new Error(`No person ${id}`);
}

export const MAX_ITEMS = 5000;
export const MAX_PEOPLE = 20;
/** More courses than any plan has (a course is a named group of lines). */
export const MAX_SELF_PAY_COURSES = 400;
/** Every value a plan's enumerations take, in the order a form lists them. */
export const KINDS: readonly CareKind[] = ['insured', 'advanced', 'patientRequested', 'trial', 'selected', 'free', 'meals', 'other'];
export const PAYERS: readonly Payer[] = ['patient', 'research', 'sponsor', 'privateInsurance'];
export const SETTINGS: readonly Setting[] = ['inpatient', 'outpatient'];
const RIDER_PAYMENTS = ['reimbursement', 'direct'] as const;
const ROLES = ['insured', 'dependent'] as const;
const RECEIPT_SOURCES = ['sponsor', 'research', 'privateInsurance'] as const;
export const SCHEMES: readonly Scheme[] = ['kyokai', 'kumiai', 'kyosai', 'kokuho', 'kouki'];
const PATIENT_ID = 'patient';
const DEFAULT_FACILITY = 'default';
export const DEFAULT_COURSE = 'main';

function readArray(value: unknown, path: string, limit: number, issues: Issues, name: Message = FIELD_NAMES.items): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return report(issues, path, 'type', ISSUE_MESSAGES.type(name)), [];
  if (value.length > limit) return report(issues, path, 'too-many', ISSUE_MESSAGES.tooMany(limit)), [];
  return value;
}

function readRate(value: unknown, path: string, issues: Issues): Rate | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const rate = typeof text === 'string' ? exactDecimal(text.trim()) : undefined;
  if (rate && !rate.isNegative() && rate.lessThanOrEqualTo('0.3')) return rateOf(rate);
  report(issues, path, 'bad-rate', ISSUE_MESSAGES.badRate());
  return undefined;
}

function readPerson(value: unknown, path: string, index: number, issues: Issues): NormalizedPerson | undefined {
  if (!isRecord(value)) return void report(issues, path, 'type', ISSUE_MESSAGES.type(FIELD_NAMES.person));
  const id = field(value, 'id');
  if (typeof id !== 'string' || id.trim() === '' || id.length > 200) {
    report(issues, `${path}.id`, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.id));
  }
  const birthText = field(value, 'birthDate');
  const ageValue = field(value, 'age');
  let birth: CalendarDate | undefined;
  let age: number | undefined;
  if (birthText !== undefined) {
    birth = parseDate(birthText);
    if (!birth) report(issues, `${path}.birthDate`, 'bad-date', ISSUE_MESSAGES.badDate());
  }
  if (ageValue !== undefined) {
    age = readWholeNumber(ageValue, 0, 130);
    if (age === undefined) report(issues, `${path}.age`, 'bad-age', ISSUE_MESSAGES.badAge());
  }
  if (birthText === undefined && ageValue === undefined) report(issues, path, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.birth));
  const copayRate = readRate(field(value, 'copayRate'), `${path}.copayRate`, issues);
  const label = textAt(field(value, 'label'), path, 'label', issues);
  const programs = readPrograms(field(value, 'programs'), `${path}.programs`, issues);
  const bracketValue = field(value, 'bracket');
  const bracket = bracketValue === undefined ? undefined : normalizeBracket(bracketValue);
  if (bracketValue !== undefined && !bracket) report(issues, `${path}.bracket`, 'unknown-bracket', ISSUE_MESSAGES.unknownBracket());
  const brackets = readBracketPeriods(field(value, 'brackets'), path, issues, false);
  const roleValue = field(value, 'role');
  const role = roleValue === undefined ? (index === 0 ? 'insured' : 'dependent') : readEnum(roleValue, ROLES);
  if (!role) report(issues, `${path}.role`, 'unknown-role', ISSUE_MESSAGES.unknownRole());
  const insuranceValue = field(value, 'insurance');
  const insurance = insuranceValue === undefined ? undefined : readInsurance(insuranceValue, issues, `${path}.insurance`);
  return typeof id === 'string' && role ? { id, birth, age: birth ? undefined : age, copayRate, programs, bracket, brackets, role, insurance, label } : undefined;
}

function defaultPayer(kind: CareKind): Payer {
  return kind === 'trial' ? 'sponsor' : 'patient';
}

/** 'items[i]' for each line, written once (a plan has at most MAX_ITEMS lines). */
const ITEM_PATHS: string[] = [];
const itemPath = (index: number) => (ITEM_PATHS[index] ??= `items[${index}]`);

function readItem(value: unknown, index: number, people: NormalizedPerson[], issues: Issues): NormalizedItem | undefined {
  const path = itemPath(index);
  if (!isRecord(value)) return void report(issues, path, 'type', ISSUE_MESSAGES.type(FIELD_NAMES.item));
  // Own keys only (CONVENTIONS #13): the line's own property names are listed once and matched
  // by name. For an object the same as an own-property check per field, at half the cost
  // (measured: validate() of the bench plans 1.6x → 2.3x faster than before); this runs for
  // every line of every plan. Every field is read first, then checked.
  let monthValue: unknown;
  let kindValue: unknown;
  let amountValue: unknown;
  let mealsValue: unknown;
  let settingValue: unknown;
  let personValue: unknown;
  let payerValue: unknown;
  let riderValue: unknown;
  let dayValue: unknown;
  let facilityValue: unknown;
  let courseValue: unknown;
  let labelValue: unknown;
  let dentalValue: unknown;
  let taxExcludedValue: unknown;
  let deductibleValue: unknown;
  let afterNinetyDaysValue: unknown;
  let programValue: unknown;
  let pharmacyValue: unknown;
  let visitsValue: unknown;
  for (const key of Object.getOwnPropertyNames(value)) {
    switch (key) {
      case 'month': monthValue = value[key]; break;
      case 'kind': kindValue = value[key]; break;
      case 'amount': amountValue = value[key]; break;
      case 'meals': mealsValue = value[key]; break;
      case 'setting': settingValue = value[key]; break;
      case 'person': personValue = value[key]; break;
      case 'payer': payerValue = value[key]; break;
      case 'riderPayment': riderValue = value[key]; break;
      case 'day': dayValue = value[key]; break;
      case 'facility': facilityValue = value[key]; break;
      case 'course': courseValue = value[key]; break;
      case 'label': labelValue = value[key]; break;
      case 'dental': dentalValue = value[key]; break;
      case 'taxExcluded': taxExcludedValue = value[key]; break;
      case 'deductible': deductibleValue = value[key]; break;
      case 'afterNinetyDays': afterNinetyDaysValue = value[key]; break;
      case 'program': programValue = value[key]; break;
      case 'pharmacy': pharmacyValue = value[key]; break;
      case 'visits': visitsValue = value[key]; break;
    }
  }

  const start = issues.length;
  const month = parseMonth(monthValue);
  if (month === undefined) report(issues, `${path}.month`, 'bad-month', ISSUE_MESSAGES.badMonth());
  const kind = readEnum(kindValue, KINDS);
  if (!kind) report(issues, `${path}.kind`, 'unknown-kind', ISSUE_MESSAGES.unknownKind());

  let amount: Amount | undefined;
  let meals: number | undefined;
  if (kind === 'meals' && mealsValue !== undefined) {
    if (amountValue !== undefined) report(issues, `${path}.meals`, 'both-amount-and-meals', ISSUE_MESSAGES.bothMeals());
    meals = readWholeNumber(mealsValue, 0, 93);
    if (meals === undefined) report(issues, `${path}.meals`, 'bad-meals', ISSUE_MESSAGES.badMeals());
  } else if (amountValue === undefined) {
    report(issues, `${path}.amount`, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.amount));
  } else {
    amount = readYen(amountValue, path, issues, 'amount');
  }

  const setting = settingValue === undefined ? 'outpatient' : readEnum(settingValue, SETTINGS);
  if (!setting) report(issues, `${path}.setting`, 'unknown-setting', ISSUE_MESSAGES.unknownSetting());

  let holder: NormalizedPerson | undefined = personValue === undefined ? people[0] : undefined;
  if (personValue !== undefined) for (const p of people) if (p.id === personValue && !holder) holder = p;
  const person = holder?.id;
  if (personValue !== undefined && !person) report(issues, `${path}.person`, 'unknown-person', ISSUE_MESSAGES.unknownPerson(String(personValue)));

  let payer: Payer | undefined = kind ? defaultPayer(kind) : 'patient';
  if (payerValue !== undefined) {
    payer = readEnum(payerValue, PAYERS);
    if (!payer) report(issues, `${path}.payer`, 'unknown-payer', ISSUE_MESSAGES.unknownPayer());
    else if ((kind === 'insured' || kind === 'meals') && payer !== 'patient') {
      report(issues, `${path}.payer`, 'payer-not-allowed', ISSUE_MESSAGES.payerNotAllowed());
    }
  }

  const rider = riderValue === undefined ? 'reimbursement' : readEnum(riderValue, RIDER_PAYMENTS);
  if (!rider) report(issues, `${path}.riderPayment`, 'unknown-rider-payment', ISSUE_MESSAGES.riderPayment());
  else if (riderValue !== undefined && payer !== 'privateInsurance') report(issues, `${path}.riderPayment`, 'rider-not-private', ISSUE_MESSAGES.riderPayment());

  let day: number | undefined;
  if (dayValue !== undefined) {
    const limit = month === undefined ? 31 : daysInMonth(yearOf(month), monthNumberOf(month));
    day = readWholeNumber(dayValue, 1, limit);
    if (day === undefined) report(issues, `${path}.day`, 'bad-day', ISSUE_MESSAGES.badDay());
  }

  const facility = textAt(facilityValue, path, 'facility', issues);
  const course = textAt(courseValue, path, 'course', issues);
  const label = textAt(labelValue, path, 'label', issues);
  const dental = flagAt(dentalValue, path, 'dental', issues);
  const taxExcluded = flagAt(taxExcludedValue, path, 'taxExcluded', issues);
  const deductible = flagAt(deductibleValue, path, 'deductible', issues);
  const afterNinetyDays = flagAt(afterNinetyDaysValue, path, 'afterNinetyDays', issues);
  const programs = programValue === undefined ? NO_PROGRAMS : readItemPrograms(programValue, path, kind, holder, issues);

  const pharmacy = pharmacyValue === undefined ? undefined : readPharmacy(pharmacyValue, path, kind, setting, issues);
  const visits = readVisits(visitsValue, path, kind, holder, programs, issues);

  if (issues.length > start || month === undefined || !kind || !setting || !person || !payer) return undefined;
  return {
    index, month, kind, amount, meals, setting, person, payer, day, deductible, label, programs, pharmacy, visits,
    reimbursed: payer === 'privateInsurance' && rider === 'reimbursement',
    afterNinetyDays: afterNinetyDays ?? false,
    facility: facility?.trim() || DEFAULT_FACILITY,
    course: course?.trim() || DEFAULT_COURSE,
    dental: dental ?? false,
    taxExcluded: taxExcluded ?? false,
  };
}

/** An outside pharmacy's name: text, on outpatient insured care. */
function readPharmacy(value: unknown, path: string, kind: CareKind | undefined, setting: Setting | undefined, issues: Issues): string | undefined {
  const name = typeof value === 'string' && value.length <= MAX_TEXT ? value.trim() : '';
  if (!name) return void report(issues, `${path}.pharmacy`, 'type', PHARMACY_MESSAGES.name(MAX_TEXT));
  if ((kind && kind !== 'insured') || setting === 'inpatient') return void report(issues, `${path}.pharmacy`, 'pharmacy-not-outpatient', PHARMACY_MESSAGES.notOutpatientCare());
  return name;
}

/** Visits (or days): a whole number on insured care, needed where a programme of the line charges per visit. */
function readVisits(value: unknown, path: string, kind: CareKind | undefined, person: NormalizedPerson | undefined, programs: readonly string[], issues: Issues): number | undefined {
  if (value !== undefined) {
    const visits = readWholeNumber(value, 1, MAX_VISITS);
    if (visits === undefined || (kind && kind !== 'insured')) return void report(issues, `${path}.visits`, 'bad-visits', PROGRAM_MESSAGES.badVisits(MAX_VISITS));
    return visits;
  }
  if (kind !== 'insured' || !person) return undefined;
  const perVisit = programs.find((key) => person.programs.some((p) => p.key === key && p.perVisit !== undefined));
  if (perVisit !== undefined) report(issues, `${path}.visits`, 'visits-required', PROGRAM_MESSAGES.visitsRequired(perVisit));
  return undefined;
}

/** At most this many programmes on one line (a person holds at most 20 certificates). */
const MAX_LINE_PROGRAMS = 20;

/** National first, local last (RULES.md §9): 特定疾病 (insurance), then 指定難病 and 小慢, then local ones. */
const PROGRAM_ORDER: Record<NormalizedProgram['kind'], number> = { tokutei: 0, nanbyo: 1, shoman: 1, local: 2 };

/**
 * The programmes a line names: one key or a list of them. Each must be one the person holds, once;
 * they cover insured care and meals only. Returned in the order they apply, whatever the order
 * given: national first, local last, local ones in the order the person's certificates are listed.
 */
function readItemPrograms(value: unknown, path: string, kind: CareKind | undefined, person: NormalizedPerson | undefined, issues: Issues): string[] {
  const list = Array.isArray(value) ? value : [value];
  const at = (i: number) => (Array.isArray(value) ? `${path}.program[${i}]` : `${path}.program`);
  if (list.length > MAX_LINE_PROGRAMS) return report(issues, `${path}.program`, 'too-many', ISSUE_MESSAGES.tooMany(MAX_LINE_PROGRAMS)), [];
  const keys: string[] = [];
  const start = issues.length;
  list.forEach((program, i) => {
    if (typeof program !== 'string' || (person && !person.programs.some((p) => p.key === program))) {
      return report(issues, at(i), 'unknown-program', PROGRAM_MESSAGES.unknownProgram(String(program)));
    }
    if (keys.includes(program)) return report(issues, at(i), 'duplicate-program', PROGRAM_MESSAGES.duplicateOnLine(program));
    keys.push(program);
  });
  if (keys.includes('nanbyo') && keys.includes('shoman')) report(issues, `${path}.program`, 'two-national-programs', PROGRAM_MESSAGES.twoNational());
  if (keys.length && kind && kind !== 'insured' && kind !== 'meals') report(issues, `${path}.program`, 'program-not-insured', PROGRAM_MESSAGES.notInsured());
  if (issues.length > start || !person) return [];
  const rank = (key: string) => {
    const place = person.programs.findIndex((p) => p.key === key);
    return PROGRAM_ORDER[person.programs[place].kind] * 100 + place;
  };
  return keys.length > 1 ? keys.sort((a, b) => rank(a) - rank(b)) : keys;
}

function readInsurance(value: unknown, issues: Issues, at = 'insurance'): NormalizedInsurance | undefined {
  if (!isRecord(value)) {
    report(issues, at, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.insurance));
    return undefined;
  }
  const bracketValue = field(value, 'bracket');
  const bracket = bracketValue === undefined ? undefined : normalizeBracket(bracketValue);
  if (bracketValue !== undefined && !bracket) report(issues, `${at}.bracket`, 'unknown-bracket', ISSUE_MESSAGES.unknownBracket());
  const remunerationValue = field(value, 'monthlyRemuneration');
  const remuneration = remunerationValue === undefined ? undefined : readYen(remunerationValue, `${at}.monthlyRemuneration`, issues);
  const bracketsValue = field(value, 'brackets');
  const periods = readBracketPeriods(bracketsValue, at, issues, true);
  // With a list of changes the bracket before the first is needed only for months before it (checked with the lines).
  if (bracketValue === undefined && remunerationValue === undefined && bracketsValue === undefined) {
    report(issues, `${at}.bracket`, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.bracket));
  }
  checkRemuneration(bracket, remuneration, `${at}.monthlyRemuneration`, issues);

  const priorPath = `${at}.priorHighCostMonths`;
  const prior = readArray(field(value, 'priorHighCostMonths'), priorPath, 120, issues, FIELD_NAMES.months)
    .map((text, i) => {
      const month = parseMonth(text);
      if (month === undefined) report(issues, `${priorPath}[${i}]`, 'bad-month', ISSUE_MESSAGES.badMonth());
      return month;
    })
    .filter((m): m is MonthIndex => m !== undefined);

  const capAtWindow = readFlag(field(value, 'capAtWindow'), `${at}.capAtWindow`, issues) ?? true;
  const cards = readCardRules(field(value, 'cardShown'), at, issues);
  const priorElsewhere = readFlag(field(value, 'priorElsewhere'), `${at}.priorElsewhere`, issues) ?? false;
  const beforeValue = field(value, 'annualCountedBefore');
  const annualCountedBefore = beforeValue === undefined ? 0n : readYen(beforeValue, `${at}.annualCountedBefore`, issues) ?? 0n;
  const schemeValue = field(value, 'scheme');
  const scheme = schemeValue === undefined ? undefined : readEnum(schemeValue, SCHEMES);
  if (schemeValue !== undefined && !scheme) report(issues, `${at}.scheme`, 'unknown-scheme', ISSUE_MESSAGES.unknownScheme());

  let supplementary: NormalizedPlan['supplementary'];
  const sup = field(value, 'supplementary');
  if (sup !== undefined) {
    if (!isRecord(sup)) {
      report(issues, `${at}.supplementary`, 'type', ISSUE_MESSAGES.type(FIELD_NAMES.supplementary));
    } else {
      const deductibleValue = field(sup, 'deductible');
      if (deductibleValue === undefined) report(issues, `${at}.supplementary.deductible`, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.amount));
      const deductible = deductibleValue === undefined ? undefined : readYen(deductibleValue, `${at}.supplementary.deductible`, issues);
      const unitValue = field(sup, 'roundingUnit');
      const unit = unitValue === undefined ? 100n : readYen(unitValue, `${at}.supplementary.roundingUnit`, issues);
      if (unit === 0n) report(issues, `${at}.supplementary.roundingUnit`, 'bad-unit', ISSUE_MESSAGES.badUnit());
      const minimumValue = field(sup, 'minimumPayout');
      const minimum = minimumValue === undefined ? 0n : readYen(minimumValue, `${at}.supplementary.minimumPayout`, issues);
      if (deductible !== undefined && unit && minimum !== undefined) supplementary = { deductible, unit, minimum };
    }
  }
  return { scheme, bracket, remuneration, periods, priorHighCostMonths: prior, priorElsewhere, annualCountedBefore, capAtWindow, cards, supplementary };
}

/** Checks that need ages and months together: rule tables exist, the bracket fits the ages. */
function checkAgainstRules(plan: NormalizedPlan, issues: Issues): void {
  const byId = new Map(plan.people.map((p) => [p.id, p]));
  // Per bracket of the household (the one before any change, then each period): the lines of
  // people priced with it, 70 and over or not, in its months.
  const ages = new Map<BracketPeriod | undefined, { elderly: number; young: number }>();
  let uncovered: MonthIndex | undefined;
  for (const item of plan.items) {
    const person = byId.get(item.person)!;
    if (person.birth && item.month < monthOf(person.birth)) {
      report(issues, `items[${item.index}].month`, 'born-after-care', ISSUE_MESSAGES.bornAfterCare());
      continue;
    }
    const elderly = isSeventyOrOver(person, item.month);
    // Only people priced with the household's bracket tell whether it fits their ages.
    const household = !person.bracket && !person.brackets.length && !person.insurance;
    if (household) {
      const period = periodAt(plan.periods, item.month);
      if (!period && plan.bracket === undefined && plan.remuneration === undefined) uncovered = Math.min(uncovered ?? item.month, item.month);
      let count = ages.get(period);
      if (!count) ages.set(period, (count = { elderly: 0, young: 0 }));
      if (elderly) count.elderly++;
      else count.young++;
    }
    if (item.kind !== 'meals' && item.kind !== 'other' && item.kind !== 'free' && item.kind !== 'selected') {
      const table = elderly ? elderlyTableFor(item.month) : under70TableFor(item.month);
      if (!table) report(issues, `items[${item.index}].month`, 'no-rules', ISSUE_MESSAGES.noRules(elderly ? EARLIEST.elderly : EARLIEST.under70));
    }
    if (item.kind === 'meals' && item.meals !== undefined && plan.overrides.mealPerMeal === undefined && !mealTableFor(item.month)) {
      report(issues, `items[${item.index}].meals`, 'no-meal-table', ISSUE_MESSAGES.noMealTable(EARLIEST.meals));
    }
  }
  checkPeopleBrackets(plan, issues);
  if (uncovered !== undefined) report(issues, 'insurance.bracket', 'required', BRACKET_MESSAGES.beforeFirst(formatMonth(uncovered)));
  if (plan.items.length === 0) return;
  const given: { bracket: Bracket; path: string; period: BracketPeriod | undefined }[] = [];
  if (plan.bracket) given.push({ bracket: plan.bracket, path: 'insurance.bracket', period: undefined });
  for (const period of plan.periods) if (period.bracket) given.push({ bracket: period.bracket, path: `${period.path}.bracket`, period });
  if (!plan.peopleGiven) {
    if (given.some((g) => !isUnder70Bracket(g.bracket))) report(issues, 'people', 'required', ISSUE_MESSAGES.elderlyNeedsAge());
    return;
  }
  // One bracket serves the household; each person gets its form for their age. It is wrong
  // only when nobody is ever of the age it was given for in the months it holds.
  for (const { bracket, path, period } of given) {
    const count = ages.get(period);
    if (!count) continue;
    if (isUnder70Bracket(bracket) && count.young === 0 && bracket !== 'オ') {
      report(issues, path, 'bracket-age-mismatch', ISSUE_MESSAGES.bracketAge(bracket, false));
    } else if (!isUnder70Bracket(bracket) && count.elderly === 0) {
      report(issues, path, 'bracket-age-mismatch', ISSUE_MESSAGES.bracketAge(bracket, true));
    }
  }
}

/** A member's own insurance with changes needs a bracket before the first for their earlier lines. */
function checkPeopleBrackets(plan: NormalizedPlan, issues: Issues): void {
  plan.people.forEach((person, i) => {
    const own = person.insurance;
    if (!own || own.bracket !== undefined || own.remuneration !== undefined) return;
    const first = plan.items.find((item) => item.person === person.id && !periodAt(own.periods, item.month));
    if (first) report(issues, `people[${i}].insurance.bracket`, 'required', BRACKET_MESSAGES.beforeFirst(formatMonth(first.month)));
  });
}

export function normalizePlan(input: unknown): { plan?: NormalizedPlan; issues: PlanIssue[] } {
  const issues: Issues = [];
  if (!isRecord(input)) {
    report(issues, '', 'type', ISSUE_MESSAGES.type(FIELD_NAMES.plan));
    return { issues };
  }
  const insurance = readInsurance(field(input, 'insurance'), issues);

  const peopleValue = field(input, 'people');
  const peopleGiven = Array.isArray(peopleValue) && peopleValue.length > 0;
  const people = readArray(peopleValue, 'people', MAX_PEOPLE, issues, FIELD_NAMES.people)
    .map((p, i) => readPerson(p, `people[${i}]`, i, issues))
    .filter((p): p is NormalizedPerson => p !== undefined);
  const seen = new Set<string>();
  people.forEach((p, i) => {
    if (seen.has(p.id)) report(issues, `people[${i}].id`, 'duplicate-person', ISSUE_MESSAGES.duplicatePerson(p.id));
    seen.add(p.id);
  });
  if (!peopleGiven) people.push({ id: PATIENT_ID, programs: [], brackets: [], role: 'insured' });

  const itemsValue = field(input, 'items');
  if (itemsValue === undefined) report(issues, 'items', 'required', ISSUE_MESSAGES.required(FIELD_NAMES.items));
  const items = readArray(itemsValue, 'items', MAX_ITEMS, issues)
    .map((item, i) => readItem(item, i, people, issues))
    .filter((item): item is NormalizedItem => item !== undefined);

  const receipts = readArray(field(input, 'receipts'), 'receipts', MAX_ITEMS, issues, FIELD_NAMES.receipts)
    .map((r, i) => readReceipt(r, `receipts[${i}]`, Array.isArray(itemsValue) ? itemsValue.length : 0, issues))
    .filter((r): r is NormalizedReceipt => r !== undefined);

  const tax: NormalizedPlan['tax'] = {};
  const taxValue = field(input, 'tax');
  if (taxValue !== undefined && !isRecord(taxValue)) report(issues, 'tax', 'type', ISSUE_MESSAGES.type(FIELD_NAMES.tax));
  if (isRecord(taxValue)) {
    for (const key of ['totalIncome', 'taxableIncome'] as const) {
      const v = field(taxValue, key);
      if (v !== undefined) tax[key] = readYen(v, `tax.${key}`, issues);
    }
  }

  const overrides: NormalizedPlan['overrides'] = { annualCapPerHousehold: false };
  const overridesValue = field(input, 'overrides');
  if (overridesValue !== undefined && !isRecord(overridesValue)) report(issues, 'overrides', 'type', ISSUE_MESSAGES.type(FIELD_NAMES.overrides));
  if (isRecord(overridesValue)) {
    const meal = field(overridesValue, 'mealPerMeal');
    if (meal !== undefined) overrides.mealPerMeal = readYen(meal, 'overrides.mealPerMeal', issues);
    overrides.annualCapPerHousehold = readFlag(field(overridesValue, 'annualCapPerHousehold'), 'overrides.annualCapPerHousehold', issues) ?? false;
  }
  readText(field(input, 'title'), 'title', issues);
  const selfPayCourses = readCourses(field(input, 'selfPayCourses'), issues);

  if (!insurance) return { issues };
  // Written out: V8 copies `{ ...insurance, people }` on a slow path that costs microseconds. A
  // field added to NormalizedInsurance, optional or not, is a compile error here until it is
  // copied too (it would need the type `never` to satisfy the check).
  void (insurance satisfies Record<Exclude<keyof NormalizedInsurance, CopiedInsuranceField>, never>);
  const { scheme, bracket, remuneration, periods, priorHighCostMonths, annualCountedBefore, priorElsewhere, capAtWindow, cards, supplementary } = insurance;
  const plan: NormalizedPlan = {
    scheme, bracket, remuneration, periods, priorHighCostMonths, annualCountedBefore, priorElsewhere, capAtWindow, cards, supplementary,
    people, peopleGiven, items, receipts, tax, overrides, selfPayCourses,
  };
  checkAgainstRules(plan, issues);
  return issues.length === 0 ? { plan, issues } : { issues };
}

type CopiedInsuranceField = 'scheme' | 'bracket' | 'remuneration' | 'periods' | 'priorHighCostMonths' | 'annualCountedBefore' | 'priorElsewhere' | 'capAtWindow' | 'cards' | 'supplementary';

/** Course names as a line's `course` is read: text of at most MAX_TEXT characters, trimmed, never empty. */
function readCourses(value: unknown, issues: Issues): string[] {
  const courses: string[] = [];
  readArray(value, 'selfPayCourses', MAX_SELF_PAY_COURSES, issues, FIELD_NAMES.selfPayCourses).forEach((course, i) => {
    const name = typeof course === 'string' && course.length <= MAX_TEXT ? course.trim() : '';
    if (name === '') report(issues, `selfPayCourses[${i}]`, 'bad-course', ISSUE_MESSAGES.badCourse(MAX_TEXT));
    else if (!courses.includes(name)) courses.push(name);
  });
  return courses;
}

function readReceipt(value: unknown, path: string, itemCount: number, issues: Issues): NormalizedReceipt | undefined {
  if (!isRecord(value)) return void report(issues, path, 'type', ISSUE_MESSAGES.type(FIELD_NAMES.receipts));
  const month = parseMonth(field(value, 'month'));
  if (month === undefined) report(issues, `${path}.month`, 'bad-month', ISSUE_MESSAGES.badMonth());
  const amountValue = field(value, 'amount');
  if (amountValue === undefined) report(issues, `${path}.amount`, 'required', ISSUE_MESSAGES.required(FIELD_NAMES.amount));
  const amount = amountValue === undefined ? undefined : readYen(amountValue, path, issues, 'amount');
  const from = readEnum(field(value, 'from'), RECEIPT_SOURCES);
  if (!from) report(issues, `${path}.from`, 'unknown-payer', ISSUE_MESSAGES.receiptFrom());
  const label = textAt(field(value, 'label'), path, 'label', issues);
  const linked = field(value, 'forItems');
  let forItems: number[] | undefined;
  if (linked !== undefined) {
    forItems = readArray(linked, `${path}.forItems`, MAX_ITEMS, issues, FIELD_NAMES.items).map((index, i) => {
      const line = readWholeNumber(index, 0, itemCount - 1);
      if (line === undefined) report(issues, `${path}.forItems[${i}]`, 'unknown-item', ISSUE_MESSAGES.unknownItem(itemCount));
      return line ?? -1;
    });
  }
  return month !== undefined && amount !== undefined && from ? { month, amount, from, forItems, label } : undefined;
}

