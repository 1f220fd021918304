// Section 2 of `npm run bench`: the chunk graph of dist/ as files on disk, to explain the page weights that
// weights.mjs counts from the network. Per file: its kind (entry, widget, shared, translation, on use), when a page
// loads it, its size minified, gzip -9 and brotli 11, and which measured pages fetched it. Then the floor, Lit +
// @lit/localize alone, bundled in the same run with the same minifier as dist/ (rollup + terser) from exactly the Lit
// API that src/ imports; and, from the source maps, where the bytes of the entry and of the largest chunks come from.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isAbsolute, join, relative } from 'node:path';
import { int, table } from './report.mjs';

export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const brotliBytes = (buffer) =>
  brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;

const LOCALE_NAME = /^[a-z]{2}(-[A-Za-z]{2})?$/;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The value imports src/ takes from lit, lit/* and @lit/localize (type-only imports left out), so the floor is
 * "the Lit our code actually pulls in", not a guess.
 */
export function litApiUsed(srcDir) {
  const used = new Map();
  const pattern = /import\s*\{([^}]*)\}\s*from\s*'((?:lit|@lit\/localize)(?:\/[^']*)?)'/g;
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const [, names, module] of text.matchAll(pattern)) {
      const values = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith('type '))
        .map((name) => name.split(/\s+as\s+/)[0].trim());
      if (!values.length) continue;
      if (!used.has(module)) used.set(module, new Set());
      for (const name of values) used.get(module).add(name);
    }
  }
  return used;
}

/** Bundles `export {…} from …` lines with rollup + node-resolve + terser, as rollup.config.mjs does for dist/. */
async function bundleReexports(root, imports) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const source = [...imports].map(([module, names]) => `export { ${[...names].sort().join(', ')} } from '${module}';`).join('\n');
  const entry = '\0bench-floor-entry';
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      { name: 'bench-floor-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) },
      nodeResolve({ rootDir: root }),
    ],
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: true,
    plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
  });
  await bundle.close();
  return Buffer.from(output[0].code);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment ("AAAA") into its numbers. */
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Which part of the project a source path belongs to: a widget, core, data, or a package. */
function partOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  if (path.includes('node_modules/')) return path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)[1];
  const widget = path.match(/src\/widgets\/([^/]+)\//);
  if (widget) return `\`<${widget[1]}>\``;
  if (path.startsWith('src/core/')) return 'src/core';
  if (path.startsWith('src/data/')) return 'src/data';
  return 'src (entry, generated)';
}

/**
 * Where a file's bytes come from, read from its own source map: every generated character is charged to the source
 * file its mapping points at (exact for the minified bytes). The gzip column shares the file's real gzip size out
 * in proportion (gzip works across source files, so that column is an estimate).
 */
function composition(dist, file, gzip) {
  const mapFile = join(dist, `${file}.map`);
  if (!existsSync(mapFile)) return [];
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(join(dist, file), 'utf8').split('\n');
  const perSource = new Map();
  const charge = (source, count) => perSource.set(source, (perSource.get(source) ?? 0) + count);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineNumber) => {
    let column = 0;
    const segments = [];
    for (const segment of line ? line.split(',') : []) {
      const [columnDelta, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      segments.push({ column, source: sourceDelta === undefined ? null : sourceIndex });
    }
    const length = lines[lineNumber]?.length ?? 0;
    if (!segments.length) return charge(null, length + 1);
    charge(null, segments[0].column);
    segments.forEach((segment, i) => charge(segment.source, (segments[i + 1]?.column ?? length + 1) - segment.column));
  });
  const groups = new Map();
  for (const [index, bytes] of perSource) {
    const path = index === null ? '(unmapped: chunk glue, imports)' : map.sources[index].replace(/^(\.\.\/)+/, '');
    const group = index === null ? '(unmapped: chunk glue, imports)' : partOf(map.sources[index]);
    const entry = groups.get(group) ?? { group, bytes: 0, files: [] };
    entry.bytes += bytes;
    entry.files.push({ path, bytes });
    groups.set(group, entry);
  }
  const total = [...groups.values()].reduce((sum, g) => sum + g.bytes, 0);
  return [...groups.values()]
    .filter((g) => g.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .map((g) => ({ ...g, share: g.bytes / total, gzip: (g.bytes / total) * gzip, files: g.files.sort((a, b) => b.bytes - a.bytes) }));
}

