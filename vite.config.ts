import { defineConfig } from 'vite';

// `vite build`               -> dist/: the npm build, ESM per entry, lit and decimal.js external
// `vite build --mode embed`  -> dist/futan.js: one self-contained, minified file that registers
//                               every element (lit and decimal.js inside), for <script type="module">
//
// Decorators: keep "experimentalDecorators": true and "useDefineForClassFields": false in
// tsconfig.json. Vite 8 transpiles TypeScript with Oxc, which lowers legacy decorators but passes
// TC39 ones through, and Chromium cannot run those.
const DEFINE_FILES = ['amount-input', 'breakdown', 'calculator', 'compare', 'schedule', 'split-bar'].map((n) => `src/define/futan-${n}.ts`);

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed';
  return {
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: embed,
      lib: embed
        ? { entry: 'src/define/all.ts', formats: ['es'], fileName: () => 'futan.js' }
        : {
            entry: ['src/index.ts', 'src/engine/index.ts', 'src/define/all.ts', ...DEFINE_FILES],
            formats: ['es'],
          },
      rolldownOptions: {
        external: embed ? [] : [/^lit($|\/)/, /^@lit\//, /^decimal\.js($|\/)/],
        // The npm build keeps one module per source file (so bundlers tree-shake it) and keeps
        // whitespace for their minifiers; the embed is final, so it is minified.
        output: embed ? { minify: true } : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
