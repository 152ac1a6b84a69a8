// Checks that the one-file embed carries the licence notices of what it bundles (lit's BSD-3-Clause
// and decimal.js's MIT ask for them wherever the code goes): dist/futan.js starts with a
// `/*! @license` banner that names futan and every package the bundle holds, with its version,
// SPDX licence and copyright lines, and names dist/futan.js.LICENSE.txt, which lies beside it and
// holds each licence's full text. The bundled packages are read from the embed's source map, not
// from the plugin that writes the notices (scripts/license-notices.ts), so a package the bundle
// gains without a notice fails here.
// Usage: node scripts/check-notices.mjs [dist | a packed futan-*.tgz]   (npm test runs it on dist
// through test/node/embed-notices.test.mjs; scripts/check-package.sh on the tarball)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EMBED = 'futan.js';
const NOTICES = `${EMBED}.LICENSE.txt`;
const flat = (text) => text.replace(/\s+/g, ' ').trim();

/** Reads the files beside the embed from a folder, or from dist/ inside a packed tarball. */
function readerOf(where) {
  if (!where.endsWith('.tgz')) return (name) => (existsSync(join(where, name)) ? readFileSync(join(where, name), 'utf8') : undefined);
  const listed = new Set(execFileSync('tar', ['-tzf', where], { encoding: 'utf8' }).split('\n'));
  return (name) => (listed.has(`package/dist/${name}`) ? execFileSync('tar', ['-xzOf', where, `package/dist/${name}`], { encoding: 'utf8', maxBuffer: 64 << 20 }) : undefined);
}

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
  const read = readerOf(where);
  const embed = read(EMBED);
  if (embed === undefined) return [`${EMBED} is missing from ${where}`];
  const banner = /^\/\*![\s\S]*?\*\//.exec(embed)?.[0];
  if (!banner || !banner.includes('@license')) return [`${EMBED} does not start with a /*! @license banner`];
  const map = read(`${EMBED}.map`);
  if (map === undefined) return [`${EMBED}.map is missing from ${where}, so what the embed bundles cannot be known`];
  const packages = new Set(JSON.parse(map).sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter(Boolean));
  if (!packages.has('lit-html') || !packages.has('decimal.js')) return [`${EMBED}.map names no lit-html or decimal.js source: the check cannot see what the embed bundles`];
  const notices = read(NOTICES);
  const problems = [];
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
    console.log(`notices: ${EMBED} in ${where} names futan and each package it bundles, with licence and copyright; ${NOTICES} beside it holds their full texts`);
  }
}
