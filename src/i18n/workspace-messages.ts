import type { RefundSource } from '../engine/index.js';

/** The words of the counselor's workspace: the answer in view, templates, rows of care, variants. */
export interface WorkspaceMessages {
  answerTitle: string;
  finalCost: string;
  householdFinal: string;
  largestAtWindowShort(amount: string): string;
  showDetails: string;
  ifSeparateCourse: string;
  ifOneCourse: string;
  courseQuestion: string;
  courseSeparate: string;
  courseOne: string;
  courseUnknown: string;
  atWindowTitle: string;
  largestAtWindow(month: string, amount: string): string;
  comingBackTitle: string;
  comingBack(when: string, from: string, amount: string, forMonths: string): string;
  refundSources: Record<RefundSource, string>;
  nothingComesBack: string;
  eachPerson: string;
  othersTitle: string;
  planTotal: string;
  detailsSummary: string;
  templates: string;
  hospitalTemplates: string;
  builtInTemplates: string;
  templateNote(title: string): string;
  newPlan: string;
  confirmReplace(what: string): string;
  replace: string;
  cancel: string;
  addToCompare: string;
  /** How many variants are kept, beside the button that keeps them: the click's visible answer. */
  variantsKept(n: number, max: number): string;
  compareHint(max: number): string;
  variantName(n: number): string;
  /** Between the items of a short list in running text ('・' in Japanese, ', ' in English). */
  listSeparator: string;
  /** A detail put in parentheses after a name: 「（一般所得Ⅱ）」. */
  parenthesized(text: string): string;
  /** A note that names its person: 「世帯の方 1：通院」. */
  personNote(person: string, note: string): string;
  /** A kept variant of a plan with a title: numbered, since variants of one plan share its title. */
  variantTitled(n: number, title: string): string;
  variantAdded(count: number, max: number): string;
  reopenVariant: string;
  removeVariant: string;
  removeVariantLabel(title: string): string;
  /** A variant's name and what sets it apart from the first: 「案 2：先進医療なし」. */
  variantWith(name: string, what: string): string;
  variantWithKind(kind: string): string;
  variantWithoutKind(kind: string): string;
  variantFrom(month: string): string;
  variantRiderDirect: string;
  variantRiderLater: string;
  variantBracket(bracket: string): string;
  /** The label of a kept variant's name field, which names the variant in order. */
  variantNameLabel(n: number): string;
  variantsListTitle: string;
  /** Said when a variant is renamed to nothing: its name stays. */
  variantNameKept: string;
  persistSwitch: string;
  patientDetails: string;
  capAtWindowShort: string;
  noCapAtWindowShort: string;
  supplementaryShort: string;
  priorMonthsShort(count: number): string;
  lineMore: string;
  lineField(number: number, field: string): string;
  amountColumn: string;
  howColumn: string;
  lineMoreLabel(number: number): string;
  lineDetailsLabel(number: number): string;
  copyToNextMonth: string;
  repeatTimes: string;
  /** 「毎月くり返す」: the line and its copies make `times` months in all. */
  repeatMonthly(times: string): string;
  repeatCountError(max: number): string;
  /** Said after repeating: the months the line now stands in, in all. */
  linesCopied(months: number): string;
  addLineFor(name: string): string;
  personDetails(name: string): string;
  nothingSet: string;
  ownBracket: string;
  ownBracketShort(bracket: string): string;
  sameBracket: string;
  role: string;
  roles: Record<'' | 'insured' | 'dependent', string>;
  otherInsurer: string;
  otherInsurerShort: string;
  /** A person's insurer, when it is not the plan's: 「国民健康保険に加入」. */
  onOtherInsurer(scheme: string): string;
  /** Under a person's refunds in a household. */
  applicationNeeded: string;
  outpatientYearTitle: string;
  /** The year, what is counted, the cap; the month it is reached, the refund and when ('' when none). */
  outpatientYear(period: string, counted: string, cap: string, reachedIn: string, refund: string, when: string): string;
  chooseScheme: string;
  /** A member on another insurer, left out until their bracket is chosen: at the field, and on the answer. */
  otherBracketMissing: string;
  personWaiting(name: string): string;
  addProgram: string;
  programKinds: Record<'nanbyo' | 'shoman' | 'tokutei' | 'local', string>;
  programTier: string;
  chooseTier: string;
  programLabel: string;
  programRate: string;
  programMonthlyCap: string;
  programFrom: string;
  programTo: string;
  programFlags: Record<'highCostLongTerm' | 'ventilator' | 'severe' | 'dialysisHighIncome', string>;
  programLinesHint: string;
  /** A certificate that covers the person's care by default: what it covers, and how a line is taken out. */
  programCoversHint(withMeals: boolean): string;
  /** For a certificate from a plan whose links were given line by line: make it cover all. */
  programCoverAll: string;
  /** Why a certificate is not counted yet: the field it still needs. */
  certificateMissing(name: string, field: 'tier' | 'rate'): string;
  /** A line's certificate choice when the person's certificate covers it by default. */
  programByDefault(name: string): string;
  notCovered: string;
  /** The answer: the certificates applied, and the ones that change nothing. */
  certificatesTitle: string;
  certificateApplied(name: string, lines: number): string;
  certificateIdle(name: string): string;
  goToField: string;
  /** Inpatient months with no meal line: said on the answer and the handout, with a way to add them. */
  mealsNotIncluded(months: string): string;
  addMeals: string;
  mealsAdded(count: number): string;
  mealsHint: string;
  /** What the confirm calls a plan the host page set, when it has no title. */
  hostPlan: string;
  removeProgramLabel(name: string): string;
  lineProgram: string;
  noProgram: string;
  riderPayment: string;
  riderPayments: Record<'reimbursement' | 'direct', string>;
  annualCountedBefore: string;
  /** The August-to-July year the amounts paid before the plan count in. */
  annualYear: (from: string, to: string) => string;
  priorElsewhere: string;
  /** The bar's two outcomes while the mixed-billing question is open. */
  barIfSeparate(amount: string): string;
  barIfOne(amount: string): string;
  /** Under the amounts that hold only while the 自由診療 is a separate treatment. */
  ifSeparateNote: string;
  /**
   * The bounds of what a plan file opens again (read-plan.ts), said where the counselor types:
   * under a field that is full (typing and pasting stop there), beside an add button that is off.
   */
  textLimit(max: number): string;
  linesLimit(max: number): string;
  peopleLimit(max: number): string;
  programsLimit(max: number): string;
  /** 「毎月くり返す」 or 「次の月に複製」 asked for more copies than the plan has room for. */
  repeatNoRoom(room: number, max: number): string;
  /** The meal lines the answer offers would take the plan past its most lines. */
  mealsNoRoom(count: number, max: number): string;
  /** A plan read, from the page or a file, whose fields kept as given had to be changed to be kept (kept-copy.ts): each change is listed. */
  planChanged: string;
  fileChanged: string;
  /** Said after a reload restored what the tab kept: whose copy it was (the page's path, the calculator's id, the frame it is in). */
  persistRestored(path: string, id: string, frame: string): string;
  /** Why the answer is still empty, by what is missing. */
  enterAmountsHint: string;
  answerWaitsForFixes: string;
  /** The first control of the workspace: a way to the answer for who cannot see it beside the editor. */
  /** The mark that shows the answer bar opens (▲) or closes (▼); a screen reader hears aria-expanded instead. */
  barOpen: string;
  barClose: string;
  /** The open bar's words: the answer below it says the figures, so the bar says only that it closes. */
  barCloseText: string;
  /** A line's amount as a screen reader hears it, its visible label included: 「先進医療の技術料の請求額（税込）」. */
  amountOfKind(kind: string, label: string): string;
  /** The fold of the less used actions on a phone. */
  moreActions: string;
  /** What the plan file is for, said on a phone, where it opens nowhere. */
  saveFileHint: string;
  skipToAnswer: string;
}
