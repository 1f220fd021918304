// One version everywhere: package.json, the bundle's VERSION (src/core/version.ts, stamped on every element class),
// the built library, the newest release in CHANGELOG.md, and the CDN addresses the documentation pins.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('src/core/version.ts says the version of package.json', () => {
  const source = readFileSync(join(root, 'src/core/version.ts'), 'utf8');
  assert.equal(source.match(/export const VERSION = '([^']+)'/)?.[1], version);
});

test('the newest release in CHANGELOG.md is that version', () => {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const releases = [...changelog.matchAll(/^## (\d+\.\d+\.\d+\S*)/gm)].map((m) => m[1]);
  assert.equal(releases[0], version, `first release heading of CHANGELOG.md (${releases.join(', ')})`);
  assert.equal(new Set(releases).size, releases.length, 'each release once');
});

test('the built library and the one-script bundle carry that version', async (t) => {
  if (!existsSync(join(root, 'dist/index.js'))) return t.skip('dist/ is not built');
  globalThis.window ??= new EventTarget();
  const library = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  assert.equal(library.VERSION, version);
  assert.ok(readFileSync(join(root, 'dist/campaign-widgets.js'), 'utf8').includes(`"${version}"`), 'the version string is in dist/campaign-widgets.js');
});

test('every pinned CDN address in the README, docs/ and the Storybook pages names that version', () => {
  const files = [
    'README.md',
    ...['docs', 'stories'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => /\.(md|mdx)$/.test(f))
        .map((f) => `${dir}/${f}`),
    ),
  ];
  for (const file of files) {
    for (const [, pinned] of readFileSync(join(root, file), 'utf8').matchAll(/campaign-widgets@(\d+\.\d+\.\d+[^/\s]*)\//g)) {
      assert.equal(pinned, version, `${file} pins campaign-widgets@${pinned}`);
    }
  }
});
