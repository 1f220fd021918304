// `npm run bench`: the performance benchmark (informational: not part of `npm test`'s pass/fail). Run
// `npm run build` first. Prints Markdown tables (paste them into docs/performance.md, or pass --write-docs):
//   1. transfer size of dist/ (gzip -9, brotli) against the budgets and the Lit + @lit/localize floor;
//   2. render cost in headless Chromium against a vanilla shadow-DOM element and plain innerHTML;
//   3. Lighthouse (mobile) on examples/partner-page.html with and without the widgets;
//   4. the partner page element by element: layout shifts with the nodes that moved, long tasks, requests.
// Options:
//   --quick                 fewer repetitions (3 render rounds, 1 Lighthouse run per page): about a minute and a half
//   --reps N                render rounds (default 5), --lighthouse-runs N (default 3)
//   --only LIST             sections to run, comma-separated: sizes,render,lighthouse,partner
//   --dist DIR              measure another build (default: this checkout's dist/; also CW_BENCH_DIST)
//   --json FILE             also write the raw figures as JSON
//   --lighthouse-reports DIR  keep every Lighthouse JSON report
//   --write-docs            replace the results block in docs/performance.md with this run's tables
// Exit code 1 only when a section could not run (no build, no browser); missed targets are reported, not fatal.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { aptPackages, chromiumArgs, findBrowser } from './browsers.mjs';
import { measureSizes, printSizes } from './bench/sizes.mjs';
import { startBenchServer } from './bench/server.mjs';
import { measureRender, printRender, probeTags, summarizeRender } from './bench/render.mjs';
import { measureLighthouse, printLighthouse, summarizeLighthouse } from './bench/lighthouse.mjs';
import { clsOf, inspectPartnerPage, printPartner } from './bench/partner.mjs';
import { fixed, int, median, table, times, verdict } from './bench/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAGS = ['trafficking-stat', 'share-card', 'petition-form', 'mission-contact', 'quick-exit'];
const SECTIONS = ['sizes', 'render', 'lighthouse', 'partner'];

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string' },
    json: { type: 'string' },
    'lighthouse-reports': { type: 'string' },
    'write-docs': { type: 'boolean', default: false },
  },
});

const reps = Number(options.reps ?? (options.quick ? 3 : 5));
const lighthouseRuns = Number(options['lighthouse-runs'] ?? (options.quick ? 1 : 3));
const only = new Set(options.only ? options.only.split(',').map((s) => s.trim()) : SECTIONS);
for (const name of only) if (!SECTIONS.includes(name)) throw new Error(`bench: unknown section "${name}" (choose from ${SECTIONS.join(', ')})`);
const dist = resolve(options.dist ?? process.env.CW_BENCH_DIST ?? `${root}dist`);

if (!existsSync(`${dist}/campaign-widgets.js`)) {
  console.error(`bench: ${dist}/campaign-widgets.js is missing. Run \`npm run build\` first (or pass --dist <dir>).`);
  process.exit(1);
}

const started = Date.now();
const log = (message) => process.stderr.write(`${message}\n`);
const out = [];
const print = (text) => {
  out.push(text);
  console.log(`${text}\n`);
};
const failures = [];
const timings = [];
const timed = async (name, work) => {
  const start = Date.now();
  try {
    return await work();
  } finally {
    timings.push(`${name} ${Math.round((Date.now() - start) / 1000)} s`);
  }
};
const figures = { date: new Date().toISOString(), dist, reps, lighthouseRuns };

const [load1] = loadavg();
const header = `Measured ${figures.date.slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, Node ${process.version}, load average ${load1.toFixed(2)} at start.`;

if (only.has('sizes')) {
  log('▶ sizes');
  figures.sizes = await timed('sizes', () => measureSizes({ root, dist }));
  print(printSizes(figures.sizes));
}

const chromePath = findBrowser('chromium');
const needsBrowser = ['render', 'partner', 'lighthouse'].some((s) => only.has(s));
if (needsBrowser && !chromePath) {
  failures.push(`no Chromium found (set CHROME_PATH or install it: apt-get install -y ${aptPackages.chromium} ${aptPackages.fonts})`);
}

let definedTags = [];
if (needsBrowser && chromePath) {
  const server = await startBenchServer({ dist });
  try {
    if (only.has('render') || only.has('partner')) {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });
      figures.chromium = browser.version();
      try {
        definedTags = await probeTags(browser, server, TAGS);
        if (only.has('render')) {
          log(`▶ render (${reps} rounds + 1 warm-up)`);
          const render = await timed('render', () => measureRender({ browser, server, reps, log }));
          figures.render = summarizeRender(render);
          figures.renderNotes = { missing: render.missing, problems: render.problems };
          print(printRender(render, figures.render));
        }
        if (only.has('partner')) {
          log('▶ partner page');
          figures.partner = await timed('partner page', () => inspectPartnerPage({ browser, origin: server.origin }));
        }
      } finally {
        await browser.close();
      }
    }
    if (only.has('lighthouse')) {
      log(`▶ Lighthouse (${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} per page)`);
      try {
        const lighthouse = await timed('Lighthouse', () =>
          measureLighthouse({ origin: server.origin, chromePath, runs: lighthouseRuns, keepDir: options['lighthouse-reports'], log }),
        );
        figures.lighthouse = summarizeLighthouse(lighthouse);
        print(printLighthouse(lighthouse, figures.lighthouse));
      } catch (error) {
        failures.push(`Lighthouse: ${error.message}`);
      }
    }
  } finally {
    await server.close();
  }
  // Printed last so the sections come in their numbered order (it ran with the render browser, before Lighthouse).
  if (figures.partner) print(printPartner(figures.partner));
}

