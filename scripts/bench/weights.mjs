// Section 1 of `npm run bench`: what a page's JavaScript weighs, counted from the network. Each page is loaded in a
// fresh Chromium context (nothing cached, as a first visit) from the bench server, which sends dist/ as a CDN would;
// the section waits until every widget tag on the page is defined and each element has rendered its shadow root,
// then takes every JavaScript response the page had received by that moment (Resource Timing), gzips each body as
// the browser received it (gzip -9) and adds them up. A file counts whatever requested it: the entry, a widget chunk,
// a chunk a chunk imports, a translation.
//
// Also, per page: the number of sequential request levels (the entry is level 1, a chunk it imports level 2, a
// chunk that chunk imports level 3…; read from the import statements of the fetched code itself), a latency
// indicator since each level is one more round trip before the widgets render; what the page fetched after its
// widgets had rendered (before any interaction); and, on the partner page in English and in French, the first text
// each widget put into its shadow root, so a widget that painted English on a French page first shows up.
//
// The figures are checked against `npm run size` (scripts/size.mjs, which adds up the same pages from
// dist/manifest.json): same files, same bytes expected for the English pages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { int, table, verdict } from './report.mjs';

/** Every widget's tag: a page is measured once all of those it holds are defined and rendered. */
export const TAGS = ['quick-exit', 'help-line', 'trafficking-stat', 'share-card', 'petition-form', 'mission-contact'];

/** A minimal partner page around some widget markup (a heading and a paragraph, as a real article would have). */
const pageWith = (title, markup, lang = 'en') => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — campaign-widgets bench</title>
    <script type="module" src="/dist/campaign-widgets.js"></script>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>A partner's article, with one widget in it.</p>
      ${markup}
    </main>
  </body>
</html>
`;

const QUICK_EXIT = '<quick-exit sticky href="https://www.bbc.co.uk/weather"></quick-exit>';
const ONE_STAT = '<trafficking-stat stat="ilo-2024-forced-labour-profits"></trafficking-stat>';

/**
 * The pages measured. `target`: the budget in docs/architecture.md for the page (gzip -9 bytes); `size`: the row of `npm run size`
 * that adds up the same page from the manifest (English pages only: the manifest has no language).
 */
export const PAGES = [
  {
    id: 'quick-exit',
    short: 'Q',
    name: 'only `<quick-exit>`',
    path: '/__bench/page/quick-exit.html',
    target: 12_000,
    size: 'page with only <quick-exit>',
    tags: ['quick-exit'],
  },
  {
    id: 'one-stat',
    short: 'S',
    name: 'one `<trafficking-stat>`',
    path: '/__bench/page/one-stat.html',
    target: 12_000,
    size: 'page with one <trafficking-stat>',
    tags: ['trafficking-stat'],
  },
  {
    id: 'partner',
    short: 'P',
    name: 'partner page, every widget',
    path: '/examples/partner-page.html',
    target: 29_500,
    size: 'example partner page, every widget',
    tags: TAGS,
  },
  {
    id: 'partner-fr',
    short: 'F',
    name: 'partner page in French (`lang="fr"`)',
    path: '/examples/partner-page.html?lang=fr',
    target: 29_500 + 4_000,
    targetNote: '29,500 + translation ≤ 4,000',
    size: 'example partner page, every widget',
    plus: 'translation "fr"',
    tags: TAGS,
    locale: 'fr',
  },
  {
    id: 'partner-classic',
    short: 'C',
    name: 'partner page, classic script tag (information)',
    path: '/examples/partner-page.html?script=classic',
    target: undefined,
    size: 'example partner page, every widget',
    tags: TAGS,
    classic: true,
  },
];

/** The translations, each measured as the chunk a quick-exit page in that language fetches beyond the English one. */
export function translationPages(locales) {
  return locales.map((locale) => ({ id: `quick-exit-${locale}`, locale, path: `/__bench/page/quick-exit.html?lang=${locale}`, tags: ['quick-exit'] }));
}

function installRoutes(server) {
  server.dynamic.set('/__bench/page/quick-exit.html', (url) => ({
    type: 'text/html; charset=utf-8',
    body: pageWith('Only the quick exit', QUICK_EXIT, url.searchParams.get('lang') ?? 'en'),
  }));
  server.dynamic.set('/__bench/page/one-stat.html', (url) => ({
    type: 'text/html; charset=utf-8',
    body: pageWith('One statistic', ONE_STAT, url.searchParams.get('lang') ?? 'en'),
  }));
}

/**
 * Runs in the page before anything else: records the first non-empty text each widget puts into its shadow root
 * (a MutationObserver on every shadow root a widget attaches; its callback runs before the browser paints).
 */
function recordFirstText(tags) {
  window.benchFirstText = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    if (tags.includes(this.localName)) {
      const host = this;
      const observer = new MutationObserver(() => {
        const text = root.textContent.replace(/\s+/g, ' ').trim();
        if (!text) return;
        observer.disconnect();
        const index = [...document.querySelectorAll(host.localName)].indexOf(host);
        window.benchFirstText.push({ widget: `${host.localName} ${index + 1}`, text, at: performance.now() });
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    return root;
  };
}

/** In the page: waits until every widget on it is defined and rendered (or `timeout` ms), then lists the resources. */
export async function waitForWidgets({ tags, timeout }) {
  const deadline = performance.now() + timeout;
  const present = tags.filter((tag) => document.querySelector(tag));
  const rendered = (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0;
  const all = () => present.flatMap((tag) => [...document.querySelectorAll(tag)]);
  const timedOut = new Promise((resolve) => setTimeout(resolve, timeout, 'timeout'));
  await Promise.race([Promise.all(present.map((tag) => customElements.whenDefined(tag))), timedOut]);
  await Promise.race([Promise.all(all().map((el) => el.updateComplete)), timedOut]);
  while (!all().every(rendered) && performance.now() < deadline) await new Promise((resolve) => requestAnimationFrame(resolve));
  const renderedAt = performance.now();
  return {
    present,
    scripts: [...document.querySelectorAll('script[src]')].map((script) => script.src),
    notRendered: all()
      .filter((el) => !rendered(el))
      .map((el) => el.localName),
    renderedAt,
    resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd, initiator: e.initiatorType })),
  };
}

const isScriptUrl = (url) => /\.m?js$/.test(new URL(url).pathname);
const gzip9 = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli11 = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length;

/** The URLs a script's code refers to by a relative string ("./chunks/x.js", "../campaign-widgets.js"): its imports. */
function referencedScripts(code, url) {
  const found = new Set();
  for (const [, specifier] of code.matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.m?js|[\w-]+\.m?js)["'`]/g)) found.add(new URL(specifier, url).href);
  return found;
}

