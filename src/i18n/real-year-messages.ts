/**
 * The words of a real patient's year (RULES.md §9): a bracket or a certificate's tier that
 * changes from a month on, a municipal subsidy as it is, and what a plan sets that has no control
 * (the card per window, an outside pharmacy, 高額かつ長期), said in plain words in the workspace
 * and on the handout's 計算の前提.
 */
export interface RealYearMessages {
  bracketChanges: string;
  bracketChangesHint: string;
  tierChanges: string;
  changeFrom: string;
  changeFromHint: string;
  /** The value chosen from the change's month on: 所得区分 or 階層区分. */
  changeValue: Record<'bracket' | 'tier', string>;
  chooseValue: Record<'bracket' | 'tier', string>;
  addChange: Record<'bracket' | 'tier', string>;
  /** Names the n-th change for a screen reader: 「所得区分の変更 2」. */
  changeName(list: string, n: number): string;
  removeChangeLabel(name: string): string;
  /** A change in a summary or on the handout: 「2027年8月から エ」. */
  changeShort(month: string, value: string): string;
  localCharge: string;
  localCharges: Record<'rate' | 'perVisit', string>;
  perVisit: string;
  visitsCharged: string;
  visitsChargedHint: string;
  outpatientCap: string;
  inpatientCap: string;
  localMeals: string;
  localReimbursed: string;
  /** 償還払い in a few words, for the summary of a subsidy's folded conditions. */
  localReimbursedShort: string;
  /** The disclosure of a subsidy's rarer conditions, with what is set in it. */
  localMore: string;
  lineVisits: string;
  lineVisitsHint: string;
  /** Before what a plan set that has no control here: kept as it came. */
  keptNote: string;

  // facts, in plain words (workspace and handout)
  factCard(a: { facility: string; from: string; to: string; shown: boolean }): string;
  factPharmacy(pharmacy: string, facility: string): string;
  factLongTermNever(certificate: string): string;
  keptPerFacility: string;
  keptVisitsPerFacility: string;
}
