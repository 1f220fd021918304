// The receiver's suite on the embedded database (PGlite in a data folder), plus what only PGlite needs proving:
// that a commit really reaches the disk (fsync) before the answer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { KEYS, embeddedDataDir, lib, sign, tempDir } from './helpers.mjs';
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
