// A Vite/rolldown plugin for the embed: it keeps the licence notices of what it bundles.
// The embed (futan.js and the chunks beside it) carries lit (BSD-3-Clause) and decimal.js (MIT),
// and both licences ask that their copyright notice goes wherever the code goes; the minifier
// drops the comments that carry them. So futan.js starts with a short `/*! @license` banner (kept
// by minifiers, read by licence scanners) that names each package the embed bundles, its licence
// and its copyright line, and points to dist/futan.js.LICENSE.txt, written beside it with each
// licence's full text; each chunk that holds a package's code starts with that package's banner.
// Used twice (scripts/embed-build.ts): `licenseNotices()` on the chunks, each naming what it
// holds, and `licenseNotices({ moduleIds })` on the loader, naming what all of them hold.
// The packages are found from the modules the bundle holds, so a package added later gets its
// notice too, and the build fails on one whose licence file cannot be found.
// scripts/check-notices.mjs checks the result (npm test, and the packed tarball in CI).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Licence {
  /** `name version` of each package under this licence text. */
  packages: string[];
  spdx: string;
  copyright: string[];
  text: string;
}

/** The folder of the package a module file comes from: the one after the last node_modules/. */
const packageRoot = (id: string): string | undefined => /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];

/** A package's name, version, SPDX licence and licence file (LICENSE, LICENCE.md, …). */
function readPackage(root: string): { name: string; version: string; spdx: string; text: string } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(root).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  if (!file || !pkg.license) throw new Error(`futan:license-notices: ${pkg.name} has no licence file or licence field; its notice cannot be kept`);
  return { name: pkg.name, version: pkg.version, spdx: pkg.license, text: readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n').trim() };
}

/** The licences of futan and of each bundled package, one entry per licence text (lit's four packages share one). */
function licencesOf(moduleIds: readonly string[]): Licence[] {
  const roots = ['.', ...new Set(moduleIds.filter((id) => !id.startsWith('\0')).map(packageRoot).filter((r): r is string => !!r))];
  const byText = new Map<string, Licence>();
  for (const root of roots) {
    const { name, version, spdx, text } = readPackage(root);
    const copyright = text.split('\n').map((line) => line.trim()).filter((line) => /^copyright\b/i.test(line));
    if (!copyright.length) throw new Error(`futan:license-notices: no copyright line in ${name}'s licence file`);
    const key = text.replace(/\s+/g, ' ');
    const known = byText.get(key);
    if (known) known.packages.push(`${name} ${version}`);
    else byText.set(key, { packages: [`${name} ${version}`], spdx, copyright, text });
  }
  return [...byText.values()];
}

const NOTICES = 'futan.js.LICENSE.txt';

/** `folder`: the loader's build, given the modules of every chunk beside it. */
export function licenseNotices(folder?: { moduleIds: readonly string[] }): Plugin {
  return {
    name: 'futan:license-notices',
    apply: 'build',
    // After minification, so no minifier sees it; rolldown keeps the source map in step.
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => {
          if (folder && !chunk.isEntry) return '';
          const lines = licencesOf(folder?.moduleIds ?? chunk.moduleIds).map((l) => `${l.packages.join(', ')} - ${l.spdx} - ${l.copyright.join(' ')}`);
          // A chunk of futan's own code only: its licence is named by futan.js.
          if (!folder && lines.length === 1) return '';
          const where = folder ? 'Bundled in this file and the futan-*.js files it loads' : 'Bundled in this file';
          return `/*! @license\n * ${lines[0]}\n * ${where}:\n${lines.slice(1).map((l) => ` * ${l}\n`).join('')} * The full licence texts: ${NOTICES}, shipped beside this file.\n */`;
        },
      };
    },
    generateBundle(_options, bundle) {
      if (!folder) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const [own, ...bundled] = licencesOf(folder.moduleIds);
        const source = [
          `${chunk.fileName} and the futan-*.js files beside it are ${own.packages[0]} with ${bundled.flatMap((l) => l.packages).join(', ')} bundled in them. Each licence follows in full.`,
          ...[own, ...bundled].map((l) => `${l.packages.join(', ')} (${l.spdx})\n\n${l.text}`),
        ].join('\n\n----------------------------------------------------------------------\n\n');
        this.emitFile({ type: 'asset', fileName: NOTICES, source: `${source}\n` });
      }
    },
  };
}
