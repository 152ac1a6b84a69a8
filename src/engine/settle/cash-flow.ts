import { yen, type Amount } from '../money.js';
import type { CashFlowMonth, MonthText } from '../types.js';

/**
 * What is paid, refunded and received in each month, summed as the months are worked out: the
 * amounts are added as bigints before they are written, never read back from the text.
 */
export class CashFlows {
  private readonly flows = new Map<MonthText, { paid: Amount; refunded: Amount; received: Amount }>();

  private at(month: MonthText) {
    let flow = this.flows.get(month);
    if (!flow) this.flows.set(month, (flow = { paid: 0n, refunded: 0n, received: 0n }));
    return flow;
  }

  paid(month: MonthText, amount: Amount): void {
    this.at(month).paid += amount;
  }

  refunded(month: MonthText, amount: Amount): void {
    this.at(month).refunded += amount;
  }

  received(month: MonthText, amount: Amount): void {
    this.at(month).received += amount;
  }

  /** The months in order, each with what is left of it. */
  rows(): CashFlowMonth[] {
    return [...this.flows]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, f]) => ({
        month,
        paid: yen(f.paid),
        refunded: yen(f.refunded),
        received: yen(f.received),
        net: yen(f.paid - f.refunded - f.received),
      }));
  }
}
