/**
 * Lit reads a few names from the global object as it loads: hooks a polyfill may leave there,
 * which it calls (`litHtmlPolyfillSupport`), and page-wide registries it adds to
 * (`litHtmlVersions`, `litPropertyMetadata`). A page that puts one of these names on
 * Object.prototype (`Object.prototype.litHtmlPolyfillSupport = 1`) gives it to `window` too, and
 * lit throws as it loads: no futan element renders. So before lit loads, each of these names that
 * the window only inherits gets an own `undefined`, which lit reads as absent (and replaces with
 * its registry). A name the page set on `window` itself is the page's, and is left as it is; on a
 * page that set none, nothing is added.
 *
 * This runs first in the embed (src/define/embed.ts) and in `futan/define`, which load lit; a
 * page that loads lit itself, before futan, has lit read these names before this can run.
 */
const LIT_GLOBALS = [
  'litHtmlPolyfillSupport', 'litHtmlPolyfillSupportDevMode', 'litHtmlVersions',
  'reactiveElementPolyfillSupport', 'reactiveElementPolyfillSupportDevMode', 'reactiveElementVersions', 'litPropertyMetadata',
  'litElementPolyfillSupport', 'litElementPolyfillSupportDevMode', 'litElementHydrateSupport', 'litElementVersions',
  'litIssuedWarnings', 'ShadyDOM', 'ShadyCSS',
];

for (const name of LIT_GLOBALS) {
  if (name in globalThis && !Object.hasOwn(globalThis, name)) Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true });
}

// A module, not a script: its names stay its own (here and in the published .d.ts).
export {};
