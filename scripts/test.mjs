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
const nodeTests = existsSync(`${root}test/scripts`) && readdirSync(`${root}test/scripts`).some((f) => f.endsWith('.test.mjs'));
if (nodeTests) step('script tests (node --test)', 'node', ['--test', 'test/scripts/']);
step('browser tests (web-test-runner: Chromium and Firefox)', 'npx', ['web-test-runner']);
