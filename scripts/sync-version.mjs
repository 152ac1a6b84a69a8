// `npm version <new>` runs this (the "version" script): package.json is the one place the version
// is written; src/version.ts is made from it so that the browser build needs no JSON import and
// the .d.ts keeps a literal. test/version.test.ts fails if the two ever differ.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
writeFileSync(
  new URL('../src/version.ts', import.meta.url),
  `/** The version registered tags carry, so that two copies of futan on one page can be told apart. Written by scripts/sync-version.mjs from package.json. */\nexport const FUTAN_VERSION = '${version}';\n`,
);
