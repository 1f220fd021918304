// Section 1 of `npm run bench`: transfer size of every script in dist/ (gzip -9 and brotli 11), against the
// DESIGN.md budgets and against the floor, Lit + @lit/localize alone, bundled in the same run with the same
// minifier as dist/ (rollup + terser) from exactly the Lit API that src/ imports.
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

/** Each widget's own code and the core helpers it uses, without Lit (the measure in the common brief). */
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
      external: ['lit', 'lit/*', '@lit/localize'],
      absWorkingDir: root,
    });
    const code = Buffer.from(result.outputFiles[0].contents);
    rows.push({ tag, bytes: code.length, gzip: gzipBytes(code), brotli: brotliBytes(code) });
  }
  return rows;
}

/**
 * Where the one-script bundle's bytes come from: src/embed.ts bundled by esbuild (minified, locales left out as in
 * dist/) with a metafile, minified bytes per source file grouped by widget / core / data / Lit. The gzip column
 * shares the real bundle's gzip size out in proportion (gzip works across files, so it is an estimate).
 */
async function bundleComposition(root, coreGzip) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/embed.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['./locales/*'],
    absWorkingDir: root,
  });
  const [output] = Object.values(result.metafile.outputs);
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = path.includes('node_modules/')
      ? path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)[1]
      : path.startsWith('src/widgets/')
        ? `<${path.split('/')[2]}>`
        : path.startsWith('src/core/')
          ? 'src/core'
          : path.startsWith('src/data/')
            ? 'src/data'
            : 'src (entry, generated)';
    const entry = groups.get(group) ?? { group, bytes: 0, files: [] };
    entry.bytes += bytesInOutput;
    entry.files.push({ path, bytes: bytesInOutput });
    groups.set(group, entry);
  }
  const total = [...groups.values()].reduce((sum, g) => sum + g.bytes, 0);
  return [...groups.values()]
    .sort((a, b) => b.bytes - a.bytes)
    .map((g) => ({ ...g, share: g.bytes / total, gzip: coreGzip ? (g.bytes / total) * coreGzip : undefined, files: g.files.sort((a, b) => b.bytes - a.bytes) }));
}

export async function measureSizes({ root, dist }) {
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
  let composition = [];
  try {
    composition = await bundleComposition(root, files.find((f) => f.file === 'campaign-widgets.js')?.gzip);
  } catch (error) {
    console.warn(`bench: bundle composition skipped (${error.message.split('\n')[0]})`);
  }
  const rel = relative(root, dist);
  return { files, floor, lit, widgets, composition, distLabel: rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dist };
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
      "Where the one-script bundle's bytes come from (src/embed.ts with esbuild --minify, from this checkout's src/; gzip shared out in proportion):",
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