/**
 * Sequential request levels: a script the page's own markup asks for is level 1, a file one of those refers to
 * (a static or dynamic import) level 2, and so on: the shortest chain, as the browser requests a file the first
 * time any module that has arrived refers to it.
 */
function levelsOf(files, pageScripts) {
  const urls = new Set(files.map((f) => f.url));
  const level = new Map();
  const queue = files.filter((f) => pageScripts.includes(f.url)).map((f) => f.url);
  for (const url of queue) level.set(url, 1);
  const importsOf = new Map(files.map((f) => [f.url, [...referencedScripts(f.body.toString('utf8'), f.url)].filter((t) => urls.has(t))]));
  while (queue.length) {
    const url = queue.shift();
    for (const target of importsOf.get(url)) {
      if (level.has(target)) continue;
      level.set(target, level.get(url) + 1);
      queue.push(target);
    }
  }
  return level;
}

async function measurePage(browser, origin, page, { timeout = 15_000, settle = 1_000 } = {}) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.addInitScript(recordFirstText, TAGS);
    const responses = new Map();
    tab.on('response', (response) => responses.set(response.url(), response));
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
    });
    await tab.goto(origin + page.path, { waitUntil: 'load' });
    const state = await tab.evaluate(waitForWidgets, { tags: page.tags ?? TAGS, timeout });
    // What the page asks for after its widgets have rendered, before any interaction (data, counts, late chunks).
    await tab.waitForTimeout(settle);
    const later = await tab.evaluate(
      (at) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.responseEnd > at)
          .map((e) => e.name),
      state.renderedAt,
    );
    const firstText = await tab.evaluate(() => window.benchFirstText);
    const files = [];
    for (const resource of state.resources.filter((r) => isScriptUrl(r.url) && r.end > 0 && r.end <= state.renderedAt)) {
      const response = responses.get(resource.url);
      if (!response) throw new Error(`bench: no network response recorded for ${resource.url}`);
      const body = await response.body();
      files.push({
        url: resource.url,
        path: new URL(resource.url).pathname,
        bytes: body.length,
        gzip: gzip9(body),
        brotli: brotli11(body),
        body,
        start: resource.start,
        end: resource.end,
      });
    }
    // Not JavaScript, so not counted: the data the widgets fetch (the mission dataset, a petition's count).
    const others = [];
    for (const resource of state.resources.filter(
      (r) => !isScriptUrl(r.url) && !/\.(css|html|ico)$/.test(new URL(r.url).pathname) && r.end > 0 && r.end <= state.renderedAt,
    )) {
      const body = await responses
        .get(resource.url)
        ?.body()
        .catch(() => null);
      others.push({ path: new URL(resource.url).pathname + new URL(resource.url).search, gzip: body ? gzip9(body) : Number.NaN });
    }
    const level = levelsOf(files, state.scripts);
    files.sort((a, b) => a.start - b.start);
    for (const file of files) file.level = level.get(file.url) ?? Number.NaN;
    // The same bytes compressed as one stream: what compressing each file on its own costs (information).
    const together = gzip9(Buffer.concat(files.map((f) => f.body)));
    for (const file of files) delete file.body;
    return {
      ...page,
      files,
      gzip: files.reduce((sum, f) => sum + f.gzip, 0),
      brotli: files.reduce((sum, f) => sum + f.brotli, 0),
      together,
      levels: Math.max(0, ...files.map((f) => f.level)),
      others,
      renderedAt: state.renderedAt,
      present: state.present,
      notRendered: state.notRendered,
      later: later.map((url) => new URL(url).pathname + new URL(url).search),
      firstText,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** `npm run size`'s figures (the checkout's dist/), by row label; null when it could not run. */
