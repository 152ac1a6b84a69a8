import { CARE_KINDS as KINDS, MAX_PERIODS, PAYERS, SCHEMES, SETTINGS, type CareKind, type Message } from '../../engine/index.js';
import { groupDigits } from '../../engine/explain/explain.js';
import { parseMonthText } from '../../engine/read/parse-date.js';
import { amountFields, defaultPrograms, namesProgram, NOT_COVERED, programKey, emptyDraft, HANDOUT_FIELDS, newLine, newPeriod, newPerson, newProgram, ONE_COURSE, PROGRAM_KINDS, SEPARATE_COURSE, type Draft, type DraftLine, type DraftPerson, type DraftPeriod, type DraftPlan, type DraftProgram, type FreeCourse } from './draft.js';
import { PAID_LINES, type PaidLine } from './kept-fields.js';
import { KEPT_TOO_LARGE, keptChanges, keptOf, startKeeping, TooMuchKept } from './kept-copy.js';
import { isRecord, listOf, own, ownKeys, Unreadable, type Rec } from './read-own.js';

/**
 * Reads a plan that came from outside (a property set by code, a JSON attribute, a plan file, a
 * draft kept in the tab) into the counselor's draft. It trusts nothing: only own properties
 * are read (a page may have added keys to Object.prototype), a getter that throws or a Proxy
 * is reported, not thrown, every line is checked with its own reason, and the size is bounded
 * before anything is built, so a hostile or careless file can neither freeze the tab nor
 * leave a half-read plan on screen.
 */

/** Far above any real plan: a year of a line of care every day of treatment is about 250 lines. */
export const MAX_LINES = 400;
/** A household under one insurer; 10 people is far above any real one. */
export const MAX_PEOPLE = 10;
/** Certificates one person holds; more than any real person. */
export const MAX_PROGRAMS = 10;
/** A memo, a facility name, a label. */
export const MAX_TEXT = 500;
/** The counselor's notes on the handout: a few paragraphs. */
export const MAX_NOTES = 2000;
/** Reasons listed at most; the rest are counted. */
const MAX_REASONS = 5;


/** A plan read, with what was changed to keep its other fields as plain data (see kept-copy.ts); or refused, with why. */
export type ReadPlan = { ok: true; draft: Draft; changes: Message[] } | { ok: false; reasons: Message[] };

const WHY = {
  notAPlan: { ja: '計画として読み取れません（明細の一覧 items がありません）。', en: 'This cannot be read as a plan (it has no list of lines, items).' },
  unreadable: { ja: '計画を読み取れません（読むと例外を投げる値があります）。', en: 'The plan cannot be read (reading it throws).' },
  tooManyLines: (n: number): Message => ({
    ja: `明細が ${groupDigits(String(n))} 件あります。読み込めるのは ${MAX_LINES} 件までです。`,
    en: `It has ${groupDigits(String(n))} lines of care; at most ${MAX_LINES} can be read.`,
  }),
  tooManyPeople: (n: number): Message => ({
    ja: `世帯の人数が ${n} 人です。読み込めるのは ${MAX_PEOPLE} 人までです。`,
    en: `It has ${n} people; at most ${MAX_PEOPLE} can be read.`,
  }),
  tooManyPrograms: (n: number): Message => ({ ja: `受給者証が ${n} 件あります。読み込めるのは 1 人 ${MAX_PROGRAMS} 件までです。`, en: `it has ${n} certificates; at most ${MAX_PROGRAMS} a person can be read.` }),
  line: (n: number, why: Message): Message => ({ ja: `明細 ${n}：${why.ja}`, en: `Line ${n}: ${why.en}` }),
  person: (n: number, why: Message): Message => ({ ja: `${n} 人目：${why.ja}`, en: `Person ${n}: ${why.en}` }),
  field: (name: string, why: Message): Message => ({ ja: `${name}：${why.ja}`, en: `${name}: ${why.en}` }),
  notARecord: { ja: '項目の形になっていません。', en: 'it is not a record of fields.' },
  noKind: { ja: '種類（kind）がありません。', en: 'it has no kind.' },
  badKind: (v: string): Message => ({ ja: `種類「${v}」はわかりません。`, en: `the kind "${v}" is not known.` }),
  badChoice: (key: string, v: string): Message => ({ ja: `${key} の値「${v}」はわかりません。`, en: `"${v}" is not a known value of ${key}.` }),
  notText: (key: string): Message => ({ ja: `${key} が文字でも数でもありません。`, en: `${key} is neither text nor a number.` }),
  tooLong: (key: string, max: number): Message => ({ ja: `${key} が長すぎます（${max} 文字まで）。`, en: `${key} is too long (at most ${max} characters).` }),
  noId: { ja: 'id がありません。', en: 'it has no id.' },
  sameId: (id: string): Message => ({ ja: `id「${id}」が重複しています。`, en: `the id "${id}" is used twice.` }),
  unknownPerson: (id: string): Message => ({ ja: `受診する人「${id}」が世帯にいません。`, en: `the person "${id}" is not in the household.` }),
  more: (n: number): Message => ({ ja: `ほかに ${n} 件あります。`, en: `and ${n} more.` }),
} as const;

