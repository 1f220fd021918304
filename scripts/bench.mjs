// `npm run bench`: the performance benchmark (informational: not part of `npm test`'s pass/fail). Run
// `npm run build` first. Prints a Targets table (issue #15's budgets, today's figure beside the one-bundle design's)
// and then Markdown tables, one per section:
//   1. page weights counted from the network: the JavaScript a page fetches before its widgets render (gzip -9),
//      its sequential request levels, each translation, checked against `npm run size`; first paint in French;
//   2. the chunk graph on disk: every chunk, when a page loads it, the Lit floor, where the bytes come from;
//   3. Lighthouse (mobile) on examples/partner-page.html with and without the widgets;
//   4. render cost in headless Chromium against a vanilla shadow-DOM element and plain innerHTML;
//   5. Content-Security-Policy violations on examples/strict-csp.html, with and without Trusted Types;
//   6. the partner page element by element: layout shifts with the script late, long frames, requests.
// Options:
//   --quick                 fewer repetitions (3 render rounds, 1 Lighthouse run of the partner page)
//   --reps N                render rounds (default 5), --lighthouse-runs N (of the partner page; default 3)
//   --only LIST             sections to run, comma-separated: weights,lighthouse,render,csp,partner
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
import { startBenchServer } from './bench/server.mjs';
import { TAGS, measureWeights, paintedEnglishFirst, printWeights } from './bench/weights.mjs';
import { measureSizes, printSizes } from './bench/sizes.mjs';
import { measureRender, printRender, summarizeRender } from './bench/render.mjs';
import { measureLighthouse, printLighthouse, summarizeLighthouse } from './bench/lighthouse.mjs';
import { measureCsp, printCsp, violationsOf } from './bench/csp.mjs';
import { clsOf, inspectPartnerPage, printPartner } from './bench/partner.mjs';
import { fixed, int, median, table, times, verdict } from './bench/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECTIONS = ['weights', 'lighthouse', 'render', 'csp', 'partner'];

/**
 * The one-bundle design's figures (the last bench before code splitting, 2026-12-02, kept in docs/performance.md's
 * history): every page fetched the 23,889 B bundle; the partner page also lazy/mission.js (3,856 B) and
 * lazy/country-options.js (903 B), 28,648 B gzip -9 in all (29,432 B as transferred, with headers: the "29.4 KB");
 * locales were 1,817–2,385 B (fr 2,005 B). Its blob: warm-up worker cost one CSP violation per page view under the
 * strict policy, and a Trusted Types violation besides when Trusted Types were required (issue #15).
 */
const BEFORE = {
  quickExit: '23,889 B',
  oneStat: '23,889 B',
  partner: '28,648 B (29.4 KB transferred)',
  partnerFr: '30,653 B (+ fr 2,005 B)',
  translation: 'largest 2,385 B (ru)',
  performance: '100',
  accessibility: '100',
  bestPractices: '100',
  cls: '0.000',
  tbt: '27 ms',
  lateCls: '0.000',
  render1000: '1.32×',
  linear: '603 → 200 µs (0.33×)',
  cspTT: '2 (worker-src blob:, Trusted Types)',
  csp: '1 (worker-src blob:)',
  firstPaint: 'yes',
  longestRun: '40 ms',
};

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
const sameDist = dist === resolve(`${root}dist`);

for (const file of ['campaign-widgets.js', 'manifest.json']) {
  if (!existsSync(`${dist}/${file}`)) {
    console.error(`bench: ${dist}/${file} is missing. Run \`npm run build\` first (or pass --dist <dir> with a code-split build).`);
    process.exit(1);
  }
}

const started = Date.now();
const log = (message) => process.stderr.write(`${message}\n`);
const sections = new Map();
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
figures.loadAtStart = load1;
const header = `Measured ${figures.date.slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, Node ${process.version}, load average ${load1.toFixed(2)} at start`;

const chromePath = findBrowser('chromium');
if (!chromePath) failures.push(`no Chromium found (set CHROME_PATH or install it: apt-get install -y ${aptPackages.chromium} ${aptPackages.fonts})`);