function sizeScriptFigures(root) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/size.mjs')], { encoding: 'utf8' });
  if (!run.stdout) return null;
  const rows = new Map();
  for (const line of run.stdout.split('\n')) {
    const match = line.match(/^(.+?)\s{2,}([\d,]+)\s/);
    if (match) rows.set(match[1].trim(), Number(match[2].replace(/,/g, '')));
  }
  return { rows, status: run.status };
}

/**
 * The files dist/manifest.json says a page with these widget tags needs before they render (as `npm run size`
 * counts them): the entry, each widget's chunk and what those import statically, as /dist/ paths.
 */
export function manifestFiles(dist, tags) {
  const { chunks } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const entry = Object.keys(chunks).find((file) => chunks[file].isEntry);
  const files = new Set();
  const add = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of chunks[file].imports) add(imported);
  };
  add(entry);
  for (const tag of tags) add(Object.keys(chunks).find((file) => chunks[file].name === tag && file !== entry));
  return [...files].map((file) => `/dist/${file}`);
}

/** The translation locales the build ships: chunks named like a language tag in dist/manifest.json. */
export function shippedLocales(dist) {
  const { chunks } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return Object.values(chunks)
    .map((chunk) => chunk.name)
    .filter((name) => /^[a-z]{2}(-[A-Za-z]{2})?$/.test(name));
}

export async function measureWeights({ browser, server, root, dist, sameDist, log = () => {} }) {
  installRoutes(server);
  const pages = [];
  for (const page of PAGES) {
    log(`  ${page.path}`);
    pages.push(await measurePage(browser, server.origin, page));
  }
  const english = pages.find((p) => p.id === 'quick-exit');
  const translations = [];
  for (const page of translationPages(shippedLocales(dist))) {
    const result = await measurePage(browser, server.origin, page, { settle: 0 });
    const extra = result.files.filter((f) => !english.files.some((e) => e.path === f.path));
    translations.push({
      locale: page.locale,
      files: extra,
      gzip: extra.reduce((sum, f) => sum + f.gzip, 0),
      errors: result.errors,
      firstText: result.firstText,
    });
  }
  const size = sameDist ? sizeScriptFigures(root) : null;
  for (const page of pages) {
    page.manifest = manifestFiles(dist, page.present);
    if (page.locale) page.manifest.push(...translations.find((t) => t.locale === page.locale).files.map((f) => f.path));
    if (size && page.size) page.sizeFigure = size.rows.get(page.size) + (page.plus ? (size.rows.get(page.plus) ?? Number.NaN) : 0);
  }
  for (const t of translations) if (size) t.sizeFigure = size.rows.get(`translation "${t.locale}"`);
  return { pages, translations, sizeStatus: size?.status };
}

/** Widgets on the French page whose first text was the English page's first text: they painted English first. */
export function paintedEnglishFirst(weights) {
  const en = weights.pages.find((p) => p.id === 'partner');
  const fr = weights.pages.find((p) => p.id === 'partner-fr');
  if (!en || !fr) return null;
  const english = new Map(en.firstText.map((f) => [f.widget, f.text]));
  return {
    checked: fr.firstText.length,
    expected: fr.present.length ? en.firstText.length : 0,
    english: fr.firstText.filter((f) => english.get(f.widget) === f.text),
    fr,
    en,
  };
}

