import type { Message } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { readPlan } from './read-plan.js';

/**
 * A hospital's own templates, from a `<script type="application/json">` child of the
 * calculator: an array in the scenario format (`{ id, title, summary?, source?, plan }`, where a
 * title may be one string or `{ ja, en }`). Each is checked like any plan from outside; one
 * that cannot be read is left out with its reason, and the others are kept.
 */
export interface ReadPresets {
  presets: Scenario[];
  problems: Message[];
}

const MAX_PRESETS = 50;

const own = (record: object, key: string): unknown => (Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined);

/** A title or note given as one string, or as `{ ja, en }`. */
function messageOf(value: unknown): Message | undefined {
  if (typeof value === 'string') return { ja: value, en: value };
  if (typeof value !== 'object' || value === null) return undefined;
  const ja = own(value, 'ja');
  const en = own(value, 'en');
  if (typeof ja === 'string' || typeof en === 'string') return { ja: String(ja ?? en), en: String(en ?? ja) };
  return undefined;
}

const problem = (n: number, why: Message): Message => ({ ja: `病院のひな形 ${n}：${why.ja}`, en: `Hospital template ${n}: ${why.en}` });
const NOT_A_LIST: Message = { ja: '病院のひな形（JSON）は配列ではないため、読み込みませんでした。', en: 'The hospital’s templates (JSON) are not an array, so none were read.' };
const NOT_JSON: Message = { ja: '病院のひな形（JSON）を読み取れません。', en: 'The hospital’s templates (JSON) cannot be read.' };
const NO_ID: Message = { ja: 'id か title がありません。', en: 'it has no id or title.' };

export function presetsFrom(text: string): ReadPresets {
  if (!text.trim()) return { presets: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { presets: [], problems: [NOT_JSON] };
  }
  if (!Array.isArray(data)) return { presets: [], problems: [NOT_A_LIST] };
  const presets: Scenario[] = [];
  const problems: Message[] = [];
  data.slice(0, MAX_PRESETS).forEach((entry: unknown, i) => {
    const record = typeof entry === 'object' && entry !== null ? entry : {};
    const id = own(record, 'id');
    const title = messageOf(own(record, 'title'));
    if (typeof id !== 'string' || !id || !title) return void problems.push(problem(i + 1, NO_ID));
    const plan = readPlan(own(record, 'plan'));
    if (!plan.ok) return void problems.push(...plan.reasons.map((r) => problem(i + 1, r)));
    presets.push({
      id,
      title,
      summary: messageOf(own(record, 'summary')) ?? { ja: '', en: '' },
      source: messageOf(own(record, 'source')) ?? { ja: '', en: '' },
      plan: own(record, 'plan') as Scenario['plan'],
    });
  });
  return { presets, problems };
}
