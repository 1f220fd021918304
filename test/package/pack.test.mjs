// The npm package as a partner's developer gets it: `npm pack`, installed into a fresh project (its dependencies from
// the local npm cache, or the registry), then used the three documented ways in Chromium: the one script from dist/
// in a served page, and the classes (`campaign-widgets`) and the registering module (`campaign-widgets/define`)
// bundled by esbuild. Every documented import resolves through `exports`, with types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../../scripts/browsers.mjs';
import { TYPES } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work;
let project;
let packed;
let server;
let origin;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/campaign-widgets.js')) && existsSync(join(root, 'custom-elements.json')), 'npm run build first');
  work = mkdtempSync(join(tmpdir(), 'cw-package-'));
  // --ignore-scripts: the build already ran (prepack would run it again).
  [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  project = join(work, 'fresh-site');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'fresh-site', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  npm(['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(project, path));
    if (!file.startsWith(project) || !existsSync(file)) return response.writeHead(404).end('Not found');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the built library, its types, the manifest and the changelog, and nothing of the repository', () => {
  const files = packed.files.map((f) => f.path);
  for (const file of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/campaign-widgets.js',
    'dist/campaign-widgets.iife.js',
    'dist/index.js',
    'dist/define.js',
    'dist/sri.json',
    'dist/types/index.d.ts',
    'dist/types/define.d.ts',
    'dist/data/missions.json',
  ]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  assert.ok(
    files.some((f) => /^dist\/chunks\/help-line-.+\.js$/.test(f)),
    "the widgets' chunks",
  );
  const outside = files.filter((f) => !/^(dist\/|custom-elements\.json$|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE)/.test(f));
  assert.deepEqual(outside, []);
  assert.equal(packed.version, pkg.version);
});

test('every documented import resolves through exports, in Node and for TypeScript', () => {
  const specifiers = [
    'campaign-widgets',
    'campaign-widgets/define',
    'campaign-widgets/campaign-widgets.js',
    'campaign-widgets/campaign-widgets.iife.js',
    'campaign-widgets/custom-elements.json',
    'campaign-widgets/package.json',
  ];
  const resolved = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s));`],
    { cwd: project, encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .map((url) => fileURLToPath(url).slice(join(project, 'node_modules/campaign-widgets/').length));
  assert.deepEqual(resolved, [
    'dist/index.js',
    'dist/define.js',
    'dist/campaign-widgets.js',
    'dist/campaign-widgets.iife.js',
    'custom-elements.json',
    'package.json',
  ]);
  // A bundler user's TypeScript sees the classes, the side-effect import and the one-script entry's API.
  writeFileSync(
    join(project, 'check.ts'),
    "import { TraffickingStat, HelpLine, VERSION, type StatEntry } from 'campaign-widgets';\nimport 'campaign-widgets/define';\nimport { setLocale, ready } from 'campaign-widgets/campaign-widgets.js';\nconst tag: string = new TraffickingStat().localName;\nconst version: string = VERSION;\nconst entry: StatEntry | undefined = undefined;\nconst switched: Promise<string> = setLocale('fr');\nconst loaded: Promise<string> = ready;\nexport { tag, version, entry, HelpLine, switched, loaded };\n",
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2023', 'dom'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
});

/** Opens a page of the fresh project and waits until the widget shows its figure. */
async function renders(path, tag = 'trafficking-stat') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction((name) => /\d/.test(document.querySelector(name)?.shadowRoot?.textContent ?? ''), tag, { timeout: 15_000 });
  const text = await page.evaluate((name) => document.querySelector(name).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag);
  await page.close();
  assert.deepEqual(errors, []);
  return text;
}

test('1. the script from dist/, in a served page', async () => {
  writeFileSync(
    join(project, 'script.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title><script type="module" src="/node_modules/campaign-widgets/dist/campaign-widgets.js"></script></head><body><trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat><help-line country="GB"></help-line></body></html>',
  );
  assert.match(await renders('/script.html'), /150\s*milliards/, "in the page's language");
  assert.match(await renders('/script.html', 'help-line'), /999/, "the help line with the UK's emergency number");
});

/** Bundles an entry of the fresh project with esbuild, as a partner's build would; no warning allowed. */
async function bundle(name, source, body = '<trafficking-stat stat="gems-2022-modern-slavery"></trafficking-stat>') {
  writeFileSync(join(project, `${name}.js`), source);
  const result = await build({
    absWorkingDir: project,
    entryPoints: [`${name}.js`],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: `out-${name}`,
    logLevel: 'silent',
    target: 'es2022',
  });
  assert.deepEqual(
    result.warnings.map((w) => w.text),
    [],
    'esbuild has nothing to say',
  );
  writeFileSync(
    join(project, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script type="module" src="/out-${name}/${name}.js"></script></head><body>${body}</body></html>`,
  );
}

/** The bytes (gzip) of a bundle's entry and the chunks it imports statically: what a page loads before it renders. */
function staticBytes(name) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, chunk] of readFileSync(join(project, `out-${name}`, file), 'utf8').matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g,
    ))
      visit(chunk);
  };
  visit(`${name}.js`);
  return [...seen].reduce((total, file) => total + gzipSync(readFileSync(join(project, `out-${name}`, file)), { level: 9 }).length, 0);
}

test('2. the classes from campaign-widgets, registered by the page, bundled by esbuild', async () => {
  await bundle('classes', "import { TraffickingStat, defineElement } from 'campaign-widgets';\ndefineElement('trafficking-stat', TraffickingStat);\n");
  assert.match(await renders('/classes.html'), /50 million/);
});

test('a bundle of one class leaves the other widgets out (the package says which files have side effects)', async () => {
  await bundle('one', "import { TraffickingStat, defineElement } from 'campaign-widgets';\ndefineElement('trafficking-stat', TraffickingStat);\n");
  await bundle('every', "import 'campaign-widgets/define';\n");
  const [one, every] = [staticBytes('one'), staticBytes('every')];
  assert.ok(one < every / 2, `one statistic: ${one} B gzip before it renders, every widget: ${every} B`);
  const code = readFileSync(join(project, 'out-one/one.js'), 'utf8');
  for (const other of ['petition-form', 'mission-contact', 'share-card']) assert.ok(!code.includes(`"${other}"`), `no <${other}> in the bundle`);
});

test('4. with esbuild, the help line finds its data where docs/embedding.md says to put it', async () => {
  // esbuild leaves `new URL('…json', import.meta.url)` as it is: the site serves the datasets and says where.
  await bundle(
    'datasets',
    "import { HelpLine, MissionContact, defineElement } from 'campaign-widgets';\nHelpLine.dataUrl = '/node_modules/campaign-widgets/dist/data/helplines.json';\nMissionContact.dataUrl = '/node_modules/campaign-widgets/dist/data/missions.json';\ndefineElement('help-line', HelpLine);\ndefineElement('mission-contact', MissionContact);\n",
    '<help-line country="GB"></help-line><mission-contact country="KE"></mission-contact>',
  );
  assert.match(await renders('/datasets.html', 'help-line'), /999/, "the UK's emergency number");
  assert.match(await renders('/datasets.html', 'mission-contact'), /Kenya/);
});

test('3. campaign-widgets/define, bundled by esbuild (its side effects kept)', async () => {
  await bundle('define', "import 'campaign-widgets/define';\n");
  assert.match(await renders('/define.html'), /50 million/);
});
