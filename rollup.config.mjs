// Builds dist/ for partners and bundlers:
// - dist/campaign-widgets.js (ES module) and dist/campaign-widgets.iife.js (classic script): every widget and
//   English, minified; other locales load on demand from dist/locales/<code>.js beside the script;
// - dist/lazy/<name>.js: code that runs only after a visitor acts or a widget's data arrives (src/**/*.lazy.ts, see
//   scripts/lazy-beside-script.mjs), loaded from beside the script on first use, borrowing the bundle's Lit;
// - dist/locales/<code>.js: one self-contained module per translation (no imports, so either bundle can load it);
// - dist/index.js: the side-effect-free library for bundlers (lit and @lit/localize left as dependencies);
// - dist/data/missions.json: the <mission-contact> dataset, beside the scripts, fetched only when that widget is on
//   the page (never inside a bundle; see scripts/missions/json-beside-script.mjs).
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { jsonBesideScript } from './scripts/missions/json-beside-script.mjs';
import { stripMsgDescriptions } from './scripts/strip-msg-descriptions.mjs';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';
import { hostRuntime, lazyBesideScript, lazyModules } from './scripts/lazy-beside-script.mjs';
import { shortMsgIds } from './scripts/short-msg-ids.mjs';

const localize = JSON.parse(readFileSync(new URL('./lit-localize.json', import.meta.url), 'utf8'));
const localeCodes = fileURLToPath(new URL('./src/generated/locale-codes.ts', import.meta.url));

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
// `module: true` only for ES output: in the classic script it would drop the top-level `var CampaignWidgets`.
const minify = (module = true, preamble) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false, preamble } });

/**
 * In the one-script bundles, locale messages are fetched from beside the script itself: `import.meta.url` is the
 * bundle's own URL (rollup turns it into document.currentScript.src in the classic script), so a CDN copy and a
 * self-hosted copy both find their locales.
 */
function localesBesideScript() {
  const id = '\0cw-locale-loaders';
  return {
    name: 'locales-beside-script',
    resolveId(source) {
      return source.endsWith('/generated/locale-loaders.js') ? id : null;
    },
    load(moduleId) {
      if (moduleId !== id) return null;
      return `import { targetLocales } from ${JSON.stringify(localeCodes)};
export const localeLoaders = Object.fromEntries(
  targetLocales.map((code) => [code, () => import(new URL('./locales/' + code + '.js', import.meta.url).href)]),
);`;
    },
  };
}

/**
 * Every msg() of ours has an explicit id (`npm run localize:check` refuses generated ones), so @lit/localize's
 * hashing of message text into ids is never used: leave it out of the bundles.
 */
function explicitMsgIdsOnly() {
  const id = '\0cw-no-msg-id-generation';
  return {
    name: 'explicit-msg-ids-only',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? id : null;
    },
    load(moduleId) {
      return moduleId === id ? "export function generateMsgId() { throw new Error('campaign-widgets: msg() without an id'); }" : null;
    },
  };
}

/**
 * The classic script's own address, read once when it starts (`document.currentScript` is only set then) and used
 * wherever the code says `import.meta.url` or refers to a file shipped beside it: rollup would otherwise repeat its
 * lookup at every use.
 */
function classicScriptUrl() {
  const name = 'cwScriptUrl';
  return {
    name: 'classic-script-url',
    // Inside the IIFE wrapper, so nothing is added to the page's global scope.
    intro(chunk) {
      const own = JSON.stringify(chunk.fileName);
      return `const ${name} = (document.currentScript?.tagName.toUpperCase() === 'SCRIPT' && document.currentScript.src) || new URL(${own}, document.baseURI).href;`;
    },
    resolveImportMeta(property) {
      return property === 'url' ? name : null;
    },
    resolveFileUrl({ relativePath }) {
      return `new URL(${JSON.stringify(relativePath)}, ${name}).href`;
    },
  };
}

/** Locale modules only use the `str` tag: take it alone so each locale file stays a few hundred bytes of text. */
function strTagOnly() {
  return {
    name: 'str-tag-only',
    resolveId(source, importer) {
      return source === '@lit/localize' ? this.resolve('@lit/localize/internal/str-tag.js', importer) : null;
    },
  };
}

/** The message ids of every locale: the bundles and the locale modules shorten them the same way. */
const messageIds = `xliff/${localize.targetLocales[0]}.xlf`;

/**
 * V8's explicit compile hint (Chrome 136+): the whole script is compiled while it downloads, off the main thread,
 * instead of function by function on the main thread when first called (on the partner page that moved ~60 ms of
 * main-thread compiling to a background thread). Nearly all of the bundle runs at load, and a lazy module is
 * loaded only when its code is about to run, so compiling everything is no waste. Other engines see a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const embedPlugins = [cleanDist(), localesBesideScript(), explicitMsgIdsOnly(), nodeResolve(), transpile(), lazyBesideScript(), shortMsgIds(messageIds), stripMsgDescriptions(), minifyTemplateLiterals(), jsonBesideScript()];

export default [
  {
    input: 'src/embed.ts',
    plugins: embedPlugins,
    output: [
      { file: 'dist/campaign-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true, plugins: [minify(true, COMPILE_HINT)] },
      {
        file: 'dist/campaign-widgets.iife.js',
        format: 'iife',
        name: 'CampaignWidgets',
        sourcemap: true,
        inlineDynamicImports: true,
        plugins: [classicScriptUrl(), minify(false, COMPILE_HINT)],
      },
    ],
  },
  ...lazyModules().map(({ name, input }) => ({
    input: hostRuntime.entry(input),
    plugins: [hostRuntime(), nodeResolve(), transpile(), shortMsgIds(messageIds), stripMsgDescriptions(), minifyTemplateLiterals(), minify(true, COMPILE_HINT)],
    output: { file: `dist/lazy/${name}.js`, format: 'es', sourcemap: true },
  })),
  ...localize.targetLocales.map((code) => ({
    input: `src/generated/locales/${code}.ts`,
    plugins: [strTagOnly(), nodeResolve(), transpile(), shortMsgIds(messageIds), minify()],
    output: { file: `dist/locales/${code}.js`, format: 'es', sourcemap: true },
  })),
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: (id) => /^(lit|@lit\/localize)(\/|$)/.test(id),
    plugins: [transpile(), jsonBesideScript()],
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
];