/** What each chunk of dist/manifest.json is, and when a page loads it. */
function describeChunks(chunks, widgetTags) {
  const entry = Object.keys(chunks).find((file) => chunks[file].isEntry);
  const importers = (file, kind) => Object.keys(chunks).filter((other) => chunks[other][kind].includes(file));
  const nameOf = (file) => chunks[file].name;
  return Object.fromEntries(
    Object.keys(chunks).map((file) => {
      const { name } = chunks[file];
      if (file === entry) return [file, { kind: 'entry', when: "the page's script tag (or the classic loader)" }];
      if (LOCALE_NAME.test(name)) return [file, { kind: 'translation', when: `the page is in ${name}` }];
      if (widgetTags.includes(name)) return [file, { kind: 'widget', when: `a \`<${name}>\` is on the page` }];
      const staticUsers = importers(file, 'imports').filter((other) => other !== entry);
      if (staticUsers.length)
        return [
          file,
          { kind: 'shared', when: `with ${staticUsers.map((u) => (widgetTags.includes(nameOf(u)) ? `\`<${nameOf(u)}>\`` : nameOf(u))).join(', ')}` },
        ];
      const dynamicUsers = importers(file, 'dynamicImports');
      return [
        file,
        {
          kind: 'on use',
          when: `when a visitor needs it, from ${dynamicUsers.map((u) => (widgetTags.includes(nameOf(u)) ? `\`<${nameOf(u)}>\`` : nameOf(u))).join(', ')}`,
        },
      ];
    }),
  );
}

/**
 * `root` is the checkout the bench runs from; when the measured dist/ sits in another checkout (--dist
 * /elsewhere/dist with /elsewhere/src beside it), the floor is taken from that checkout's src/.
 */
export async function measureSizes({ root: benchRoot, dist, widgetTags }) {
  const sibling = join(dist, '..');
  const root = existsSync(join(sibling, 'src/embed.ts')) && existsSync(join(sibling, 'node_modules')) ? sibling : benchRoot;
  const { chunks } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const described = describeChunks(chunks, widgetTags);
  const measure = (file, extra) => {
    const raw = readFileSync(join(dist, file));
    return { file, bytes: raw.length, gzip: gzipBytes(raw), brotli: brotliBytes(raw), ...extra };
  };
  const files = Object.keys(chunks).map((file) => measure(file, { name: chunks[file].name, ...described[file] }));
  const order = ['entry', 'widget', 'shared', 'on use', 'translation'];
  files.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.gzip - a.gzip);
  if (existsSync(join(dist, 'campaign-widgets.iife.js')))
    files.push(measure('campaign-widgets.iife.js', { name: 'classic loader', kind: 'classic', when: 'instead of the module tag: it imports the entry' }));
  if (existsSync(join(dist, 'data/missions.json')))
    files.push(
      measure('data/missions.json', { name: 'mission dataset', kind: 'data', when: 'fetched by `<mission-contact>` (JSON, not counted as JavaScript)' }),
    );

  const used = litApiUsed(join(root, 'src'));
  const floorCode = await bundleReexports(root, used);
  const litOnly = await bundleReexports(root, new Map([['lit', new Set(['LitElement', 'html', 'css', 'nothing'])]]));
  const floor = { bytes: floorCode.length, gzip: gzipBytes(floorCode), brotli: brotliBytes(floorCode), api: used };
  const lit = { bytes: litOnly.length, gzip: gzipBytes(litOnly), brotli: brotliBytes(litOnly) };

  // The entry, and the largest chunks that are not translations (what the page budgets are made of).
  const code = files.filter((f) => ['entry', 'widget', 'shared', 'on use'].includes(f.kind));
  const largest = [code.find((f) => f.kind === 'entry'), ...code.filter((f) => f.kind !== 'entry').sort((a, b) => b.gzip - a.gzip)].filter(Boolean);
  const compositions = largest.map((f) => ({ file: f.file, name: f.name, gzip: f.gzip, groups: composition(dist, f.file, f.gzip) }));
  const rel = relative(benchRoot, dist);
  return { files, floor, lit, compositions, srcRoot: root, distLabel: rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dist };
}

const shortName = (file) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '.js');
const shortSource = (path) => path.replace(/^.*node_modules\//, '').replace(/^src\/(widgets\/)?/, '');

/** `fetchedBy`: file (dist-relative) → the ids of the measured pages that fetched it (from weights.mjs). */
export function printSizes(sizes, fetchedBy = new Map(), pageLegend = '') {
  const rows = sizes.files.map((f) => [shortName(f.file), f.kind, f.when, int(f.bytes), int(f.gzip), int(f.brotli), (fetchedBy.get(f.file) ?? []).join(' ')]);
  rows.push(['*floor: lit + @lit/localize (API used by src/)*', '', '', int(sizes.floor.bytes), int(sizes.floor.gzip), int(sizes.floor.brotli), '']);
  rows.push(['*lit alone (LitElement, html, css, nothing)*', '', '', int(sizes.lit.bytes), int(sizes.lit.gzip), int(sizes.lit.brotli), '']);
  const entry = sizes.files.find((f) => f.kind === 'entry');
  const lines = [
    `### 2. The chunk graph on disk (${sizes.distLabel}/, minified; gzip -9 and brotli 11)`,
    '',
    table(['file', 'kind', 'loaded when', '>bytes', '>gzip -9', '>brotli', 'fetched by'], rows),
  ];
  if (pageLegend) lines.push('', `Fetched by: ${pageLegend}; a language code: the quick-exit page in that language.`);
  if (entry) {
    lines.push(
      '',
      `Entry: ${int(entry.gzip)} B gzip = floor ${int(sizes.floor.gzip)} B (Lit + localize, as src/ uses them) + ${int(entry.gzip - sizes.floor.gzip)} B of our own code (loader, locale negotiation, the core every widget shares).`,
    );
  }
  const [entryComposition, ...chunkCompositions] = sizes.compositions;
  if (entryComposition?.groups.length) {
    lines.push(
      '',
      `Where the entry's bytes come from (its source map charges every minified character to a source file; gzip shared out in proportion):`,
      '',
      table(
        ['part', '>minified bytes', '>share', '>≈ gzip', 'largest files'],
        entryComposition.groups.map((g) => [
          g.group,
          int(g.bytes),
          `${Math.round(g.share * 100)} %`,
          int(g.gzip),
          g.files
            .slice(0, 4)
            .map((f) => `${shortSource(f.path)} ${int(f.bytes)}`)
            .join(', '),
        ]),
      ),
    );
  }
  if (chunkCompositions.length) {
    lines.push(
      '',
      "Where the other chunks' bytes come from, largest first (minified bytes per source file, from each chunk's source map; ≈ gzip in proportion):",
      '',
      table(
        ['chunk', '>gzip -9', 'largest source files: minified bytes (≈ gzip)'],
        chunkCompositions.map((c) => {
          const total = c.groups.reduce((sum, g) => sum + g.bytes, 0);
          const files = c.groups.flatMap((g) => g.files).sort((a, b) => b.bytes - a.bytes);
          return [
            shortName(c.file),
            int(c.gzip),
            files
              .slice(0, 5)
              .map((f) => `${shortSource(f.path)} ${int(f.bytes)} (${int((f.bytes / total) * c.gzip)})`)
              .join(', '),
          ];
        }),
      ),
    );
  }
  lines.push('', `Floor API: ${[...sizes.floor.api].map(([module, names]) => `${module} {${[...names].sort().join(', ')}}`).join('; ')}`);
  return lines.join('\n');
}
