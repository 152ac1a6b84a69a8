import { defineConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';
import { ownKeysRuntime } from './scripts/own-keys-runtime.js';
import { licenseNotices } from './scripts/license-notices.js';
import { CHUNK_GROUPS, chunkFileName, compileHints, embedLoader, ENTRY_MODULE, firstModules } from './scripts/embed-build.js';

// `vite build`               -> dist/: the npm build, ESM per entry, lit and decimal.js external
// `vite build --mode embed`  -> dist/futan.js, the loader a page's one tag loads, and the chunks
//                               it loads from beside itself, futan-*.js (lit and decimal.js inside
//                               them): see scripts/embed-build.ts. The loader is an IIFE, not ESM:
//                               a page may load it with or without type="module", and as a classic
//                               script ESM's top-level declarations would land on window,
//                               overwriting the page's own globals; inside one function nothing
//                               leaks. The chunks are ES modules, only ever import()ed.
// ownKeysRuntime(): the bundler's helpers read own keys only (see scripts/own-keys-runtime.ts).
// licenseNotices(): the embed keeps the notices of lit and decimal.js, which it bundles (see
// scripts/license-notices.ts).
//
// Decorators: keep "experimentalDecorators": true and "useDefineForClassFields": false in
// tsconfig.json. Vite 8 transpiles TypeScript with Oxc, which lowers legacy decorators but passes
// TC39 ones through, and Chromium cannot run those.
const DEFINE_FILES = ['amount-input', 'breakdown', 'calculator', 'compare', 'schedule', 'split-bar'].map((n) => `src/define/futan-${n}.ts`);
// futan/react, futan/vue and futan/svelte are types; each also gets an empty module, so that a
// plain `import 'futan/react'` (without `type`) resolves in a bundler and in Node.
const FRAMEWORK_FILES = ['react', 'vue', 'svelte'].map((n) => `src/frameworks/${n}.ts`);

/**
 * Minifies the HTML and CSS inside lit's html`` and css`` templates of our own sources. The
 * whitespace between tags is not just bytes: lit keeps each run as a text node, and a compact row
 * of care carried some twenty empty ones against its budget of 60 DOM nodes (npm run
 * bench:browser). Whitespace between inline tags goes too: the layouts are grids and flex rows
 * with gaps, and Japanese text needs no spaces between words. A space that must show beside an
 * inline tag is written as an expression, `${' '}`, which the minifier leaves as it is; npm run
 * check:minified-text checks that the built file shows the same text as the sources.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'futan:minify-templates',
    enforce: 'post',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { collapseInlineTagWhitespace: true } });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed';
  // FUTAN_TEMPLATES=as-written leaves the templates as written, for scripts/check-minified-text.mjs,
  // which checks that the minified embed shows the same text.
  const asWritten = process.env.FUTAN_TEMPLATES === 'as-written';
  const templates = asWritten ? [] : [minifyTemplates()];
  if (embed) {
    return {
      plugins: [...templates, ownKeysRuntime(), licenseNotices(), firstModules(), compileHints(), embedLoader()],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        // The loader preloads the chunks itself (src/embed/loader.ts): no helper of Vite's in them.
        modulePreload: false,
        rolldownOptions: {
          input: { 'embed-chunk': ENTRY_MODULE },
          preserveEntrySignatures: 'strict',
          output: { format: 'es', minify: true, entryFileNames: chunkFileName, chunkFileNames: chunkFileName, codeSplitting: { groups: CHUNK_GROUPS } },
        },
      },
    };
  }
  return {
    plugins: [...templates, ownKeysRuntime()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: { entry: ['src/index.ts', 'src/engine/index.ts', 'src/define/all.ts', ...DEFINE_FILES, ...FRAMEWORK_FILES], formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^decimal\.js($|\/)/],
        // The npm build keeps one module per source file (so bundlers tree-shake it) and keeps
        // whitespace for their minifiers.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
