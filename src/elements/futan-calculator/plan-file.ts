import type { BracketPeriod, Message, PublicProgram } from '../../engine/index.js';
import { courseOf, HANDOUT_FIELDS, selfPayCoursesOf, type Draft, type DraftItem, type DraftPeriod, type DraftPlan, type DraftProgram } from './draft.js';
import { keptPlan } from './kept-fields.js';
import { readPlan } from './read-plan.js';

/**
 * The calculator's plan as a file, and back. The file holds everything typed: lines without an
 * amount yet and text that is not an amount are kept as they are, so export then import loses
 * nothing. Anything that is not such a file is refused and the current plan is kept.
 */
export const PLAN_FILE_FORMAT = 'futan-plan';
export const PLAN_FILE_VERSION = 1;
/**
 * The most a plan file may hold, in the characters it stands for (an escape such as \" or \u0001
 * counts as the one character it writes: a memo of quotes is written twice as long, and is no
 * larger for that). Whatever the calculator holds, it saves to a file that opens again: a plan at
 * every bound of the reader (400 lines, 10 people with 10 certificates each, every text at its
 * longest, MAX_KEPT_CHARS kept as given) takes about 2.9 million. A file of typed plans is some
 * 250 KB.
 */
const MAX_FILE_CHARS = 4_000_000;
/** An escape writes one character in at most six (\u0001): a longer text cannot be within MAX_FILE_CHARS. */
const MAX_FILE_LENGTH = 6 * MAX_FILE_CHARS;

/** The characters a JSON text stands for: its length less what its escapes add. */
function charactersMeant(text: string): number {
  let extra = 0;
  for (let i = text.indexOf('\\'); i !== -1; i = text.indexOf('\\', i)) {
    const unicode = text.charCodeAt(i + 1) === 0x75; // \uXXXX
    extra += unicode ? 5 : 1;
    i += unicode ? 6 : 2;
  }
  return text.length - extra;
}

export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  version: number;
  plan: DraftPlan;
}

/**
 * A certificate as typed, without the draft's own key, with what the plan gave beside its fields
 * back in place. 高額かつ長期 is written only when ticked, or as the plan gave it (false: never):
 * left out, the engine derives it from the plan's months.
 */
function programAsTyped(program: DraftProgram): PublicProgram {
  const { kept, highCostLongTerm, tiers, charge, perVisit, visitsCharged, outpatientCap, inpatientCap, coversMeals, reimbursed, rate, ...typed }: Partial<DraftProgram> = { ...program };
  delete typed.key;
  const longTerm = highCostLongTerm ? { highCostLongTerm: true } : kept && Object.hasOwn(kept, 'highCostLongTerm') ? { highCostLongTerm: kept.highCostLongTerm } : {};
  // A local subsidy's shape as typed: only what is set, and only the charge chosen (a rate or a charge per visit).
  const given = (fields: Record<string, string | undefined>) => Object.fromEntries(Object.entries(fields).filter(([, text]) => text?.trim()));
  const shape = program.kind !== 'local' ? {}
    : { ...given(charge === 'perVisit' ? { perVisit, visitsCharged } : { rate }), ...given({ outpatientCap, inpatientCap }), ...(coversMeals && { meals: true }), ...(reimbursed && { payment: 'reimbursement' }) };
  return { ...typed, ...(program.kind === 'local' ? {} : { rate }), ...shape, ...(tiers?.length && { tiers: periodsAsTyped(tiers, 'tier') }), ...kept, ...longTerm } as unknown as PublicProgram;
}

/** Changes from a month on as typed: the month as typed, the value once chosen. */
const periodsAsTyped = (periods: readonly DraftPeriod[], key: 'bracket' | 'tier') => periods.map((p) => ({ from: p.from, ...(p.value && { [key]: p.value }) }));

