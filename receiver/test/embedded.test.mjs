// The receiver's suite on the embedded database (PGlite in a data folder), plus what only PGlite needs proving:
// that a commit really reaches the disk (fsync) before the answer.
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { KEYS, embeddedDataDir, freePort, lib, receiverDir, sign, tempDir } from './helpers.mjs';
import { receiverSuite } from './suite.mjs';

/** Files under `dir` whose bytes contain one of the needles. */
function grep(dir, needles) {
  const hits = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hits.push(...grep(path, needles));
    else {
      const bytes = readFileSync(path);
      for (const needle of needles) if (bytes.includes(needle)) hits.push(`${path}: ${needle}`);
    }
  }
  return hits;
}

/** The files in the data folder that this process holds open: a PGlite not closed keeps dozens (Linux's /proc). */
function openFiles({ dataDir }) {
  if (!existsSync('/proc/self/fd')) return [];
  const dir = `${realpathSync(dataDir)}/`;
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const path = readlinkSync(`/proc/self/fd/${fd}`);
      return path.startsWith(dir) ? [path] : [];
    } catch {
      return []; // gone meanwhile (the descriptor readdirSync itself used)
    }
  });
}

const dataFolder = (r, needles) => grep(r.config.dataDir, needles);
receiverSuite('embedded PGlite', async () => ({ dataDir: await embeddedDataDir() }), { dataFolder, erasableFiles: dataFolder, leftOpen: openFiles });

describe('embedded PGlite: durability', () => {
  it('PostgreSQL runs with fsync on, and each acknowledged signature was fsynced to the disk first', async () => {
    const r = await lib.startReceiver({ port: 0, publicKey: KEYS.publicKey, dataDir: await embeddedDataDir(), log: () => {} });
    try {
      const [settings] = await r.store.db.query(
        `SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS method, current_setting('synchronous_commit') AS commit`,
      );
      assert.deepEqual(settings, { fsync: 'on', method: 'fsync', commit: 'on' });
      const before = r.store.db.stats().fsyncs;
      assert.equal((await sign(r.url, 'json')).status, 201);
      assert.ok(r.store.db.stats().fsyncs > before, 'the commit called fsync (through Node, on the real file)');
    } finally {
      await r.close();
    }
  });
});

describe('embedded PGlite: the data folder', () => {
  /** Whether the `nobody` account can read this file (null: we cannot switch accounts, as we are not root). */
  function nobodyReads(path) {
    if (process.getuid?.() !== 0) return null;
    const result = spawnSync('runuser', ['-u', 'nobody', '--', 'cat', path], { encoding: 'utf8' });
    if (result.error || /does not exist|unknown user/i.test(result.stderr)) return null;
    return result.status === 0;
  }

  for (const [what, dataDir] of [
    ['made by the receiver', async () => join(tempDir(), 'data')],
    [
      'one that exists with mode 0755 (as an earlier receiver left it)',
      async () => {
        const dir = await embeddedDataDir();
        chmodSync(dir, 0o755);
        return dir;
      },
    ],
  ]) {
    it(`${what}: only the receiver's account may enter it (0700), so no other account reaches a file inside`, async (t) => {
      const dir = await dataDir();
      // The folder above may be entered by anyone, as /var/lib or /opt is: only the data folder's own mode protects it.
      chmodSync(dirname(dir), 0o755);
      const r = await lib.startReceiver({ port: 0, publicKey: KEYS.publicKey, dataDir: dir, fsync: false, log: () => {} });
      try {
        assert.equal((await sign(r.url, 'json')).status, 201);
        assert.equal(statSync(dir).mode & 0o777, 0o700);
        const file = join(dir, 'PG_VERSION');
        const reads = nobodyReads(file);
        if (reads === null) t.diagnostic('not root: another account cannot be tried; the folder mode was checked');
        else assert.equal(reads, false, 'the account nobody cannot read a file inside');
      } finally {
        await r.close();
      }
    });
  }
});