/** The fields the draft holds, by record; every other own key of a plan is kept as given. */
const PLAN_FIELDS = ['items', 'people', 'insurance', 'tax', 'handout', 'title'];
const INSURANCE_FIELDS = ['scheme', 'bracket', 'brackets', 'monthlyRemuneration', 'annualCountedBefore', 'priorElsewhere', 'capAtWindow', 'priorHighCostMonths', 'supplementary'];
const SUPPLEMENTARY_FIELDS = ['deductible'];
const PERSON_FIELDS = ['id', 'label', 'birthDate', 'age', 'bracket', 'brackets', 'role', 'insurance', 'programs'];
const OTHER_INSURER_FIELDS = ['scheme', 'bracket'];
const LINE_FIELDS = ['month', 'kind', 'amount', 'meals', 'visits', 'setting', 'payer', 'facility', 'label', 'person', 'course', 'program', 'riderPayment', 'hint'];
/**
 * The fields of a certificate the calculator has a control for. The rest (caps per facility,
 * visits counted per facility) is kept as given and said where the certificate is, and so is
 * `highCostLongTerm: false` (never 高額かつ長期): without it the engine derives the lower cap.
 */
const PROGRAM_FIELDS = ['kind', 'tier', 'tiers', 'from', 'to', 'ventilator', 'severe', 'dialysisHighIncome', 'id', 'label', 'rate', 'monthlyCap', 'perVisit', 'visitsCharged', 'outpatientCap', 'inpatientCap', 'meals', 'payment', 'coversCare'];
/** A change from a month on has these fields and no other; one with more (a 標準報酬月額) is kept as given, with its list. */
const PERIOD_FIELDS = { bracket: ['from', 'bracket'], tier: ['from', 'tier'] } as const;

/** Text or a number as text ('' when absent); anything else is a reason. */
function textOf(record: Rec, key: string, why: Message[], max = MAX_TEXT): string {
  const value = own(record, key);
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string' && value.length <= max) return value;
  why.push(typeof value === 'string' ? WHY.tooLong(key, max) : WHY.notText(key));
  return '';
}

/** An amount as the counselor will see it: a number given by code in groups of digits (500,000), text as it was typed. */
function amountTextOf(record: Rec, why: Message[]): string {
  const amount = own(record, 'amount');
  return typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 ? groupDigits(String(amount)) : textOf(record, 'amount', why);
}

