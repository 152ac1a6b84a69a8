import type { Message } from '../../engine/index.js';
import { planToDraft, type Draft, type DraftItem, type DraftPlan } from './draft.js';

/**
 * The calculator's plan as a file, and back. The file holds everything typed: lines without an
 * amount yet and text that is not an amount are kept as they are, so export then import loses
 * nothing. Anything that is not such a file is refused and the current plan is kept.
 */
export const PLAN_FILE_FORMAT = 'futan-plan';
export const PLAN_FILE_VERSION = 1;
/** Far above any plan a counselor types (5,000 lines is about 1 MB). */
const MAX_FILE_BYTES = 2_000_000;

export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  version: number;
  plan: DraftPlan;
}

/** The draft as a plan that keeps what is not valid yet (amounts as typed). */
export function draftAsPlan(draft: Draft): DraftPlan {
  const plan: DraftPlan = {
    insurance: { scheme: draft.scheme, capAtWindow: draft.capAtWindow, priorHighCostMonths: [...draft.priorMonths] },
    people: draft.people.map((p) => ({ id: p.id, ...(p.label && { label: p.label }), ...(p.birthDate ? { birthDate: p.birthDate } : p.age && { age: p.age as unknown as number }) })),
    items: draft.lines.map((line): DraftItem => ({
      month: line.month,
      kind: line.kind,
      person: line.person,
      setting: line.setting,
      payer: line.payer,
      ...(line.amountText.trim() && { amount: line.amountText }),
      ...(line.meals.trim() && { meals: line.meals as unknown as number }),
      ...(line.facility && { facility: line.facility }),
      ...(line.label && { label: line.label }),
      ...(line.hint && { hint: line.hint }),
    })),
  };
  if (draft.title) plan.title = draft.title;
  if (draft.bracket) plan.insurance.bracket = draft.bracket as DraftPlan['insurance']['bracket'];
  if (draft.remuneration) plan.insurance.monthlyRemuneration = draft.remuneration;
  if (draft.supplementary) plan.insurance.supplementary = { deductible: draft.deductible };
  if (draft.totalIncome || draft.taxableIncome) plan.tax = { ...(draft.totalIncome && { totalIncome: draft.totalIncome }), ...(draft.taxableIncome && { taxableIncome: draft.taxableIncome }) };
  return plan;
}

export function toPlanFile(draft: Draft): string {
  const file: PlanFile = { format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, plan: draftAsPlan(draft) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadPlanFile = { ok: true; draft: Draft } | { ok: false; message: Message };

const REFUSED = {
  tooLarge: { ja: 'ファイルが大きすぎます。futan で保存した計画のファイルを選んでください。', en: 'The file is too large. Choose a plan file saved by futan.' },
  notJson: { ja: 'このファイルは読み取れません（JSON ではありません）。いまの入力はそのままです。', en: 'This file cannot be read (it is not JSON). What you typed is kept.' },
  foreign: { ja: 'futan で保存した計画のファイルではありません。いまの入力はそのままです。', en: 'This is not a plan file saved by futan. What you typed is kept.' },
  newer: { ja: 'このファイルは新しい版の futan で保存されています。いまの入力はそのままです。', en: 'This file was saved by a newer futan. What you typed is kept.' },
} satisfies Record<string, Message>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a plan file. A file that is not one is refused with a reason; it never throws. */
export function fromPlanFile(text: string): ReadPlanFile {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: REFUSED.tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: REFUSED.notJson };
  }
  if (!isRecord(data) || data.format !== PLAN_FILE_FORMAT || !isRecord(data.plan)) return { ok: false, message: REFUSED.foreign };
  if (typeof data.version !== 'number' || data.version > PLAN_FILE_VERSION) return { ok: false, message: REFUSED.newer };
  const plan = data.plan;
  const wellFormed =
    Array.isArray(plan.items) && plan.items.every(isRecord) &&
    (plan.insurance === undefined || isRecord(plan.insurance)) &&
    (plan.people === undefined || (Array.isArray(plan.people) && plan.people.length > 0 && plan.people.every((p) => isRecord(p) && typeof p.id === 'string')));
  if (!wellFormed) return { ok: false, message: REFUSED.foreign };
  try {
    return { ok: true, draft: planToDraft({ ...(plan as unknown as DraftPlan), insurance: (plan.insurance ?? {}) as DraftPlan['insurance'] }) };
  } catch {
    return { ok: false, message: REFUSED.foreign };
  }
}
