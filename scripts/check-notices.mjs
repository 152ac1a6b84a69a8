// Checks that the embed carries the licence notices of what it bundles (lit's BSD-3-Clause and
// decimal.js's MIT ask for them wherever the code goes): dist/futan.js, the loader, starts with a
// `/*! @license` banner that names futan and every package the embed's files hold, with its
// version, SPDX licence and copyright lines, and names dist/futan.js.LICENSE.txt, which lies
// beside it and holds each licence's full text; each chunk beside it (futan-*.js) that holds a
// package's code starts with a banner naming that package (after V8's one-line compile hint).
// The bundled packages are read from the files' source maps, not from the plugin that writes the
// notices (scripts/license-notices.ts), so a package the embed gains without a notice fails here.
// Usage: node scripts/check-notices.mjs [dist | a packed futan-*.tgz]   (npm test runs it on dist
// through test/node/embed-notices.test.mjs; scripts/check-package.sh on the tarball)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EMBED = 'futan.js';
const NOTICES = `${EMBED}.LICENSE.txt`;
const flat = (text) => text.replace(/\s+/g, ' ').trim();

/** Reads the files beside the embed from a folder, or from dist/ inside a packed tarball; and lists its chunks. */
function readerOf(where) {
  const CHUNK = /^futan-[\w-]+\.js$/;
  if (!where.endsWith('.tgz')) {
    const read = (name) => (existsSync(join(where, name)) ? readFileSync(join(where, name), 'utf8') : undefined);
    return { read, chunks: existsSync(where) ? readdirSync(where).filter((n) => CHUNK.test(n)) : [] };
  }
  const listed = execFileSync('tar', ['-tzf', where], { encoding: 'utf8' }).split('\n');
  const inDist = new Set(listed.filter((f) => f.startsWith('package/dist/')).map((f) => f.slice('package/dist/'.length)));
  const read = (name) => (inDist.has(name) ? execFileSync('tar', ['-xzOf', where, `package/dist/${name}`], { encoding: 'utf8', maxBuffer: 64 << 20 }) : undefined);
  return { read, chunks: [...inDist].filter((n) => CHUNK.test(n)) };
}

/** The `/*! @license` banner a file starts with (after a compile-hint line), if it has one. */
const bannerOf = (code) => /^(?:\/\/# allFunctionsCalledOnLoad\n)?(\/\*![\s\S]*?\*\/)/.exec(code)?.[1];
/** The packages a file bundles, from its source map. */
const packagesIn = (map) => new Set(JSON.parse(map).sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter(Boolean));

/** What a package's notice must say: its name and version, licence, copyright lines and licence text. */
function noticeOf(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = readdirSync(root).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  const text = file ? readFileSync(join(root, file), 'utf8') : '';
  const copyright = text.split('\n').map((line) => line.trim()).filter((line) => /^copyright\b/i.test(line));
  return { id: `${pkg.name} ${pkg.version}`, spdx: pkg.license, copyright, text };
}

/**
 * The problems of the notices of the embed in `where` (a folder or a tarball), read against the
 * packages installed under `root`; an empty list when they are whole.
 */
export function noticeProblems(where, root = '.') {
  const { read, chunks } = readerOf(where);
  const embed = read(EMBED);
  if (embed === undefined) return [`${EMBED} is missing from ${where}`];
  const banner = bannerOf(embed);
  if (!banner || !banner.includes('@license')) return [`${EMBED} does not start with a /*! @license banner`];
  const problems = [];
  const packages = new Set();
  for (const file of [EMBED, ...chunks]) {
    const map = read(`${file}.map`);
    if (map === undefined) {
      problems.push(`${file}.map is missing from ${where}, so what ${file} bundles cannot be known`);
      continue;
    }
    const own = packagesIn(map);
    own.forEach((name) => packages.add(name));
    if (file === EMBED || !own.size) continue;
    // A chunk names what it holds itself.
    const chunkBanner = bannerOf(read(file));
    if (!chunkBanner) problems.push(`${file} bundles ${[...own].join(', ')} and does not start with a /*! @license banner`);
    else for (const name of own) if (!chunkBanner.includes(`${name} `)) problems.push(`${file}'s banner does not name ${name}, which it bundles`);
  }
  if (!packages.has('lit-html') || !packages.has('decimal.js')) return [...problems, `no source map of the embed names lit-html or decimal.js: the check cannot see what the embed bundles`];
  const notices = read(NOTICES);
  if (!banner.includes(NOTICES)) problems.push(`the banner does not name ${NOTICES}`);
  if (notices === undefined) problems.push(`${NOTICES} is missing beside ${EMBED}`);
  for (const pkgRoot of [root, ...[...packages].map((name) => join(root, 'node_modules', name))]) {
    const { id, spdx, copyright, text } = noticeOf(pkgRoot);
    if (!copyright.length) problems.push(`${id}: its installed licence file has no copyright line to check against`);
    if (!banner.includes(id)) problems.push(`the banner does not name ${id}`);
    if (!banner.includes(`${spdx}`)) problems.push(`the banner does not give ${id}'s licence, ${spdx}`);
    for (const line of copyright) if (!flat(banner).includes(flat(line))) problems.push(`the banner lacks ${id}'s "${line}"`);
    if (notices !== undefined && !flat(notices).includes(flat(text))) problems.push(`${NOTICES} lacks ${id}'s licence text`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const where = process.argv[2] ?? 'dist';
  const problems = noticeProblems(where);
  if (problems.length) {
    console.error(`notices: FAILED in ${where}\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`notices: ${EMBED} in ${where} names futan and each package the embed bundles, with licence and copyright, and each chunk names what it holds; ${NOTICES} beside it holds their full texts`);
  }
}
