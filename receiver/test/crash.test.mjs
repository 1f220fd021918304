// Durability: the receiver (a child process, `node dist/main.js`) is killed with SIGKILL in the middle of a load,
// then started again on the same storage. Every signature it acknowledged must be stored once, none twice, and the
// count must equal the rows. On PostgreSQL the database server is crashed too (immediate shutdown, no checkpoint).
// And the other way round: no request can make the process exit by itself.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { KEYS, TOKEN, embeddedDataDir, exportRows, freePort, receiverDir, sign, startPostgres, uuid } from './helpers.mjs';

/** Starts `node dist/main.js` with these settings; resolves with the child and its URL once it listens. */
async function startChild(env) {
  const port = await freePort();
  const child = fork(join(receiverDir, 'dist/main.js'), [], {
    cwd: receiverDir,
    env: { ...process.env, RECEIVER_CONFIG: '', RECEIVER_PORT: String(port), RECEIVER_PUBLIC_KEY: KEYS.publicKey, RECEIVER_TOKEN: TOKEN, ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`the receiver exited (${code}): ${stderr}`)));
  });
  return { child, url };
}

/**
 * Sends signatures from `workers` parallel loops until `stop()`; records which were sent and which acknowledged.
 */
function load(url, workers = 16) {
  const sent = [];
  const acked = new Set();
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const id = uuid();
      sent.push(id);
      try {
        const res = await sign(url, 'json', { id });
        if (res.status === 201) acked.add(id);
        else if (res.status !== 503) throw new Error(`unexpected ${res.status}`);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        // fetch failed: the receiver died under this request. Not acknowledged (it may or may not be stored).
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  });
  return {
    sent,
    acked,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function crashAndCheck(env, { crashDatabase, restartDatabase } = {}) {
  const first = await startChild(env);
  const traffic = load(first.url);
  // Mid-load: once a few hundred are acknowledged, with requests still in flight.
  while (traffic.acked.size < 300) await new Promise((resolve) => setTimeout(resolve, 10));
  first.child.kill('SIGKILL');
  crashDatabase?.();
  await traffic.stop();
  await new Promise((resolve) => (first.child.exitCode === null && first.child.signalCode === null ? first.child.once('exit', resolve) : resolve()));
  assert.equal(first.child.signalCode, 'SIGKILL');
  restartDatabase?.();

  const second = await startChild(env);
  try {
    const rows = await exportRows(second.url);
    const ids = rows.map((row) => row.submission_id);
    const stored = new Set(ids);
    assert.equal(stored.size, ids.length, 'no signature is stored twice');
    const lost = [...traffic.acked].filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], `every acknowledged signature survived the crash (${traffic.acked.size} acknowledged, ${stored.size} stored)`);
    const count = (await (await fetch(`${second.url}/count`)).json()).count;
    assert.equal(count, rows.length, 'the count equals the rows');

    // The widget retries what it did not see acknowledged: everything sent, again, with the same key and body.
    const unique = [...new Set(traffic.sent)];
    for (let i = 0; i < unique.length; i += 32) {
      const answers = await Promise.all(unique.slice(i, i + 32).map((id) => sign(second.url, 'json', { id })));
      for (const [j, answer] of answers.entries()) {
        assert.equal(answer.status, 201);
        if (traffic.acked.has(unique[i + j]))
          assert.equal(answer.headers.get('idempotent-replayed'), 'true', 'an acknowledged signature is a replay after the restart');
      }
    }
    const final = await exportRows(second.url);
    assert.equal(final.length, unique.length, 'after the retries: exactly one row per signature sent');
    assert.equal(new Set(final.map((row) => row.submission_id)).size, final.length);
    assert.equal((await (await fetch(`${second.url}/count`)).json()).count, final.length);
    return { acknowledged: traffic.acked.size, sent: unique.length, storedAfterCrash: rows.length };
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  }
}

describe('kill -9 mid-load, then restart', () => {
  it('embedded PGlite: every acknowledged signature is stored once; the count equals the rows', async (t) => {
    const facts = await crashAndCheck({ RECEIVER_DATA_DIR: await embeddedDataDir() });
    t.diagnostic(JSON.stringify(facts));
  });

  it('PostgreSQL (receiver killed, database crashed too): every acknowledged signature is stored once; the count equals the rows', async (t) => {
    const pg = await startPostgres();
    if (pg.skip) return t.skip(pg.skip);
    after(() => pg.stop());
    const facts = await crashAndCheck({ DATABASE_URL: await pg.database() }, { crashDatabase: () => pg.crash(), restartDatabase: () => pg.start() });
    t.diagnostic(JSON.stringify(facts));
  });
});

describe('a request cannot stop the process', () => {
  it('request targets new URL() cannot read (//[/, //a:99999/, //user@/): 400 each, and the process still answers', async () => {
    const { child, url } = await startChild({ RECEIVER_DATA_DIR: await embeddedDataDir() });
    try {
      const { port } = new URL(url);
      for (const target of ['//[/', '//a:99999/', '//user@/']) {
        const answer = await new Promise((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
          let text = '';
          socket.setEncoding('latin1');
          socket.on('data', (chunk) => (text += chunk));
          socket.on('close', () => resolve(text));
          socket.on('error', reject);
        });
        assert.match(answer, /^HTTP\/1\.1 400 /, `${target} answered: ${JSON.stringify(answer.split('\r\n')[0])}`);
      }
      assert.equal((await fetch(`${url}/health`)).status, 200);
      assert.equal(child.exitCode, null, 'the receiver is still running');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
    }
  });
});