/** `node dist/main.js` on `dataDir`: resolves with `{child, url}` once it listens, or `{code, stderr}` if it exits. */
async function mainProcess(dataDir) {
  const child = fork(join(receiverDir, 'dist/main.js'), [], {
    cwd: receiverDir,
    env: { ...process.env, RECEIVER_CONFIG: '', RECEIVER_PORT: String(await freePort()), RECEIVER_PUBLIC_KEY: KEYS.publicKey, RECEIVER_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve) => {
    child.once('message', (message) => resolve({ child, url: message.url, exited }));
    void exited.then((code) => resolve({ code, stderr }));
  });
}

describe('embedded PGlite: one receiver per data folder', () => {
  const start = (dataDir, log = () => {}) => lib.startReceiver({ port: 0, publicKey: KEYS.publicKey, dataDir, fsync: false, log });
  const count = async (url) => (await (await fetch(`${url}/count`)).json()).count;

  it('a second receiver on the folder is refused, naming the first, which keeps serving; once it stops, one starts', async () => {
    const dataDir = await embeddedDataDir();
    const first = await mainProcess(dataDir);
    assert.ok(first.url, `the first receiver started: ${first.stderr}`);
    try {
      const refusal = new RegExp(
        `^not started: another receiver \\(pid ${first.child.pid}\\) is using ${dataDir}: stop it, or give this one another RECEIVER_DATA_DIR \\(dataDir\\)\\. `,
      );
      // As an operator would start it: the process says why in one line and exits.
      const second = await mainProcess(dataDir);
      if (second.child) second.child.kill('SIGKILL');
      assert.equal(second.code, 1, 'the second process did not start');
      assert.match(second.stderr.trim(), new RegExp(refusal.source.replace('^', '^receiver: ')));
      assert.equal(second.stderr.trim().split('\n').length, 1, second.stderr);
      // As a library: a StartError.
      await assert.rejects(start(dataDir), (error) => error instanceof lib.StartError && refusal.test(error.message));

      assert.equal((await sign(first.url, 'json')).status, 201, 'the first still stores');
      assert.equal(await count(first.url), 1);
    } finally {
      first.child.kill('SIGTERM');
      assert.equal(await first.exited, 0);
    }
    assert.equal(existsSync(join(dataDir, 'receiver.lock')), false, 'a clean stop removes the lock');
    const next = await start(dataDir);
    try {
      assert.equal(await next.store.count(), 1, "the first's signature is there");
    } finally {
      await next.close();
    }
    assert.equal(existsSync(join(dataDir, 'receiver.lock')), false);
  });

  it('a lock left by a receiver that is gone (a crash, a reboot, a reused pid) is taken over, in one log line', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const bootId = existsSync('/proc/sys/kernel/random/boot_id') ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : null;
    const holders = [{ pid: dead }];
    // pid 1 runs, but a lock from another boot, or naming another start time, is not its own.
    if (bootId) holders.push({ pid: 1, boot: '00000000-0000-0000-0000-000000000000' }, { pid: 1, start: '1', boot: bootId });
    for (const holder of holders) {
      const dataDir = await embeddedDataDir();
      writeFileSync(join(dataDir, 'receiver.lock'), JSON.stringify({ ...holder, host: 'old', since: '2026-01-01T00:00:00.000Z' }));
      const logged = [];
      const r = await start(dataDir, (line) => logged.push(line));
      try {
        assert.deepEqual(logged, [`took over the lock of ${dataDir} from pid ${holder.pid} (started 2026-01-01T00:00:00.000Z), which is no longer running`]);
        assert.equal(JSON.parse(readFileSync(join(dataDir, 'receiver.lock'), 'utf8')).pid, process.pid);
        assert.equal((await sign(r.url, 'json')).status, 201);
      } finally {
        await r.close();
      }
      assert.equal(existsSync(join(dataDir, 'receiver.lock')), false);
    }
  });
});

describe('a receiver that cannot start', () => {
  it('says why in one line, without a database message that quotes signers’ data', async () => {
    const dataDir = await embeddedDataDir();
    await (await lib.startReceiver({ port: 0, publicKey: KEYS.publicKey, dataDir, fsync: false, log: () => {} })).close();
    // Two signatures with one email hash, without the unique index (as an older database might hold them): the
    // migration's CREATE UNIQUE INDEX fails, and PostgreSQL's error quotes the duplicated key.
    const secret = 'ab'.repeat(16);
    const db = await lib.openEmbedded(dataDir, { fsync: false });
    try {
      await db.query('DROP INDEX cw_signatures_email_hash');
      for (const seq of [1, 2]) {
        await db.query(
          `INSERT INTO cw_signatures (seq, submission_id, received_at, consent_given, consent_text, consent_locale, consent_time, email_hash, sealed)
           VALUES ($1, $2, now(), true, 'I agree', 'en', now(), decode($3, 'hex'), '\\x00')`,
          [seq, `id-${seq}`, secret],
        );
      }
    } finally {
      await db.close();
    }
    const started = await mainProcess(dataDir);
    if (started.child) started.child.kill('SIGKILL');
    assert.equal(started.code, 1, 'it did not start');
    const said = started.stderr.trim();
    assert.equal(said.split('\n').length, 1, said);
    assert.match(said, /^receiver: not started: \w+ 23505 at .+ \(a database's message is not printed/);
    assert.doesNotMatch(said, new RegExp(`${secret}|duplicated|Key \\(`));
  });
});
