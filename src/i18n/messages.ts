import type { CareKind, Payer, RuleReference, Scheme, Setting, ShareKey, WarningCode, YearlyRefund } from '../engine/index.js';

import type { HandoutMessages } from './handout-messages.js';
import type { PatientMessages } from './patient-messages.js';
import type { RealYearMessages } from './real-year-messages.js';
import type { WorkspaceMessages } from './workspace-messages.js';

/** Every word futan shows. Both catalogues implement it, so a missing message is a type error. */
export interface Messages extends WorkspaceMessages, HandoutMessages, PatientMessages, RealYearMessages {
  // amounts and shares
  amount: string;
  amountRequired: string;
  amountReadAs(formatted: string): string;
  shares: Record<ShareKey, string>;
  shareHints: Record<ShareKey, string>;
  total: string;
  noResult: string;
  splitTitle(total: string): string;

  // the breakdown
  breakdownTitle: string;
  patientPaysInTheEnd: string;
  totalOver(total: string, span: string): string;
  receivedNote(received: string, net: string): string;
  whoPays: string;
  monthsTitle: string;
  month: string;
  insuredFee: string;
  copay: string;
  /** Of a month's copay, what the insurer's 高額療養費 bears: said as the insurer's part, never as a cost of the patient's. */
  benefitPart(amount: string): string;
  /** The months table's last column: how the month's insured care was worked out. */
  workingColumn: string;
  atWindow: string;
  later: string;
  patientCost: string;
  manyTimes: string;
  around(month: string): string;
  capsTitle: string;
  capReached: string;
  programsTitle: string;
  programNames: { nanbyo: string; shoman: string };
  /** One programme in one month: its cap (null: none), what the patient used of it, what it paid. */
  programMonth: (cap: string | null, used: string, paid: string) => string;
  yearlyTitle: string;
  yearlyRefund(from: string, to: string, amount: string): string;
  yearlyDetail(counted: string, cap: string, expected: string): string;
  deductionTitle: string;
  deductionYear(year: number, counted: string): string;
  deductionMissing: string;
  deductionAmount(amount: string): string;
  deductionNeedsTaxable: string;
  deductionSaved(amount: string): string;
  warningTitles: Record<WarningCode, string>;
  months: string;
  rulesTitle: string;
  ruleStatus: Record<RuleReference['status'], string>;
  rulePeriod(from: string, to: string): string;
  sources: string;
  disclaimer: string;

  // the schedule
  scheduleTitle: string;
  scheduleNote: string;
  paidAtWindow: string;
  refunded: string;
  received: string;
  net: string;
  manyTimesStarts: string;
  yearlyRefundArrives: Record<YearlyRefund['reason'], string>;
  /** A month whose refunds exceed what is paid in it: 「戻り ￥43,500」. */
  netBack(amount: string): string;
  whatIfTitle: string;
  /** The what-if's title for stays each within one month. */
  whatIfShiftTitle: string;
  whatIfMonth: string;
  whatIfDirection: string;
  whatIfNext: string;
  whatIfPrevious: string;
  whatIfAnswer(from: string, to: string, patient: string, change: string): string;
  whatIfLess(amount: string): string;
  whatIfMore(amount: string): string;
  whatIfSame: string;
  whatIfUnavailable: string;

  // the comparison
  compareTitle: string;
  compareNeedsTwo: string;
  compareInvalid: string;
  lowest: string;
  /** Comparison rows under the patient's own: the most at the cashier in one month, and what comes back later. */
  compareLargestAtWindow: string;
  compareComingBack: string;
  differenceFromFirst(amount: string): string;
  warningsRow: string;

  // the calculator
  scenario: string;
  chooseScenario: string;
  sourceLabel: string;
  planTitle: string;
  print: string;
  toResult: string;
  printTitle: string;
  printDate(date: string): string;
  /** The handout's 計算の前提: the insurance, bracket, age, the card, the certificates applied ('' when none) and the household. */
  printAssumptions(a: { scheme: string; bracket: string; age: string; card: boolean; household: number; certificates: string }): string;
  patientSection: string;
  birthDate: string;
  /** How a date of birth may be written. */
  birthDateHint: string;
  age: string;
  /** Under the age field: when to give an age rather than the date of birth. */
  ageHint: string;
  scheme: string;
  schemes: Record<Scheme, string>;
  bracket: string;
  chooseBracket: string;
  under70: string;
  seventyPlus: string;
  bracketOption(bracket: string, scheme: Scheme): string;
  bracketHint(scheme: Scheme): string;
  remuneration: string;
  remunerationHint: string;
  optional: string;
  capAtWindow: string;
  supplementary: string;
  supplementaryDeductible: string;
  priorMonths: string;
  priorMonthsHint: string;
  linesSection: string;
  linesHint: string;
  noLines: string;
  addLine: string;
  lineLegend(number: number, kind: string): string;
  kind: string;
  kinds: Record<CareKind, string>;
  mealCount: string;
  insuredAmount: string;
  feeAmount: string;
  /** A fee the plan gave before tax (`taxExcluded`): the engine adds the tax where the law puts one. */
  feeBeforeTax: string;
  setting: string;
  settings: Record<Setting, string>;
  payer: string;
  payers: Record<Payer, string>;
  facility: string;
  facilityHint: string;
  person: string;
  personName(index: number, label: string): string;
  memo: string;
  lineNotCounted: string;
  remove: string;
  removeLineLabel(number: number): string;
  lineRemoved: string;
  personRemoved: string;
  undo: string;
  undone: string;
  redo: string;
  redone: string;
  historyLabel: string;
  saveFile: string;
  openFile: string;
  fileOffered(name: string): string;
  fileLoaded: string;
  persistNote: string;
  persistFailed: string;
  persistNotices: Record<'conflict' | 'newer' | 'set-aside', string>;
  planUnreadable: string;
  householdSection: string;
  householdHint: string;
  relation: string;
  addPerson: string;
  removePersonLabel(name: string): string;
  startHint: string;
  issuesTitle: string;
  /** How many entries need checking, and the first of them (where and why). */
  issuesAnnouncement(count: number, first: string): string;
  resultTitle: string;
  resultAnnouncement(patient: string): string;
  placeOfLine(line: number, field: string): string;
  placeOfPerson(index: number): string;
  placeOfPatient: string;
}
