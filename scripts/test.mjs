// `npm test`: everything that proves the project works, in order, stopping at the first failing step.
// 1. set-up (dependencies, browsers)  2. translations complete  3. type check  4. build dist (the bundle test
// loads it) and check the size budgets  5. node tests of the scripts  6. browser tests in Chromium and Firefox.
// Always ends with one plain line "tests: N passed, N failed" (browser tests counted per browser).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, ensureDependencies } from './setup.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`\n✖ ${name} failed.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

try {
  ensureDependencies();
  ensureBrowsers();
} catch (error) {
  console.error(`\n✖ set-up: ${error.message}`);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

step('translations are complete (npm run localize:check)', 'npm', ['run', '--silent', 'localize:check']);
step('type check (tsc --noEmit)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('build dist (npm run build)', 'npm', ['run', '--silent', 'build']);
step('size budgets (npm run size)', 'npm', ['run', '--silent', 'size']);
// Node tests of the build and import scripts; their counts join the browser tests' closing line.
const nodeCounts = { passed: 0, failed: 0 };
const nodeTestFiles = existsSync(`${root}test/scripts`)
  ? readdirSync(`${root}test/scripts`).filter((f) => f.endsWith('.test.mjs')).map((f) => `test/scripts/${f}`)
  : [];
if (nodeTestFiles.length) {
  console.log('\n▶ script tests (node --test)');
  const result = spawnSync('node', ['--test', ...nodeTestFiles], { cwd: root, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  nodeCounts.passed = Number(result.stdout.match(/^ℹ pass (\d+)/m)?.[1] ?? 0);
  nodeCounts.failed = Number(result.stdout.match(/^ℹ fail (\d+)/m)?.[1] ?? (result.status === 0 ? 0 : 1));
  if (result.status !== 0) {
    console.log('\n✖ script tests failed.');
    console.log(`tests: ${nodeCounts.passed} passed, ${Math.max(1, nodeCounts.failed)} failed`);
    process.exit(1);
  }
}

process.env.CW_EXTRA_PASSED = String(nodeCounts.passed);
step('browser tests (web-test-runner: Chromium and Firefox)', 'npx', ['web-test-runner']);
