// Builds a module of lit and/or decimal.js alone, minified the way the embed is, so that the
// size report and the load benchmark can set futan beside what its two dependencies cost.
import { build } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';

const DIR = 'node_modules/.cache/futan-deps-alone';
export const SOURCES = {
  lit: "export * from 'lit';\nexport * from 'lit/decorators.js';\nexport * from 'lit/directives/live.js';\nexport * from 'lit/directives/repeat.js';\n",
  decimal: "export { Decimal } from 'decimal.js';\n",
  both: "export * from 'lit';\nexport * from 'lit/decorators.js';\nexport * from 'lit/directives/live.js';\nexport * from 'lit/directives/repeat.js';\nexport { Decimal } from 'decimal.js';\n",
};

/** Builds SOURCES[name] and gives the path of the minified module. */
export async function buildAlone(name) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/${name}.js`, SOURCES[name]);
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      target: 'es2022', outDir: `${DIR}/out`, emptyOutDir: false, minify: true,
      lib: { entry: `${DIR}/${name}.js`, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return `${DIR}/out/${name}.js`;
}
