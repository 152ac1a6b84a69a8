/**
 * futan/engine: who pays what for a course of care in Japan, month by month, to the yen.
 * Pure TypeScript: no DOM, no network. Every amount crosses this boundary as a canonical
 * whole-yen decimal string.
 */
export { calculate, evaluate, validate, type Evaluation } from './calculate.js';
export { PlanError } from './read/plan-error.js';
export { MAX_PERIODS } from './read/read-brackets.js';
export type * from './types.js';
export { UNDER70_BRACKETS, ELDERLY_BRACKETS, normalizeBracket } from './brackets.js';
export { BRACKET_CHANGE_MONTH, RULES_BY_ID } from './rules/index.js';
export { parseAmount, type ParsedAmount, type AmountErrorCode } from './read/parse-amount.js';
export { parseDateText, parseMonthText, parseYearText, eraYearOf, ERAS, type ParsedDate, type DateErrorCode, type Era } from './read/parse-date.js';
export { SHARE_ORDER, shareParts, shareDifference, yenDifference, signOf, magnitude, moveInpatientCare, inpatientMonths, type ShareKey, type SharePart } from './explain/compare.js';
export { groupDigits } from './explain/explain.js';
export { answerOf, type Answer, type ComingBack, type MonthAnswer, type PersonAnswer, type RefundSource, type WindowMonth, type YearBack } from './explain/answer.js';
export { checklistOf, type ChecklistItem, type ChecklistId } from './explain/checklist.js';
export { cardCaps, cardCapRange, capOfCertificate, certificateOfCap, type CardCertificate } from './settle/program-cards.js';
export { isPublicSource } from './rules/sources.js';
export { KINDS as CARE_KINDS, PAYERS, SETTINGS, SCHEMES } from './read/normalize.js';
