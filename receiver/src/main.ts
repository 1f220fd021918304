/*
 * `npm run receiver` (root) / `npm start` (receiver/): starts the receiver from receiver.config.json and the
 * environment, says where it listens and what is configured, and stops cleanly on Ctrl-C or SIGTERM.
 */
import { errorKind } from './errors.js';
import { ConfigError, StartError, loadConfig, startReceiver } from './index.js';

// The last resort, for a bug the handlers did not catch. A rejected promise no one awaited is one operation that
// failed, and nothing is left half done by it (a signature is acknowledged only once committed): keep serving the
// others. An exception thrown from a callback may have stopped any code half way: say so and exit, for the service
// manager to start a clean process (nothing acknowledged is lost). One line each, without the error's message.
process.on('unhandledRejection', (reason) => console.error(`receiver: unexpected error, still serving: ${errorKind(reason)}`));
process.on('uncaughtException', (error) => {
  console.error(`receiver: unexpected error, stopping: ${errorKind(error)}`);
  process.exit(1);
});

try {
  const config = loadConfig();
  const receiver = await startReceiver(config);
  const db = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}${config.fsync ? ', fsync on' : ', fsync OFF'}`;
  const lines = [
    `listening on ${receiver.url}  (widget: action="${receiver.url}/sign" count-src="${receiver.url}/count")`,
    `storage: ${db}; ${await receiver.store.count()} signature(s) counted`,
    config.allowedOrigins.length
      ? `browsers may send from: ${config.allowedOrigins.join(' ')}`
      : 'no allowed origins (RECEIVER_ALLOWED_ORIGINS): web pages on other sites cannot send signatures yet',
    config.token
      ? 'export, erase and purge: enabled (bearer token)'
      : 'export, erase and purge: disabled (set RECEIVER_TOKEN; `npm run --prefix receiver token` prints one)',
    `double opt-in: ${config.doubleOptIn ? `on, links to ${config.doubleOptIn.publicUrl}/confirm, mail server ${await receiver.checkMail()}` : 'off'}; de-duplication by email: ${config.emailHashKey ? 'on' : 'off'}; counts per country: ${config.countryCounts ? 'on' : 'off'}`,
  ];
  for (const line of lines) console.log(`receiver: ${line}`);
  // Started by a parent process (tests): tell it where we listen.
  process.send?.({ url: receiver.url });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('receiver: stopping…');
    receiver.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`receiver: stopped without closing cleanly: ${errorKind(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`receiver: ${whyNotStarted(error)}`);
  process.exit(1);
}

/**
 * Why the receiver did not start, in one line for its operator. A system error's message names an address or a file
 * (`connect ECONNREFUSED 127.0.0.1:5432`, a data folder it may not write) and is printed; a database's is not, as it
 * can quote signers' data (a migration's unique index that cannot be built quotes the duplicated key): its SQLSTATE
 * code says what failed.
 */
function whyNotStarted(error: unknown): string {
  if (error instanceof ConfigError || error instanceof StartError) return error.message;
  const { code, port, address, syscall } = error as { code?: string; port?: number; address?: string; syscall?: string };
  if (code === 'EADDRINUSE') return `${address}:${port} is in use (another receiver, or another program): stop it or set RECEIVER_PORT`;
  if (syscall && error instanceof Error) return `not started: ${error.message}`;
  return `not started: ${errorKind(error)} (a database's message is not printed, as it can quote signers' data; look its code up in PostgreSQL's list of error codes)`;
}
