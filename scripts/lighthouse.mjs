// What the calculator costs the hospital's page, as a hospital's web team sees it: Lighthouse
// (12, from npm) drives Debian's chromium (CHROME_PATH, default /usr/bin/chromium) over the demo
// page as it ships (served compressed, under its CSP) and over the same page with the script tag
// and the <futan-calculator> taken out, three runs each on mobile (slow 4G, 4× slower CPU,
// simulated, Lighthouse's default) and desktop, and prints the medians side by side against the
// bar of issue #23. Not part of CI (about two minutes); the README has its last figures.
// Usage: npm run lighthouse   (after npm run build:embed)   LIGHTHOUSE_RUNS=5 for more runs;
// LIGHTHOUSE_DIST=folder serves the embed from another build's folder (an older futan.js, say).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CSP } from './serve-demo.mjs';
import { createStaticServer, listen, warmEmbed } from './static-server.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const dist = process.env.LIGHTHOUSE_DIST || 'dist';
if (!existsSync(join(dist, 'futan.js'))) {
  console.error('lighthouse: dist/futan.js is missing. Run npm run build:embed first.');
  process.exit(1);
}

// The demo without the calculator: no futan.js tag, no element (the rest of the page as it is).
const demo = readFileSync('demo/index.html', 'utf8');
const without = demo
  .replace(/\s*<!-- The whole embed[\s\S]*?-->\s*<script[^>]*src="\/futan\.js"[^>]*><\/script>/, '')
  .replace(/\s*<futan-calculator[\s\S]*?<\/futan-calculator>/, '');
if (without.includes('futan.js') || without.includes('<futan-calculator')) throw new Error('lighthouse: could not take the calculator out of demo/index.html');

const server = createStaticServer({ root: 'demo', embed: { '/': dist }, pages: { '/without-calculator.html': without }, headers: { 'content-security-policy': CSP }, compress: true });
const base = await listen(server);
await warmEmbed(base, dist);

/** Debian's chromium with a debugging port, and the port. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'futan-lighthouse-'));
  const chrome = spawn(chromePath, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((done, fail) => {
    let text = '';
    chrome.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) done(Number(match[1]));
    });
    chrome.on('exit', () => fail(new Error(`chromium exited: ${text}`)));
  });
  const close = async () => {
    const exited = once(chrome, 'exit');
    chrome.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { port, close };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const AUDITS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift', si: 'speed-index' };

async function run(chrome, url, formFactor) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, formFactor === 'desktop' ? desktopConfig : undefined);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`lighthouse: ${runtimeError.code}: ${runtimeError.message}`);
  return { score: Math.round(categories.performance.score * 100), ...Object.fromEntries(Object.entries(AUDITS).map(([k, id]) => [k, audits[id].numericValue])) };
}

const PAGES = [['without', '/without-calculator.html'], ['with', '/']];
const chrome = await launchChromium();
const results = {};
try {
  for (const formFactor of ['mobile', 'desktop']) {
    // A first run warms the browser up (its first page compiles and caches more); it is not counted.
    await run(chrome, `${base}/`, formFactor);
    const runs = Object.fromEntries(PAGES.map(([page]) => [page, []]));
    // The two pages take turns, so that a busy moment of the machine falls on both alike.
    for (let i = 0; i < RUNS; i++) for (const [page, path] of PAGES) runs[page].push(await run(chrome, `${base}${path}`, formFactor));
    for (const [page, list] of Object.entries(runs)) results[`${formFactor} ${page}`] = Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((r) => r[k]))]));
  }
} finally {
  await chrome.close();
  server.close();
}

const ms = (v) => `${Math.round(v)} ms`;
const row = (label, key, format) => `| ${label} | ${['mobile without', 'mobile with', 'desktop without', 'desktop with'].map((k) => format(results[k][key])).join(' | ')} |`;
console.log(`lighthouse: Lighthouse 12, medians of ${RUNS} runs each (mobile: slow 4G, 4× CPU, simulated; desktop: Lighthouse's desktop preset)   rerun: npm run lighthouse`);
console.log('| | mobile, without the calculator | mobile, with it | desktop, without | desktop, with |');
console.log('|---|---|---|---|---|');
console.log(row('performance score', 'score', String));
console.log(row('first contentful paint', 'fcp', ms));
console.log(row('largest contentful paint', 'lcp', ms));
console.log(row('total blocking time', 'tbt', ms));
console.log(row('cumulative layout shift', 'cls', (v) => v.toFixed(3)));
console.log(row('speed index', 'si', ms));

const m = (k) => results[`mobile ${k}`];
const d = (k) => results[`desktop ${k}`];
const bar = [
  [`mobile score >= 99 (${m('with').score})`, m('with').score >= 99],
  [`desktop score >= 99 (${d('with').score})`, d('with').score >= 99],
  [`mobile first paint within 150 ms of the page without it (+${Math.round(m('with').fcp - m('without').fcp)} ms)`, m('with').fcp - m('without').fcp <= 150],
  [`mobile total blocking time <= 50 ms (${Math.round(m('with').tbt)} ms)`, m('with').tbt <= 50],
  [`desktop layout shift within 0.01 of the page without it (${d('with').cls.toFixed(3)} against ${d('without').cls.toFixed(3)})`, d('with').cls - d('without').cls <= 0.01],
];
for (const [what, ok] of bar) console.log(`lighthouse: ${ok ? 'met' : 'MISSED'}: ${what}`);
if (bar.some(([, ok]) => !ok)) process.exitCode = 1;
