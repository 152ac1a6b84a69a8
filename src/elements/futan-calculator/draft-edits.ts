import type { CareKind } from '../../engine/index.js';
import { formatMonth, parseMonth } from '../../engine/calendar.js';
import { parseMonthText } from '../../engine/parse-date.js';
import { monthsOf, newKey, newLine, type Draft, type DraftLine, type DraftPerson } from './draft.js';

/**
 * The edits of the counselor's draft that are more than setting a field: adding a line where
 * the counselor would put it next, copying a line to later months, removing a person. Pure:
 * each returns a new draft and leaves the one it was given alone (the history keeps it).
 */

/** 「毎月くり返す」 copies a line to at most two years of months. */
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

/** A new line at the end, in the month it most likely belongs to, as inpatient or outpatient as the last one. */
export function withNewLine(draft: Draft, kind: CareKind, person: string): { draft: Draft; line: DraftLine } {
  const last = draft.lines.at(-1);
  const line: DraftLine = { ...newLine(kind, monthForNew(draft, kind, person), person), ...(kind === 'insured' && last?.kind === 'insured' && { setting: last.setting }) };
  return { draft: { ...draft, lines: [...draft.lines, line] }, line };
}

/** Copies a line to each of the next `times` months, keeping everything but the month; none when its month cannot be read. */
export function withRepeatedLine(draft: Draft, key: number, times: number): { draft: Draft; copies: DraftLine[] } {
  const index = draft.lines.findIndex((l) => l.key === key);
  const line = draft.lines[index];
  const read = line ? parseMonthText(line.month) : undefined;
  if (!read?.ok || times < 1) return { draft, copies: [] };
  const start = parseMonth(read.value)!;
  const copies = Array.from({ length: times }, (_, i): DraftLine => changedLine(line, { key: newKey(), month: formatMonth(start + i + 1) }));
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

/** 「毎月くり返す」's count as typed (３, 3回), or undefined when it is not 1 to MAX_REPEAT. */
export function repeatCountOf(text: string): number | undefined {
  const digits = text.normalize('NFKC').trim().replace(/回$/, '');
  const n = /^\d{1,2}$/.test(digits) ? Number(digits) : 0;
  return n >= 1 && n <= MAX_REPEAT ? n : undefined;
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