function choiceOf<T extends string>(record: Rec, key: string, allowed: readonly T[], why: Message[]): T | undefined {
  const value = own(record, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  why.push(WHY.badChoice(key, String(typeof value === 'string' ? value : typeof value).slice(0, 40)));
  return undefined;
}

function messageOf(value: unknown): Message | undefined {
  if (!isRecord(value)) return undefined;
  const ja = own(value, 'ja');
  const en = own(value, 'en');
  return typeof ja === 'string' && typeof en === 'string' ? { ja: ja.slice(0, MAX_TEXT), en: en.slice(0, MAX_TEXT) } : undefined;
}

function readPerson(value: unknown, at: string, why: Message[]): DraftPerson | undefined {
  if (!isRecord(value)) return void why.push(WHY.notARecord);
  const id = textOf(value, 'id', why);
  if (!id) return void why.push(WHY.noId);
  const insurance = own(value, 'insurance');
  const other = isRecord(insurance) ? insurance : undefined;
  const programs = listOf(own(value, 'programs'), MAX_PROGRAMS, WHY.tooManyPrograms, why) ?? [];
  const brackets = periodsOf(own(value, 'brackets'), 'bracket');
  return {
    ...newPerson(id),
    label: textOf(value, 'label', why),
    birthDate: textOf(value, 'birthDate', why),
    age: textOf(value, 'age', why),
    bracket: textOf(value, 'bracket', why),
    brackets: brackets ?? [],
    role: choiceOf(value, 'role', ['insured', 'dependent'] as const, why) ?? '',
    otherInsurer: other !== undefined,
    otherScheme: (other && choiceOf(other, 'scheme', SCHEMES, why)) ?? '',
    otherBracket: other ? textOf(other, 'bracket', why) : '',
    programs: programs.map((p, i) => readProgram(p, `${at}.programs[${i}]`, why)).filter((p): p is DraftProgram => p !== undefined),
    kept: keptOf(value, brackets ? PERSON_FIELDS : PERSON_FIELDS.filter((f) => f !== 'brackets'), at),
    keptInsurance: other && keptOf(other, OTHER_INSURER_FIELDS, `${at}.insurance`),
  };
}

/** The fields of a local subsidy's shape the draft holds, when it can hold them as they are. */
const LOCAL_SHAPE: readonly string[] = ['perVisit', 'visitsCharged', 'outpatientCap', 'inpatientCap', 'meals', 'payment'];

/**
 * Changes from a month on (`brackets`, `tiers`) as the draft holds them, when each is a record of
 * a month and a value as text and nothing else; otherwise undefined, and the list is kept as given
 * (a 標準報酬月額 by month, or a list validate() will refuse with its reason).
 */
function periodsOf(value: unknown, key: 'bracket' | 'tier'): DraftPeriod[] | undefined {
  if (value === undefined || !Array.isArray(value) || value.length > MAX_PERIODS) return undefined;
  const periods: DraftPeriod[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || ownKeys(entry).some((k) => !(PERIOD_FIELDS[key] as readonly string[]).includes(k))) return undefined;
    const from = own(entry, 'from');
    const chosen = own(entry, key);
    if (typeof from !== 'string' || from.length > 20 || !(chosen === undefined || (typeof chosen === 'string' && chosen.length <= 20))) return undefined;
    periods.push({ ...newPeriod(from), value: chosen ?? '' });
  }
  return periods;
}


/** A certificate, every field as typed; one of a kind futan does not know is a reason. */
function readProgram(value: unknown, at: string, why: Message[]): DraftProgram | undefined {
  if (!isRecord(value)) return void why.push(WHY.notARecord);
  const kind = choiceOf(value, 'kind', PROGRAM_KINDS, why);
  if (!kind) return void why.push(WHY.noKind);
  const flag = (key: string) => own(value, key) === true;
  // true is the checkbox; false (never) is kept as given, since absent now means 'derive'.
  const held = own(value, 'highCostLongTerm') === true ? ['highCostLongTerm'] : [];
  const tiers = periodsOf(own(value, 'tiers'), 'tier');
  // A shape the controls cannot show as it is (a rate beside a charge per visit, a payment not known) is kept as given, for validate() to say.
  const perVisit = own(value, 'perVisit') !== undefined;
  const payment = own(value, 'payment');
  const shapeHeld = kind === 'local' && !(perVisit && own(value, 'rate') !== undefined) && (payment === undefined || payment === 'window' || payment === 'reimbursement')
    && [own(value, 'meals')].every((m) => m === undefined || typeof m === 'boolean');
  const fields = PROGRAM_FIELDS.filter((f) => (f !== 'tiers' || tiers) && (shapeHeld || !LOCAL_SHAPE.includes(f)));
  return {
    kept: keptOf(value, [...fields, ...held], at),
    ...newProgram(kind),
    tier: textOf(value, 'tier', why),
    tiers: tiers ?? [],
    from: textOf(value, 'from', why),
    to: textOf(value, 'to', why),
    highCostLongTerm: flag('highCostLongTerm'),
    ventilator: flag('ventilator'),
    severe: flag('severe'),
    dialysisHighIncome: flag('dialysisHighIncome'),
    id: textOf(value, 'id', why),
    label: textOf(value, 'label', why),
    rate: textOf(value, 'rate', why),
    monthlyCap: textOf(value, 'monthlyCap', why),
    ...(shapeHeld && {
      charge: perVisit ? 'perVisit' as const : 'rate' as const,
      perVisit: textOf(value, 'perVisit', why),
      visitsCharged: textOf(value, 'visitsCharged', why),
      outpatientCap: textOf(value, 'outpatientCap', why),
      inpatientCap: textOf(value, 'inpatientCap', why),
      coversMeals: flag('meals'),
      reimbursed: payment === 'reimbursement',
    }),
    // A plan file says so for a certificate the counselor added; a plan from outside, see coveringAll.
    coversCare: flag('coversCare'),
  };
}

