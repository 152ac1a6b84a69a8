/** The words of the printed handout and of the editor's 「お渡しする資料」 fields. */
export interface HandoutMessages {
  handoutFields: string;
  handoutFieldsHint: string;
  patientNameField: string;
  counselorField: string;
  notesField: string;
  /** The switch that prints the variants compared on the handout, and why it waits (fewer than two kept). */
  printCompareField: string;
  printCompareWaits: string;
  handoutCompareTitle: string;
  handoutCompareName: string;
  handoutCompareFinal: string;
  handoutFor(name: string): string;
  handoutBy(name: string): string;
  handoutFinalIf(label: string, condition: string): string;
  handoutMonthsTitle: string;
  handoutMonth: string;
  handoutAtWindow: string;
  handoutLater: string;
  handoutTotal: string;
  handoutLaterEntry(amount: string, from: string, when: string): string;
  handoutYearBack(period: string): string;
  handoutCapOnce: string;
  handoutWarningsTitle: string;
  handoutTodoTitle: string;
  handoutNotesTitle: string;
  handoutIncludedTitle: string;
  handoutWhat: string;
  handoutWho: string;
  handoutMeals(count: string): string;
  /** After the amount of a fee given before tax. */
  handoutBeforeTax: string;
  handoutRulesTitle: string;
  handoutPersonColumn: string;
}
