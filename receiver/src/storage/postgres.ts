import pg from 'pg';
import type { Database, Row, Sql } from './types.js';

/**
 * A PostgreSQL server (DATABASE_URL). Writes go through one dedicated connection, one transaction at a time (the
 * receiver batches them, and its counter row serialises writers anyway); reads (count refresh, export) use the pool.
 * A writer connection that fails is dropped and replaced on the next transaction.
 */
export async function openPostgres(url: string, { poolSize = 4 } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'campaign-widgets-receiver' });
  // A failed idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  let writer: pg.PoolClient | null = null;
  /** Drops the writer connection (once, whoever notices first); the next transaction connects again. */
  const dropWriter = (client: pg.PoolClient) => {
    if (writer !== client) return;
    writer = null;
    client.release(true);
  };
  const connectWriter = async (): Promise<pg.PoolClient> => {
    const client = await pool.connect();
    // A checked-out connection's errors reach no one but us: without a listener, the server ending it (a restart, a
    // failover) would be an uncaught exception and stop the receiver. Dropped instead.
    client.on('error', () => dropWriter(client));
    return client;
  };
  writer = await connectWriter();
  let chain: Promise<unknown> = Promise.resolve();
  const run = async <T extends Row>(client: pg.PoolClient | pg.Pool, text: string, params?: unknown[]) =>
    (await client.query<T>(text, params as unknown[])).rows;
  return {
    kind: 'postgres',
    query: (text, params) => run(pool, text, params),
    transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const next = chain.then(async () => {
        const client = (writer ??= await connectWriter());
        try {
          await client.query('BEGIN');
          const result = await fn({ query: (text, params) => run(client, text, params) });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch {
            // The connection itself failed: drop it; the next transaction connects again.
            dropWriter(client);
          }
          throw error;
        }
      });
      chain = next.catch(() => {});
      return next;
    },
    async exclusive(text: string, lockTimeoutMs: number): Promise<void> {
      // A connection of its own: lock_timeout must not reach the pool's other queries.
      const client = await pool.connect();
      // Checked out, its errors reach no one else (see connectWriter); the query's own rejection says what failed.
      const ignore = () => {};
      client.on('error', ignore);
      let broken = false;
      try {
        await client.query(`SET lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
        await client.query(text);
      } finally {
        try {
          await client.query('RESET lock_timeout');
        } catch {
          broken = true;
        }
        client.removeListener('error', ignore);
        client.release(broken);
      }
    },
    stats: () => ({}),
    async close() {
      await chain;
      writer?.release();
      writer = null;
      await pool.end();
    },
  };
}
