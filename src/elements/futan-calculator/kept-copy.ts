import { groupDigits } from '../../engine/explain/explain.js';
import type { Message } from '../../engine/index.js';
import type { KeptFields } from './kept-fields.js';
import { isRecord, listOf, own, ownKeys, Unreadable, type Rec } from './read-own.js';

/**
 * What a plan gives that the calculator has no field for is kept as given (kept-fields.ts), as a
 * copy of plain data: what a plan file can hold, so that the plan saved is the plan read. What
 * cannot be kept exactly is changed the way a file would change it, and said (keptChanges): a
 * `__proto__` key is left out (copied into a plan a page receives, it would be taken for the
 * object's prototype), a Date or a Map keeps only its own fields, NaN and gaps in a list become
 * null, a function is left out, and a structure nested deeper than any plan's data (a cycle) is
 * cut off.
 */

/**
 * What is kept from one plan at most, in characters of the plan file: each key and text by its
 * length, and every value by the room it takes besides (indentation, quotes, separators). Far
 * above any real plan's (a day and a flag on each of 400 lines take some 30,000), and a bound on
 * a hostile one: with every field the calculator holds at its longest, the file still opens
 * (plan-file.ts, MAX_FILE_CHARS).
 */
export const MAX_KEPT_CHARS = 500_000;
const VALUE_ROOM = 32;
const MAX_DEPTH = 8;

/** Past MAX_KEPT_CHARS: the plan is refused, saying why. */
export class TooMuchKept extends Unreadable {}

export const KEPT_TOO_LARGE: Message = {
  ja: `futan に入力欄のない項目（そのまま残す項目）が大きすぎます。残せるのは、計画のファイルで ${groupDigits(String(MAX_KEPT_CHARS))} 文字分までです。`,
  en: `The fields futan has no place for (kept as given) are too large: at most ${groupDigits(String(MAX_KEPT_CHARS))} characters of a plan file can be kept.`,
};

type Change = 'proto' | 'deep' | 'notPlain' | 'notFinite' | 'hole' | 'leftOut';

const CHANGED: Record<Change, (at: string) => Message> = {
  proto: (at) => ({ ja: `${at}：「__proto__」という名前の項目は除きました（ページの中では別の意味になるため）。`, en: `${at}: a field named "__proto__" was left out (inside a page it means something else).` }),
  deep: (at) => ({ ja: `${at}：${MAX_DEPTH} 段より深い部分は省きました。`, en: `${at}: what is nested deeper than ${MAX_DEPTH} levels was left out.` }),
  notPlain: (at) => ({ ja: `${at}：日付や Map など、ふつうのデータでない値は、その値自身の項目だけが残ります（日付や Map は中身のない {}）。`, en: `${at}: a Date, a Map or another object that is not plain data keeps only its own fields (a Date or a Map becomes an empty {}).` }),
  notFinite: (at) => ({ ja: `${at}：NaN や Infinity は null として残ります（ファイルに書けないため）。`, en: `${at}: NaN and Infinity are kept as null (a file cannot hold them).` }),
  hole: (at) => ({ ja: `${at}：一覧の空き（値のない所）は null として残ります。`, en: `${at}: a gap in a list (a place with no value) is kept as null.` }),
  leftOut: (at) => ({ ja: `${at}：関数など、ファイルに書けない値は除きました。`, en: `${at}: a function or another value a file cannot hold was left out.` }),
};

let charsLeft = MAX_KEPT_CHARS;
/** Each kind of change made in this plan, with where it was first made. */
let changes = new Map<Change, string>();

/** Starts the bound and the changes afresh, for one plan. */
export function startKeeping(): void {
  charsLeft = MAX_KEPT_CHARS;
  changes = new Map();
}

/** What was changed to keep the plan's other fields as plain data: each kind once, where it was first. */
export function keptChanges(): Message[] {
  return [...changes].map(([kind, at]) => CHANGED[kind](at));
}

function changed(kind: Change, at: string): void {
  if (!changes.has(kind)) changes.set(kind, at);
}

function spend(chars: number): void {
  charsLeft -= chars;
  if (charsLeft < 0) throw new TooMuchKept();
}

const HOLE = Symbol('a gap in a list');

/** An object of Object.prototype (of this page or of another frame's) or of none. */
function isPlain(value: object): boolean {
  try {
    const proto = Object.getPrototypeOf(value) as object | null;
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    throw new Unreadable();
  }
}

/** The own keys of `record` outside `held`, at `at` in the plan, as a copy of plain data; undefined when there are none. */
export function keptOf(record: Rec, held: readonly string[], at: string, depth = 0): KeptFields | undefined {
  const entries: [string, unknown][] = [];
  for (const key of ownKeys(record)) {
    if (held.includes(key)) continue;
    const path = at ? `${at}.${key}` : key;
    if (key === '__proto__') {
      changed('proto', path);
      continue;
    }
    spend(key.length);
    const value = plainCopy(own(record, key), depth, path);
    if (value !== undefined) entries.push([key, value]);
  }
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Plain data, copied, or undefined for a value that is left out. */
function plainCopy(value: unknown, depth: number, at: string): unknown {
  if (value === undefined) return undefined;
  if (depth > MAX_DEPTH) return void changed('deep', at);
  spend(typeof value === 'string' ? VALUE_ROOM + value.length : VALUE_ROOM);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    changed('notFinite', at);
    return null;
  }
  if (isRecord(value)) {
    if (!isPlain(value)) changed('notPlain', at);
    return keptOf(value, [], at, depth + 1) ?? {};
  }
  const list = typeof value === 'object' ? listOf(value, Math.floor(charsLeft / VALUE_ROOM), () => KEPT_TOO_LARGE, [], HOLE) : undefined;
  if (typeof value === 'object' && !list) throw new TooMuchKept();
  if (!list) return void changed('leftOut', at);
  return list.map((item, i) => {
    const place = `${at}[${i}]`;
    if (item === HOLE || item === undefined) {
      changed('hole', place);
      spend(VALUE_ROOM);
      return null;
    }
    // In a list, a value left out keeps its place, as null (as a file writes it).
    return plainCopy(item, depth + 1, place) ?? null;
  });
}
