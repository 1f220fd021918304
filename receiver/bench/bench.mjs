// `npm run bench:receiver` (root) / `npm run bench` (receiver/): the receiver under load over loopback.
// For each database (embedded PGlite with fsync, the same without fsync to show what fsync costs, PostgreSQL 15
// when installed): 10,000 new signatures plus 1,000 replays from 32 keep-alive connections (bounded concurrency),
// then checks that none was lost or stored twice, then the count endpoint's requests per second.
// The receiver runs in its own process (`node dist/main.js`), the load in this one: on a 2-core machine each gets
// about a core. Prints figures; asserts nothing about speed.
//   node bench/bench.mjs [--only embedded|embedded-nofsync|postgres] [--signatures N] [--connections N] [--profile DIR]
// --profile writes a V8 CPU profile of each receiver process to DIR (open it in Chrome's DevTools).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Connection, percentile, rawRequest } from './client.mjs';
import { KEYS, TOKEN, embeddedDataDir, exportRows, freePort, receiverDir, startPostgres, uuid } from '../test/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const SIGNATURES = Number(arg('--signatures', 10_000));
const REPLAYS = Math.round(SIGNATURES / 10);
const CONNECTIONS = Number(arg('--connections', 32));
const COUNT_SECONDS = 5;
const only = arg('--only', null);
const profile = arg('--profile', null);

const TARGETS = { embedded: { rate: 2000, p99: 50 }, postgres: { rate: 1000, p99: 150 }, count: 10_000 };

function body(id) {
  return JSON.stringify({
    submission_id: id,
    signer: { given_name: 'Ada', family_name: 'Lovelace', email: `ada.${id.slice(0, 8)}@example.org`, country: 'GB' },
    consent: { given: true, text: 'Keep me informed about this campaign by email.', locale: 'en', time: new Date().toISOString() },
    tags: ['anti-trafficking'],
  });
}

function signRequest(id, text) {
  return rawRequest(
    'POST',
    '/sign',
    { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': id, origin: 'https://partner.example' },
    text,
  );
}

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
}

async function startChild(env) {
  const port = await freePort();
  const child = fork(join(receiverDir, 'dist/main.js'), [], {
    cwd: receiverDir,
    env: {
      ...process.env,
      RECEIVER_CONFIG: '',
      RECEIVER_PORT: String(port),
      RECEIVER_PUBLIC_KEY: KEYS.publicKey,
      RECEIVER_TOKEN: TOKEN,
      RECEIVER_ALLOWED_ORIGINS: 'https://partner.example',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`receiver exited ${code}`)));
  });
  return { child, url, port };
}

