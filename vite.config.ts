import { defineConfig } from 'vite';

// `vite build`               -> dist/: the npm build, ESM per entry, lit and decimal.js external
// `vite build --mode embed`  -> dist/futan.js: one self-contained, minified file that registers
//                               every element (lit and decimal.js inside), for <script type="module">
//
// Decorators: keep "experimentalDecorators": true and "useDefineForClassFields": false in
// tsconfig.json. Vite 8 transpiles TypeScript with Oxc, which lowers legacy decorators but passes
// TC39 ones through, and Chromium cannot run those.
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
            entry: {
              index: 'src/index.ts',
              engine: 'src/engine/index.ts',
              define: 'src/define/all.ts',
              'define/futan-calculator': 'src/define/futan-calculator.ts',
              'define/futan-amount-input': 'src/define/futan-amount-input.ts',
              'define/futan-breakdown': 'src/define/futan-breakdown.ts',
              'define/futan-split-bar': 'src/define/futan-split-bar.ts',
              'define/futan-schedule': 'src/define/futan-schedule.ts',
              'define/futan-compare': 'src/define/futan-compare.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: {
        external: embed ? [] : [/^lit($|\/)/, /^@lit\//, /^decimal\.js($|\/)/],
        // Library builds keep whitespace for consumers' bundlers; the embed is final, so minify it.
        output: embed ? { minify: true } : {},
      },
    },
  };
});
