// The embed, as `vite build --mode embed` writes it into dist/ (or the outDir given):
//   futan.js            the loader: the one file a page's tag loads (an IIFE: a classic script and
//                       a module alike; it declares nothing on the page)
//   futan-*-<hash>.js   the chunks it loads from beside itself: lit, decimal.js, the engine, the
//                       elements, and the parts that load when first used (patient view,
//                       workspace editors, handout, English catalogue). ES modules, imported
//                       with import(), never as classic scripts, so nothing leaks onto the page.
// The chunks are built first; embedLoader() then reads which chunk holds what and builds the
// loader with that list inside it (src/embed/chunks.ts).
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { licenseNotices } from './license-notices.js';
import { ownKeysRuntime } from './own-keys-runtime.js';

/** The source module of each part the loader knows by name (src/define/embed-chunk.ts). */
const PART_MODULES: Record<string, string> = {
  'patient-view': 'src/elements/futan-calculator/patient-view.ts',
  'workspace-editors': 'src/elements/futan-calculator/workspace-editors.ts',
  handout: 'src/elements/futan-calculator/handout.ts',
  en: 'src/i18n/en.ts',
};
const ELEMENTS_MODULE = 'src/define/all.ts';
export const ENTRY_MODULE = 'src/define/embed-chunk.ts';

/** The modules every page loads first (found by firstModules()): they make one chunk, 'core'. */
const first = new Set<string>();

/**
 * The chunks by what they hold, so that `npm run size` and a hospital's web team can tell them
 * apart: lit, decimal.js, the engine, and 'core', the rest of what the first answer needs (the
 * elements' classes, the calculator without its parts, the Japanese catalogue). What is left
 * makes the parts' own chunks, and 'elements', the modules that register the tags (src/define),
 * which run last.
 */
export const CHUNK_GROUPS = [
  { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/, priority: 4 },
  { name: 'decimal', test: /node_modules[\\/]decimal\.js[\\/]/, priority: 3 },
  { name: 'engine', test: /[\\/]src[\\/]engine[\\/]/, priority: 2 },
  { name: 'core', test: (id: string) => first.has(id) && !/[\\/]src[\\/]define[\\/]/.test(id), priority: 1 },
];

/** Collects the modules the elements and the loader's entry import statically: what every page loads first. */
export function firstModules(): Plugin {
  return {
    name: 'futan:first-modules',
    apply: 'build',
    buildEnd() {
      first.clear();
      const visit = (id: string) => {
        if (first.has(id)) return;
        first.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
      };
      for (const module of [ELEMENTS_MODULE, ENTRY_MODULE]) visit(resolve(process.cwd(), module));
    },
  };
}

/** A chunk's file name from its name: futan-<name>-<hash>.js (the loader itself is futan.js). */
export const chunkFileName = (info: { name: string }) => `futan-${info.name === 'all' ? 'elements' : info.name}-[hash].js`;

/** Is this one of the embed's files (the loader, a chunk, their maps and notices)? */
export const isEmbedFile = (name: string) => /^futan(-[\w-]+)?\.js(\.map|\.LICENSE\.txt)?$/.test(name);

/** What the loader needs to know: see src/embed/chunks.ts. */
function chunksOf(bundle: OutputBundle, root: string) {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const of = (module: string) => {
    const id = resolve(root, module);
    const found = chunks.find((c) => c.facadeModuleId === id);
    if (!found) throw new Error(`futan:embed: no chunk is built for ${module}`);
    return found;
  };
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  /** A chunk's static imports and then itself, depth first: the order they can run in. */
  const inOrder = (file: string, done: Set<string>, out: string[] = []) => {
    if (done.has(file)) return out;
    done.add(file);
    for (const dep of byFile.get(file)!.imports) inOrder(dep, done, out);
    out.push(file);
    return out;
  };
  const entry = of(ENTRY_MODULE).fileName;
  const elements = of(ELEMENTS_MODULE).fileName;
  const done = new Set<string>([elements]);
  const first = [...byFile.get(elements)!.imports.flatMap((dep) => inOrder(dep, done)), ...inOrder(entry, done)];
  const parts = Object.fromEntries(Object.entries(PART_MODULES).map(([name, module]) => [name, inOrder(of(module).fileName, new Set(done))]));
  return { entry, first, parts, elements };
}

/**
 * Asks V8 to compile every function of a chunk that runs when it loads while the chunk streams
 * in, off the main thread, rather than one by one on their first call on it, where the first
 * render's compiles made one long task of it (Chrome's explicit compile hints: a first-line
 * `//# allFunctionsCalledOnLoad`; other engines read a comment). Not for the handout, which runs
 * only when printing.
 */
export function compileHints(): Plugin {
  return {
    name: 'futan:compile-hints',
    apply: 'build',
    // Before the licence banner (licenseNotices(), which comes first among the plugins), through
    // postBanner, so that the source maps account for the line.
    outputOptions(options) {
      const banner = options.postBanner;
      const handout = resolve(process.cwd(), PART_MODULES.handout);
      return {
        ...options,
        postBanner: async (chunk) => {
          const text = typeof banner === 'function' ? await banner(chunk) : (banner ?? '');
          return chunk.facadeModuleId === handout ? text : `//# allFunctionsCalledOnLoad${text ? `\n${text}` : ''}`;
        },
      };
    },
  };
}

/** Builds dist/futan.js, the loader, once the chunks are written (a plugin of the chunks' build). */
export function embedLoader(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let sourcemap: boolean | 'inline' | 'hidden' = true;
  return {
    name: 'futan:embed-loader',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
      sourcemap = config.build.sourcemap;
    },
    // The chunks' names change with their content: last build's would pile up beside the new ones.
    buildStart() {
      try {
        for (const name of readdirSync(outDir)) if (isEmbedFile(name)) rmSync(join(outDir, name));
      } catch {
        // No outDir yet.
      }
    },
    async writeBundle(_options, bundle) {
      const chunks = chunksOf(bundle, root);
      const moduleIds = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        define: { __FUTAN_CHUNKS__: JSON.stringify(chunks) },
        plugins: [ownKeysRuntime(), licenseNotices({ moduleIds })],
        build: {
          target: 'es2022',
          outDir,
          emptyOutDir: false,
          sourcemap,
          minify: true,
          lib: { entry: resolve(root, 'src/define/embed.ts'), formats: ['iife'], name: 'futan', fileName: () => 'futan.js' },
          rolldownOptions: { output: { minify: true } },
        },
      });
    },
  };
}
