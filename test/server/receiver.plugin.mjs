// Starts real receivers (receiver/, the self-hosted signature back-end) for the browser tests in test/receiver/, on
// 127.0.0.1 and a port of their own: another origin than the test page, so the browser's CORS preflight is real.
// Test runner commands (executeServerCommand):
//   receiver-start {origin, required?}  → {id, url}  a receiver allowing `origin`, with a fresh embedded database
//   receiver-rows  {id}                 → {rows, preflights}  every stored signature, opened with the test's secret
//                                          key (as the NGO's `decrypt` would), and how many preflights it answered
//   receiver-stop  {id}                 → true
// The receiver is built (and its dependencies installed, the first time) when a test first asks for one.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const receiverDir = fileURLToPath(new URL('../../receiver/', import.meta.url));

export default function receiverPlugin() {
  let tools;
  const running = new Map();
  let next = 0;

  async function load() {
    if (!tools) {
      execFileSync(process.execPath, ['scripts/prepare.mjs'], { cwd: receiverDir, stdio: 'inherit' });
      // The receiver's own test helpers: key pair, PGlite data folder (a copy of one initialised template), export.
      tools = await import('../../receiver/test/helpers.mjs');
    }
    return tools;
  }

  return {
    name: 'receiver',
    async executeCommand({ command, payload }) {
      if (command === 'receiver-start') {
        const { lib, KEYS, TOKEN, embeddedDataDir } = await load();
        const receiver = await lib.startReceiver({
          host: '127.0.0.1',
          port: 0,
          publicKey: KEYS.publicKey,
          token: TOKEN,
          allowedOrigins: [payload.origin],
          dataDir: await embeddedDataDir(),
          ...(payload.required ? { required: payload.required } : {}),
          log: (message) => console.warn(`receiver: ${message}`),
        });
        const id = String(++next);
        running.set(id, receiver);
        return { id, url: receiver.url };
      }
      if (command === 'receiver-rows') {
        const { KEYS, exportRows, unsealWith } = await load();
        const receiver = running.get(payload.id);
        const rows = (await exportRows(receiver.url)).map((row) => ({ ...row, sealed: undefined, ...unsealWith(KEYS, row.sealed) }));
        return { rows, preflights: receiver.stats.preflights };
      }
      if (command === 'receiver-stop') {
        await running.get(payload.id)?.close();
        running.delete(payload.id);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      for (const receiver of running.values()) await receiver.close();
      running.clear();
    },
  };
}
