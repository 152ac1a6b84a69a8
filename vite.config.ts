import { defineConfig } from 'vite';

// `npm start`            -> the hospital demo page (demo/index.html) served from source
// `vite build`           -> dist/: the npm build, one ESM module per entry, lit and decimal.js external
//
// Decorators: keep "experimentalDecorators": true and "useDefineForClassFields": false in
// tsconfig.json. Vite 8 transpiles TypeScript with Oxc, which lowers legacy decorators but passes
// TC39 ones through, and Chromium cannot run those.
export default defineConfig({
  root: '.',
  server: { strictPort: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', engine: 'src/engine/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^decimal\.js($|\/)/],
    },
  },
});
