// Section 1 of `npm run bench`: transfer size of every script in dist/ (gzip -9 and brotli 11), against the
// DESIGN.md budgets and against the floor, Lit + @lit/localize alone, bundled in the same run with the same
// minifier as dist/ (rollup + terser) from exactly the Lit API that src/ imports.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isAbsolute, join, relative } from 'node:path';
import { int, table, verdict } from './report.mjs';

/** DESIGN.md budgets in gzip -9 bytes (1 KB = 1000 bytes, as in the published figures and scripts/size.mjs). */
export const BUDGETS = [
  { match: /^campaign-widgets\.js$/, limit: 24_000, what: 'core ESM, all widgets' },
  { match: /^campaign-widgets\.iife\.js$/, limit: 24_000, what: 'classic script, all widgets' },
  { match: /^locales\/[^/]+\.js$/, limit: 4_000, what: 'locale chunk' },
];

export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const brotliBytes = (buffer) =>
  brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;

function scripts(dir, prefix = '') {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'types' ? [] : scripts(path, `${prefix}${name}/`);
      return name.endsWith('.js') ? [`${prefix}${name}`] : [];
    });
}

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

/** Each widget's own code and the core helpers it uses, without Lit or the translations. */
async function widgetOwnBytes(root) {
  const esbuild = await import('esbuild');
  const widgetsDir = join(root, 'src/widgets');
  const rows = [];
  for (const tag of readdirSync(widgetsDir).sort()) {
    const entry = join(widgetsDir, tag, `${tag}.define.ts`);
    try {
      statSync(entry);
    } catch {
      continue;
    }
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      // Locales and lazy modules stay out, as in dist/ (esbuild would otherwise inline what the dynamic imports load).
      external: ['lit', 'lit/*', '@lit/localize', './locales/*', '*.lazy.js'],
      absWorkingDir: root,
    });
    const code = Buffer.from(result.outputFiles[0].contents);
    rows.push({ tag, bytes: code.length, gzip: gzipBytes(code), brotli: brotliBytes(code) });
  }
  return rows;
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
 * Where the one-script bundle's bytes come from, read from its own source map: every generated character is
 * charged to the source file its mapping points at (exact for the minified bytes). The gzip column shares the real
 * gzip size out in proportion (gzip works across files, so that column is an estimate).
 */
function bundleComposition(dist, file, gzip) {
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
    const path = index === null ? '(unmapped: bundle glue)' : map.sources[index].replace(/^(\.\.\/)+/, '');
    const group = index === null ? '(unmapped: bundle glue)' : partOf(map.sources[index]);
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

/**
 * `root` is the checkout the bench runs from; when the measured dist/ sits in another checkout (--dist
 * /elsewhere/dist with /elsewhere/src beside it), the floor and the breakdowns are taken from that checkout's src/.
 */
export async function measureSizes({ root: benchRoot, dist }) {
  const sibling = join(dist, '..');
  const root = existsSync(join(sibling, 'src/embed.ts')) && existsSync(join(sibling, 'node_modules')) ? sibling : benchRoot;
  const files = scripts(dist).map((file) => {
    const raw = readFileSync(join(dist, file));
    const budget = BUDGETS.find((b) => b.match.test(file));
    const gzip = gzipBytes(raw);
    return { file, bytes: raw.length, gzip, brotli: brotliBytes(raw), budget: budget?.limit, what: budget?.what, ok: budget ? gzip <= budget.limit : undefined };
  });

  const used = litApiUsed(join(root, 'src'));
  const floorCode = await bundleReexports(root, used);
  const litOnly = await bundleReexports(root, new Map([['lit', new Set(['LitElement', 'html', 'css', 'nothing'])]]));
  const floor = { bytes: floorCode.length, gzip: gzipBytes(floorCode), brotli: brotliBytes(floorCode), api: used };
  const lit = { bytes: litOnly.length, gzip: gzipBytes(litOnly), brotli: brotliBytes(litOnly) };
  let widgets = [];
  try {
    widgets = await widgetOwnBytes(root);
  } catch (error) {
    widgets = [];
    console.warn(`bench: per-widget sizes skipped (${error.message.split('\n')[0]})`);
  }
  const core = files.find((f) => f.file === 'campaign-widgets.js');
  const composition = core ? bundleComposition(dist, core.file, core.gzip) : [];
  const rel = relative(benchRoot, dist);
  return { files, floor, lit, widgets, composition, srcRoot: root, benchRoot, distLabel: rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dist };
}

export function printSizes(sizes) {
  const core = sizes.files.find((f) => f.file === 'campaign-widgets.js');
  const rows = sizes.files.map((f) => [
    f.file,
    int(f.bytes),
    int(f.gzip),
    int(f.brotli),
    f.budget ? int(f.budget) : '',
    f.budget ? `${Math.round((f.gzip / f.budget) * 100)} %` : '',
    f.budget ? verdict(f.ok) : '',
  ]);
  rows.push(['*floor: lit + @lit/localize (API used by src/)*', int(sizes.floor.bytes), int(sizes.floor.gzip), int(sizes.floor.brotli), '', '', '']);
  rows.push(['*lit alone (LitElement, html, css, nothing)*', int(sizes.lit.bytes), int(sizes.lit.gzip), int(sizes.lit.brotli), '', '', '']);
  const lines = [
    `### 1. Transfer size (${sizes.distLabel}/, minified; gzip -9 and brotli 11)`,
    '',
    table(['file', '>bytes', '>gzip -9', '>brotli', '>budget', '>of budget', 'ok'], rows),
  ];
  if (core) {
    const own = core.gzip - sizes.floor.gzip;
    lines.push(
      '',
      `Core bundle: ${int(core.gzip)} B gzip = floor ${int(sizes.floor.gzip)} B (Lit + localize) + ${int(own)} B of our own code ` +
        `(${Math.round((core.gzip / sizes.floor.gzip) * 100) / 100}× the floor); ${int(24_000 - core.gzip)} B left in the 24 KB budget.`,
    );
  }
  if (sizes.widgets.length) {
    lines.push(
      '',
      'Per widget, from src/ (esbuild --minify, Lit external; includes the core helpers each one uses, so the rows overlap):',
      '',
      table(
        ['widget', '>bytes', '>gzip -9', '>brotli'],
        sizes.widgets.map((w) => [w.tag, int(w.bytes), int(w.gzip), int(w.brotli)]),
      ),
    );
  }
  if (sizes.composition?.length) {
    lines.push(
      '',
      "Where campaign-widgets.js's bytes come from (its source map charges every minified character to a source file; gzip shared out in proportion):",
      '',
      table(
        ['part', '>minified bytes', '>share', '>≈ gzip', 'largest files'],
        sizes.composition.map((g) => [
          g.group,
          int(g.bytes),
          `${Math.round(g.share * 100)} %`,
          int(g.gzip),
          g.files.slice(0, 3).map((f) => `${f.path.replace(/^.*node_modules\//, '').split('/').slice(-2).join('/')} ${int(f.bytes)}`).join(', '),
        ]),
      ),
    );
  }
  lines.push('', `Floor API: ${[...sizes.floor.api].map(([module, names]) => `${module} {${[...names].sort().join(', ')}}`).join('; ')}`);
  return lines.join('\n');
}