/** The draft as a plan that keeps what is not valid yet (amounts as typed). */
export function draftAsPlan(draft: Draft): DraftPlan {
  const plan: DraftPlan = {
    ...keptPlan(draft, draft.lines.map((line) => line.key)),
    insurance: { ...draft.kept?.insurance, scheme: draft.scheme, capAtWindow: draft.capAtWindow, priorHighCostMonths: [...draft.priorMonths] },
    people: draft.people.map((p) => ({
      ...p.kept,
      id: p.id,
      ...(p.label && { label: p.label }),
      ...(p.birthDate ? { birthDate: p.birthDate } : p.age && { age: p.age as unknown as number }),
      ...(p.bracket && { bracket: p.bracket as DraftPlan['insurance']['bracket'] }),
      ...(p.brackets.length && { brackets: periodsAsTyped(p.brackets, 'bracket') as BracketPeriod[] }),
      ...(p.role && { role: p.role }),
      ...(p.otherInsurer && { insurance: { ...p.keptInsurance, ...(p.otherScheme && { scheme: p.otherScheme }), ...(p.otherBracket && { bracket: p.otherBracket as DraftPlan['insurance']['bracket'] }) } }),
      // Certificates as typed: months and a cap not read yet stay text, like every field of the file.
      ...(p.programs.length && { programs: p.programs.map(programAsTyped) }),
    })),
    items: draft.lines.map((line): DraftItem => ({
      ...line.kept,
      month: line.month,
      kind: line.kind,
      person: line.person,
      ...(line.setting && { setting: line.setting }),
      payer: line.payer,
      ...(line.amountText.trim() && { amount: line.amountText }),
      ...(line.meals.trim() && { meals: line.meals as unknown as number }),
      ...(line.visits.trim() && { visits: line.visits as unknown as number }),
      ...(line.facility && { facility: line.facility }),
      ...(line.label && { label: line.label }),
      ...(line.program && { program: line.program }),
      ...(line.riderPayment && { riderPayment: line.riderPayment }),
      ...((line.course || courseOf(line.kind, draft.freeCourse)) && { course: line.course || courseOf(line.kind, draft.freeCourse) }),
      ...(line.hint && { hint: line.hint }),
    })),
  };
  const selfPay = selfPayCoursesOf(draft);
  if (selfPay.length) plan.selfPayCourses = selfPay;
  else delete plan.selfPayCourses;
  if (draft.title) plan.title = draft.title;
  if (draft.bracket) plan.insurance.bracket = draft.bracket as DraftPlan['insurance']['bracket'];
  if (draft.brackets.length) plan.insurance.brackets = periodsAsTyped(draft.brackets, 'bracket') as BracketPeriod[];
  if (draft.remuneration) plan.insurance.monthlyRemuneration = draft.remuneration;
  if (draft.supplementary) plan.insurance.supplementary = { ...draft.kept?.supplementary, deductible: draft.deductible };
  if (draft.annualCountedBefore) plan.insurance.annualCountedBefore = draft.annualCountedBefore;
  if (draft.priorElsewhere) plan.insurance.priorElsewhere = true;
  if (draft.totalIncome || draft.taxableIncome) plan.tax = { ...(draft.totalIncome && { totalIncome: draft.totalIncome }), ...(draft.taxableIncome && { taxableIncome: draft.taxableIncome }) };
  const handout = HANDOUT_FIELDS.filter((f) => draft[f]);
  if (handout.length) plan.handout = Object.fromEntries(handout.map((f) => [f, draft[f]]));
  return plan;
}

/**
 * JSON.stringify calls a `toJSON` it finds on the prototype chain, and some host pages give every
 * array one (Prototype.js's `Array.prototype.toJSON` returns a string) or every object
 * (`Object.prototype.toJSON`). The replacer sees the holder, so it puts back each array and object
 * as it really is; what it returns is written as it is, with no `toJSON` called again. The plan is
 * plain data (read-plan.ts), so no value of ours has a `toJSON` of its own to lose.
 */
function ownJson(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  return typeof original === 'object' && original !== null ? original : value;
}

export function toPlanFile(draft: Draft): string {
  const file: PlanFile = { format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, plan: draftAsPlan(draft) };
  return `${JSON.stringify(file, ownJson, 2)}\n`;
}

/** A file refused: why, in a sentence, and each problem found in it (line by line). */
export type ReadPlanFile = { ok: true; draft: Draft; changes: Message[] } | { ok: false; message: Message; reasons: Message[]; newer?: boolean };

const REFUSED = {
  tooLarge: { ja: 'ファイルが大きすぎます。futan で保存した計画のファイルを選んでください。', en: 'The file is too large. Choose a plan file saved by futan.' },
  notJson: { ja: 'このファイルは読み取れません（JSON ではありません）。いまの入力はそのままです。', en: 'This file cannot be read (it is not JSON). What you typed is kept.' },
  foreign: { ja: 'futan で保存した計画のファイルではありません。いまの入力はそのままです。', en: 'This is not a plan file saved by futan. What you typed is kept.' },
  newer: { ja: 'このファイルは新しい版の futan で保存されています。いまの入力はそのままです。', en: 'This file was saved by a newer futan. What you typed is kept.' },
  invalid: { ja: 'futan の計画のファイルですが、読み込めない所があります。いまの入力はそのままです。', en: 'This futan plan file has parts that cannot be read. What you typed is kept.' },
} satisfies Record<string, Message>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (record: Record<string, unknown>, key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
const refuse = (message: Message, reasons: Message[] = [], newer = false): ReadPlanFile => ({ ok: false, message, reasons, newer });

/** Reads a plan file. A file that is not one is refused with its reasons; it never throws. */
export function fromPlanFile(text: string): ReadPlanFile {
  if (text.length > MAX_FILE_LENGTH || charactersMeant(text) > MAX_FILE_CHARS) return refuse(REFUSED.tooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(REFUSED.notJson);
  }
  if (!isRecord(data) || own(data, 'format') !== PLAN_FILE_FORMAT) return refuse(REFUSED.foreign);
  const version = own(data, 'version');
  if (typeof version !== 'number') return refuse(REFUSED.foreign);
  if (version > PLAN_FILE_VERSION) return refuse(REFUSED.newer, [], true);
  const read = readPlan(own(data, 'plan'));
  return read.ok ? read : refuse(REFUSED.invalid, read.reasons);
}