if (chromePath) {
  const server = await startBenchServer({ dist });
  try {
    const playwrightSections = ['weights', 'render', 'csp', 'partner'].filter((s) => only.has(s));
    if (playwrightSections.length) {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromiumArgs });
      figures.chromium = browser.version();
      try {
        if (only.has('weights')) {
          log('▶ page weights from the network');
          figures.weights = await timed('weights', () => measureWeights({ browser, server, root, dist, sameDist, log }));
          figures.sizes = await timed('chunk graph', () => measureSizes({ root, dist, widgetTags: TAGS }));
          const fetchedBy = new Map();
          for (const page of figures.weights.pages) {
            for (const file of page.files) {
              const key = file.path.replace(/^\/dist\//, '');
              fetchedBy.set(key, [...(fetchedBy.get(key) ?? []), page.short]);
            }
          }
          for (const t of figures.weights.translations) for (const file of t.files) fetchedBy.set(file.path.replace(/^\/dist\//, ''), [t.locale]);
          for (const page of figures.weights.pages) {
            for (const other of page.others ?? []) {
              const key = other.path.replace(/^\/dist\//, '');
              if (key !== other.path) fetchedBy.set(key, [...(fetchedBy.get(key) ?? []), page.short]);
            }
          }
          sections.set(1, printWeights(figures.weights));
          sections.set(2, printSizes(figures.sizes, fetchedBy, figures.weights.pages.map((p) => `${p.short} = ${p.name}`).join('; ')));
        }
        if (only.has('csp')) {
          log('▶ Content-Security-Policy');
          figures.csp = await timed('CSP', () => measureCsp({ browser, server }));
          sections.set(5, printCsp(figures.csp));
        }
        if (only.has('render')) {
          log(`▶ render (${reps} rounds + 1 warm-up)`);
          const render = await timed('render', () => measureRender({ browser, server, dist, reps, log }));
          figures.render = summarizeRender(render);
          figures.renderNotes = { missing: render.missing, problems: render.problems };
          sections.set(4, printRender(render, figures.render));
        }
        if (only.has('partner')) {
          log('▶ partner page');
          figures.partner = await timed('partner page', () => inspectPartnerPage({ browser, origin: server.origin }));
          sections.set(6, printPartner(figures.partner));
        }
      } finally {
        await browser.close();
      }
    }
    if (only.has('lighthouse')) {
      log(`▶ Lighthouse (${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} of the partner page, 1 without the widgets)`);
      try {
        const lighthouse = await timed('Lighthouse', () =>
          measureLighthouse({ origin: server.origin, chromePath, runs: lighthouseRuns, keepDir: options['lighthouse-reports'], log }),
        );
        figures.lighthouse = summarizeLighthouse(lighthouse);
        figures.lighthouseRuns = Object.fromEntries(lighthouse.results);
        sections.set(3, printLighthouse(lighthouse, figures.lighthouse));
      } catch (error) {
        failures.push(`Lighthouse: ${error.message}`);
      }
    }
  } finally {
    await server.close();
  }
}

// The targets of issue #15 (deliverables 3 and 4), today's figure beside the one-bundle design's.
const targets = [];
const overBy = (bytes, limit) => (bytes > limit ? ` (${int(bytes - limit)} B over)` : '');
const page = (id) => figures.weights?.pages.find((p) => p.id === id);
for (const [id, label, before] of [
  ['quick-exit', 'page with only `<quick-exit>` ≤ 12,000 B', BEFORE.quickExit],
  ['one-stat', 'page with one `<trafficking-stat>` ≤ 12,000 B', BEFORE.oneStat],
  ['partner', 'partner page, every widget ≤ 29,500 B', BEFORE.partner],
  ['partner-fr', 'partner page in French ≤ 29,500 + 4,000 B', BEFORE.partnerFr],
]) {
  const p = page(id);
  if (p)
    targets.push([
      label,
      before,
      `${int(p.gzip)} B${overBy(p.gzip, p.target)}, ${p.files.length} files, ${p.levels} levels`,
      verdict(p.gzip <= p.target && !p.notRendered.length),
    ]);
}
const translations = figures.weights?.translations ?? [];
if (translations.length) {
  const largest = translations.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  targets.push([
    'each translation chunk ≤ 4,000 B',
    BEFORE.translation,
    `largest ${int(largest.gzip)} B (${largest.locale})`,
    verdict(translations.every((t) => t.files.length === 1 && t.gzip <= 4_000)),
  ]);
}
const withWidgets = figures.lighthouse?.find((r) => r.name === 'with widgets');
if (withWidgets) {
  const runs = figures.lighthouseRuns?.['with widgets']?.map((r) => fixed(r.performance, 0)).join(', ');
  targets.push([
    `Lighthouse performance ≥ 95 (partner page, mobile, median of ${lighthouseRuns})`,
    BEFORE.performance,
    `${fixed(withWidgets.performance, 0)} (${runs})`,
    verdict(withWidgets.performance >= 95),
  ]);
  targets.push(['Lighthouse accessibility 100', BEFORE.accessibility, fixed(withWidgets.accessibility, 0), verdict(withWidgets.accessibility >= 100)]);
  targets.push(['CLS 0 (Lighthouse)', BEFORE.cls, fixed(withWidgets.cls, 3), verdict(withWidgets.cls === 0)]);
  targets.push(['(information) Lighthouse best practices', BEFORE.bestPractices, fixed(withWidgets.bestPractices, 0), '–']);
  targets.push(['(information) Lighthouse TBT', BEFORE.tbt, `${int(withWidgets.tbt)} ms`, '–']);
}
const partnerPhone = figures.partner?.find((r) => r.viewport === 'phone' && r.page === 'with widgets');
if (partnerPhone)
  targets.push(['CLS 0 (phone, script 1.5 s late)', BEFORE.lateCls, fixed(clsOf(partnerPhone.shifts), 3), verdict(clsOf(partnerPhone.shifts) === 0)]);
const stat1000 = figures.render?.find((r) => r.tag === 'trafficking-stat' && r.n === 1000);
if (stat1000)
  targets.push([
    'render 1,000 `<trafficking-stat>` ≤ 1.5× the vanilla shadow-DOM floor',
    BEFORE.render1000,
    times(stat1000.vsVanilla),
    verdict(stat1000.vsVanilla <= 1.5),
  ]);
const stat100 = figures.render?.find((r) => r.tag === 'trafficking-stat' && r.n === 100);
if (stat1000 && stat100 && stat100.perElementLit > 0) {
  const growth = stat1000.perElementLit / stat100.perElementLit;
  targets.push([
    'render grows linearly 1 → 1,000 (warm µs per element 100→1,000 ≤ 1.5× that of 10→100)',
    BEFORE.linear,
    `${fixed(stat100.perElementLit, 0)} → ${fixed(stat1000.perElementLit, 0)} µs (${times(growth)})`,
    verdict(growth <= 1.5),
  ]);
}
for (const result of figures.csp ?? []) {
  const withTT = result.path.includes('tt=off') === false;
  targets.push([
    `0 CSP violations, ${result.name} (page view + saving an image)`,
    withTT ? BEFORE.cspTT : BEFORE.csp,
    int(violationsOf(result)),
    verdict(violationsOf(result) === 0 && result.policyAsIntended && !result.notRendered.length),
  ]);
}
const english = figures.weights ? paintedEnglishFirst(figures.weights) : null;
if (english)
  targets.push([
    "every widget first paints in the page's language (French partner page)",
    BEFORE.firstPaint,
    english.english.length ? `no: ${english.english.length} of ${english.checked} painted English first` : `yes (${english.checked} of ${english.checked})`,
    verdict(!english.english.length && english.checked > 0),
  ]);
if (partnerPhone?.longestRuns) {
  const longest = median(partnerPhone.longestRuns);
  targets.push([
    '(information, issue #8) our longest script run at phone speed < 50 ms (median of 3 visits)',
    BEFORE.longestRun,
    `${int(longest)} ms`,
    verdict(longest < 50),
  ]);
}
figures.targets = targets;

const footer = `${header}${figures.chromium ? `; Chromium ${figures.chromium}` : ''}; load average ${loadavg()[0].toFixed(2)} at the end. Bench took ${Math.round((Date.now() - started) / 1000)} s (${timings.join(', ')}; ${reps} render rounds, ${lighthouseRuns} Lighthouse run${lighthouseRuns === 1 ? '' : 's'} of the partner page).`;
const out = [];
if (targets.length) out.push(['### Targets (issue #15)', '', table(['target', '>one bundle (before)', '>today', 'met'], targets)].join('\n'));
for (const number of [...sections.keys()].sort((a, b) => a - b)) out.push(sections.get(number));
out.push(footer);
console.log(out.join('\n\n'));

if (options.json)
  writeFileSync(
    options.json,
    `${JSON.stringify(figures, (key, value) => (value instanceof Map ? Object.fromEntries(value) : value instanceof Set ? [...value] : value), 2)}\n`,
  );
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
