// Set-up without surprises: the Node version development needs (package.json `engines`, checked by
// scripts/setup.mjs with one clear message) and `npm start` on a busy port (one line, before building anything).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NODE_RANGE, nodeSatisfies } from '../../scripts/setup.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the Node range is package.json engines.node, the README says the same, and this Node is in it', () => {
  assert.equal(NODE_RANGE, JSON.parse(readFileSync(`${root}package.json`, 'utf8')).engines.node);
  assert.ok(readFileSync(`${root}README.md`, 'utf8').includes(`Node \`${NODE_RANGE}\``), 'README states the engines range');
  assert.ok(nodeSatisfies(process.version, NODE_RANGE), `${process.version} in ${NODE_RANGE}`);
});

test('versions in and out of the range, as npm reads it', () => {
  const range = '^20.19.0 || >=22.12.0';
  for (const version of ['v20.19.0', 'v20.20.2', 'v22.12.0', 'v23.1.0', 'v24.0.0']) assert.ok(nodeSatisfies(version, range), version);
  for (const version of ['v18.20.4', 'v20.18.3', 'v21.7.3', 'v22.11.0']) assert.ok(!nodeSatisfies(version, range), version);
  assert.ok(nodeSatisfies('v20.1.0', '>=18 <21'));
  assert.ok(!nodeSatisfies('v21.0.0', '>=18 <21'));
});

test('an older Node stops at once with one message that says what to do', () => {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "Object.defineProperty(process, 'version', { value: 'v18.20.4' }); const { checkNode } = await import('./scripts/setup.mjs'); checkNode(); console.log('went on');",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(result.status, 1);
  assert.doesNotMatch(result.stdout, /went on/);
  assert.match(result.stderr, /needs Node \^20\.19\.0 or >=22\.12\.0 for development/);
  assert.match(result.stderr, /this is Node 18\.20\.4/);
  assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
});

test('npm start on a busy port says so in one line, before installing or building anything', async () => {
  const holder = createServer();
  await new Promise((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const { port } = holder.address();
  try {
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORT: String(port) },
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '', 'nothing built or installed');
    assert.equal(result.stderr.trim(), `Port ${port} is already in use (another npm start?): stop what holds it, or choose another, e.g. PORT=8001 npm start`);
  } finally {
    holder.close();
  }
});

test('PORT that is not a port number is refused in one line', () => {
  const result = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, PORT: 'eighty' } });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr.trim(), /^PORT=eighty is not a port number/);
});