/**
 * A certificate from outside covers the person's care by default where the plan already links it
 * to every line it would cover so: new lines the counselor adds are then covered too, and the
 * plan means what it meant. Otherwise its links stay as given, line by line.
 */
function coveringAll(people: readonly DraftPerson[], lines: readonly DraftLine[]): DraftPerson[] {
  return people.map((person) => ({
    ...person,
    programs: person.programs.map((program) => {
      if (program.coversCare) return program;
      const trial = { ...person, programs: person.programs.map((p) => (p === program ? { ...program, coversCare: true } : p)) };
      const covered = lines.filter((l) => {
        const month = parseMonthText(l.month);
        return l.person === person.id && month.ok && defaultPrograms(trial, l.kind, month.value).some((p) => p.key === program.key);
      });
      return covered.length && covered.every((l) => namesProgram(l.program || givenList(l), programKey(program))) ? { ...program, coversCare: true } : program;
    }),
  }));
}

/** The list of programmes a line of the plan gave (kept as given), if it gave one. */
const givenList = (line: DraftLine): string[] | undefined => (Array.isArray(line.kept?.program) ? (line.kept.program as string[]) : undefined);

/**
 * A line whose programmes are exactly those its person's certificates cover it with by default
 * follows them (program ''): the plan means the same, and a certificate the counselor adds later
 * (a municipal subsidy beside 指定難病) then covers it too, as it covers a line added here.
 */
function followingDefaults(people: readonly DraftPerson[], lines: readonly DraftLine[]): DraftLine[] {
  return lines.map((line) => {
    const given = givenList(line) ?? (line.program && line.program !== NOT_COVERED ? [line.program] : undefined);
    const month = parseMonthText(line.month);
    if (!given || !month.ok) return line;
    const keys = defaultPrograms(people.find((p) => p.id === line.person), line.kind, month.value).map(programKey);
    if (keys.length !== given.length || !keys.every((k) => given.includes(k))) return line;
    const kept = { ...line.kept };
    delete kept.program;
    return { ...line, program: '', kept: Object.keys(kept).length ? kept : undefined };
  });
}

function readLine(value: unknown, at: string, people: readonly DraftPerson[], why: Message[]): DraftLine | undefined {
  if (!isRecord(value)) return void why.push(WHY.notARecord);
  const kindValue = own(value, 'kind');
  if (kindValue === undefined) return void why.push(WHY.noKind);
  if (typeof kindValue !== 'string' || !(KINDS as readonly string[]).includes(kindValue)) return void why.push(WHY.badKind(String(kindValue).slice(0, 40)));
  const kind = kindValue as CareKind;
  const person = textOf(value, 'person', why) || people[0].id;
  if (!people.some((p) => p.id === person)) why.push(WHY.unknownPerson(person));
  const line = newLine(kind, textOf(value, 'month', why), person);
  return {
    ...line,
    ...amountFields(amountTextOf(value, why)),
    meals: textOf(value, 'meals', why),
    visits: textOf(value, 'visits', why),
    // A line read from a plan that gives no setting is outpatient, as the engine reads it.
    setting: choiceOf(value, 'setting', SETTINGS, why) ?? (kind === 'insured' ? 'outpatient' : line.setting),
    payer: choiceOf(value, 'payer', PAYERS, why) ?? line.payer,
    facility: textOf(value, 'facility', why),
    label: textOf(value, 'label', why),
    course: textOf(value, 'course', why),
    // A list of programmes (national first, local last) has no control yet: kept as given, in `kept`.
    program: Array.isArray(own(value, 'program')) ? '' : textOf(value, 'program', why),
    riderPayment: choiceOf(value, 'riderPayment', ['reimbursement', 'direct'] as const, why) ?? '',
    hint: messageOf(own(value, 'hint')),
    kept: keptOf(value, Array.isArray(own(value, 'program')) ? LINE_FIELDS.filter((f) => f !== 'program') : LINE_FIELDS, at),
  };
}

