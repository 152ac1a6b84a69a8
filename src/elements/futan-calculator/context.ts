import type { CareKind, PlanIssue } from '../../engine/index.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { Draft, DraftLine, DraftPerson } from './draft.js';

/**
 * Fields typed key by key, in the plan, a line, a person or a certificate: their edits are one
 * step of the history however many keys are pressed.
 */
export const TYPED_FIELDS: ReadonlySet<string> = new Set([
  'title', 'patientName', 'counselor', 'notes', 'remuneration', 'deductible', 'month', 'amount', 'meals', 'visits', 'facility', 'label', 'birthDate', 'age',
  'rate', 'from', 'to', 'monthlyCap', 'perVisit', 'visitsCharged', 'outpatientCap', 'inpatientCap',
]);

/** What a section of the calculator needs: the draft, the words, and the ways to change it. */
export interface SectionContext {
  draft: Draft;
  msg: Messages;
  lang: Lang;
  /** Problems of the plan, by the path of the field they concern. */
  issues: PlanIssue[];
  /** Issues that concern a line, by line key. */
  lineIssues: Map<number, PlanIssue[]>;
  unfilled: number[];
  /** The key of the draft person behind each person of the plan (issue paths say `people[i]`). */
  personKeys: number[];
  /** Lines whose details are open. */
  openLines: ReadonlySet<number>;
  /** Lines that can still be added before the plan holds the most a plan file opens again (MAX_LINES). */
  linesLeft: number;
  /** 「毎月くり返す」's count (0 while what is typed is not a count), and why not. */
  repeatCount: number;
  repeatText: string;
  repeatError: string;
  patientDetailsOpen: boolean;
  /** People whose certificates and insurer are unfolded. */
  openPeople: ReadonlySet<number>;
  togglePerson(key: number, open: boolean): void;
  /** An edit of the plan; `typing`, an edit made key by key in a text field (one step of the history however many keys). */
  change(patch: Partial<Draft>, typing?: boolean): void;
  changeLine(key: number, patch: Partial<DraftLine>): void;
  addLine(kind: CareKind, person?: string): void;
  removeLine(key: number): void;
  toggleLine(key: number): void;
  /** Copies a line to each of the next `copies` months. */
  repeatLine(key: number, copies: number): void;
  /** Puts focus on a control (its `data-focus`) once the edit just made is on screen. */
  focusLater(field: string): void;
  setRepeatCount(text: string): void;
  setPatientDetailsOpen(open: boolean): void;
  changePerson(key: number, patch: Partial<DraftPerson>, typing?: boolean): void;
  addPerson(): void;
  removePerson(key: number): void;
}

/** The value of the control an event came from. */
export const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
export const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;
