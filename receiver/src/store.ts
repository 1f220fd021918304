/*
 * Every SQL statement of the receiver: one dialect (PostgreSQL's), run unchanged by PGlite and by PostgreSQL.
 *
 * What is stored, and why (nothing else is: no IP address, user agent, referrer, or request headers):
 * - cw_signatures: one row per signature. In clear only what counting, de-duplication, consent and retention need:
 *   the submission id, when it arrived (to the second), the consent record (given, text, locale, time), the
 *   double opt-in confirmation time, the country (only with `countryCounts`), a keyed hash of the email (only with
 *   `emailHashKey`, for de-duplication and erasure by email), the hash of an unused confirmation token, and the
 *   request's fingerprint (SHA-256 of what the row holds in clear, never of the signer's details: signature.ts;
 *   tells a retry from a different request with the same key; kept for the idempotency window only, default 24 h,
 *   then set to NULL). Everything the signer typed (names, email, country, postal code, phone), the tags and the
 *   source code are in `sealed`, a libsodium sealed box to the NGO's public key: this server cannot read them.
 * - cw_requests: the keys of requests that left no signature row, so that a retry still gets its answer: a
 *   duplicate by email (with its fingerprint, for the same window), and an erased signature (its key only, so a
 *   late retry cannot bring it back).
 * - cw_counts: the counter rows. `signed` is what /count answers and only ever grows; `removed` counts signatures
 *   erased or purged since, so signed = rows + removed at all times (the scope '' row for the petition, one row per
 *   country with `countryCounts`). Each write locks the scope '' row when it adds to it and gives out export
 *   sequence numbers (`seq`) under that lock: they follow the order in which writes commit.
 */