// The targets of the performance issue, in one place.
const targets = [];
const core = figures.sizes?.files.find((f) => f.file === 'campaign-widgets.js');
const widgetsNote = definedTags.length ? ` (bundle defines ${definedTags.length} of 5: ${definedTags.join(', ')})` : '';
if (core) {
  const partial = definedTags.length > 0 && definedTags.length < TAGS.length;
  targets.push([`core ESM bundle ≤ 24,000 B gzip with all five widgets${widgetsNote}`, `${int(core.gzip)} B`, `${verdict(core.ok)}${partial ? ' so far' : ''}`]);
}
const locales = figures.sizes?.files.filter((f) => f.file.startsWith('locales/')) ?? [];
if (locales.length) {
  const largest = locales.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  targets.push(['each locale chunk ≤ 4,000 B gzip', `largest ${largest.file}: ${int(largest.gzip)} B`, verdict(locales.every((f) => f.ok))]);
}
const withWidgets = figures.lighthouse?.find((r) => r.name === 'with widgets');
if (withWidgets) {
  targets.push(['Lighthouse performance 100 (partner page, mobile)', fixed(withWidgets.performance, 0), verdict(withWidgets.performance >= 100)]);
  targets.push(['Lighthouse accessibility 100', fixed(withWidgets.accessibility, 0), verdict(withWidgets.accessibility >= 100)]);
  targets.push(['CLS 0 (Lighthouse)', fixed(withWidgets.cls, 3), verdict(withWidgets.cls === 0)]);
}
const partnerPhone = figures.partner?.find((r) => r.viewport === 'phone' && r.page === 'with widgets');
if (partnerPhone) targets.push(['CLS 0 (phone, script 1.5 s late)', fixed(clsOf(partnerPhone.shifts), 3), verdict(clsOf(partnerPhone.shifts) === 0)]);
if (partnerPhone?.longestRuns) {
  const longest = median(partnerPhone.longestRuns);
  targets.push([
    `no long task from our script at phone speed (our longest single run in a long frame, 4× slowdown; median of ${partnerPhone.longestRuns.length} visits) < 50 ms`,
    `${int(longest)} ms`,
    verdict(longest < 50),
  ]);
}
const stat1000 = figures.render?.find((r) => r.tag === 'trafficking-stat' && r.n === 1000);
if (stat1000) targets.push(['render 1000 `<trafficking-stat>` ≤ 1.5× the vanilla shadow-DOM floor', times(stat1000.vsVanilla), verdict(stat1000.vsVanilla <= 1.5)]);
if (stat1000) targets.push(['(information) render only, warm: 1000 more `<trafficking-stat>` against vanilla', times(stat1000.warmVsVanilla), '–']);
const stat100 = figures.render?.find((r) => r.tag === 'trafficking-stat' && r.n === 100);
if (stat1000 && stat100 && stat100.perElementLit > 0) {
  const growth = stat1000.perElementLit / stat100.perElementLit;
  targets.push([
    'render grows linearly 1 → 1000 (µs per element 100→1000 ≤ 1.5× that of 10→100)',
    `${fixed(stat100.perElementLit, 0)} → ${fixed(stat1000.perElementLit, 0)} µs (${times(growth)})`,
    verdict(growth <= 1.5),
  ]);
}
if (targets.length) print(['### Targets (issue #8)', '', table(['target', '>measured', 'met'], targets)].join('\n'));
figures.targets = targets;

const footer = `${header}${figures.chromium ? ` Chromium ${figures.chromium}.` : ''} Bench took ${Math.round((Date.now() - started) / 1000)} s (${timings.join(', ')}; ${reps} render rounds, ${lighthouseRuns} Lighthouse run${lighthouseRuns === 1 ? '' : 's'} per page).`;
print(footer);

if (options.json) writeFileSync(options.json, `${JSON.stringify(figures, (key, value) => (value instanceof Map ? Object.fromEntries(value) : value instanceof Set ? [...value] : value), 2)}\n`);
if (options['write-docs']) {
  const docs = `${root}docs/performance.md`;
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  if (!text.includes(start) || !text.includes(end)) failures.push(`docs/performance.md has no ${start} … ${end} block`);
  else {
    const block = `${start}\n\n${out.join('\n\n').replace(/^### /gm, '#### ')}\n\n${end}`;
    writeFileSync(docs, text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length));
    log('bench: docs/performance.md updated');
  }
}

if (failures.length) {
  for (const failure of failures) console.error(`bench: ${failure}`);
  process.exit(1);
}
