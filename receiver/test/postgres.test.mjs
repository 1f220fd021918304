// The receiver's suite on PostgreSQL 15: a throwaway server started here (initdb into a temp folder, as the
// `postgres` user when root), one fresh database per receiver. Skipped, saying why, when PostgreSQL is missing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, it } from 'node:test';
import postgres from 'pg';
import { KEYS, ORIGIN, TOKEN, lib, sign, startPostgres, uuid } from './helpers.mjs';
import { receiverSuite } from './suite.mjs';

const pg = await startPostgres();

function grep(dir, needles) {
  const hits = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) hits.push(...grep(path, needles));
    else if (stat.isFile()) {
      const bytes = readFileSync(path);
      for (const needle of needles) if (bytes.includes(needle)) hits.push(`${path}: ${needle}`);
    }
  }
  return hits;
}

/** A receiver on the PostgreSQL database at `databaseUrl`, its log lines going to `log`. */
const startOn = (databaseUrl, log = () => {}) =>
  lib.startReceiver({ port: 0, publicKey: KEYS.publicKey, allowedOrigins: [ORIGIN], token: TOKEN, log, databaseUrl });

/**
 * Sends one signature, as the widget does, again under its key until it is stored (at most five tries, 200 ms apart):
 * the first try after the server went away may meet a connection whose end has not reached the receiver yet.
 */
async function signUntilStored(url) {
  const id = uuid();
  let answer;
  for (let attempt = 0; attempt < 5 && answer?.status !== 201; attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await sign(url, 'json', { id });
  }
  return answer;
}

/** The clients connected to this database, the one asking aside (a pool not ended keeps its connections). */
async function connections({ databaseUrl }) {
  const client = new postgres.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    return rows.map((row) => `a connection (${row.application_name})`);
  } finally {
    await client.end();
  }
}

if (pg.skip) {
  console.log(`# PostgreSQL tests skipped: ${pg.skip}`);
  it('receiver on PostgreSQL', { skip: pg.skip }, () => {});
} else {
  after(() => pg.stop());
  receiverSuite('PostgreSQL', async () => ({ databaseUrl: await pg.database() }), {
    // The server's own files (tables and WAL); its log is left out (it logs nothing of ours).
    dataFolder: (_r, needles) => grep(join(pg.data, 'base'), needles).concat(grep(join(pg.data, 'pg_wal'), needles)),
    // Its tables and indexes. Its WAL (and archives, replicas) keep an erased row until they are recycled: the
    // server's administrator's, as the README says.
    erasableFiles: (_r, needles) => grep(join(pg.data, 'base'), needles),
    leftOpen: connections,
  });

  it('an erasure while another connection holds the table: signers are not held up, the rewrite is done later', async () => {
    const logged = [];
    const databaseUrl = await pg.database();
    const start = () => startOn(databaseUrl, (line) => logged.push(line));
    let r = await start();
    const erase = (id) =>
      fetch(`${r.url}/erase`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ submission_id: id }) });
    const report = new postgres.Client({ connectionString: databaseUrl, application_name: 'a report' });
    const watcher = new postgres.Client({ connectionString: databaseUrl, application_name: 'the test' });
    await Promise.all([report.connect(), watcher.connect()]);
    try {
      const erased = await sign(r.url, 'json');
      // A report, or a backup (pg_dump), reads the signatures in a transaction it keeps open.
      await report.query('BEGIN');
      await report.query('SELECT count(*) FROM cw_signatures');
      const erasure = erase(erased.id);
      // The erasure's rewrite now waits for the table; every write to it queues behind the rewrite.
      const rewriteWaits = async () =>
        (await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE 'VACUUM FULL%' AND wait_event_type = 'Lock'`)).rows.length > 0;
      while (!(await rewriteWaits())) await new Promise((resolve) => setTimeout(resolve, 20));
      let stillHeld;
      const signed = await Promise.race([
        sign(r.url, 'form'),
        new Promise((resolve) => (stillHeld = setTimeout(() => resolve({ status: 'still waiting behind the rewrite after 30 s' }), 30_000))),
      ]);
      clearTimeout(stillHeld);
      assert.equal(signed.status, 201, 'the signer is answered while the report keeps the table');
      const answer = await erasure;
      assert.equal(answer.status, 202);
      assert.deepEqual(await answer.json(), { erased: 1, scrub: 'pending' });
      const line = logged.find((candidate) => candidate.startsWith('erasure: ')) ?? logged.join(' | ');
      assert.match(line, /their rewrite failed \(error 55P03 at .+: another connection held the table \(an open transaction, a backup\)/);

      // A restart while the report still holds the table: the receiver serves, the rewrite still owed (a busy table is
      // no failure to do it; not starting would leave signers without a receiver until the backup ends).
      await r.close();
      logged.length = 0;
      r = await start();
      assert.equal((await sign(r.url, 'json')).status, 201, 'restarted and answering signers');
      assert.match(
        logged.join(' | '),
        /housekeeping: the rewrite an earlier erasure or purge owes waits \(error 55P03 at .+: another connection held the table/,
      );
    } finally {
      await report.query('COMMIT');
      await Promise.all([report.end(), watcher.end()]);
    }
    // The report done, the next erasure does the rewrite that was owed.
    const again = await erase('00000000-0000-4000-8000-000000000000');
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { erased: 0, scrub: 'done' });
    await r.close();
  });

  it('the database restarts under a running receiver: signers are told to try again meanwhile, then it takes them again', async () => {
    const logged = [];
    const databaseUrl = await pg.database();
    const r = await startOn(databaseUrl, (line) => logged.push(line));
    try {
      const before = await sign(r.url, 'json');
      assert.equal(before.status, 201);
      pg.crash();
      try {
        const during = await sign(r.url, 'json');
        assert.equal(during.status, 503, 'the signer is told to try again, not that it was stored');
        assert.ok(Number(during.headers.get('retry-after')) > 0, 'with Retry-After, which the widget honours');
      } finally {
        pg.start();
      }
      const after = await signUntilStored(r.url);
      assert.equal(after.status, 201, `stored after the restart (${JSON.stringify(after.json)})`);
      const counted = await (await fetch(`${r.url}/count`)).json();
      assert.equal(counted.count, 2, 'the signature from before and the one after, once each');
    } finally {
      await r.close();
    }
  });

  it('a server that ends idle connections (idle_session_timeout): the receiver connects again, and nothing stops', async () => {
    const databaseUrl = await pg.database();
    const name = new URL(databaseUrl).pathname.slice(1);
    const admin = new postgres.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      // As managed PostgreSQL services and connection poolers often do, here after half a second.
      await admin.query(`ALTER DATABASE ${name} SET idle_session_timeout = 500`);
      const r = await startOn(databaseUrl);
      try {
        assert.equal((await sign(r.url, 'json')).status, 201);
        const receiverConnections = async () =>
          (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'campaign-widgets-receiver'`)).rows
            .length;
        while ((await receiverConnections()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        // Every connection the receiver had is gone; the next signature is stored.
        assert.equal((await signUntilStored(r.url)).status, 201);
        assert.equal((await (await fetch(`${r.url}/count`)).json()).count, 2);
      } finally {
        await r.close();
      }
    } finally {
      await admin.end();
    }
  });
}
