// @ts-check
/**
 * A web-test-runner command, `dom-counters`: collects garbage in the test's page, then returns
 * Chromium's own count of the renderer's documents, nodes and event listeners (DevTools'
 * Memory.getDOMCounters). A node kept alive by something no test can see (a detached row held
 * by the browser) is counted here, where the tree a test walks does not show it.
 */
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function domCountersPlugin() {
  return {
    name: 'futan:dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      /** @type {{ getPage?: (id: string) => import('puppeteer-core').Page }} */
      const browser = /** @type {never} */ (session.browser);
      if (!browser.getPage) throw new Error('dom-counters needs the Chrome launcher');
      const cdp = await browser.getPage(session.id).createCDPSession();
      try {
        // Twice: what the first collection frees (a row's listeners) may hold more.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return await cdp.send('Memory.getDOMCounters');
      } finally {
        await cdp.detach();
      }
    },
  };
}