async function signatures(port) {
  const conns = await Promise.all(Array.from({ length: CONNECTIONS }, () => Connection.open(port)));
  const acked = [];
  const bodies = new Map();
  const latencies = [];
  let replayed = 0;
  let errors = 0;
  const send = async (conn, id, replay) => {
    const text = bodies.get(id) ?? body(id);
    bodies.set(id, text);
    const t0 = performance.now();
    const res = await conn.request(signRequest(id, text));
    latencies.push(performance.now() - t0);
    if (res.status !== 201) errors++;
    else if (replay) replayed += /\r\nidempotent-replayed: true/i.test(res.head) ? 1 : 0;
    else acked.push(id);
  };
  // Warm-up (JIT, caches, the database's first pages): 500 signatures, not timed.
  let next = 0;
  await Promise.all(
    conns.map(async (conn) => {
      while (next < 500) {
        next++;
        await send(conn, uuid(), false);
      }
    }),
  );
  latencies.length = 0;
  const warm = acked.length;
  // The run: new signatures with a replay of an acknowledged one after every tenth.
  let made = 0;
  let replays = 0;
  const start = performance.now();
  await Promise.all(
    conns.map(async (conn) => {
      for (;;) {
        if (replays < REPLAYS && made >= (replays + 1) * 10) {
          replays++;
          await send(conn, acked[Math.floor(Math.random() * acked.length)], true);
        } else if (made < SIGNATURES) {
          made++;
          await send(conn, uuid(), false);
        } else break;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  for (const conn of conns) conn.close();
  latencies.sort((a, b) => a - b);
  return { acked, warm, seconds, latencies, replayed, errors };
}

async function countLoad(port) {
  const conns = await Promise.all(Array.from({ length: 64 }, () => Connection.open(port)));
  const request = rawRequest('GET', '/count', { accept: 'application/json' });
  const latencies = [];
  let done = 0;
  let bad = 0;
  const end = performance.now() + COUNT_SECONDS * 1000;
  await Promise.all(
    conns.map(async (conn) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await conn.request(request);
        latencies.push(performance.now() - t0);
        if (res.status !== 200) bad++;
        done++;
      }
    }),
  );
  for (const conn of conns) conn.close();
  latencies.sort((a, b) => a - b);
  return { rate: done / COUNT_SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99), bad };
}

async function run(name, env, target) {
  // The machine may be shared: the load before the run says how much of the 2 cores the figures had.
  const load = +loadavg()[0].toFixed(1);
  console.log(`\n▶ ${name}: ${SIGNATURES} signatures + ${REPLAYS} replays, ${CONNECTIONS} connections (load average before: ${load})`);
  const { child, url, port } = await startChild(env);
  try {
    const s = await signatures(port);
    const mem = memory(child.pid);
    // Nothing lost, nothing twice: every acknowledged signature is in the export exactly once; count = rows.
    const rows = await exportRows(url);
    const stored = new Set(rows.map((row) => row.submission_id));
    const lost = s.acked.filter((id) => !stored.has(id)).length;
    const duplicated = rows.length - stored.size;
    const count = JSON.parse(await (await fetch(`${url}/count`)).text()).count;
    const c = process.argv.includes('--no-count') ? { rate: 0, p50: 0, p99: 0, bad: 0 } : await countLoad(port);
    const rate = SIGNATURES / s.seconds;
    const p50 = percentile(s.latencies, 50);
    const p99 = percentile(s.latencies, 99);
    const result = {
      name,
      loadBefore: load,
      signaturesPerSecond: Math.round(rate),
      requestsPerSecond: Math.round((SIGNATURES + REPLAYS) / s.seconds),
      p50ms: +p50.toFixed(1),
      p99ms: +p99.toFixed(1),
      acknowledged: s.acked.length - s.warm,
      replaysMarked: `${s.replayed}/${REPLAYS}`,
      errors: s.errors,
      lost,
      duplicated,
      countEqualsRows: count === rows.length && rows.length === s.acked.length,
      memoryMB: mem,
      countPerSecond: Math.round(c.rate),
      countP50ms: +c.p50.toFixed(2),
      countP99ms: +c.p99.toFixed(2),
    };
    const verdict = target
      ? `target ≥ ${target.rate}/s, p99 < ${target.p99} ms: ${rate >= target.rate && p99 < target.p99 ? 'met' : 'MISSED'}`
      : 'no target (comparison run)';
    console.log(
      `  signatures: ${result.signaturesPerSecond}/s (all requests ${result.requestsPerSecond}/s), p50 ${result.p50ms} ms, p99 ${result.p99ms} ms — ${verdict}`,
    );
    console.log(
      `  replays answered as replays: ${result.replaysMarked}; errors: ${s.errors}; lost: ${lost}; duplicated: ${duplicated}; count = rows = acknowledged: ${result.countEqualsRows} (${count})`,
    );
    console.log(`  receiver memory: ${mem.rssMB} MB resident at the end, ${mem.peakMB} MB peak`);
    console.log(
      `  count endpoint: ${result.countPerSecond} requests/s, p50 ${result.countP50ms} ms, p99 ${result.countP99ms} ms, non-200: ${c.bad} — target ≥ ${TARGETS.count}/s: ${c.rate >= TARGETS.count ? 'met' : 'MISSED'}`,
    );
    return result;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const results = [];
if (!only || only === 'embedded') results.push(await run('embedded PGlite (fsync on)', { RECEIVER_DATA_DIR: await embeddedDataDir() }, TARGETS.embedded));
if (!only || only === 'embedded-nofsync')
  results.push(await run('embedded PGlite (fsync off, to show its cost)', { RECEIVER_DATA_DIR: await embeddedDataDir(), RECEIVER_FSYNC: 'false' }, null));
if (!only || only === 'postgres') {
  const pg = await startPostgres();
  if (pg.skip) console.log(`\n▶ PostgreSQL: skipped (${pg.skip})`);
  else {
    try {
      results.push(await run('PostgreSQL 15 (fsync on, synchronous_commit on)', { DATABASE_URL: await pg.database() }, TARGETS.postgres));
    } finally {
      await pg.stop();
    }
  }
}
console.log(`\n${JSON.stringify(results, null, 2)}`);
process.exit(results.every((r) => r.lost === 0 && r.duplicated === 0 && r.countEqualsRows) ? 0 : 1);
