import type { Message } from '../engine/index.js';
import type { DraftPlan } from '../elements/futan-calculator/draft.js';

/**
 * A ready-made care path a counselor opens, changes and prints. Data only. Where the source
 * gives no price the amount is left empty with a hint: futan never invents a price.
 */
export interface Scenario {
  id: string;
  title: Message;
  summary: Message;
  /** The published document the path follows, and what of it the scenario uses. */
  source: Message;
  plan: DraftPlan;
  /** Other paths for the same patient, to compare side by side. */
  alternatives?: { title: Message; plan: DraftPlan }[];
}

/** What the counselor should type where the source gives no price. */
export const hint = (ja: string, en: string): Message => ({ ja, en });
