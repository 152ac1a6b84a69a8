import type { Message } from '../../engine/index.js';

/**
 * How the plan reader touches data from outside (read-plan.ts, kept-copy.ts): own properties
 * only, each read once, and a getter that throws or a revoked Proxy turned into Unreadable, which
 * the reader reports instead of throwing into the page.
 */

/** Thrown inside the reader only, to end reading at the first value that cannot be read at all. */
export class Unreadable extends Error {}

export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    throw new Unreadable();
  }
}

/** An own property, read once; a getter that throws or a revoked Proxy makes the plan unreadable. */
export function own(record: Rec, key: string): unknown {
  try {
    return Object.hasOwn(record, key) ? record[key] : undefined;
  } catch {
    throw new Unreadable();
  }
}

/** The own keys of a record. */
export function ownKeys(record: Rec): string[] {
  try {
    return Object.keys(record);
  } catch {
    throw new Unreadable();
  }
}

/** The own elements of a list, bounded before any is read; a hole reads as `hole`. */
export function listOf(value: unknown, max: number, tooMany: (n: number) => Message, reasons: Message[], hole?: unknown): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const length = value.length;
    if (length > max) return void reasons.push(tooMany(length));
    return Array.from({ length }, (_, i) => (Object.hasOwn(value, i) ? value[i] : hole));
  } catch {
    throw new Unreadable();
  }
}
