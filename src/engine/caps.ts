import { max, onePercentHalfUp, type Amount } from './money.js';
import type { CapFormula, ElderlyRow, ElderlyTable, Under70Band, Under70Table } from './rules/index.js';
import type { ElderlyBracket, Under70Bracket } from './types.js';

/**
 * A cap from its formula: base + (fee − threshold) × 1%, the 1% term rounded to the yen at
 * 50銭 before it is added (施行令42条), and never negative. In the month of the 75th birthday
 * the base and the threshold are both halved.
 */
export function capAmount(formula: CapFormula, fee: Amount, halved: boolean): Amount {
  const { base, threshold } = scaledFormula(formula, halved);
  if (threshold === undefined) return base;
  return base + onePercentHalfUp(max(fee - threshold, 0n));
}

/** The base and threshold of a formula in money, halved in the month of the 75th birthday. */
export function scaledFormula(formula: CapFormula, halved: boolean): { base: Amount; threshold?: Amount } {
  // Every base and threshold in the tables is even, so halving stays in whole yen.
  const divisor = halved ? 2n : 1n;
  return {
    base: BigInt(formula.base) / divisor,
    threshold: formula.threshold === undefined ? undefined : BigInt(formula.threshold) / divisor,
  };
}

export interface BandChoice {
  band: Under70Band;
  /** True when the table splits the bracket and no remuneration told us which band. */
  assumedLowestBand: boolean;
}

/** The under-70 band of a bracket; the 標準報酬月額 picks among the planned 2027-08 bands. */
export function under70Band(table: Under70Table, bracket: Under70Bracket, remuneration?: Amount): BandChoice {
  const bands = table.bands.filter((b) => b.bracket === bracket);
  if (remuneration !== undefined && bracket !== 'オ') {
    const band = bands.find((b) => b.minRemuneration === undefined || remuneration >= BigInt(b.minRemuneration));
    if (band) return { band, assumedLowestBand: false };
  }
  return { band: bands[bands.length - 1], assumedLowestBand: bands.length > 1 };
}

export function under70Annual(table: Under70Table, band: Under70Band, remuneration?: Amount): Amount | undefined {
  if (band.annual === undefined) return undefined;
  const low = table.lowIncomeAnnual;
  if (low && band.bracket === 'エ' && remuneration !== undefined && remuneration <= BigInt(low.maxRemuneration)) return BigInt(low.annual);
  return BigInt(band.annual);
}

export function elderlyRow(table: ElderlyTable, bracket: ElderlyBracket): ElderlyRow {
  return table.rows.find((r) => r.bracket === bracket)!;
}
