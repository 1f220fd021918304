// Builds the configurator (configurator/: a page where a web editor picks a widget, fills its options and copies
// one snippet) into dist-configurator/, a folder that works from any static host: npm start serves it at
// /configurator/ and the Storybook build includes it. Run by `npm run build` once dist/ and custom-elements.json
// exist. What the page offers comes from data beside it, read when it opens:
// - custom-elements.json (copied): the widgets and their attributes, so a new widget appears with no change here;
// - catalogue.json (written here from the built library dist/index.js): the version, the shipped locales, the
//   statistics (figure, label in every locale, source), the countries the widgets know, and the WordPress
//   plugin's shortcodes, the attributes its settings page gives a value to and its option labels (wordpress/);
// - locales/LOCALE.json: the configurator's own texts in each language it speaks (configurator/locales/), with the
//   WordPress plugin's translations of the same option labels, help and widget summaries (wordpress/languages/);
// - dist/ (copied, less what only bundlers read): the one-script entry for the live preview, and sri.json.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { shortcodeOf, widgets as wordpressWidgets } from '../wordpress/widgets.mjs';
import { localeFiles } from './configurator-messages.mjs';
import { PSEUDO_LOCALE } from './pseudo-locale.mjs';
import { widgetsFromManifest } from './wordpress/build.mjs';
import { parsePo, poFiles } from './wordpress/translations.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'configurator');
export const OUT = join(root, 'dist-configurator');

