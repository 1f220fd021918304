// Section 3 of `npm run bench`: Lighthouse (the npm package, mobile preset: simulated Moto G Power on slow 4G)
// on the example partner page with every widget, and on the same page with the script tag and the widgets
// removed at serve time (server.mjs), so the difference is what the widgets cost a partner (that page has no script
// of ours, so one run of it is enough unless `baselineRuns` says otherwise). The Lighthouse CLI
// launches Debian's Chromium through chrome-launcher with --chrome-path and the project's flags; each run gets a
// fresh browser. Runs alternate between the two pages; the medians are reported.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../browsers.mjs';
import { fixed, int, median, table } from './report.mjs';

const require = createRequire(import.meta.url);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

function lighthouseCli() {
  const packageJson = require.resolve('lighthouse/package.json');
  return join(packageJson, '..', 'cli/index.js');
}

function runCli(url, chromePath, outputPath) {
  const args = [
    lighthouseCli(),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-path=${chromePath}`,
    `--chrome-flags=--headless ${chromiumArgs.join(' ')}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--no-enable-error-reporting',
    '--max-wait-for-load=60000',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: chromePath } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

/** The figures we report from one Lighthouse JSON result, and the audits that did not pass. */
function extract(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const result = lhr.audits[ref.id];
      if (!result || result.score === null || result.score >= 0.9) continue;
      if (['notApplicable', 'manual', 'informative'].includes(result.scoreDisplayMode)) continue;
      failing.push({ id: ref.id, category: id, value: result.displayValue ?? `score ${result.score}` });
    }
  }
  return {
    performance: lhr.categories.performance?.score * 100,
    accessibility: lhr.categories.accessibility?.score * 100,
    bestPractices: lhr.categories['best-practices']?.score * 100,
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    bytes: audit('total-byte-weight'),
    failing,
    runtimeError: lhr.runtimeError?.message,
    warnings: lhr.runWarnings ?? [],
  };
}

/** `keepDir`: also write every Lighthouse JSON report there (open them in https://googlechrome.github.io/lighthouse/viewer/). */
export async function measureLighthouse({ origin, chromePath, runs, baselineRuns = 1, keepDir, log = () => {} }) {
  const pages = [
    { name: 'with widgets', url: `${origin}/examples/partner-page.html`, runs },
    { name: 'widgets removed', url: `${origin}/examples/partner-page.html?widgets=none`, runs: Math.min(runs, baselineRuns) },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-lh-'));
  if (keepDir) mkdirSync(keepDir, { recursive: true });
  const results = new Map(pages.map((page) => [page.name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      const order = (run % 2 ? [...pages].reverse() : pages).filter((page) => run < page.runs);
      for (const page of order) {
        log(`  Lighthouse run ${run + 1}/${page.runs}: ${page.name}`);
        const output = join(keepDir ?? dir, `lighthouse-${page.name.replace(/\W+/g, '-')}-${run + 1}.json`);
        await runCli(page.url, chromePath, output);
        results.get(page.name).push(extract(JSON.parse(readFileSync(output, 'utf8'))));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { pages, results, runs };
}

/** Median figures per page (used by the table and by the targets check). */
export function summarizeLighthouse(lighthouse) {
  return lighthouse.pages.map(({ name }) => {
    const list = lighthouse.results.get(name);
    const med = (field) => median(list.map((r) => r[field]));
    return {
      name,
      performance: med('performance'),
      accessibility: med('accessibility'),
      bestPractices: med('bestPractices'),
      cls: med('cls'),
      tbt: med('tbt'),
      fcp: med('fcp'),
      lcp: med('lcp'),
      bytes: med('bytes'),
      failing: list.flatMap((r) => r.failing),
      errors: [...new Set(list.flatMap((r) => [r.runtimeError, ...r.warnings].filter(Boolean)))],
    };
  });
}

export function printLighthouse(lighthouse, rows) {
  const lines = [
    `### 3. Lighthouse on examples/partner-page.html (mobile preset; median of the runs of each page)`,
    '',
    table(
      ['page', '>runs', '>performance', '>accessibility', '>best practices', '>CLS', '>TBT ms', '>FCP ms', '>LCP ms', '>bytes'],
      rows.map((r) => [
        r.name,
        int(lighthouse.results.get(r.name).length),
        fixed(r.performance, 0),
        fixed(r.accessibility, 0),
        fixed(r.bestPractices, 0),
        fixed(r.cls, 3),
        int(r.tbt),
        int(r.fcp),
        int(r.lcp),
        int(r.bytes),
      ]),
    ),
  ];
  // Audits under 0.9, grouped: those only the page with widgets fails are ours; the rest belong to the page or server.
  const group = (row) => {
    const map = new Map();
    for (const f of row?.failing ?? []) {
      const entry = map.get(f.id) ?? { ...f, values: new Set(), runs: 0 };
      entry.values.add(f.value);
      entry.runs++;
      map.set(f.id, entry);
    }
    return map;
  };
  const withWidgets = group(rows.find((r) => r.name === 'with widgets'));
  const without = group(rows.find((r) => r.name === 'widgets removed'));
  const runsOf = lighthouse.results.get('with widgets').length;
  const describe = (e) => `- ${e.category}: ${e.id} — ${[...e.values].join('; ')} (${e.runs} of ${runsOf} run${runsOf === 1 ? '' : 's'})`;
  const ours = [...withWidgets.values()].filter((e) => !without.has(e.id));
  const shared = [...withWidgets.values()].filter((e) => without.has(e.id));
  if (ours.length) lines.push('', 'Audits under 0.9 only with the widgets:', ...ours.map(describe));
  if (shared.length)
    lines.push('', 'Audits under 0.9 on both pages (the partner page or the local server, not the widgets):', ...shared.map((e) => `- ${e.category}: ${e.id}`));
  for (const row of rows) {
    if (row.errors.length) lines.push('', `Lighthouse warnings (${row.name}):`, ...row.errors.map((e) => `- ${e}`));
  }
  return lines.join('\n');
}
