// Builds the WordPress plugin from wordpress/ and the built library: dist-wordpress/campaign-widgets/ and the
// zip a WordPress admin uploads (dist-wordpress/campaign-widgets.zip). Run by `npm run build` after dist/ and
// custom-elements.json exist. The blocks' attributes are generated from custom-elements.json, the statistics and
// the fallback texts from the built library itself, so the plugin cannot drift from the widgets.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { zipSync } from 'fflate';
import { neutralSites, shortcodeOf, widgets as mapping } from '../../wordpress/widgets.mjs';
import { importSource } from '../import-source.mjs';
import { makePot } from './pot.mjs';
import { compileTranslations } from './translations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = join(root, 'wordpress');
const out = join(root, 'dist-wordpress');
const slug = 'campaign-widgets';
const plugin = join(out, slug);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Turns `source-url` into `sourceUrl` (block attribute keys are camelCase, as WordPress's own). */
export const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** A readable control label from an attribute name: `source-url` → "Source URL". */
export function labelFor(name) {
  const words = name.split('-').map((word) => (['url', 'utm', 'src'].includes(word) ? word.toUpperCase() : word));
  const text = words.join(' ').replace(/\bSRC\b/, 'URL');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The values a description lists in backticks (`json`, `form` or `osdi`), or of one backticked list (`a b c`). */
export function listedValues(description, multiple) {
  const spans = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const word = /^[A-Za-z][A-Za-z0-9-]*$/;
  if (multiple) {
    const list = spans.find((span) => span.includes(' ') && span.split(/\s+/).every((w) => word.test(w)));
    return list ? list.split(/\s+/) : [];
  }
  return [...new Set(spans.filter((span) => word.test(span)))];
}

/**
 * The default of a space-separated attribute as its description gives it: "Default `a b`" or "Default: all but
 * `c`"; the whole list when the description says neither.
 */
export function defaultValues(description, options) {
  const listed = description.match(/Default:?\s*`([^`]+)`/);
  if (listed) return listed[1].split(/\s+/).filter((value) => options.includes(value));
  const allBut = description.match(/Default:?\s*all but\s*((?:`[^`]+`(?:,\s*|\s*and\s*|\s*or\s*)?)+)/i);
  if (allBut) {
    const excluded = [...allBut[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return options.filter((value) => !excluded.includes(value));
  }
  return options;
}

/**
 * The editor's names of a control's values (wordpress/widgets.mjs `names`), when they name each listed value and
 * nothing else: a value the widget gains, or one it drops, stops the build until its name is written.
 */
export function checkedNames(what, names, options) {
  const unnamed = options.filter((option) => !(option in names));
  const unknown = Object.keys(names).filter((value) => !options.includes(value));
  if (unnamed.length || unknown.length) {
    const problems = [unnamed.length ? `no name for ${unnamed.join(', ')}` : '', unknown.length ? `names ${unknown.join(', ')}, which it does not list` : ''];
    throw new Error(`wordpress/widgets.mjs: ${what}: ${problems.filter(Boolean).join('; ')}.`);
  }
  return Object.fromEntries(options.map((option) => [option, names[option]]));
}

/**
 * The kinds of address a url control keeps (wordpress/widgets.mjs `accepts`, read by render.php): `web` (https, or
 * http to this machine) unless the mapping says more; the quick exit's neutral site `https` alone. A kind render.php
 * does not know stops the build.
 */
export function acceptedKinds(what, control, accepts) {
  if (control === 'neutral') {
    if (accepts) throw new Error(`wordpress/widgets.mjs: ${what}: the neutral site is always https only; remove its \`accepts\`.`);
    return ['https'];
  }
  if (control !== 'url') {
    if (accepts) throw new Error(`wordpress/widgets.mjs: ${what}: \`accepts\` is for a url control only.`);
    return undefined;
  }
  const kinds = accepts ?? ['web'];
  const unknown = kinds.filter((kind) => !['web', 'mailto'].includes(kind));
  if (unknown.length || !kinds.length)
    throw new Error(`wordpress/widgets.mjs: ${what}: accepts ${unknown.join(', ') || 'nothing'}; the kinds are web and mailto.`);
  return kinds;
}

/** Block attribute type from a manifest type text. */
function blockType(text = 'string') {
  const types = text
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined' && t !== 'null');
  if (types.length === 1 && ['number', 'boolean'].includes(types[0])) return types[0];
  return 'string';
}

/** Each widget of the mapping that the manifest declares, with its attributes ready for block.json, PHP and the editor. */
export function widgetsFromManifest(manifest, widgetMapping = mapping) {
  const declarations = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) declarations.set(declaration.tagName, declaration);
    }
  }
  const result = [];
  for (const [tag, spec] of Object.entries(widgetMapping)) {
    const declaration = declarations.get(tag);
    if (!declaration) continue;
    const manifestAttributes = declaration.attributes ?? [];
    const known = new Set(manifestAttributes.map((a) => a.name));
    for (const [name, options] of Object.entries(spec.controls ?? {})) {
      for (const named of [name, options.optionsOf].filter(Boolean)) {
        if (!known.has(named)) throw new Error(`wordpress/widgets.mjs names <${tag} ${named}>, which custom-elements.json does not declare.`);
      }
    }
    const attributes = manifestAttributes.map((attribute) => {
      const options = spec.controls?.[attribute.name] ?? {};
      const type = blockType(attribute.type?.text);
      const control = options.control ?? (type === 'boolean' ? 'toggle' : type === 'number' ? 'number' : 'text');
      const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
      // The help under a control: the description's first paragraph (the rest speaks to developers), no backticks.
      // A single line break is only where the source comment wrapped.
      const help = (attribute.description ?? '')
        .split(/\n\s*\n/)[0]
        .replace(/`/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      const entry = {
        name: attribute.name,
        key: camel(attribute.name),
        type,
        control,
        panel: options.panel ?? 'main',
        label: options.label ?? labelFor(attribute.name),
        description: help,
      };
      if (control === 'select' || control === 'tokens') {
        // `optionsOf`: the values another attribute's description lists (petition `required` takes `fields`' names).
        const listedIn = options.optionsOf ? manifestAttributes.find((a) => a.name === options.optionsOf) : attribute;
        entry.options = listedValues((listedIn?.description ?? '').replace(/\s+/g, ' '), control === 'tokens');
        if (entry.options.length < 2) throw new Error(`<${tag} ${attribute.name}>: no values found in its description for a ${control} control.`);
        if (control === 'tokens') entry.defaultOptions = defaultValues(description, entry.options);
        const names = options.names ?? spec.controls?.[options.optionsOf]?.names;
        if (names) entry.optionNames = checkedNames(`<${tag} ${attribute.name}>`, names, entry.options);
      }
      const accepts = acceptedKinds(`<${tag} ${attribute.name}>`, control, options.accepts);
      if (accepts) entry.accepts = accepts;
      if (options.siteDefault) entry.siteDefault = options.siteDefault;
      return entry;
    });
    result.push({
      tag,
      block: `${slug}/${tag}`,
      shortcode: shortcodeOf(tag),
      title: spec.title,
      description: (declaration.summary ?? '').trim(),
      icon: spec.icon,
      keywords: spec.keywords,
      fallback: spec.fallback,
      example: spec.example,
      attributes,
    });
  }
  return result;
}

/** block.json of one widget: a dynamic block (saved as a comment, rendered by render.php). */
export function blockJson(widget, version) {
  const attributes = Object.fromEntries(widget.attributes.filter((a) => a.control !== 'hidden').map((a) => [a.key, { type: a.type }]));
  // The widget's height in em at a phone's width and at the editor's, measured by the editor (wordpress/src/reserve.ts)
  // and reserved by render.php, so nothing on the page moves when the widget appears.
  attributes.reserveNarrow = { type: 'number' };
  attributes.reserveWide = { type: 'number' };
  const json = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: widget.block,
    version,
    title: widget.title,
    category: 'widgets',
    icon: widget.icon,
    description: widget.description,
    keywords: widget.keywords,
    textdomain: slug,
    attributes,
    supports: { html: false, anchor: true, className: true, customClassName: true, align: ['wide', 'full'] },
    editorScript: `${slug}-editor`,
    viewScriptModule: slug,
    render: 'file:../../render.php',
  };
  if (widget.example) json.example = { attributes: Object.fromEntries(Object.entries(widget.example).map(([k, v]) => [camel(k), v])) };
  return json;
}

// --- Data from the built library: the statistics and the widgets' own words for the fallbacks -------------

/** Prints what a widget's own checks drop from a dataset, as the widget would warn in the console. */
const printProblems = (dataset) => (problems) => {
  const message = problems.message(dataset);
  if (message) console.warn(`WordPress plugin: ${message}`);
};

/**
 * The mission's name by country, for `<mission-contact>` without JavaScript (null where the data has none), read by
 * the widget's own checks (`parseMissions`): a name is cut to length and loses its direction controls, as in the card.
 */
export async function missionNames(json) {
  const { parseMissions } = await importSource(join(root, 'src/widgets/mission-contact/mission-data.ts'));
  const { missions, error } = parseMissions(json, printProblems('the mission data'));
  if (error) throw new Error(`the mission data cannot be used for the plugin's fallbacks: ${error}`);
  return new Map([...missions.keys()].map((country) => [country, missions.get(country)?.mission?.name ?? null]));
}

/**
 * What `<help-line>` shows without JavaScript, by country: its emergency number and its first anti-trafficking line
 * (name and number), each linked to the number the widget dials. The entries are read by the widget's own checks
 * (`parseHelpLines`, `dialledNumber`, from its source), so the fallback shows and links only what the widget would: a
 * `tel` that does not dial the number shown is dropped, a direction control in a name is removed. What the checks drop
 * is printed.
 */
export async function helpFallbacks(json) {
  const { parseHelpLines } = await importSource(join(root, 'src/widgets/help-line/helpline-data.ts'));
  const { dialledNumber } = await importSource(join(root, 'src/widgets/help-line/dialled-number.ts'));
  const { entries, error } = parseHelpLines(json, printProblems('the help-line data'));
  if (error) throw new Error(`the help-line data cannot be used for the plugin's fallbacks: ${error}`);
  const dial = (shown, tel) => dialledNumber(shown, tel) ?? null;
  const fallbacks = {};
  for (const country of entries.keys()) {
    const { emergency, lines = [] } = entries.get(country) ?? {};
    const line = lines.find((candidate) => candidate.kind === 'trafficking' && candidate.phone);
    fallbacks[country] = {
      emergency: emergency ? { number: emergency.number, tel: dial(emergency.number, emergency.tel) } : null,
      line: line ? { name: line.name, phone: line.phone, tel: dial(line.phone, line.tel) } : null,
    };
  }
  return fallbacks;
}

/** The statistics, countries and fallback texts in every shipped locale, read from dist/ (the built library). */
async function libraryData() {
  // The bundler build (dist/index.js) runs in Node once @lit/localize finds a window to announce locale changes on.
  globalThis.window ??= new EventTarget();
  const library = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { msg, str } = await import('@lit/localize');
  // The figure as the widget formats it, from the widget's own code.
  const { formatNumber } = await importSource(join(root, 'src/core/format.ts'));
  const locales = library.allLocales.filter((code) => !/-XA$/.test(code)); // en-XA is a pseudo-locale for testing
  const missionsFile = [join(root, 'dist/data/missions.json'), join(root, 'src/data/missions.json')].find(existsSync);
  const missions = await missionNames(readJson(missionsFile));
  const helplinesFile = [join(root, 'dist/data/helplines.json'), join(root, 'src/data/helplines.json')].find(existsSync);
  const help = await helpFallbacks(readJson(helplinesFile));
  const stats = library.stats.map((stat) => ({
    id: stat.id,
    value: stat.value,
    format: stat.format,
    currency: stat.currency ?? 'USD',
    year: stat.year,
    source: stat.publisher,
    url: stat.url,
    reportedBy: stat.reportedBy ?? null,
    estimate: stat.estimate,
    supersededBy: stat.supersededBy ?? null,
    i18n: {},
  }));
  const texts = {};
  const localeNames = {};
  const countries = Object.fromEntries([...missions].map(([country, mission]) => [country, { mission, help: help[country] ?? null, names: {} }]));
  for (const locale of locales) {
    await library.setLocale(locale);
    library.stats.forEach((stat, i) => {
      stats[i].i18n[locale] = { label: stat.label(), figure: formatNumber(stat.value, stat.format, locale, stat.currency ?? 'USD') };
    });
    // The widgets' own messages (same ids), with printf placeholders where the widget puts a value.
    texts[locale] = {
      sourceYear: msg(str`Source: ${'%1$s'}, ${'%2$s'}`, { id: 'stat.source-year' }),
      source: msg(str`Source: ${'%1$s'}`, { id: 'stat.source' }),
      reportedBy: msg(str`${'%1$s'} (reported by ${'%2$s'})`, { id: 'stat.reported-by' }),
      estimate: msg('estimate', { id: 'stat.estimate' }),
      missionName: msg(str`Permanent Mission of ${'%s'} to the United Nations`, { id: 'mission-contact.mission-name' }),
      directory: msg('UN directory of Permanent Missions', { id: 'mission-contact.directory' }),
      exit: msg('Exit this page', { id: 'quick-exit.button' }),
      safety: msg('How to browse safely', { id: 'quick-exit.safety-link' }),
      emergency: msg('In immediate danger, call', { id: 'help-line.emergency' }),
      call: msg('Call', { id: 'help-line.call' }),
      compact: msg('Confidential help is available.', { id: 'help-line.compact' }),
      reveal: msg('Show help contacts', { id: 'help-line.reveal' }),
    };
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const [code, country] of Object.entries(countries)) country.names[locale] = names.of(code);
    localeNames[locale] = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  }
  await library.setLocale(library.sourceLocale);
  return {
    locales,
    localeNames,
    sourceLocale: library.sourceLocale,
    libraryVersion: library.VERSION,
    directoryUrl: library.UN_DIRECTORY_URL,
    stats,
    texts,
    countries,
  };
}

// --- The plugin folder and zip ----------------------------------------------------------------------------

function copyPluginSources(version) {
  for (const file of ['campaign-widgets.php', 'render.php', 'reserve.css', 'uninstall.php', 'readme.txt']) cpSync(join(source, file), join(plugin, file));
  cpSync(join(source, 'includes'), join(plugin, 'includes'), { recursive: true });
  // The library's dist/ whole (chunks, locales, data and whatever later builds add), less the TypeScript
  // declarations, which only bundlers read. In a folder named by the version, so the script's address changes with
  // each release without a `?ver=` query (see libraryFolder).
  const declarations = join(root, 'dist/types');
  cpSync(join(root, 'dist'), join(plugin, libraryFolder(version)), { recursive: true, filter: (path) => !path.startsWith(declarations) });
}

/**
 * Where the library sits in the plugin. The widgets' chunks import the entry by its plain address, so the entry must
 * be loaded by that same address: with a `?ver=` query the browser would run a second copy of it. The version is in
 * the folder instead, so a browser that cached one release's entry never pairs it with another's chunks.
 */
const libraryFolder = (version) => `dist/${version}`;

async function bundleEditor() {
  await esbuild({
    entryPoints: { editor: join(source, 'src/editor.ts'), canvas: join(source, 'src/canvas.ts') },
    outdir: join(plugin, 'build'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zip() {
  const entries = {};
  for (const file of filesUnder(plugin).sort()) {
    // A fixed date keeps the zip the same from one build to the next.
    entries[`${slug}/${relative(plugin, file).split('\\').join('/')}`] = [readFileSync(file), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  const bytes = zipSync(entries, { level: 9 });
  writeFileSync(join(out, `${slug}.zip`), bytes);
  return bytes.length;
}

export async function buildPlugin() {
  const pkg = readJson(join(root, 'package.json'));
  const manifest = readJson(join(root, 'custom-elements.json'));
  const sri = readJson(join(root, 'dist/sri.json'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(plugin, { recursive: true });

  const widgets = widgetsFromManifest(manifest);
  const data = await libraryData();
  copyPluginSources(pkg.version);
  for (const widget of widgets) {
    const dir = join(plugin, 'blocks', widget.tag);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'block.json'), `${JSON.stringify(blockJson(widget, pkg.version), null, 2)}\n`);
  }
  const pluginData = {
    version: pkg.version,
    script: `${libraryFolder(pkg.version)}/campaign-widgets.js`,
    classicScript: `${libraryFolder(pkg.version)}/campaign-widgets.iife.js`,
    integrity: sri['campaign-widgets.js'] ?? null,
    neutralSites,
    widgets,
    ...data,
  };
  mkdirSync(join(plugin, 'build'), { recursive: true });
  writeFileSync(join(plugin, 'build/plugin-data.json'), JSON.stringify(pluginData));
  await bundleEditor();

  // The main file's Version header follows package.json.
  const main = join(plugin, 'campaign-widgets.php');
  writeFileSync(main, readFileSync(main, 'utf8').replace(/^( \* Version:\s*).*$/m, `$1${pkg.version}`));
  const readme = join(plugin, 'readme.txt');
  writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^(Stable tag:\s*).*$/m, `$1${pkg.version}`));

  mkdirSync(join(plugin, 'languages'), { recursive: true });
  const pot = makePot({ dir: plugin, widgets, version: pkg.version });
  writeFileSync(join(plugin, 'languages', `${slug}.pot`), pot.text);
  const translations = compileTranslations({ potText: pot.text, outDir: join(plugin, 'languages') });
  for (const { locale, missing, badPlaceholders } of translations) {
    if (missing.length || badPlaceholders.length) {
      console.log(
        `wordpress: ${locale} lacks ${missing.length} translation(s) and has ${badPlaceholders.length} with wrong placeholders (shown in English); ` +
          'run node scripts/wordpress/translations.mjs --update and translate the empty entries',
      );
    }
  }

  const size = zip();
  console.log(
    `wordpress: ${widgets.length} blocks (${widgets.map((w) => w.tag).join(', ')}), ${pot.count} strings to translate ` +
      `(translated: ${translations.map((t) => t.locale).join(', ') || 'none yet'}), ` +
      `dist-wordpress/${slug}.zip ${(size / 1024).toFixed(0)} KB`,
  );
  const unmapped = Object.keys(mapping).filter((tag) => !widgets.some((w) => w.tag === tag));
  if (unmapped.length) console.log(`wordpress: not in custom-elements.json yet, no block: ${unmapped.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    execFileSync('npx', ['tsc', '-p', join(source, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
    await buildPlugin();
  } catch (error) {
    console.error(`wordpress: ${error.message}`);
    process.exit(1);
  }
}
