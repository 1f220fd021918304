// The signature receiver (receiver/) for `npm start`'s example pages: built with its own prepare script, started in
// this process with `startReceiver()`, a throwaway key pair for the demo made by the receiver's own keygen, and its
// database and key in receiver/demo/ (gitignored). scripts/serve.mjs forwards /receiver/… to it, so the pages send
// to their own origin. Signatures kept here are sealed to the demo key: a real NGO keeps its key on its own computer.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const receiverDir = join(root, 'receiver');

/** Where the demo keeps its database and its key pair (gitignored). */
export const DEMO_DIR = join(receiverDir, 'demo');

/** Installs the receiver's dependencies if needed and builds receiver/dist/ (its own prepare script). */
export function prepareReceiver() {
  execFileSync(process.execPath, ['scripts/prepare.mjs'], { cwd: receiverDir, stdio: 'inherit' });
}

/**
 * The demo's key pair: made once with the receiver's own `keygen` (receiver/src/tools.ts) and kept with the demo's
 * database, so every signature the demo stored can be opened with it. A database without its key could never be
 * read, so it is emptied when the key is missing.
 */
function demoKeyPair(keyFile, dataDir) {
  if (!existsSync(keyFile)) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dirname(keyFile), { recursive: true });
    execFileSync(process.execPath, [join(receiverDir, 'dist/tools.js'), 'keygen', '--out', keyFile], { cwd: root, stdio: 'ignore' });
  }
  return JSON.parse(readFileSync(keyFile, 'utf8'));
}

/**
 * Starts the demo receiver on a free port of 127.0.0.1, accepting signatures from the pages of `pageOrigins`
 * (browsers send an Origin header on a same-origin POST too), with its database and key in `dir` (one process per
 * folder: the benchmark gives its own). Returns the receiver (`url`, `close()`), the bearer token of this run (for
 * /export) and lines that say where things are.
 */
export async function startDemoReceiver({ pageOrigins, dir = DEMO_DIR }) {
  const keyFile = join(dir, 'demo-secret-key.json');
  const dataDir = join(dir, 'data');
  const { public_key: publicKey } = demoKeyPair(keyFile, dataDir);
  const { startReceiver } = await import(pathToFileURL(join(receiverDir, 'dist/index.js')).href);
  const token = randomBytes(24).toString('base64url');
  const receiver = await startReceiver({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    publicKey,
    allowedOrigins: pageOrigins,
    token,
    // Start-up facts only (the receiver never logs a body or an address); quiet unless something goes wrong.
    log: (message) => {
      if (!/^retention:/.test(message)) console.error(`receiver: ${message}`);
    },
  });
  const count = await receiver.store.count();
  const key = relative(root, keyFile);
  return {
    receiver,
    token,
    describe: (origin) => [
      `Signatures go to the self-hosted receiver (receiver/), here at ${origin}/receiver/ (${count} stored so far, in ${relative(root, dataDir)}/).`,
      `They are sealed to a demo key pair; its secret key is in ${key}. To read them:`,
      `  curl -s -H "Authorization: Bearer ${token}" ${origin}/receiver/export | npm run --silent --prefix receiver decrypt -- --key ${key}`,
    ],
  };
}
