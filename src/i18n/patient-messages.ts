/** The words of the patient's own estimate (`mode="patient"`): plain, with no counselor beside the reader. */
export interface PatientMessages {
  patientTitle: string;
  careGiven(title: string, total: string): string;
  questionOf(n: number, of: number): string;
  back: string;
  change: string;
  dontKnow: string;
  /** Between a name and what follows it: 「：」. */
  colon: string;
  yourAnswers: string;
  /** What each answer is about, before it in the list of answers. */
  answerLabels: Record<'whose' | 'age' | 'bracket' | 'certificate' | 'cap' | 'amounts' | 'when', string>;
  /** Whose costs: the wording of the questions follows it. */
  whoseQuestion: string;
  whoseSelf: string;
  whoseFamily: string;
  ageQuestion(family: boolean): string;
  ageBands: Record<'under70' | '70to74' | '75plus', string>;
  /** The year of birth, instead of an age band. */
  birthYear: string;
  birthYearHint: string;
  useBirthYear: string;
  birthYearInvalid: string;
  bracketQuestion: string;
  bracketWhere: string;
  /** A bracket in words, with its yearly income; the bracket's own name for who has a card that says it. */
  bracketWords(bracket: string): string;
  bracketDontKnow: string;
  certificateQuestion(family: boolean): string;
  certificates: Record<'none' | 'nanbyo' | 'shoman' | 'tokutei' | 'local', string>;
  certificateDontKnow: string;
  capQuestion(kind: 'nanbyo' | 'shoman' | 'tokutei' | 'local'): string;
  capHint(kind: 'nanbyo' | 'shoman' | 'tokutei' | 'local'): string;
  /** A card's answer: a monthly cap in yen, or a local subsidy's copay rate. */
  capWords(kind: 'nanbyo' | 'shoman' | 'tokutei' | 'local', cap: string, yen: string): string;
  amountsQuestion: string;
  amountsHint: string;
  next: string;
  whenQuestion: string;
  startMonth: string;
  monthsCount: string;
  monthsOption(n: number): string;
  seeAnswer: string;
  /** The answers that were not given, said under the range. */
  rangeBecause(unknowns: string[]): string;
  unknownWords: Record<'age' | 'bracket' | 'cap', string>;
  certificateMayLower: string;
  estimateTitle: string;
  /** Between the two ends of a range: 「 〜 」. */
  rangeSeparator: string;
  estimateRange(low: string, high: string): string;
  highCaseNote: string;
  provisional(text: string): string;
  /** Before the reader has answered: the estimate of the page's own example patient. */
  exampleEstimate(text: string): string;
  assumedCard: string;
  mealsIncluded(meals: number): string;
  todoTitle: string;
  notIncludedTitle: string;
  notIncluded: { meals(perDay: string): string; room: string; daily: string; travel: string; advanced(amount: string, payer: string): string };
  isEstimate: string;
  contactTitle: string;
  contactFallback: string;
  printHandout: string;
  toWorkspace: string;
  sourcesLink: string;
  amountsMissing: string;
  noAnswerYet: string;
}
