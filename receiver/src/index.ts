/*
 * The receiver as a library: `startReceiver(options)` opens the database, creates the tables and listens.
 * Used by `npm run receiver` (main.ts), the tests, the benchmark, and (later) `npm start`'s example page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, resolveConfig, type DoubleOptIn, type ReceiverConfig } from './config.js';
import { HousekeepingError, StartError, errorKind, isTableBusy } from './errors.js';
import { Mailer } from './mail.js';
import { hashKey, loadSodium, parsePublicKey } from './seal.js';
import { CountCache, createHandler, type Stats } from './server.js';
import { openEmbedded } from './storage/embedded.js';
import { openPostgres } from './storage/postgres.js';
import type { Database } from './storage/types.js';
import { Store, type FilesState } from './store.js';
import { Writer } from './writer.js';

export { ConfigError, StartError, loadConfig, resolveConfig, Store };
export type { DoubleOptIn, FilesState, ReceiverConfig, Stats, Database };
export { parseCsv, csvCell, csvRow } from './csv.js';
export { loadSodium, seal, unseal, emailHash, hashKey } from './seal.js';
export { LANGUAGES } from './messages.js';
export { Mailer, MAIL_WINDOW_MS } from './mail.js';
export { openEmbedded } from './storage/embedded.js';
export { openPostgres } from './storage/postgres.js';

export interface Receiver {
  /** e.g. `http://127.0.0.1:8787`; the widget's `action` is `${url}/sign`, `count-src` is `${url}/count`. */
  readonly url: string;
  readonly port: number;
  readonly config: ReceiverConfig;
  readonly store: Store;
  readonly stats: Stats;
  readonly server: Server;
  /** Resolves when every double opt-in mail queued so far has been handed to the SMTP server (or given up). */
  mailIdle(): Promise<void>;
  /** The mail server's state for double opt-in ("reachable", or why not); null when double opt-in is off. */
  checkMail(): Promise<string | null>;
  /** Stops accepting, finishes what was accepted, closes the database. */
  close(): Promise<void>;
}

export interface StartOptions extends Partial<Omit<ReceiverConfig, 'doubleOptIn'>> {
  doubleOptIn?: Partial<DoubleOptIn>;
  /** Where messages go (start-up facts and errors; never a body or an address). Default: stderr. */
  log?: (message: string) => void;
}

/** Opens the configured database: PostgreSQL when `databaseUrl` is set, otherwise the embedded one in `dataDir`. */
export function openDatabase(config: ReceiverConfig, log?: (message: string) => void): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openEmbedded(config.dataDir, { fsync: config.fsync, log });
}

