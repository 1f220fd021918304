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
      (error: Error) => {
        console.error(`receiver: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const { code, port, address } = error as { code?: string; port?: number; address?: string };
  if (error instanceof ConfigError || error instanceof StartError) console.error(`receiver: ${error.message}`);
  else if (code === 'EADDRINUSE') console.error(`receiver: ${address}:${port} is in use (another receiver, or another program): stop it or set RECEIVER_PORT`);
  else console.error(error);
  process.exit(1);
}
