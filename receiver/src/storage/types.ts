/** A row as the database returns it (column name → value). */
export type Row = Record<string, unknown>;

/** Something that runs SQL with `$1` parameters: the database, or one transaction on it. */
export interface Sql {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * The one storage interface: PostgreSQL's dialect, spoken by PGlite (embedded) or by a real PostgreSQL server.
 * Every query of the receiver lives in store.ts and runs unchanged on both.
 */
export interface Database extends Sql {
  readonly kind: 'embedded' | 'postgres';
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws); transactions never interleave. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs one statement that needs a table to itself (VACUUM FULL), giving up (PostgreSQL's error 55P03) when another
   * connection holds the table for longer than `lockTimeoutMs`: while such a statement waits for its lock, every
   * writer queues behind it, signers included, and a report's open transaction or a backup can hold a table for
   * hours. The embedded database has no other connection to wait for.
   */
  exclusive(text: string, lockTimeoutMs: number): Promise<void>;
  /** Facts about durability, for tests and the start-up line (e.g. how many fsync calls reached the disk). */
  stats(): { fsyncs?: number };
  close(): Promise<void>;
}
