// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { domCountersPlugin } from './scripts/dom-counters-plugin.mjs';

// Debian's chromium only (apt-get install chromium); no tool here downloads a browser.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// Root and no network: sandbox off, and nothing that phones home.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // Without the tsconfig esbuild does not see experimentalDecorators.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // The accessibility tree as a screen reader gets it (names, roles, states), for the keyboard and reader tests.
    a11ySnapshotPlugin(),
    domCountersPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  // Tests run lit's dev build; drop its one-line notice.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