/** The statistics, locales and countries from the built library, labels in every shipped locale. */
export async function catalogue() {
  // The bundler build runs in Node once @lit/localize finds a window to announce locale changes on.
  globalThis.window ??= new EventTarget();
  const library = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { msg } = await import('@lit/localize');
  // Every field of each statistic but its label function; the labels follow, one per locale.
  const stats = library.stats.map(({ label, ...fields }) => ({ ...fields, labels: {} }));
  // The languages a page can be in: the pseudo-locale, a designer's layout check (Storybook has it), is not one.
  const locales = library.allLocales.filter((locale) => locale !== PSEUDO_LOCALE);
  for (const locale of locales) {
    await library.setLocale(locale);
    library.stats.forEach((stat, i) => {
      stats[i].labels[locale] = stat.label();
    });
  }
  // The quick exit's fallback link, in the snippet: the widget's default neutral site and its own words.
  const exit = { href: library.DEFAULT_EXIT_URL, texts: {} };
  for (const locale of locales) {
    await library.setLocale(locale);
    exit.texts[locale] = { exit: msg('Exit this page', { id: 'quick-exit.button' }), safety: msg('How to browse safely', { id: 'quick-exit.safety-link' }) };
  }
  await library.setLocale(library.sourceLocale);
  const missions = JSON.parse(readFileSync(join(root, 'dist/data/missions.json'), 'utf8'));
  const blocks = widgetsFromManifest(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
  return {
    version: library.VERSION,
    exit,
    sourceLocale: library.sourceLocale,
    locales,
    stats,
    // The UN member states (the mission dataset's list): the countries every `country` attribute accepts.
    countries: missions.entries.map((entry) => entry.country).sort(),
    // Each widget's name for an editor, as the plugin's block is titled ("Help line"), translated with the plugin.
    titles: Object.fromEntries(Object.entries(wordpressWidgets).map(([tag, { title }]) => [tag, title])),
    // The WordPress plugin's shortcode of each widget it has a block for.
    shortcodes: Object.fromEntries(Object.keys(wordpressWidgets).map((tag) => [tag, shortcodeOf(tag)])),
    // The options' labels, as the plugin's blocks name them (one naming, translated once with the plugin's texts).
    labels: Object.fromEntries(
      blocks.map((widget) => [widget.tag, Object.fromEntries(widget.attributes.map((attribute) => [attribute.name, attribute.label]))]),
    ),
    // The editor's names of listed values (`given-name` → "First name"), as the plugin's blocks name them.
    optionNames: Object.fromEntries(
      blocks.map((widget) => [widget.tag, Object.fromEntries(widget.attributes.filter((a) => a.optionNames).map((a) => [a.name, a.optionNames]))]),
    ),
    // The languages of the configurator itself besides English.
    uiLocales: localeFiles().map(([locale]) => locale),
    // The attributes that take a setting of the plugin's settings page when a shortcode leaves them out.
    siteSettings: Object.fromEntries(
      Object.entries(wordpressWidgets).map(([tag, { controls = {} }]) => [tag, Object.keys(controls).filter((attribute) => controls[attribute].siteDefault)]),
    ),
  };
}

/** The part of custom-elements.json the configurator reads: each widget's tag, class, summary and attributes. */
export function widgetManifest(manifest) {
  const keep = ['kind', 'customElement', 'tagName', 'name', 'summary', 'description', 'attributes'];
  return {
    schemaVersion: manifest.schemaVersion,
    modules: (manifest.modules ?? [])
      .map((module) => ({
        kind: module.kind,
        path: module.path,
        declarations: (module.declarations ?? [])
          .filter((d) => d.customElement && d.tagName)
          .map((d) => Object.fromEntries(keep.filter((k) => k in d).map((k) => [k, d[k]]))),
      }))
      .filter((module) => module.declarations.length),
  };
}

/**
 * The plugin's .po file for a configurator language (the widgets' codes: `pt-BR`, `fr`): the same tag (`pt_BR`), else
 * the one file of its language (`fr_FR`), else none.
 */
function pluginPoFor(locale) {
  const files = poFiles();
  const language = (tag) => tag.split(/[-_]/)[0];
  return (files.find(([plugin]) => plugin === locale.replace('-', '_')) ?? files.find(([plugin]) => language(plugin) === language(locale)))?.[1];
}

/**
 * Each configurator language's texts: the plugin's translations of the option labels, help, widget summaries and
 * names (entries without a context, block descriptions, which are the widgets' summaries, and block titles), then its
 * own texts.
 */
export function uiMessages() {
  return localeFiles().map(([locale, file]) => {
    const messages = {};
    const po = pluginPoFor(locale);
    if (po) {
      const { entries } = parsePo(readFileSync(po, 'utf8'));
      for (const entry of entries)
        if (entry.msgstr && (!entry.msgctxt || entry.msgctxt === 'block description' || entry.msgctxt === 'block title')) messages[entry.msgid] = entry.msgstr;
    }
    for (const [english, translation] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) if (translation) messages[english] = translation;
    return [locale, messages];
  });
}

export async function buildConfigurator() {
  for (const needed of ['dist/index.js', 'dist/campaign-widgets.js', 'dist/sri.json', 'custom-elements.json']) {
    if (!existsSync(join(root, needed))) throw new Error(`configurator: ${needed} is missing; run npm run build.`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: { configurator: join(source, 'src/main.ts'), preview: join(source, 'src/preview.ts') },
    outdir: OUT,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'preview.html', 'configurator.css', 'preview.css', 'favicon.svg']) cpSync(join(source, file), join(OUT, file));
  writeFileSync(join(OUT, 'custom-elements.json'), `${JSON.stringify(widgetManifest(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))))}\n`);
  // The one-script build as a partner self-hosts it (dist/ whole), less what only bundlers read.
  const skip = ['types', 'lib', 'index.js', 'index.js.map', 'define.js', 'define.js.map'].map((name) => join(root, 'dist', name));
  cpSync(join(root, 'dist'), join(OUT, 'dist'), { recursive: true, filter: (path) => !skip.some((s) => path === s || path.startsWith(`${s}/`)) });
  const data = await catalogue();
  writeFileSync(join(OUT, 'catalogue.json'), `${JSON.stringify(data)}\n`);
  mkdirSync(join(OUT, 'locales'));
  for (const [locale, messages] of uiMessages()) writeFileSync(join(OUT, 'locales', `${locale}.json`), `${JSON.stringify(messages)}\n`);
  return data;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await buildConfigurator();
  console.log(
    `configurator: dist-configurator/ (${data.stats.length} statistics, ${data.countries.length} countries, ${data.locales.length} locales, version ${data.version})`,
  );
}
