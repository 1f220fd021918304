import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { lockFolder } from './lock.js';
import type { Database, Row, Sql } from './types.js';

/**
 * WAL segments that are done with are deleted, not renamed for reuse: a reused segment keeps the old records
 * (signatures since erased among them) until they happen to be overwritten. New segments start zero-filled.
 */
const SCRUBBED_WAL = ['-c', 'wal_recycle=off', '-c', 'wal_init_zero=on'];

/**
 * PGlite's own start parameters (see its `defaultStartParams`) less `-F`: PGlite turns PostgreSQL's fsync off by
 * default, and its Emscripten file system ignores fsync anyway. With fsync on, `wal_sync_method=fsync` (its
 * fdatasync is a no-op stub) and the file system's fsync wired to Node's `fs.fsyncSync` below, a COMMIT returns only
 * once its WAL record is on the disk, and checkpoints flush the data files before WAL is recycled.
 */
const DURABLE_START = [
  '--single',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
  '-c',
  'fsync=on',
  '-c',
  'wal_sync_method=fsync',
  '-c',
  'synchronous_commit=on',
  ...SCRUBBED_WAL,
];

interface EmscriptenStream {
  nfd?: number;
}
interface EmscriptenModule {
  NODEFS: { stream_ops: Record<string, unknown> };
}

/** PGlite's Node file system with a real fsync: Emscripten's NODEFS has none, so PostgreSQL's fsync calls did nothing. */
class DurableNodeFS extends NodeFS {
  fsyncs = 0;
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const emscripten = result.emscriptenOpts as { preRun?: unknown[] };
    emscripten.preRun = [
      ...(emscripten.preRun ?? []),
      (mod: EmscriptenModule) => {
        mod.NODEFS.stream_ops.fsync = (stream: EmscriptenStream) => {
          if (typeof stream.nfd === 'number') {
            fsyncSync(stream.nfd);
            this.fsyncs++;
          }
          return 0;
        };
      },
    ];
    return result;
  }
}

/** fsyncs every file and folder under `dir` (once, after PGlite's first initdb wrote the data folder without syncing). */
function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(dir);
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const exists = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export interface EmbeddedOptions {
  /** Real fsync on commit (default true). Off: a commit reaches the operating system, not the disk. */
  fsync?: boolean;
  /** Where the one line about a lock taken over from a receiver that is gone goes. Default: stderr. */
  log?: (message: string) => void;
}

/**
 * Opens (creating on first use) the embedded database in `dataDir`, locked for this process until `close()` (or its
 * exit): a second receiver on the folder is refused with a StartError naming the first (lock.ts).
 */
export async function openEmbedded(
  dataDir: string,
  { fsync = true, log = (message: string) => console.error(`receiver: ${message}`) }: EmbeddedOptions = {},
): Promise<Database> {
  const dir = resolve(dataDir);
  // PGlite makes its files readable and writable by every account (0666, whatever the umask) and its folders 0755:
  // a folder only our account may enter keeps all of them from the others (www-data, a shared host's users).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const unlock = lockFolder(dir, log);
  try {
    return await open(dir, fsync, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function open(dir: string, fsync: boolean, unlock: () => void): Promise<Database> {
  const fresh = !exists(join(dir, 'PG_VERSION'));
  const fs = fsync ? new DurableNodeFS(dir) : new NodeFS(dir);
  const options: PGliteOptions = { fs, startParams: fsync ? DURABLE_START : [...PGlite.defaultStartParams, ...SCRUBBED_WAL] };
  const pg = await PGlite.create(options);
  if (fresh && fsync) syncTree(dir);
  const sql: Sql = {
    query: async <T extends Row>(text: string, params?: unknown[]) => (await pg.query<T>(text, params)).rows,
  };
  return {
    kind: 'embedded',
    query: sql.query,
    transaction: <T>(fn: (tx: Sql) => Promise<T>) =>
      pg.transaction(async (tx) => fn({ query: async <R extends Row>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows })),
    // One process per data folder (lockFolder): no other connection can hold a table.
    exclusive: async (text: string) => void (await pg.query(text)),
    stats: () => ({ fsyncs: fs instanceof DurableNodeFS ? fs.fsyncs : undefined }),
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}
