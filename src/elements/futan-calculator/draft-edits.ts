import type { CareKind } from '../../engine/index.js';
import { formatMonth, parseMonth } from '../../engine/calendar.js';
import { parseMonthText } from '../../engine/read/parse-date.js';
import { groupDigits } from '../../engine/explain/explain.js';
import { isFilled, monthsOf, newKey, newLine, type Draft, type DraftLine, type DraftPerson } from './draft.js';

/**
 * The edits of the counselor's draft that are more than setting a field: adding a line where
 * the counselor would put it next, copying a line to later months, removing a person. Pure:
 * each returns a new draft and leaves the one it was given alone (the history keeps it).
 */

/** 「毎月くり返す」 makes a line stand in at most two years of months, itself included. */
export const MAX_REPEAT = 24;

function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The month for a new line: the month after the last line's for the same kind and person (the
 * next month of a monthly treatment); the last line's month for another kind or person (a fee
 * beside that month's care, a family member's care in the same month).
 */
export function monthForNew(draft: Draft, kind: CareKind, person: string): string {
  const last = draft.lines.at(-1);
  const read = last ? parseMonthText(last.month) : undefined;
  if (!last || !read?.ok) return monthsOf(draft).at(-1) ?? thisMonth();
  return last.kind === kind && last.person === person ? formatMonth(parseMonth(read.value)! + 1) : read.value;
}

/**
 * A new line at the end, in the month it most likely belongs to. Insured care is taken as a stay
 * (the usual reason for a plan), but after the person's outpatient visits it asks 入院/外来 rather
 * than guessing (a stay after monthly outpatient lines came in as 外来 when it copied the last one).
 */
export function withNewLine(draft: Draft, kind: CareKind, person: string): { draft: Draft; line: DraftLine } {
  const asks = kind === 'insured' && draft.lines.filter((l) => l.kind === 'insured' && l.person === person).at(-1)?.setting === 'outpatient';
  const line: DraftLine = { ...newLine(kind, monthForNew(draft, kind, person), person), ...(asks && { setting: '' }) };
  return { draft: { ...draft, lines: [...draft.lines, line] }, line };
}

/**
 * The months in which a person was in hospital (an insured inpatient line with an amount) and has
 * no meal line: the answer says their meals are not included, and offers to add them.
 */
export function inpatientMonthsWithoutMeals(draft: Draft): { month: string; person: string }[] {
  const read = (line: DraftLine) => {
    const month = parseMonthText(line.month);
    return month.ok ? month.value : undefined;
  };
  const withMeals = new Set(draft.lines.filter((l) => l.kind === 'meals').map((l) => `${read(l)} ${l.person}`));
  const found = new Map<string, { month: string; person: string }>();
  for (const line of draft.lines) {
    const month = read(line);
    if (line.kind !== 'insured' || line.setting !== 'inpatient' || !isFilled(line) || !month || withMeals.has(`${month} ${line.person}`)) continue;
    found.set(`${month} ${line.person}`, { month, person: line.person });
  }
  return [...found.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** Meal lines for the months given (inpatient months without one), each for its person, after the last line. */
export function withMealLines(draft: Draft, months: readonly { month: string; person: string }[]): { draft: Draft; lines: DraftLine[] } {
  const lines = months.map(({ month, person }) => newLine('meals', month, person));
  return { draft: { ...draft, lines: [...draft.lines, ...lines] }, lines };
}

/** Copies a line to each of the next `times` months, keeping everything but the month; none when its month cannot be read. */
export function withRepeatedLine(draft: Draft, key: number, times: number): { draft: Draft; copies: DraftLine[] } {
  const index = draft.lines.findIndex((l) => l.key === key);
  const line = draft.lines[index];
  const read = line ? parseMonthText(line.month) : undefined;
  if (!read?.ok || times < 1) return { draft, copies: [] };
  const start = parseMonth(read.value)!;
  // A copy shows its amount as the field shows one it has read (150,000), not as first typed (150000).
  const amountText = line.amount && !line.amountError ? groupDigits(line.amount) : line.amountText;
  const copies = Array.from({ length: times }, (_, i): DraftLine => changedLine(line, { key: newKey(), month: formatMonth(start + i + 1), amountText }));
  return { draft: { ...draft, lines: [...draft.lines.slice(0, index + 1), ...copies, ...draft.lines.slice(index + 1)] }, copies };
}

/** A household member taken out; their lines go to the patient rather than disappear. */
export function withoutPerson(draft: Draft, key: number): Draft {
  const person = draft.people.find((p) => p.key === key);
  if (!person) return draft;
  const patientId = draft.people[0].id;
  return {
    ...draft,
    people: draft.people.filter((p) => p.key !== key),
    lines: draft.lines.map((l) => (l.person === person.id ? { ...l, person: patientId } : l)),
  };
}

/**
 * 「毎月くり返す」's count as typed (３, 3回, 全8回): the months the line stands in, itself included,
 * or undefined when it is not 2 to MAX_REPEAT.
 */
export function repeatCountOf(text: string): number | undefined {
  const digits = text.normalize('NFKC').trim().replace(/^全/, '').replace(/回$/, '');
  const n = /^\d{1,2}$/.test(digits) ? Number(digits) : 0;
  return n >= 2 && n <= MAX_REPEAT ? n : undefined;
}

const monthRead = (text: string) => {
  const read = parseMonthText(text);
  return read.ok ? read.value : text;
};

/** A line changed; in another month it leaves behind the day of the month it came with (a day 31 fits no June). */
export function changedLine(line: DraftLine, patch: Partial<DraftLine>): DraftLine {
  const changed = { ...line, ...patch };
  if (patch.month !== undefined && line.kept?.day !== undefined && monthRead(patch.month) !== monthRead(line.month)) {
    changed.kept = { ...line.kept };
    delete changed.kept.day;
  }
  return changed;
}

/**
 * A person changed. The settings kept from the plan for their other insurer (its 多数回 months,
 * 付加給付, counted-before) belong to that insurer: when the counselor names another kind of insurer,
 * or none, they go (a corrected bracket keeps them).
 */
export function changedPerson(person: DraftPerson, patch: Partial<DraftPerson>): DraftPerson {
  const changed = { ...person, ...patch };
  if (patch.otherInsurer !== undefined || patch.otherScheme !== undefined) changed.keptInsurance = undefined;
  return changed;
}
