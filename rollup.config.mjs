// Builds dist/ for partners and bundlers (docs/architecture.md explains how a page loads it):
// - dist/campaign-widgets.js: the one ES-module tag a partner adds. It holds the loader, Lit and src/core; every
//   widget, every translation and the code that runs only after a visitor acts are chunks beside it
//   (dist/chunks/), loaded with ordinary dynamic imports when the page needs them. Each chunk finds the others
//   relative to its own URL, so a CDN copy and a self-hosted copy both work.
// - dist/campaign-widgets.iife.js: a small classic script that imports the same entry (src/classic-loader.ts).
// - dist/data/missions.json: the <mission-contact> dataset, fetched only when that widget is on the page
//   (scripts/missions/json-beside-script.mjs).
// - dist/index.js and dist/define.js: the side-effect-free library and the registering module for bundlers
//   (lit and @lit/localize left as dependencies), over one file per source module in dist/lib/.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { jsonBesideScript } from './scripts/missions/json-beside-script.mjs';
import { stripMsgDescriptions } from './scripts/strip-msg-descriptions.mjs';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';

/** Empties dist/ when the build starts (not when this file is merely imported, e.g. by the benchmark). */
function cleanDist() {
  let cleaned = false;
  return {
    name: 'clean-dist',
    buildStart() {
      if (!cleaned) rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
      cleaned = true;
    },
  };
}

const transpile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' });
// `module: true` only for ES output: in the classic script it would drop the top-level code's scope rules.
const minify = (module = true) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

const entry = fileURLToPath(new URL('./src/embed.ts', import.meta.url));
const srcCore = fileURLToPath(new URL('./src/core/', import.meta.url));

/**
 * The core modules every page needs: the widget base class with its localization and styles, and what the quick exit
 * uses. They go into the entry itself, with Lit, so the quick exit is one request after the script (in parallel
 * with the page's translation). The rest of src/core goes where rollup's own chunking puts it: into the one widget
 * that uses it, or a chunk shared by the widgets that do.
 */
const ENTRY_CORE = [
  'campaign-element',
  'localization',
  'locale-negotiation',
  'define-element',
  'version',
  'events',
  'theme.styles',
  'intl-cache',
  'plural',
  'announcer',
  'safe-url',
  // The quick exit clears every widget itself, through this: in the entry, so the exit stays one request away.
  'page-exit',
  // Used by the citations (statistics, share card) and the help line: kept out of a chunk of its own (a request).
  'isolate',
];

function sharedChunk(id) {
  const inCore = id.startsWith(srcCore) && ENTRY_CORE.includes(id.slice(srcCore.length).replace(/\.ts$/, ''));
  if (id === entry || inCore || /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) return 'campaign-widgets';
  return undefined;
}

/**
 * Writes dist/manifest.json: every chunk of the entry's graph with its static and dynamic imports, and each widget
 * tag with the chunk that defines it. `npm run size` adds up a page's weight from it; hosts that preload chunks or
 * list their integrity hashes (the WordPress plugin, the configurator) read it too.
 */
function chunkManifest() {
  return {
    name: 'chunk-manifest',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        chunks[file.fileName] = { name: file.name, isEntry: file.isEntry, imports: file.imports, dynamicImports: file.dynamicImports };
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify({ chunks }, null, 2)}\n` });
    },
  };
}

export default [
  {
    input: { 'campaign-widgets': 'src/embed.ts' },
    // The entry may export more than embed.ts does (the Lit and core bindings its chunks import), so rollup keeps
    // them in the entry instead of moving them to a chunk behind a re-exporting facade: one request fewer.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cleanDist(), nodeResolve(), transpile(), stripMsgDescriptions(), minifyTemplateLiterals(), jsonBesideScript()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: sharedChunk,
      plugins: [minify(), chunkManifest()],
    },
  },
  {
    input: 'src/classic-loader.ts',
    plugins: [nodeResolve(), transpile()],
    output: { file: 'dist/campaign-widgets.iife.js', format: 'iife', sourcemap: true, plugins: [minify(false)] },
  },
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: (id) => /^(lit|@lit\/localize)(\/|$)/.test(id),
    plugins: [transpile(), jsonBesideScript()],
    // One file per source module (dist/lib/…), so a bundler keeps only the modules a page's imports reach: with the
    // package's `sideEffects` list, importing one class does not bring the other widgets.
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: ({ name }) => (name === 'index' || name === 'define' ? '[name].js' : 'lib/[name].js'),
    },
  },
];
