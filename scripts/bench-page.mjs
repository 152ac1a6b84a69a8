// What the embed costs a reader on a phone: the demo page in headless chromium at a phone's size
// (412×823, as Lighthouse's mobile), its CPU slowed 4× (DevTools' throttling), served compressed
// under its CSP.
//  - first viewport: the demo as it ships (the calculator is in the first screen on a phone):
//    every long task (> 50 ms) from navigation until 2 s after the answer is on screen, and when
//    the answer is on screen;
//  - scrolled to: the demo with the page's text repeated above the calculator, so that it is four
//    screens down: nothing of futan but the loader may load before the reader scrolls, and then
//    the time from scrolling it into view to the answer on screen, with the long tasks after.
// Five fresh pages each; medians and the longest task, beside the longest task of the same page
// without the calculator (the page's own layout is a long task on such a phone too). The bar
// (#23): no task of futan's over 50 ms, the answer within 1 s of scrolling.
// Usage: npm run bench:page   (after npm run build:embed)   BENCH_RUNS=n
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CSP } from './serve-demo.mjs';
import { createStaticServer, listen, warmEmbed } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const demo = readFileSync('demo/index.html', 'utf8');
// The page's own text, four times over, before the calculator's section.
const filler = [...demo.matchAll(/<p(?: class="lead")?>[\s\S]*?<\/p>/g)].map((m) => m[0]).join('\n').repeat(4);
const far = demo.replace('<section class="tool"', `${filler}\n<section class="tool"`);
const without = demo
  .replace(/\s*<!-- The whole embed[\s\S]*?-->\s*<script[^>]*src="\/futan\.js"[^>]*><\/script>/, '')
  .replace(/\s*<futan-calculator[\s\S]*?<\/futan-calculator>/, '');
const server = createStaticServer({ root: 'demo', embed: { '/': 'dist' }, pages: { '/far.html': far, '/without-calculator.html': without }, headers: { 'content-security-policy': CSP }, compress: true });
const base = await listen(server);
await warmEmbed(base, 'dist');
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });

/** Whether the calculator shows its answer (the patient's estimate) now. */
const ANSWER = () => /￥[\d,]+/.test(document.querySelector('futan-calculator')?.shadowRoot?.querySelector('.provisional, .estimate, .answer-body .final')?.textContent ?? '');

async function freshPage(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = [];
  page.on('request', (r) => requests.push(r.url().slice(base.length)));
  await page.evaluateOnNewDocument(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    // Which of those are futan's: a long animation frame names the scripts that ran in it, each with its own time.
    window.futanScripts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((frame) => frame.scripts.forEach((s) => {
      if (/\/futan[^/]*\.js/.test(s.sourceURL)) window.futanScripts.push({ start: s.startTime, duration: s.duration, source: s.sourceURL.replace(/^.*\//, '') });
    }))).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { page, requests };
}

/** Resolves, inside the page, with performance.now() of the first frame that shows the answer. */
const answerShown = (page) => page.evaluate((answer) => new Promise((done) => {
  const has = new Function(`return (${answer})()`);
  const check = () => (has() ? done(performance.now()) : requestAnimationFrame(check));
  check();
}), ANSWER.toString());

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (v) => `${Math.round(v)} ms`;
const first = { answer: [], longest: [], without: [], futan: [] };
const scrolled = { answer: [], longest: [], before: [], futan: [] };
/** The longest run of futan's scripts in one task (a long animation frame's script entries from futan's files). */
const longestOfFutan = (page, since = 0) => page.evaluate((t0) => Math.max(0, ...window.futanScripts.filter((s) => s.start >= t0).map((s) => s.duration)), since);
try {
  for (let i = 0; i < RUNS; i++) {
    const { page } = await freshPage('/');
    const at = await answerShown(page);
    await new Promise((r) => setTimeout(r, 2000));
    const tasks = await page.evaluate(() => window.longTasks);
    first.answer.push(at);
    first.longest.push(Math.max(0, ...tasks.map((t) => t.duration)));
    first.futan.push(await longestOfFutan(page));
    await page.close();

    const bare = await freshPage('/without-calculator.html');
    await new Promise((r) => setTimeout(r, 2000));
    first.without.push(Math.max(0, ...(await bare.page.evaluate(() => window.longTasks)).map((t) => t.duration)));
    await bare.page.close();

    const far = await freshPage('/far.html');
    await new Promise((r) => setTimeout(r, 2000));
    scrolled.before.push(far.requests.filter((r) => /^\/futan-/.test(r)).length);
    const start = await far.page.evaluate(() => {
      window.longTasks = [];
      document.querySelector('futan-calculator').scrollIntoView({ block: 'start' });
      return performance.now();
    });
    const shown = await answerShown(far.page);
    await new Promise((r) => setTimeout(r, 2000));
    const after = await far.page.evaluate((t0) => window.longTasks.filter((t) => t.start + t.duration >= t0), start);
    scrolled.answer.push(shown - start);
    scrolled.longest.push(Math.max(0, ...after.map((t) => t.duration)));
    scrolled.futan.push(await longestOfFutan(far.page, start));
    await far.page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const worst = (values) => Math.max(...values);
console.log(`page: a phone (412×823, CPU 4× slower), the demo served compressed, ${RUNS} fresh pages each   rerun: npm run bench:page`);
console.log(`page: calculator in the first screen: answer on screen ${ms(median(first.answer))} after navigation (median); longest task ${ms(median(first.longest))} (median), ${ms(worst(first.longest))} (worst), against ${ms(median(first.without))} (median) on the same page without the calculator; futan's own scripts: longest run in one task ${ms(median(first.futan))} (median), ${ms(worst(first.futan))} (worst) [bar: none of futan's over 50 ms]`);
console.log(`page: calculator four screens down: ${worst(scrolled.before)} of futan's chunks fetched before the reader scrolls [bar: 0]; answer on screen ${ms(median(scrolled.answer))} after scrolling it into view (median), ${ms(worst(scrolled.answer))} (worst) [bar: 1 s]; longest task after scrolling ${ms(median(scrolled.longest))} (median), ${ms(worst(scrolled.longest))} (worst); futan's own scripts: longest run ${ms(median(scrolled.futan))} (median), ${ms(worst(scrolled.futan))} (worst)`);
