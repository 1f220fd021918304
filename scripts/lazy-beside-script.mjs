// Code that only runs after a visitor acts (drawing a share image, sending a signature) need not weigh on every page
// load. Such modules are named `*.lazy.ts`, import nothing from Lit or @lit/localize (they get their text as
// arguments), and are imported with `await import('./name.lazy.js')`.
//
// - `lazyModules()` lists them; each is built on its own as dist/lazy/<name>.js (self-contained ES module).
// - `lazyBesideScript()` rewrites their `import('./name.lazy.js')` in the bundles to load that file from beside the
//   script (`import.meta.url`, which rollup turns into the classic script's own URL in the IIFE), so a CDN copy and
//   a self-hosted copy both find it. In tests and Storybook the import stays as written and loads the source.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const LAZY_IMPORT = /import\((['"])\.{1,2}\/(?:[^'"]+\/)?([^'"/]+)\.lazy\.js\1\)/g;

/** Every `src/**\/*.lazy.ts`, as { name, input }; names must be unique. */
export function lazyModules(dir = SRC) {
  const found = readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.lazy.ts'))
    .map((file) => ({ name: basename(String(file), '.lazy.ts'), input: join(dir, String(file)) }));
  const names = found.map((module) => module.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`Two lazy modules are named "${duplicate}"; rename one.`);
  for (const { input } of found) {
    if (/from\s+['"](lit|@lit\/localize)(\/|['"])/.test(readFileSync(input, 'utf8'))) {
      throw new Error(`${input} imports Lit or @lit/localize: a lazy module must not (it would carry its own copy).`);
    }
  }
  return found;
}

/** Runs after TypeScript is compiled, so type-only `import('./x.lazy.js')` expressions are already gone. */
export function lazyBesideScript({ dir = 'lazy' } = {}) {
  return {
    name: 'lazy-beside-script',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('.lazy.js')) return null;
      const rewritten = code.replace(LAZY_IMPORT, (_, _quote, name) => `import(new URL('./${dir}/${name}.js', import.meta.url).href)`);
      // Same line, so the incoming source map still holds.
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
