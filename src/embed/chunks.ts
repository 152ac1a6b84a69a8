/**
 * The embed's chunks, as the build wrote them beside futan.js (vite.config.ts puts this in the
 * loader): file names relative to futan.js, each list in the order they are run (a chunk after
 * the chunks it imports).
 */
export interface EmbedChunks {
  /** The module with register() (embed-chunk.ts). */
  entry: string;
  /** What runs before any part: lit, decimal.js, the engine and the shared modules, ending with `entry`. */
  first: string[];
  /** Each part's own chunks, not in `first`: 'patient-view', 'workspace-editors', 'handout', 'en'. */
  parts: Record<string, string[]>;
  /** The chunk that registers the elements (all.ts), which register() imports last. */
  elements: string;
}

declare const __FUTAN_CHUNKS__: EmbedChunks;

export const CHUNKS: EmbedChunks = __FUTAN_CHUNKS__;

/**
 * The URL futan.js was loaded from, which its chunks are found beside. A classic script is
 * `document.currentScript`; a module (type="module") has none, and its URL is read from the
 * stack of an error made here (every engine names the script's URL in it).
 */
export function ownUrl(): string {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return script.src;
  const fromStack = /(?:https?|file):\/\/[^\s()@]+?(?=:\d+:\d+)/.exec(new Error().stack ?? '')?.[0];
  if (fromStack) return fromStack;
  return document.querySelector<HTMLScriptElement>('script[src*="futan"]')?.src ?? document.baseURI;
}
