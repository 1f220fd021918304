// Browser tests in real Chromium and Firefox from the system (see scripts/browsers.mjs and TOOLCHAIN.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, chromiumArgs } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { existsSync, readdirSync } from 'node:fs';

// Test servers (e.g. the petition endpoint) are dev-server plugins in test/server/*.plugin.mjs, each exporting
// a default factory; they run on the same origin as the tests, so requests are real HTTP, never a stubbed fetch.
const serverDir = new URL('./test/server/', import.meta.url);
const serverPlugins = await Promise.all(
  (existsSync(serverDir) ? readdirSync(serverDir) : [])
    .filter((name) => name.endsWith('.plugin.mjs'))
    .sort()
    .map(async (name) => (await import(`./test/server/${name}`)).default()),
);

const wanted = (process.env.CW_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [];

if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: chromiumArgs },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [...serverPlugins, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter()],
};
