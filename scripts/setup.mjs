// Makes a fresh machine ready: checks the Node version, installs npm dependencies when missing, and finds or
// installs the system browsers. Used by `npm test` and `npm start`; also runnable alone:
// `node scripts/setup.mjs [--browsers]`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptPackages, findBrowser } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const parts = (version) =>
  version
    .replace(/^v/, '')
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * True when `version` (e.g. `v20.20.2`) is in `range`, as package.json's `engines` writes it: clauses joined by
 * `||`, each `^x.y.z`, `>=x.y.z` or both parts of `>=x.y.z <a.b.c`.
 */
export function nodeSatisfies(version, range) {
  const v = parts(version);
  return range.split('||').some((clause) =>
    clause
      .trim()
      .split(/\s+/)
      .every((term) => {
        const m = term.match(/^(\^|>=|<)?v?(\d+(?:\.\d+){0,2})$/);
        if (!m) return false;
        const bound = parts(m[2]);
        if (m[1] === '^') return v[0] === bound[0] && compare(v, bound) >= 0;
        if (m[1] === '<') return compare(v, bound) < 0;
        return compare(v, bound) >= 0;
      }),
  );
}

/** The Node versions development needs: package.json's `engines.node`, the one place that says it. */
export const NODE_RANGE = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).engines.node;

/** Stops with one clear message when this Node is older than development needs (before anything is installed). */
export function checkNode(version = process.version) {
  if (nodeSatisfies(version, NODE_RANGE)) return;
  console.error(
    `campaign-widgets needs Node ${NODE_RANGE.replace(/\s*\|\|\s*/g, ' or ')} for development (Vite, which Storybook ` +
      `builds with, and Rolldown require it); this is Node ${version.replace(/^v/, '')}. Install a newer Node ` +
      '(https://nodejs.org, or `nvm install 22`) and run the command again.',
  );
  process.exit(1);
}

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
  console.log("setup: installing the receiver's dependencies (npm ci --prefix receiver)…");
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
  checkNode();
  ensureDependencies();
  ensureReceiverDependencies();
  if (process.argv.includes('--browsers')) console.log(ensureBrowsers());
}
