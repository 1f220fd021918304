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
  /** Facts about durability, for tests and the start-up line (e.g. how many fsync calls reached the disk). */
  stats(): { fsyncs?: number };
  close(): Promise<void>;
}
