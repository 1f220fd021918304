// Code that only runs after a visitor acts (drawing a share image, sending a signature), once a widget's data has
// arrived (the mission card) or just after the first paint (the petition's country list) need not weigh on every
// page load. Such modules are named `*.lazy.ts` and are imported
// through `lazyLoader(() => import('./name.lazy.js'))` (src/core/lazy.ts).
//
// - `lazyModules()` lists them; each is built on its own as dist/lazy/<name>.js (an ES module).
// - `lazyBesideScript()` rewrites their `import('./name.lazy.js')` in the bundles to load that file from beside the
//   script (`import.meta.url`, which rollup turns into the classic script's own URL in the IIFE), so a CDN copy and
//   a self-hosted copy both find it, and a load that failed is tried again under a fresh URL. In tests and
//   Storybook the import stays as written and loads the source (where a failed load stays failed until reload).
// - `hostRuntime()` builds them without their own Lit: `lit` and `@lit/localize` become a stand-in that the page's
//   bundle fills through the module's `__cwHostRuntime` export when `lazyLoader` loads it. So a lazy module uses Lit only
//   inside functions (never while the module itself runs), and only what src/core/lazy.ts lends.
import { readdirSync } from 'node:fs';
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
  return found;
}

/** What src/core/lazy.ts lends; a lazy module importing anything else from Lit fails the build with rollup's "not exported" error. */
export const LENT = ['css', 'html', 'nothing', 'msg', 'str'];
const RUNTIME = '\0cw-host-runtime';
const ENTRY = '\0cw-lazy-entry:';

/** For a lazy module's own build: its entry is `hostRuntime.entry(input)`; Lit comes from the page's bundle. */
export function hostRuntime() {
  return {
    name: 'host-runtime',
    resolveId(source) {
      if (source === 'lit' || source === '@lit/localize' || source === RUNTIME) return RUNTIME;
      return source.startsWith(ENTRY) ? source : null;
    },
    load(id) {
      if (id === RUNTIME) {
        const names = LENT.join(', ');
        // Until lent, using Lit fails loudly (a template or style made while the module runs, before lazyLoader() lent it).
        const early = "() => { throw new Error('campaign-widgets: a lazy module used Lit before lazyLoader() lent it'); }";
        return `const early = ${early};\nlet ${LENT.map((name) => `${name} = early`).join(', ')};
export function __cwHostRuntime(runtime) { ({ ${names} } = runtime); }\nexport { ${names} };`;
      }
      if (id.startsWith(ENTRY)) {
        const input = JSON.stringify(id.slice(ENTRY.length));
        return `export * from ${input};\nexport { __cwHostRuntime } from ${JSON.stringify(RUNTIME)};`;
      }
      return null;
    },
  };
}
hostRuntime.entry = (input) => ENTRY + input;

const IMPORTER = '\0cw-import-lazy';

/**
 * Loads dist/lazy/<name>.js from beside the script. A browser remembers a failed module load for the page's life
 * (the same URL fails again without a new request), so after a failure (offline, a server fault) the next try asks
 * for the file under a new query string: an unsent signature or a form that would not open works once the
 * connection is back.
 */
const importerCode = (dir) => `const failed = new Set();
export function importLazy(name) {
  // This module is part of the bundle, so its import.meta.url is the script's own address.
  const url = new URL('./${dir}/' + name + '.js', import.meta.url);
  if (failed.has(name)) url.search = 'retry=' + Date.now();
  return import(url.href).catch((error) => {
    failed.add(name);
    throw error;
  });
}`;

/** Runs after TypeScript is compiled, so type-only `import('./x.lazy.js')` expressions are already gone. */
export function lazyBesideScript({ dir = 'lazy' } = {}) {
  return {
    name: 'lazy-beside-script',
    resolveId(source) {
      return source === IMPORTER ? IMPORTER : null;
    },
    load(id) {
      return id === IMPORTER ? importerCode(dir) : null;
    },
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('.lazy.js')) return null;
      const rewritten = code.replace(LAZY_IMPORT, (_, _quote, name) => `importLazy(${JSON.stringify(name)})`);
      if (rewritten === code) return null;
      // The import goes on the first line, so the incoming source map (line by line) still holds.
      return { code: `import { importLazy } from ${JSON.stringify(IMPORTER)}; ${rewritten}`, map: null };
    },
  };
}
