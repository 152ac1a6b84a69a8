import { defineTrustedTypesNotes, trustedTypesBlock } from '../elements/trusted-types.js';
import { CHUNKS, ownUrl } from './chunks.js';
import { whenNearScreen } from './near-screen.js';
import { reservePlaces } from './placeholder.js';
import { nextTask } from '../next-task.js';

export const TAGS = ['futan-calculator', 'futan-amount-input', 'futan-breakdown', 'futan-compare', 'futan-schedule', 'futan-split-bar'] as const;

/** What register() of embed-chunk.ts is. */
interface EntryModule {
  register(parts: readonly string[]): Promise<void>;
}

/** The parts the page's elements will render with: each calculator's mode, and English where a reader reads it. */
function partsNeeded(): string[] {
  const parts = new Set<string>();
  for (const element of document.querySelectorAll(TAGS.join(','))) {
    if (element.localName === 'futan-calculator') parts.add(element.getAttribute('mode') === 'patient' ? 'patient-view' : 'workspace-editors');
    // As langOf (src/i18n/locale.ts) reads it: Japanese, or a page that names no language; else English.
    const lang = (element.closest('[lang]')?.getAttribute('lang') ?? '').trim().toLowerCase();
    if (lang !== '' && lang !== 'ja' && !lang.startsWith('ja-')) parts.add('en');
  }
  return [...parts];
}

/** Asks the browser to fetch a chunk now, without running it, so that all of them come in parallel. */
function preload(url: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = url;
  document.head.append(link);
}

/**
 * Loads the chunks: fetched in parallel, then run one per task (lit, decimal.js, the engine, the
 * elements, each part), so that no task blocks a phone for long; then registers the elements.
 */
async function load(base: string): Promise<void> {
  const parts = partsNeeded();
  const files = [...CHUNKS.first, ...parts.flatMap((part) => CHUNKS.parts[part] ?? [])];
  const url = (file: string) => new URL(file, base).href;
  // A few requests per task: on a slow phone each costs a few milliseconds.
  const all = [...new Set([...files, CHUNKS.elements])];
  for (let i = 0; i < all.length; i += 3) {
    all.slice(i, i + 3).forEach((file) => preload(url(file)));
    await nextTask();
  }
  for (const file of new Set(files)) {
    await import(/* @vite-ignore */ url(file));
    await nextTask();
  }
  const entry = (await import(/* @vite-ignore */ url(CHUNKS.entry))) as EntryModule;
  await entry.register(parts);
}

/** Reserves the elements' places, and loads them when one is near the screen. */
export function startLoader(): void {
  const base = ownUrl();
  reservePlaces();
  whenNearScreen(TAGS.join(','), () => {
    load(base).catch((error: unknown) => {
      // Lit could not create its Trusted Types policy: a note in each element says which CSP line to add.
      const block = trustedTypesBlock(error);
      if (block) defineTrustedTypesNotes(TAGS, block);
      else console.error('futan could not load:', error);
    });
  });
}
