/**
 * The first module of the embed's chunks, which the loader (embed.ts) imports: it readies the
 * parts the page's elements will render with, then registers every element (all.ts), so that
 * each renders whole, at once, in the place the loader kept for it.
 */
import { HANDOUT, PATIENT_VIEW, WORKSPACE_EDITORS } from '../elements/futan-calculator/parts.js';
import { ENGLISH } from '../i18n/locale.js';
import type { LazyPart } from '../lazy-part.js';

/** The parts by the names the loader uses (EmbedChunks.parts). */
const PARTS = new Map<string, LazyPart<unknown>>([
  ['patient-view', PATIENT_VIEW],
  ['workspace-editors', WORKSPACE_EDITORS],
  ['handout', HANDOUT],
  ['en', ENGLISH],
]);

/** Readies the named parts (one that fails is left to the element, which says so), then registers the elements. */
export async function register(parts: readonly string[]): Promise<void> {
  await Promise.allSettled(parts.map((name) => PARTS.get(name)?.ready()));
  await import('./all.js');
}
