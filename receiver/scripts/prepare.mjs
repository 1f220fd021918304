// Makes the receiver runnable: installs its dependencies (npm ci) when they are missing or older than the
// lockfile, then builds dist/ (esbuild, well under a second). Every npm script of the receiver starts with it.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
const marker = `${dir}node_modules/.package-lock.json`;
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(`${dir}package-lock.json`).mtimeMs) {
  console.error('receiver: installing its dependencies (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
}
execFileSync(process.execPath, ['build.mjs'], { cwd: dir, stdio: 'inherit' });
