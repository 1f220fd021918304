// Browser tests in real Chromium and Firefox from the system (see scripts/browsers.mjs and docs/toolchain.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, chromiumArgs } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { existsSync, readdirSync } from 'node:fs';

// Test servers (the petition endpoint, the request log) live in test/server/ and run inside the dev server the
// tests load from, so requests are real HTTP on the same origin, never a stubbed fetch:
// - `*.middleware.mjs` default-exports a factory returning a Koa middleware `(ctx, next)`; these run before
//   static file serving, in file name order (Koa composes middleware once, so a plugin's serverStart is too late);
// - `*.plugin.mjs` default-exports a factory returning a @web/dev-server plugin.
const serverDir = new URL('./test/server/', import.meta.url);
const serverFiles = (existsSync(serverDir) ? readdirSync(serverDir) : []).sort();
const load = (suffix) =>
  Promise.all(serverFiles.filter((name) => name.endsWith(suffix)).map(async (name) => (await import(`./test/server/${name}`)).default()));
const serverMiddleware = await load('.middleware.mjs');
const serverPlugins = await load('.plugin.mjs');

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
  // Every test file runs after test/helpers/readable-failures.ts, which keeps a failed assertion about a DOM node
  // from hanging the run (see there).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head></head><body><script type="module" src="/test/helpers/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: serverMiddleware,
  plugins: [...serverPlugins, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter()],
};