const shortPath = (path) =>
  path
    .replace(/^\/dist\//, '')
    .replace(/^chunks\//, '')
    .replace(/-[\w-]{8}\.js$/, '.js');

export function printWeights(weights) {
  const rows = weights.pages.map((p) => [
    p.name,
    int(p.files.length),
    int(p.gzip),
    p.target ? (p.targetNote ? `${int(p.target)} (${p.targetNote})` : int(p.target)) : '–',
    p.target ? verdict(p.gzip <= p.target && !p.notRendered.length) : '–',
    `${int(p.levels)}`,
    p.sizeFigure === undefined ? '–' : `${int(p.sizeFigure)}${p.plus ? ` (partner + ${p.plus.replace(/"/g, '')})` : p.classic ? ' (partner page)' : ''}`,
    int(p.brotli),
    int(p.together),
  ]);
  const lines = [
    '### 1. Page weight, counted from the network (gzip -9 of every JavaScript response before the widgets rendered)',
    '',
    table(['page', '>files fetched', '>gzip -9 B', '>target B', 'met', '>request levels', '>`npm run size` B', '>brotli 11 B', '>as one gzip stream B'], rows),
    '',
    'brotli 11: the same files as a CDN that sends brotli would (information; the budgets are gzip -9). As one gzip stream: the same bytes concatenated and gzipped once, so the difference is what compressing each file on its own costs.',
    '',
    'Files per page, in request order (level: 1 = asked for by the page, 2 = imported by a level-1 file, …; gzip -9 B):',
    '',
  ];
  for (const p of weights.pages) {
    lines.push(`- ${p.name}: ${p.files.map((f) => `${shortPath(f.path)} (L${f.level}, ${int(f.gzip)})`).join(', ')}`);
  }
  const translations = weights.translations.map((t) => [
    t.locale,
    t.files.map((f) => shortPath(f.path)).join(', ') || '(none fetched)',
    int(t.gzip),
    '4,000',
    verdict(t.files.length === 1 && t.gzip <= 4_000),
    t.sizeFigure === undefined ? '–' : int(t.sizeFigure),
  ]);
  lines.push(
    '',
    'Translations: what a quick-exit page with `<html lang="…">` fetches beyond the English one:',
    '',
    table(['locale', 'file', '>gzip -9 B', '>target B', 'met', '>`npm run size` B'], translations),
  );
  // The cross-check against `npm run size`, and why a figure differs.
  const notes = [];
  for (const p of weights.pages) {
    const fetched = p.files.map((f) => f.path);
    const onlyNetwork = fetched.filter((f) => !p.manifest.includes(f));
    const onlyManifest = p.manifest.filter((f) => !fetched.includes(f));
    if (p.sizeFigure === undefined) continue;
    const difference = p.gzip - p.sizeFigure;
    if (!onlyNetwork.length && !onlyManifest.length && difference === 0) continue;
    const parts = [];
    if (onlyNetwork.length)
      parts.push(
        `fetched but not counted by \`npm run size\`: ${onlyNetwork.map(shortPath).join(', ')} (${int(p.files.filter((f) => onlyNetwork.includes(f.path)).reduce((s, f) => s + f.gzip, 0))} B)`,
      );
    if (onlyManifest.length) parts.push(`counted by \`npm run size\` but not fetched: ${onlyManifest.map(shortPath).join(', ')}`);
    if (!onlyNetwork.length && !onlyManifest.length) parts.push('same files, different bytes: the build under test is not the one `npm run size` read');
    notes.push(
      `- ${p.name}: ${difference > 0 ? '+' : ''}${int(difference)} B against \`npm run size\`${p.plus ? ` (its partner-page row plus its ${p.plus} row)` : ''}; ${parts.join('; ')}.`,
    );
  }
  const same = weights.pages.filter((p) => p.sizeFigure !== undefined && p.gzip === p.sizeFigure);
  lines.push(
    '',
    `Cross-check: ${same.length} of ${weights.pages.filter((p) => p.sizeFigure !== undefined).length} pages weigh exactly what \`npm run size\` adds up from dist/manifest.json${notes.length ? '; the others:' : '.'}`,
  );
  if (notes.length) lines.push('', ...notes);
  const other = [];
  for (const p of weights.pages) {
    const data = [...p.others.map((o) => `${o.path} (${int(o.gzip)} B gzip -9)`), ...p.later.map((path) => `${path} (after the widgets rendered)`)];
    if (data.length) other.push(`- ${p.name}: ${data.join(', ')}`);
    if (p.notRendered.length) other.push(`- ${p.name}: NOT RENDERED within the time limit: ${[...new Set(p.notRendered)].join(', ')}`);
    if (p.errors.length) other.push(`- ${p.name}, console: ${[...new Set(p.errors)].join(' | ')}`);
  }
  if (other.length) lines.push('', 'Other requests before any interaction (data, not JavaScript: not counted), and anything that went wrong:', '', ...other);
  const english = paintedEnglishFirst(weights);
  if (english) {
    const sample = english.fr.firstText.find((f) => f.widget === 'quick-exit 1');
    lines.push(
      '',
      `First paint in the page's language (partner page in French): ${english.english.length} of ${english.checked} widgets first rendered the English page's text` +
        `${english.english.length ? ` (${english.english.map((f) => f.widget).join(', ')})` : ''}${sample ? `; the quick exit's first text: "${sample.text.slice(0, 60)}"` : ''}.`,
    );
  }
  return lines.join('\n');
}
