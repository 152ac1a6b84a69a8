import { max, onePercentHalfUp, type Amount } from '../money.js';
import type { CapFormula, ElderlyRow, ElderlyTable, Under70Band, Under70Table } from '../rules/index.js';
import type { ElderlyBracket, Under70Bracket } from '../types.js';

/**
 * A cap from its formula: base + (fee − threshold) × 1%, the 1% term rounded to the yen at
 * 50銭 before it is added (施行令42条), and never negative. In the month of the 75th birthday
 * the base and the threshold are both halved.
 */
export function capAmount(formula: CapFormula, fee: Amount, halved: boolean): Amount {
  // Every base and threshold in the tables is even, so halving stays in whole yen.
  const base = halved ? BigInt(formula.base) / 2n : BigInt(formula.base);
  if (formula.threshold === undefined) return base;
  const threshold = halved ? BigInt(formula.threshold) / 2n : BigInt(formula.threshold);
  return base + onePercentHalfUp(max(fee - threshold, 0n));
}

/** The base and threshold of a formula in money, halved in the month of the 75th birthday. */
export function scaledFormula(formula: CapFormula, halved: boolean): { base: Amount; threshold?: Amount } {
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

/** Each table's bands of each bracket, sorted out once: a band is looked up for every receipt. */
const BANDS = new Map<Under70Table, Map<Under70Bracket, Under70Band[]>>();

function bandsOf(table: Under70Table, bracket: Under70Bracket): Under70Band[] {
  let byBracket = BANDS.get(table);
  if (!byBracket) {
    BANDS.set(table, (byBracket = new Map()));
    for (const band of table.bands) {
      const list = byBracket.get(band.bracket);
      if (list) list.push(band);
      else byBracket.set(band.bracket, [band]);
    }
  }
  return byBracket.get(bracket) ?? [];
}

/** The under-70 band of a bracket; the 標準報酬月額 picks among the planned 2027-08 bands. */
export function under70Band(table: Under70Table, bracket: Under70Bracket, remuneration?: Amount): BandChoice {
  const bands = bandsOf(table, bracket);
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
  for (const row of table.rows) if (row.bracket === bracket) return row;
  throw new Error(`No row ${bracket} in ${table.id}`);
}