/** Reads the insurance part into the draft; every field as typed. */
function readInsurance(insurance: Rec, draft: Draft, why: Message[]): void {
  draft.scheme = choiceOf(insurance, 'scheme', SCHEMES, why) ?? draft.scheme;
  draft.bracket = textOf(insurance, 'bracket', why);
  const brackets = periodsOf(own(insurance, 'brackets'), 'bracket');
  draft.brackets = brackets ?? [];
  draft.remuneration = textOf(insurance, 'monthlyRemuneration', why);
  draft.annualCountedBefore = textOf(insurance, 'annualCountedBefore', why);
  draft.priorElsewhere = own(insurance, 'priorElsewhere') === true;
  const capAtWindow = own(insurance, 'capAtWindow');
  if (typeof capAtWindow === 'boolean') draft.capAtWindow = capAtWindow;
  const prior = listOf(own(insurance, 'priorHighCostMonths'), 24, () => WHY.notText('priorHighCostMonths'), why) ?? [];
  draft.priorMonths = prior.filter((m): m is string => typeof m === 'string' && m.length <= 20);
  const supplementary = own(insurance, 'supplementary');
  if (isRecord(supplementary)) {
    draft.supplementary = true;
    draft.deductible = textOf(supplementary, 'deductible', why) || draft.deductible;
  }
  draft.kept = { ...draft.kept, insurance: keptOf(insurance, brackets ? INSURANCE_FIELDS : INSURANCE_FIELDS.filter((f) => f !== 'brackets'), 'insurance'), supplementary: isRecord(supplementary) ? keptOf(supplementary, SUPPLEMENTARY_FIELDS, 'insurance.supplementary') : undefined };
}

/** The handout's fields (patient, counselor, notes); a plan without them, as before, has none. */
function readHandout(handout: unknown, draft: Draft, why: Message[]): void {
  if (!isRecord(handout)) return;
  for (const field of HANDOUT_FIELDS) draft[field] = textOf(handout, field, why, field === 'notes' ? MAX_NOTES : MAX_TEXT);
}

function readTax(tax: unknown, draft: Draft, why: Message[]): void {
  if (!isRecord(tax)) return;
  draft.totalIncome = textOf(tax, 'totalIncome', why);
  draft.taxableIncome = textOf(tax, 'taxableIncome', why);
}

/**
 * The counselor's answer on mixed billing: 「はい」 as the plan's `selfPayCourses` records it for
 * the default course (lines that name no course are in it), 「いいえ」 as the 自由診療 put in a
 * course of its own. A plan whose lines name the default course without `selfPayCourses` keeps
 * them as given and the question open: it was computed as separate courses, and still is.
 */
function freeCourseOf(lines: readonly DraftLine[], selfPay: unknown): FreeCourse {
  const free = lines.filter((l) => l.kind === 'free');
  if (Array.isArray(selfPay) && selfPay.includes(ONE_COURSE) && free.length && free.every((l) => l.course === '' || l.course === ONE_COURSE)) return 'one';
  if (free.length && free.every((l) => l.course === SEPARATE_COURSE)) return 'separate';
  return '';
}

/** Lists reasons for the counselor: the first few, then how many more. */
function listed(reasons: Message[]): Message[] {
  return reasons.length <= MAX_REASONS ? reasons : [...reasons.slice(0, MAX_REASONS), WHY.more(reasons.length - MAX_REASONS)];
}

