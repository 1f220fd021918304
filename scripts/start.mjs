// `npm start`: installs what is missing, builds the library, the configurator and Storybook, starts the signature
// receiver (receiver/, with a throwaway demo key) and serves the example partner pages, the configurator and
// Storybook on 127.0.0.1 (port 8000, or PORT). A busy port is reported before anything is built.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkNode, ensureDependencies } from './setup.mjs';
import { startServer } from './serve.mjs';
import { prepareReceiver, startDemoReceiver } from './demo-receiver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

checkNode();

const portText = process.env.PORT ?? '8000';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(`PORT=${portText} is not a port number (0–65535). Try: PORT=8001 npm start`);
  process.exit(1);
}

// Take the port first: everything after this takes a minute, and a port in use should be said at once.
let server;
try {
  server = await startServer(port);
} catch (error) {
  const reason = { EADDRINUSE: 'is already in use (another npm start?)', EACCES: 'may not be used by this user' }[error.code];
  console.error(
    `Port ${port} ${reason ?? `cannot be used (${error.message})`}: stop what holds it, or choose another, e.g. PORT=${port === 8001 ? 8002 : 8001} npm start`,
  );
  process.exit(1);
}
const { port: actualPort } = server.address();
const origin = `http://127.0.0.1:${actualPort}`;

ensureDependencies();
console.log('\n▶ building the library and the configurator (npm run build)');
run('npm', ['run', '--silent', 'build']);
console.log('\n▶ building Storybook');
run('npm', ['run', '--silent', 'storybook:build']);
console.log('\n▶ building the signature receiver (receiver/)');
prepareReceiver();
const demo = await startDemoReceiver({ pageOrigins: [origin, `http://localhost:${actualPort}`] });
server.setReceiver(demo.receiver.url);

console.log(`
campaign-widgets demo is running:
  Partner page     ${origin}/examples/partner-page.html
  Strict CSP page  ${origin}/examples/strict-csp.html
  Configurator     ${origin}/configurator/
  Storybook        ${origin}/storybook/

${demo.describe(origin).join('\n')}

Press Ctrl+C to stop. For live-reloading Storybook while editing: npm run storybook
`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  demo.receiver.close().then(
    () => process.exit(0),
    (error) => {
      console.error(`receiver: ${error.message}`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
