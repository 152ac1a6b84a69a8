import type { CareKind } from '../../engine/index.js';
import { carriesConsumptionTax } from '../../engine/price/price.js';
import type { Draft } from './draft.js';

/**
 * What a plan from outside gives that the calculator has no field for, kept as given (plain
 * data: text, numbers, flags, lists and records of them), so that the plan is computed, saved
 * and handed on as it came: dropping it would change the answer where nobody can see it.
 */
export type KeptFields = Record<string, unknown>;

/**
 * Where a kept receipt holds the lines it paid for (`forItems`, by place in the plan): as line
 * keys, since lines come and go, and as given where a place named no line. A symbol, so that no
 * key a plan gives can be taken for it.
 */
export const PAID_LINES = Symbol('futan: the lines a receipt paid for');
export type PaidLine = number | { given: unknown };

/**
 * The plan's kept fields for items that are the lines of `keys`: each receipt names the lines it
 * paid by their place again, and a place that named no line stays as given (the plan stays
 * invalid, as it came). A line with no amount yet is not in the plan but keeps the link. A
 * receipt whose lines were all removed names none, and the deduction then sets it against the
 * year's costs (and says so) rather than against nothing.
 */
export function keptPlan(draft: Draft, keys: readonly number[]): KeptFields | undefined {
  const kept = draft.kept?.plan;
  const given = kept && Object.hasOwn(kept, 'receipts') ? kept.receipts : undefined;
  if (!Array.isArray(given)) return kept;
  const receipts = given.map((receipt: KeptFields & { [PAID_LINES]?: PaidLine[] }) => {
    const paid = receipt?.[PAID_LINES];
    if (!paid) return receipt;
    const rest: KeptFields = { ...receipt };
    delete (rest as { [PAID_LINES]?: PaidLine[] })[PAID_LINES];
    const forItems = paid.flatMap((line) => {
      if (typeof line !== 'number') return [line.given];
      const place = keys.indexOf(line);
      return place < 0 ? [] : [place];
    });
    const removed = paid.every((line) => typeof line === 'number' && !draft.lines.some((l) => l.key === line));
    return paid.length && removed ? rest : { ...rest, forItems };
  });
  return { ...kept, receipts };
}

/**
 * Whether a plan gave a fee before tax, to which the engine adds the tax (a kind that carries it):
 * its own `taxExcluded` only (a page may add keys to Object.prototype).
 */
export const givenBeforeTax = (kind: CareKind, record: object | undefined): boolean =>
  carriesConsumptionTax(kind) && record !== undefined && Object.hasOwn(record, 'taxExcluded') && (record as KeptFields).taxExcluded === true;
