/*
 * One receiver per data folder. PGlite does not lock its folder (it writes `postmaster.pid` but never reads it), so
 * two processes on one folder would both write its files: the database could be corrupted and signatures lost.
 * `lockFolder` creates `<folder>/receiver.lock` (atomically: written aside, then hard-linked into place, which fails if
 * it exists) naming this process. A lock whose process is gone (a crash, a power cut) is taken over; a live one stops
 * the start.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { linkSync, readFileSync, readlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { StartError } from '../errors.js';

interface Holder {
  pid: number;
  /** Linux: the process's start time (clock ticks since boot, /proc/<pid>/stat), which a reused pid does not share. */
  start?: string;
  /** Linux: this boot's id; a lock from an earlier boot names a process that is gone, whatever its pid. */
  boot?: string;
  /** Linux: the pid namespace (a container has its own): a pid means nothing outside it. */
  pidns?: string;
  host: string;
  since: string;
}

const read = (read: () => string): string | undefined => {
  try {
    return read().trim();
  } catch {
    return undefined;
  }
};
const startTime = (pid: number) =>
  read(() => readFileSync(`/proc/${pid}/stat`, 'utf8'))
    ?.split(') ')[1]
    ?.split(' ')[19];
const bootId = () => read(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'));
const pidNamespace = () => read(() => readlinkSync('/proc/self/ns/pid'));

/** Locks this process holds (removed at exit too, so an `process.exit` leaves none behind). */
const held = new Map<string, string>();
process.on('exit', () => {
  for (const [path, content] of held) release(path, content);
});

function release(path: string, content: string): void {
  held.delete(path);
  // Only our own: after a takeover the file may name another process.
  if (read(() => readFileSync(path, 'utf8')) === content.trim()) remove(path);
}

const remove = (path: string) => {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
};

/** Whether the lock's process may still run: true, false (gone), or 'elsewhere' (another container: cannot tell). */
function alive(holder: Holder): boolean | 'elsewhere' {
  const boot = bootId();
  if (holder.boot && boot && holder.boot !== boot) return false;
  const pidns = pidNamespace();
  // Another pid namespace with our host name is this container's earlier run; with another, a container beside us.
  if (holder.pidns && pidns && holder.pidns !== pidns) return holder.host === hostname() ? false : 'elsewhere';
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = startTime(holder.pid);
  return !(holder.start && start && holder.start !== start);
}

/** Locks `dir` for this process, or throws a StartError naming the receiver that holds it. Returns the release. */
export function lockFolder(dir: string, log: (message: string) => void): () => void {
  const path = join(dir, 'receiver.lock');
  const me: Holder = {
    pid: process.pid,
    start: startTime(process.pid),
    boot: bootId(),
    pidns: pidNamespace(),
    host: hostname(),
    since: new Date().toISOString(),
  };
  const content = `${JSON.stringify(me)}\n`;
  // A name of its own: in another container, another receiver can have the same pid.
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(aside, content, { mode: 0o600, flag: 'wx' });
  try {
    for (;;) {
      try {
        linkSync(aside, path);
        held.set(path, content);
        return () => release(path, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = read(() => readFileSync(path, 'utf8'));
      if (found === undefined) continue; // removed meanwhile: try again
      let holder: Holder;
      try {
        holder = JSON.parse(found) as Holder;
        if (!Number.isInteger(holder.pid)) throw new Error();
      } catch {
        throw new StartError(`not started: ${path} is not a receiver's lock. If no receiver uses ${dir}, delete that file, then start it again.`);
      }
      const state = alive(holder);
      if (state) {
        const who = state === 'elsewhere' ? `pid ${holder.pid} on ${holder.host}, another container` : `pid ${holder.pid}`;
        throw new StartError(
          `not started: another receiver (${who}) is using ${dir}: stop it, or give this one another RECEIVER_DATA_DIR ` +
            `(dataDir). If that receiver is no longer running, delete ${path}, then start this one again.`,
        );
      }
      // Gone: take it over, unless another start took it over meanwhile (then the next round reads the new one).
      if (read(() => readFileSync(path, 'utf8')) === found) {
        remove(path);
        log(`took over the lock of ${dir} from pid ${holder.pid} (started ${holder.since}), which is no longer running`);
      }
    }
  } finally {
    remove(aside);
  }
}
