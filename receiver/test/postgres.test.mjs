// The receiver's suite on PostgreSQL 15: a throwaway server started here (initdb into a temp folder, as the
// `postgres` user when root), one fresh database per receiver. Skipped, saying why, when PostgreSQL is missing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, it } from 'node:test';
import postgres from 'pg';
import { startPostgres } from './helpers.mjs';
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
}
