import type { Message } from '../../engine/index.js';
import type { Scenario } from '../../scenarios/index.js';
import { draftAsPlan } from './plan-file.js';
import { readPlan } from './read-plan.js';

/**
 * A hospital's own templates, from a `<script type="application/json">` child of the
 * calculator or its `presets` property: an array in the scenario format (`{ id, title, summary?, source?, plan }`, where a
 * title may be one string or `{ ja, en }`). Each is checked like any plan from outside; one
 * that cannot be read is left out with its reason, and the others are kept.
 */
export interface ReadPresets {
  presets: Scenario[];
  problems: Message[];
}

const MAX_PRESETS = 50;

const own = (record: object, key: string): unknown => (Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined);

const nonBlank = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** A title or note given as one string, or as `{ ja, en }`; undefined when it says nothing (a blank button). */
function messageOf(value: unknown): Message | undefined {
  const record = typeof value === 'object' && value !== null;
  const ja = nonBlank(record ? own(value, 'ja') : value);
  const en = record ? nonBlank(own(value, 'en')) : ja;
  return ja || en ? { ja: ja ?? en!, en: en ?? ja! } : undefined;
}

const problem = (n: number, why: Message): Message => ({ ja: `病院のひな形 ${n}：${why.ja}`, en: `Hospital template ${n}: ${why.en}` });
const NOT_A_LIST: Message = { ja: '病院のひな形は配列ではないため、読み込みませんでした。', en: 'The hospital’s templates are not an array, so none were read.' };
/** Not JSON, or (set by code) a list whose reading threw: what was read until then is kept. */
const UNREADABLE: Message = { ja: '病院のひな形を読み取れません。', en: 'The hospital’s templates cannot be read.' };
const NO_ID: Message = { ja: 'id か title がありません。', en: 'it has no id or title.' };

/** The templates in the JSON child: parsed, then read as `presetsOf` reads the `presets` property. */
export function presetsFrom(text: string): ReadPresets {
  if (!text.trim()) return { presets: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { presets: [], problems: [UNREADABLE] };
  }
  return presetsOf(data);
}

/**
 * Reads the templates of the element's JSON child now, and again whenever that child is added,
 * replaced or given another text later (a CMS that fills the page after the element is on it);
 * returns how to stop watching. Without MutationObserver (on a server) it reads once.
 */
export function watchChildPresets(host: Element, read: (presets: ReadPresets) => void): () => void {
  const text = () => host.querySelector(':scope > script[type="application/json"]')?.textContent ?? '';
  let last = text();
  read(presetsFrom(last));
  if (typeof MutationObserver === 'undefined') return () => undefined;
  const observer = new MutationObserver(() => {
    const now = text();
    if (now === last) return;
    last = now;
    read(presetsFrom(now));
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/**
 * Templates given by code (`calculator.presets = […]`), read like the JSON child: a value that is
 * no list is refused, each template that cannot be read is left out with its reason. What is kept
 * is the plan as read (draftAsPlan), not the page's object, which the page may change or break
 * after it was checked and before a counselor chooses the template. Never throws: a getter that
 * throws or a Proxy stops the reading there, with a reason.
 */
export function presetsOf(value: unknown): ReadPresets {
  if (value === null || value === undefined) return { presets: [], problems: [] };
  const presets: Scenario[] = [];
  const problems: Message[] = [];
  try {
    if (!Array.isArray(value)) return { presets, problems: [NOT_A_LIST] };
    // Each place read as an own key: a hole in the list must not read a '0' a page put on Object.prototype.
    for (let i = 0; i < Math.min(value.length, MAX_PRESETS); i++) {
      const entry = own(value, String(i));
      const record = typeof entry === 'object' && entry !== null ? entry : {};
      const id = own(record, 'id');
      const title = messageOf(own(record, 'title'));
      if (typeof id !== 'string' || !id || !title) {
        problems.push(problem(i + 1, NO_ID));
        continue;
      }
      const plan = readPlan(own(record, 'plan'));
      if (!plan.ok) {
        problems.push(...plan.reasons.map((r) => problem(i + 1, r)));
        continue;
      }
      presets.push({
        id,
        title,
        summary: messageOf(own(record, 'summary')) ?? { ja: '', en: '' },
        source: messageOf(own(record, 'source')) ?? { ja: '', en: '' },
        plan: draftAsPlan(plan.draft),
      });
    }
  } catch {
    problems.push(UNREADABLE);
  }
  return { presets, problems };
}