import type { Database, Row, Sql } from './storage/types.js';

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS cw_meta (key text PRIMARY KEY, value text NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS cw_counts (
     scope text PRIMARY KEY,
     signed bigint NOT NULL DEFAULT 0,
     removed bigint NOT NULL DEFAULT 0,
     seq bigint NOT NULL DEFAULT 0)`,
  `INSERT INTO cw_counts (scope) VALUES ('') ON CONFLICT (scope) DO NOTHING`,
  `CREATE TABLE IF NOT EXISTS cw_signatures (
     seq bigint PRIMARY KEY,
     submission_id text NOT NULL UNIQUE,
     received_at timestamptz NOT NULL,
     consent_given boolean NOT NULL,
     consent_text text NOT NULL,
     consent_locale text NOT NULL,
     consent_time timestamptz NOT NULL,
     confirmed_at timestamptz,
     confirm_hash bytea,
     country text,
     email_hash bytea,
     fingerprint bytea,
     sealed bytea NOT NULL)`,
  `CREATE UNIQUE INDEX IF NOT EXISTS cw_signatures_email_hash ON cw_signatures (email_hash) WHERE email_hash IS NOT NULL`,
  `CREATE UNIQUE INDEX IF NOT EXISTS cw_signatures_confirm_hash ON cw_signatures (confirm_hash) WHERE confirm_hash IS NOT NULL`,
  `CREATE TABLE IF NOT EXISTS cw_requests (
     key text PRIMARY KEY,
     fingerprint bytea,
     received_at timestamptz NOT NULL)`,
  `INSERT INTO cw_meta (key, value) VALUES ('schema', '1') ON CONFLICT (key) DO NOTHING`,
];

/**
 * Columns of cw_signatures added after schema 1: the widget's bot screening, in clear (not personal data), for the
 * NGO's review. Added only when missing: ALTER TABLE locks the table whatever IF NOT EXISTS then finds, so at every
 * start it would wait for a backup (pg_dump) or a report's open transaction to end, and every writer behind it.
 */
const ADDED_COLUMNS = [
  ['screening_fill_ms', 'integer'],
  ['screening_honeypot', 'boolean'],
  ['screening_too_fast', 'boolean'],
] as const;

/** One signature ready to store (binary values base64-encoded). */
export interface NewSignature {
  submission_id: string;
  consent_given: boolean;
  consent_text: string;
  consent_locale: string;
  consent_time: string;
  country: string | null;
  email_hash: string | null;
  confirm_hash: string | null;
  screening_fill_ms: number | null;
  screening_honeypot: boolean | null;
  screening_too_fast: boolean | null;
  sealed: string;
}

/** One request to record: its Idempotency-Key, its fingerprint (base64) and the signature it carries. */
export interface WriteItem {
  key: string;
  fingerprint: string;
  signature: NewSignature;
}

/**
 * What became of a request: `created` (stored and counted), `duplicate` (same email as a stored signature: answered
 * like a new one, not stored), `replay` (this key was seen with this body, or its fingerprint has expired),
 * `mismatch` (this key was seen with another body).
 */
export type Outcome = 'created' | 'duplicate' | 'replay' | 'mismatch';

/**
 * Where an erasure or a purge leaves the database's files (Store#scrub): `clean`, the deleted rows are out of them
 * too; `done`, and so are those an earlier erasure or purge left in them (its rewrite had failed); `pending`, the
 * rewrite failed (`error`, to log by kind only): the rows are out of the table but still in the files, and the
 * rewrite is owed (recorded in the database) until the next erasure, purge or housekeeping succeeds in it.
 */
export interface FilesState {
  files: 'clean' | 'done' | 'pending';
  error?: unknown;
}

/** A row of the export, as text. */
export interface ExportRow {
  seq: string;
  submission_id: string;
  received_at: string;
  consent_given: boolean;
  consent_text: string;
  consent_locale: string;
  consent_time: string;
  consent_confirmed_at: string | null;
  country: string | null;
  screening_fill_ms: number | null;
  screening_honeypot: boolean | null;
  screening_too_fast: boolean | null;
  sealed: string;
}

/**
 * A PostgreSQL array literal of texts, for a `$n::text[]` parameter (the same on both drivers): `= ANY($n::text[])`
 * uses the index, where `IN (SELECT json_array_elements_text(…))` made the planner scan the whole table.
 */
const textArray = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** The `cw_meta` keys that record a rewrite owed by a table's files (Store#owe). */
const OWED = `('scrub:cw_signatures', 'scrub:cw_requests')`;

/**
 * How long a rewrite of a table (VACUUM FULL) waits for another connection to let go of it before it gives up and
 * stays owed (#scrub): signers' writes queue behind it meanwhile. Signers' own writes are short; what holds a table
 * longer is an open transaction or a backup (pg_dump), which can last hours.
 */
export const REWRITE_LOCK_TIMEOUT_MS = 2000;

const ISO_SECONDS = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;
const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const iso = (column: string, format = ISO_SECONDS) => `to_char(${column} AT TIME ZONE 'UTC', ${format})`;

export class Store {
  constructor(readonly db: Database) {}

  /**
   * Records, in the transaction that deletes rows from these tables, that their files owe a rewrite (#scrub): a
   * `cw_meta` row per table, `scrub:<table>`, whose value is the transaction's id. Kept in the database, not in
   * memory, so that neither a failed rewrite nor a restart (or a crash between the commit and the rewrite) forgets
   * it, and every receiver on the same database sees it. Returns whether a rewrite was owed already.
   */
  async #owe(tx: Sql, tables: readonly string[]): Promise<boolean> {
    const [owed] = await tx.query(`SELECT 1 FROM cw_meta WHERE key IN ${OWED} LIMIT 1`);
    if (tables.length) {
      await tx.query(
        `INSERT INTO cw_meta (key, value) SELECT 'scrub:' || t, pg_current_xact_id()::text FROM unnest($1::text[]) AS t
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [textArray(tables)],
      );
    }
    return !!owed;
  }

  /**
   * Makes deleted rows leave the files. A DELETE only marks a row dead: its bytes (the sealed details, the consent
   * text, the email hash in its index) stay in the table's file, and PGlite, which has no autovacuum, would keep them
   * for ever. Even a plain VACUUM leaves them in the page's free space; VACUUM FULL writes the live rows and indexes
   * to new files and deletes the old ones. It locks the table while it runs (the writer waits: signers' requests
   * queue, or get a 503 with Retry-After), which erasures and purges, being rare, can afford; but it does not wait
   * more than REWRITE_LOCK_TIMEOUT_MS for another connection to let go of the table. Embedded, the WAL is
   * ours too: a new segment, then a checkpoint, and the segments holding the rows are deleted (wal_recycle=off).
   * A PostgreSQL server's WAL, archives and replicas are its administrator's (README).
   *
   * Rewrites the tables that owe it (#owe) and then forgets the debt, unless a deletion committed meanwhile (its
   * transaction id replaced ours: its own rewrite follows). Throws when a rewrite fails: the debt stays recorded.
   */
  async #scrub(): Promise<void> {
    const owed = await this.db.query<{ key: string; value: string }>(`SELECT key, value FROM cw_meta WHERE key IN ${OWED} ORDER BY key`);
    if (!owed.length) return;
    for (const { key } of owed) await this.db.exclusive(`VACUUM FULL ${key.slice('scrub:'.length)}`, REWRITE_LOCK_TIMEOUT_MS);
    if (this.db.kind === 'embedded') {
      await this.db.query(`SELECT pg_switch_wal()`);
      await this.db.query(`CHECKPOINT`);
    }
    for (const { key, value } of owed) await this.db.query(`DELETE FROM cw_meta WHERE key = $1 AND value = $2`, [key, value]);
  }

  /**
   * Runs the rewrite the files owe, if any, and says where that leaves them (FilesState). Never throws: a rewrite
   * that failed stays owed, for the next erasure, purge or housekeeping. `owedBefore`: whether an earlier erasure
   * or purge still owed one (then a success is `done`, the news an operator is waiting for).
   */
  async #settle(owedBefore: boolean): Promise<FilesState> {
    try {
      await this.#scrub();
      return { files: owedBefore ? 'done' : 'clean' };
    } catch (error) {
      return { files: 'pending', error };
    }
  }

  /** Creates the tables (idempotent; one migrating process at a time). */
  async migrate(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(727214)`);
      for (const statement of SCHEMA) await tx.query(statement);
      const columns = await tx.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'cw_signatures'`,
      );
      const present = new Set(columns.map((column) => column.column_name));
      for (const [name, type] of ADDED_COLUMNS) {
        if (!present.has(name)) await tx.query(`ALTER TABLE cw_signatures ADD COLUMN ${name} ${type}`);
      }
      // Fingerprints written before this key hashed the whole body, the signer's details with it: an offline test of
      // a guessed name and email. They are dropped once, and the rewrite of the files is owed: the housekeeping that runs
      // before the receiver serves does it, as any owed rewrite (and waits, serving, when a backup holds the table). A
      // retry within the window then finds no fingerprint and is answered as a replay, as after the window: never stored
      // twice, never lost.
      const [fresh] = await tx.query(`INSERT INTO cw_meta (key, value) VALUES ('fingerprint', '2') ON CONFLICT (key) DO NOTHING RETURNING key`);
      if (!fresh) return;
      const [row] = await tx.query<{ n: string | number }>(
        `WITH s AS (UPDATE cw_signatures SET fingerprint = NULL WHERE fingerprint IS NOT NULL RETURNING 1),
              r AS (UPDATE cw_requests SET fingerprint = NULL WHERE fingerprint IS NOT NULL RETURNING 1)
         SELECT (SELECT count(*) FROM s) + (SELECT count(*) FROM r) AS n`,
      );
      if (Number(row!.n)) await this.#owe(tx, ['cw_signatures', 'cw_requests']);
    });
  }

  /**
   * Stores a batch of requests in one transaction: new keys become signatures (or email duplicates), known keys
   * are replays or mismatches. The caller gives each key at most once per batch. Returns each item's outcome and
   * the petition's count after the commit. Two statements between BEGIN and COMMIT: one read, one write.
   *
   * With several receivers on one PostgreSQL, two of them may both find a key (or an email hash) new; the unique
   * constraints then fail the second transaction, and the writer retries its items one by one, which finds them.
   */
  async write(items: readonly WriteItem[], { countryCounts = false } = {}): Promise<{ outcomes: Outcome[]; count: number }> {
    return this.db.transaction(async (tx) => {
      const keys = textArray(items.map((item) => item.key));
      const hashes = textArray(items.flatMap((item) => (item.signature.email_hash ? [item.signature.email_hash] : [])));
      const known = new Map<string, string | null>();
      const taken = new Set<string>();
      for (const row of await tx.query<{ key: string | null; fp: string | null; hash: string | null }>(
        `SELECT submission_id AS key, encode(fingerprint, 'base64') AS fp, NULL AS hash FROM cw_signatures
          WHERE submission_id = ANY($1::text[])
         UNION ALL
         SELECT key, encode(fingerprint, 'base64'), NULL FROM cw_requests WHERE key = ANY($1::text[])
         UNION ALL
         SELECT NULL, NULL, encode(email_hash, 'base64') FROM cw_signatures
          WHERE email_hash = ANY(ARRAY(SELECT decode(h, 'base64') FROM unnest($2::text[]) AS h))`,
        [keys, hashes],
      )) {
        if (row.key !== null) known.set(row.key, row.fp);
        else taken.add(row.hash!);
      }
      const outcomes: Outcome[] = [];
      const duplicates: { key: string; fp: string }[] = [];
      const rows: (NewSignature & { n: number; fp: string })[] = [];
      for (const item of items) {
        if (known.has(item.key)) {
          const fp = known.get(item.key);
          outcomes.push(fp === null || fp === item.fingerprint ? 'replay' : 'mismatch');
          continue;
        }
        const hash = item.signature.email_hash;
        if (hash && taken.has(hash)) {
          duplicates.push({ key: item.key, fp: item.fingerprint });
          outcomes.push('duplicate');
          continue;
        }
        if (hash) taken.add(hash);
        rows.push({ ...item.signature, n: rows.length + 1, fp: item.fingerprint });
        outcomes.push('created');
      }
      if (!rows.length && !duplicates.length) {
        // Inside the transaction, through `tx`: PGlite would wait forever for a query on the database itself.
        const [row] = await tx.query(`SELECT signed FROM cw_counts WHERE scope = ''`);
        return { outcomes, count: Number(row!.signed) };
      }
      const perCountry = new Map<string, number>();
      if (countryCounts) for (const row of rows) if (row.country) perCountry.set(row.country, (perCountry.get(row.country) ?? 0) + 1);
      // One statement: add to the counter (locking it, and reserving seq numbers), insert the signatures with those
      // numbers, record the duplicates' keys, add to the countries' counters.
      const [result] = await tx.query<{ signed: string | number }>(
        `WITH counter AS (
           UPDATE cw_counts SET signed = signed + $2, seq = seq + $2 WHERE scope = '' RETURNING seq - $2 AS base, signed),
         signatures AS (
           INSERT INTO cw_signatures (seq, submission_id, received_at, consent_given, consent_text, consent_locale,
             consent_time, country, email_hash, confirm_hash, fingerprint, screening_fill_ms, screening_honeypot,
             screening_too_fast, sealed)
           SELECT counter.base + r.n, r.submission_id, date_trunc('second', now()), r.consent_given, r.consent_text,
             r.consent_locale, r.consent_time::timestamptz, r.country, decode(r.email_hash, 'base64'),
             decode(r.confirm_hash, 'base64'), decode(r.fp, 'base64'), r.screening_fill_ms, r.screening_honeypot,
             r.screening_too_fast, decode(r.sealed, 'base64')
           FROM counter, json_to_recordset($1::json) AS r(n bigint, submission_id text, consent_given boolean,
             consent_text text, consent_locale text, consent_time text, country text, email_hash text,
             confirm_hash text, fp text, screening_fill_ms integer, screening_honeypot boolean, screening_too_fast boolean,
             sealed text)),
         duplicates AS (
           INSERT INTO cw_requests (key, fingerprint, received_at)
           SELECT key, decode(fp, 'base64'), now() FROM json_to_recordset($3::json) AS r(key text, fp text)),
         countries AS (
           INSERT INTO cw_counts (scope, signed) SELECT scope, n FROM json_to_recordset($4::json) AS r(scope text, n bigint)
           ON CONFLICT (scope) DO UPDATE SET signed = cw_counts.signed + excluded.signed)
         SELECT signed FROM counter`,
        [JSON.stringify(rows), rows.length, JSON.stringify(duplicates), JSON.stringify([...perCountry].map(([scope, n]) => ({ scope, n })))],
      );
      return { outcomes, count: Number(result!.signed) };
    });
  }

  /** The number of signatures ever accepted, for the petition ('') or one country. */
  async count(scope = ''): Promise<number> {
    const [row] = await this.db.query(`SELECT signed FROM cw_counts WHERE scope = $1`, [scope]);
    return row ? Number(row.signed) : 0;
  }

  /** Up to `limit` rows after the cursor `since`, in commit order. */
  async exportPage(since: number, limit: number): Promise<ExportRow[]> {
    return this.db.query<ExportRow & Row>(
      `SELECT seq::text AS seq, submission_id, ${iso('received_at')} AS received_at, consent_given, consent_text,
         consent_locale, ${iso('consent_time', ISO_MS)} AS consent_time, ${iso('confirmed_at')} AS consent_confirmed_at,
         country, screening_fill_ms, screening_honeypot, screening_too_fast,
         translate(encode(sealed, 'base64'), E'\n', '') AS sealed
       FROM cw_signatures WHERE cw_signatures.seq > $1 ORDER BY cw_signatures.seq LIMIT $2`,
      [since, limit],
    );
  }

  /** Deletes signatures matching `where` (with its parameter) and adds them to the removed tallies; returns how many. */
  async #remove(tx: Sql, where: string, param: unknown, { tombstones = true } = {}): Promise<number> {
    await tx.query(`SELECT seq FROM cw_counts WHERE scope = '' FOR UPDATE`);
    const gone = await tx.query<{ submission_id: string; country: string | null }>(
      `DELETE FROM cw_signatures WHERE ${where} RETURNING submission_id, country`,
      [param],
    );
    if (!gone.length) return 0;
    await tx.query(`UPDATE cw_counts SET removed = removed + $1 WHERE scope = ''`, [gone.length]);
    const perCountry = new Map<string, number>();
    for (const row of gone) if (row.country) perCountry.set(row.country, (perCountry.get(row.country) ?? 0) + 1);
    if (perCountry.size) {
      await tx.query(
        `UPDATE cw_counts SET removed = removed + r.n FROM json_to_recordset($1::json) AS r(scope text, n bigint) WHERE cw_counts.scope = r.scope`,
        [JSON.stringify([...perCountry].map(([scope, n]) => ({ scope, n })))],
      );
    }
    // The keys stay (so a late retry is a replay, not a new signature), and nothing else of them.
    if (tombstones) {
      await tx.query(`INSERT INTO cw_requests (key, fingerprint, received_at) SELECT unnest($1::text[]), NULL, now() ON CONFLICT (key) DO NOTHING`, [
        textArray(gone.map((row) => row.submission_id)),
      ]);
    }
    return gone.length;
  }

  /**
   * Deletes the signatures matching `where` and rewrites the files (#settle), the rewrite an earlier erasure or
   * purge still owes included. Throws only when the deletion failed (nothing changed then).
   */
  async #erase(where: string, param: unknown): Promise<{ erased: number } & FilesState> {
    const [erased, owed] = await this.db.transaction(async (tx) => {
      const n = await this.#remove(tx, where, param);
      return [n, await this.#owe(tx, n ? ['cw_signatures'] : [])] as const;
    });
    return { erased, ...(erased || owed ? await this.#settle(owed) : { files: 'clean' as const }) };
  }

  /** Erases signatures by submission id, from the files too (FilesState); the count keeps them. */
  eraseBySubmission(ids: readonly string[]): Promise<{ erased: number } & FilesState> {
    return this.#erase(`submission_id = ANY($1::text[])`, textArray(ids));
  }

  /** Erases the signature with this keyed email hash (base64), from the files too (FilesState); the count keeps it. */
  eraseByEmailHash(hash: string): Promise<{ erased: number } & FilesState> {
    return this.#erase(`email_hash = decode($1, 'base64')`, hash);
  }

  /**
   * Retention: deletes signatures received before `before` (and the request records as old), from the files too
   * (FilesState); the count keeps them. Throws only when the deletion failed (nothing changed then).
   */
  async purge(before: Date): Promise<{ purged: number } & FilesState> {
    const [purged, owed, deleted] = await this.db.transaction(async (tx) => {
      // Past retention no retry can come any more: no tombstones.
      const n = await this.#remove(tx, `received_at < $1::timestamptz`, before.toISOString(), { tombstones: false });
      const requests = await tx.query(`DELETE FROM cw_requests WHERE received_at < $1::timestamptz RETURNING 1`, [before.toISOString()]);
      const tables = [...(n ? ['cw_signatures'] : []), ...(requests.length ? ['cw_requests'] : [])];
      return [n, await this.#owe(tx, tables), tables.length > 0] as const;
    });
    return { purged, ...(deleted || owed ? await this.#settle(owed) : { files: 'clean' as const }) };
  }

  /** Runs the rewrite an earlier erasure or purge still owes (FilesState: `clean` when none was owed). */
  async scrubOwed(): Promise<FilesState> {
    const [owed] = await this.db.query(`SELECT 1 FROM cw_meta WHERE key IN ${OWED} LIMIT 1`);
    return owed ? this.#settle(true) : { files: 'clean' };
  }

  /**
   * Housekeeping: forgets request fingerprints older than the idempotency window, and confirmation token hashes
   * older than the confirmation window (the link then no longer works).
   */
  async forget(fingerprintsBefore: Date, tokensBefore: Date): Promise<void> {
    await this.db.query(`UPDATE cw_signatures SET fingerprint = NULL WHERE fingerprint IS NOT NULL AND received_at < $1::timestamptz`, [
      fingerprintsBefore.toISOString(),
    ]);
    await this.db.query(`UPDATE cw_requests SET fingerprint = NULL WHERE fingerprint IS NOT NULL AND received_at < $1::timestamptz`, [
      fingerprintsBefore.toISOString(),
    ]);
    await this.db.query(`UPDATE cw_signatures SET confirm_hash = NULL WHERE confirm_hash IS NOT NULL AND received_at < $1::timestamptz`, [
      tokensBefore.toISOString(),
    ]);
    // What is cleared here tells nothing about a signer (a hash of what the row holds in clear, a hash of a random
    // token): no rewrite for it. One an erasure or a purge still owes is the housekeeping's next step (scrubOwed).
  }

  /**
   * Double opt-in: marks the signature whose token hash (base64) this is as confirmed, and returns the locale it was
   * signed in (for the thank-you page); null when no unused token has this hash.
   */
  async confirm(tokenHash: string): Promise<string | null> {
    const rows = await this.db.query<{ consent_locale: string }>(
      `UPDATE cw_signatures SET confirmed_at = date_trunc('second', now()), confirm_hash = NULL
        WHERE confirm_hash = decode($1, 'base64') RETURNING consent_locale`,
      [tokenHash],
    );
    return rows.length === 1 ? rows[0]!.consent_locale : null;
  }

  /** The locale of the signature an unused confirmation token belongs to (the confirm page's language); null when none. */
  async tokenLocale(tokenHash: string): Promise<string | null> {
    const rows = await this.db.query<{ consent_locale: string }>(`SELECT consent_locale FROM cw_signatures WHERE confirm_hash = decode($1, 'base64')`, [
      tokenHash,
    ]);
    return rows.length === 1 ? rows[0]!.consent_locale : null;
  }

  /** The invariant the count keeps: signed = rows + removed, for the petition and each country. */
  async audit(): Promise<{ scope: string; signed: number; rows: number; removed: number }[]> {
    const rows = await this.db.query(
      `SELECT c.scope, c.signed, c.removed,
         (SELECT count(*) FROM cw_signatures s WHERE c.scope = '' OR s.country = c.scope) AS rows
       FROM cw_counts c ORDER BY c.scope`,
    );
    return rows.map((row) => ({ scope: String(row.scope), signed: Number(row.signed), rows: Number(row.rows), removed: Number(row.removed) }));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