/** Starts a receiver with these settings (over the defaults; see config.ts). */
export async function startReceiver(options: StartOptions): Promise<Receiver> {
  const { log = (message: string) => console.error(`receiver: ${message}`), ...given } = options;
  const config = resolveConfig(given as Parameters<typeof resolveConfig>[0]);
  await loadSodium();
  const publicKey = parsePublicKey(config.publicKey);
  const db = await openDatabase(config, log);
  const store = new Store(db);

  // Housekeeping, hourly and before serving: forget old request fingerprints and confirmation tokens, purge past
  // retention, and finish the rewrite of the files an erasure or a purge still owes. A step that fails throws a
  // HousekeepingError that names it, by kind only: an UPDATE or DELETE that fails can quote the row's values.
  const housekeeping = async (): Promise<void> => {
    const hour = 3_600_000;
    const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (error) {
        throw new HousekeepingError(what, errorKind(error));
      }
    };
    await step('forgetting old request fingerprints and confirmation tokens', () =>
      store.forget(new Date(Date.now() - config.idempotencyHours * hour), new Date(Date.now() - (config.doubleOptIn?.days ?? 0) * 24 * hour)),
    );
    const days = config.retentionDays;
    let state: FilesState;
    if (days) {
      const purge = await step(`deleting the signatures older than the retention (${days} days)`, () => store.purge(new Date(Date.now() - days * 24 * hour)));
      if (purge.purged) log(`retention: purged ${purge.purged} signature(s) older than ${days} days (the count keeps them)`);
      state = purge;
    } else {
      state = await step('looking for a rewrite of the database files that is owed', () => store.scrubOwed());
    }
    if (state.files === 'pending' && isTableBusy(state.error)) {
      // The rows are out of the table, and the rewrite can be done, only not now (a backup holds the table): it stays
      // owed, and the receiver serves. Not starting for it would leave signers without a receiver until the backup ends.
      log(
        `housekeeping: the rewrite an earlier erasure or purge owes waits (${errorKind(state.error)}); the next erasure, purge or hourly housekeeping tries again`,
      );
      return;
    }
    if (state.files === 'pending') throw new HousekeepingError('taking erased or purged signatures out of the database files', errorKind(state.error));
    if (state.files === 'done') log('housekeeping: the rewrite an earlier erasure or purge owed is done: the database files no longer hold them');
  };

  // The tables, then the first housekeeping, before anything else is started. The receiver does not serve unless that
  // housekeeping succeeded: signers are promised that signatures past the retention, and erased ones, are deleted,
  // from the files too. A receiver unable to do it would go on exporting what it should have deleted, and taking new
  // signatures under that promise, with an hourly log line as the only sign; not starting shows it to the operator
  // at once (main.ts prints the StartError's message). Either way the database is closed before the error goes up
  // (PGlite's open files, or the PostgreSQL pool), and a close that fails too does not hide why the start failed.
  try {
    await store.migrate();
    await housekeeping().catch((error: unknown) => {
      throw error instanceof HousekeepingError
        ? new StartError(
            `not started: the housekeeping it does before serving failed: ${error.message}. It serves only once that succeeds ` +
              '(signatures past the retention, and erased ones, must be deleted, from the files too): fix what the code names, then start it again.',
          )
        : error;
    });
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  const counts = new CountCache(store, Math.min(config.countMaxAge, 5) * 1000);
  const writer = new Writer(store, { countryCounts: config.countryCounts, onCommit: (count) => counts.set('', count) });
  const mailer = config.doubleOptIn ? new Mailer(config.doubleOptIn, log) : null;
  const stats: Stats = { preflights: 0, created: 0, duplicates: 0, replays: 0, mismatches: 0, invalid: 0, rateLimited: 0, overloaded: 0, refusedOrigins: 0 };
  const handler = createHandler({
    config,
    store,
    writer,
    publicKey,
    hashKey: config.emailHashKey ? hashKey(config.emailHashKey) : null,
    mailer,
    stats,
    counts,
    log,
  });
  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, handler);

  const timer = setInterval(
    () => void housekeeping().catch((error: unknown) => log(`housekeeping failed: ${error instanceof HousekeepingError ? error.message : errorKind(error)}`)),
    3_600_000,
  );
  timer.unref();

  server.listen(config.port, config.host);
  try {
    await Promise.race([new Promise((resolve) => server.once('listening', resolve)), new Promise((_, reject) => server.once('error', reject))]);
  } catch (error) {
    clearInterval(timer);
    mailer?.close();
    await store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    config,
    store,
    stats,
    server,
    mailIdle: () => mailer?.idle() ?? Promise.resolve(),
    checkMail: async () => (mailer ? mailer.check() : null),
    close() {
      closing ??= (async () => {
        clearInterval(timer);
        const closed = new Promise((resolve) => server.close(resolve));
        server.closeIdleConnections();
        await writer.drain();
        await closed;
        await mailer?.idle();
        mailer?.close();
        await store.close();
      })();
      return closing;
    },
  };
}

/** Starts a receiver from the config file and environment (what `npm run receiver` does). */
export async function startFromEnvironment(env = process.env): Promise<Receiver> {
  return startReceiver(loadConfig(env));
}