/** Reads anything as a plan; never throws. */
export function readPlan(data: unknown): ReadPlan {
  try {
    return readOrThrow(data);
  } catch (error) {
    if (error instanceof TooMuchKept) return { ok: false, reasons: [KEPT_TOO_LARGE] };
    if (error instanceof Unreadable) return { ok: false, reasons: [WHY.unreadable] };
    throw error;
  }
}

function readOrThrow(data: unknown): ReadPlan {
  if (!isRecord(data)) return { ok: false, reasons: [WHY.notAPlan] };
  startKeeping();
  const reasons: Message[] = [];
  const items = listOf(own(data, 'items'), MAX_LINES, WHY.tooManyLines, reasons);
  const peopleIn = own(data, 'people');
  const people = peopleIn === undefined ? [] : listOf(peopleIn, MAX_PEOPLE, WHY.tooManyPeople, reasons);
  if (!items) return { ok: false, reasons: reasons.length ? reasons : [WHY.notAPlan] };
  if (!people) return { ok: false, reasons: reasons.length ? reasons : [WHY.field('people', WHY.notARecord)] };

  const draft = emptyDraft();
  const planWhy: Message[] = [];
  draft.title = textOf(data, 'title', planWhy);
  const insurance = own(data, 'insurance');
  if (isRecord(insurance)) readInsurance(insurance, draft, planWhy);
  readTax(own(data, 'tax'), draft, planWhy);
  readHandout(own(data, 'handout'), draft, planWhy);
  draft.kept = { ...draft.kept, plan: keptOf(data, PLAN_FIELDS, '') };
  reasons.push(...planWhy);

  const readPeople: DraftPerson[] = [];
  people.forEach((value, i) => {
    const why: Message[] = [];
    const person = readPerson(value, `people[${i}]`, why);
    if (person && readPeople.some((p) => p.id === person.id)) why.push(WHY.sameId(person.id));
    else if (person) readPeople.push(person);
    reasons.push(...why.map((w) => WHY.person(i + 1, w)));
  });
  if (readPeople.length) draft.people = readPeople;

  let lines: DraftLine[] = [];
  items.forEach((value, i) => {
    const why: Message[] = [];
    const line = readLine(value, `items[${i}]`, draft.people, why);
    if (line && !why.length) lines.push(line);
    reasons.push(...why.map((w) => WHY.line(i + 1, w)));
  });
  if (reasons.length) return { ok: false, reasons: listed(reasons) };
  // A receipt names the lines it paid by their place; the draft holds them by key (see PAID_LINES).
  const receipts = draft.kept.plan && own(draft.kept.plan, 'receipts');
  if (Array.isArray(receipts)) {
    for (const receipt of receipts) {
      const places = isRecord(receipt) && own(receipt, 'forItems');
      if (!Array.isArray(places)) continue;
      receipt[PAID_LINES] = places.map((i): PaidLine => (Number.isInteger(i) && i >= 0 && i < lines.length ? lines[i].key : { given: i }));
      delete receipt.forItems;
    }
  }
  draft.people = coveringAll(draft.people, lines);
  lines = followingDefaults(draft.people, lines);
  const selfPay = draft.kept.plan && own(draft.kept.plan, 'selfPayCourses');
  draft.freeCourse = freeCourseOf(lines, selfPay);
  // The default course's answer is the draft's now (draft.ts, selfPayCoursesOf): the kept list keeps only courses the plan named.
  if (Array.isArray(selfPay) && draft.kept.plan) {
    const named = selfPay.filter((c) => c !== ONE_COURSE);
    if (named.length) draft.kept.plan.selfPayCourses = named;
    else delete draft.kept.plan.selfPayCourses;
  }
  // The answer is the draft's; the lines keep only courses the plan named for itself.
  draft.lines = draft.freeCourse ? lines.map((l) => (l.course === ONE_COURSE || l.course === SEPARATE_COURSE ? { ...l, course: '' } : l)) : lines;
  return { ok: true, draft, changes: keptChanges() };
}

/** A plan known to be well formed (a built-in or hospital scenario) as a draft. */
export function planToDraft(plan: DraftPlan): Draft {
  const read = readPlan(plan);
  if (!read.ok) throw new Error(`futan: not a plan: ${read.reasons.map((r) => r.en).join(' ')}`);
  return read.draft;
}
