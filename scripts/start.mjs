// `npm start`: installs what is missing, builds the library and Storybook, and serves the example partner pages
// and Storybook on localhost.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './setup.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

ensureDependencies();
console.log('\n▶ building the library (npm run build)');
run('npm', ['run', '--silent', 'build']);
console.log('\n▶ building Storybook');
run('npm', ['run', '--silent', 'storybook:build']);

const port = Number(process.env.PORT ?? 8000);
await startServer(port);
console.log(`
campaign-widgets demo is running:
  Partner page     http://127.0.0.1:${port}/examples/partner-page.html
  Strict CSP page  http://127.0.0.1:${port}/examples/strict-csp.html
  Storybook        http://127.0.0.1:${port}/storybook/

Press Ctrl+C to stop. For live-reloading Storybook while editing: npm run storybook
`);
