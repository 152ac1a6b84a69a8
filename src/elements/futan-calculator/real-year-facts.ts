import { parseMonthText } from '../../engine/read/parse-date.js';
import { formatMonth } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { certificateName, type Draft, type DraftLine, type DraftProgram } from './draft.js';
import { own } from './read-own.js';

/**
 * What a plan sets for a real year, in plain words: the bracket and tier changes, each municipal
 * subsidy's shape, programmes used together, and what has no control here and is kept as given
 * (the card per window, an outside pharmacy, 高額かつ長期 held or never, caps per facility). The
 * workspace says each where it is; the handout's 計算の前提 lists them all. Words only: every
 * figure is the plan's as typed or the engine's.
 */
export interface Words {
  msg: Messages;
  lang: Lang;
}


export const keptFlag = (program: DraftProgram, key: string) => program.kept !== undefined && own(program.kept, key) === true;

/** What a certificate holds that has no control here (kept as given), in words; '' when nothing. */
export function keptProgramFacts(words: Words, program: DraftProgram): string[] {
  const { msg } = words;
  const facts: string[] = [];
  if (program.kind === 'nanbyo' && !program.highCostLongTerm && program.kept && own(program.kept, 'highCostLongTerm') === false) facts.push(msg.factLongTermNever(certificateName(msg, program)));
  if (program.kind === 'local' && keptFlag(program, 'perFacility')) facts.push(msg.keptPerFacility);
  if (program.kind === 'local' && keptFlag(program, 'visitsPerFacility')) facts.push(msg.keptVisitsPerFacility);
  return facts;
}

/** Where the card is shown or not, by window and month (`insurance.cardShown`, kept as given). */
export function cardFacts({ msg, lang }: Words, draft: Draft): string[] {
  const rules = draft.kept?.insurance && own(draft.kept.insurance, 'cardShown');
  if (!Array.isArray(rules)) return [];
  const month = (value: unknown) => (typeof value === 'string' && parseMonthText(value).ok ? formatMonth(value, lang) : '');
  return rules
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && typeof own(r as Record<string, unknown>, 'shown') === 'boolean')
    .map((r) => msg.factCard({ facility: typeof own(r, 'facility') === 'string' ? (own(r, 'facility') as string) : '', from: month(own(r, 'from')), to: month(own(r, 'to')), shown: own(r, 'shown') === true }));
}

/** An outside pharmacy a line was dispensed at (`pharmacy`, kept as given); '' when none. */
export function pharmacyFact({ msg }: Words, line: DraftLine): string {
  const pharmacy = line.kept && own(line.kept, 'pharmacy');
  return typeof pharmacy === 'string' && pharmacy.trim() ? msg.factPharmacy(pharmacy.trim(), line.facility.trim()) : '';
}
