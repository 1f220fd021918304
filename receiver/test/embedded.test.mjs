// The receiver's suite on the embedded database (PGlite in a data folder), plus what only PGlite needs proving:
// that a commit really reaches the disk (fsync) before the answer.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { KEYS, embeddedDataDir, lib, sign } from './helpers.mjs';
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

receiverSuite('embedded PGlite', async () => ({ dataDir: await embeddedDataDir() }), { dataFolder: (r, needles) => grep(r.config.dataDir, needles) });

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
