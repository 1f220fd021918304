// Makes a fresh machine ready: installs npm dependencies when missing, and finds or installs the system browsers.
// Used by `npm test` and `npm start`; also runnable alone: `node scripts/setup.mjs [--browsers]`.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptPackages, findBrowser } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

/** Runs `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('setup: installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** The same for the signature receiver, its own npm package (receiver/, with its own lockfile). */
export function ensureReceiverDependencies() {
  const marker = `${root}receiver/node_modules/.package-lock.json`;
  const lock = `${root}receiver/package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('setup: installing the receiver\'s dependencies (npm ci --prefix receiver)…');
  run('npm', ['ci', '--prefix', 'receiver', '--no-audit', '--no-fund']);
}

/** Finds Chromium and Firefox; installs them from apt when running as root; otherwise says what to install. */
export function ensureBrowsers(names = ['chromium', 'firefox']) {
  let missing = names.filter((name) => !findBrowser(name));
  if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const packages = [...missing.map((name) => aptPackages[name]), aptPackages.fonts];
    console.log(`setup: installing ${packages.join(', ')} with apt-get…`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...packages]);
    missing = names.filter((name) => !findBrowser(name));
  }
  if (missing.length) {
    const packages = missing.map((name) => aptPackages[name]).join(' ');
    throw new Error(
      `Missing browser(s): ${missing.join(', ')}. Install them with \`sudo apt-get install ${packages} ${aptPackages.fonts}\` ` +
        '(Debian/Ubuntu), or point CHROME_PATH / FIREFOX_PATH at existing executables.',
    );
  }
  return Object.fromEntries(names.map((name) => [name, findBrowser(name)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureDependencies();
  ensureReceiverDependencies();
  if (process.argv.includes('--browsers')) console.log(ensureBrowsers());
}
