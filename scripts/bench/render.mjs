// Section 4 of `npm run bench`: what upgrading and rendering the widgets costs in headless Chromium, against two
// baselines measured in the same run:
//   (a) vanilla — the floor for a shadow-DOM widget: a hand-written custom element (pages/vanilla-element.js)
//       that puts the same rendered markup, captured from the real widget in this run, and one shared
//       constructed stylesheet into its shadow root;
//   (b) innerHTML — the same markup as plain HTML in the light DOM, no components (for information).
// One measurement = one fresh browser context (cold caches, as a first visit) with N elements already parsed.
// The code under test is fetched and compiled beforehand with <link rel="modulepreload">: the entry, the widget's
// chunk and the chunks it imports (from dist/manifest.json), so the clock measures work, not the network. The clock
// runs from `import()` of the entry (evaluating it; it then imports the widget's chunk, already in the module map,
// and defines the tag once the page's messages are loaded) until every element is upgraded and rendered: each Lit
// element's `updateComplete` has resolved and a forced style + layout of the whole document has returned.
// Variants are interleaved (the order rotates every repetition) and the figure reported is the median; ratios are
// medians of the ratios within a repetition, so slow moments of a shared machine hit both sides of a ratio.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixed, int, median, spread, table, times } from './report.mjs';
import { manifestFiles } from './weights.mjs';

const pages = new URL('./pages/', import.meta.url);
const PAGE = readFileSync(fileURLToPath(new URL('render.html', pages)), 'utf8');
const VANILLA = readFileSync(fileURLToPath(new URL('vanilla-element.js', pages)), 'utf8');
const BUNDLE = '/dist/campaign-widgets.js';

/** Which widgets are rendered how many times, with the attribute sets the copies cycle through. */
export const RENDER_PLAN = [
  {
    tag: 'trafficking-stat',
    counts: [1, 10, 100, 1000],
    // Current figures only: a superseded one (such as ilo-2014-…) warns once per element, which is not rendering.
    configs: [
      'stat="ilo-2024-forced-labour-profits"',
      'stat="gems-2022-modern-slavery"',
      'stat="unodc-2024-women-girls-share"',
      'stat="unodc-2024-children-share"',
      'stat="palermo-protocol-parties"',
    ],
  },
  {
    tag: 'share-card',
    counts: [1, 100],
    configs: [
      'stat="unodc-2024-women-girls-share" hashtags="EndTrafficking,WorldDayAgainstTrafficking" url="https://freedom-coalition.example/campaigns/world-day"',
      'stat="gems-2022-modern-slavery" hashtags="EndTrafficking" url="https://freedom-coalition.example/campaigns/world-day" download',
    ],
  },
];

export const VARIANTS = ['lit', 'vanilla', 'innerHTML'];

const elementsHtml = (entry, n) =>
  Array.from(
    { length: n },
    (_, i) => `<${entry.tag} data-bench-key="k${i % entry.configs.length}" ${entry.configs[i % entry.configs.length]}></${entry.tag}>`,
  ).join('\n');

/** The widget's shadow CSS made to apply to a light-DOM wrapper: :host(x) → .cw-host:is(x), :host → .cw-host. */
export function lightDomCss(css) {
  return css
    .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, '.cw-host:is($1)')
    .replace(/:host\b/g, '.cw-host')
    .replace(/::slotted\(([^)]*)\)/g, '$1');
}

/** Serves the benchmark pages; `captured` is filled by capture() before the vanilla/innerHTML variants run. */
function installRoutes(server, plan, captured, preloads) {
  server.dynamic.set('/__bench/render.html', (url) => {
    const entry = plan.find((e) => e.tag === url.searchParams.get('tag'));
    if (!entry) return null;
    const n = Number(url.searchParams.get('n'));
    const variant = url.searchParams.get('variant');
    let head = '';
    let body = '';
    if (variant === 'lit') {
      head = preloads
        .get(entry.tag)
        .map((href) => `<link rel="modulepreload" href="${href}" />`)
        .join('\n');
      body = elementsHtml(entry, n);
    } else if (variant === 'vanilla') {
      head = `<link rel="modulepreload" href="/__bench/vanilla.js?tag=${entry.tag}" />`;
      body = elementsHtml(entry, n);
    } else if (variant === 'innerHTML') {
      head = `<style>${lightDomCss(captured.get(entry.tag).css)}</style>`;
    } else return null;
    return { type: 'text/html; charset=utf-8', body: PAGE.replace('<!--head-->', () => head).replace('<!--body-->', () => body) };
  });
  server.dynamic.set('/__bench/vanilla.js', (url) => {
    const data = captured.get(url.searchParams.get('tag'));
    if (!data) return null;
    return {
      type: 'text/javascript; charset=utf-8',
      body: VANILLA.replace('= BENCH_DATA;', () => `= ${JSON.stringify({ tag: url.searchParams.get('tag'), ...data })};`),
    };
  });
}

/** The markup + CSS each configuration of each widget renders (for the baselines); widgets that did not load are `missing`. */
async function capture(browser, origin, plan) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const result = new Map();
  const missing = [];
  for (const entry of plan) {
    await page.goto(`${origin}/__bench/render.html?tag=${entry.tag}&n=${entry.configs.length}&variant=lit`);
    const captured = await page.evaluate(
      async ({ tag, bundle }) => {
        const module = await import(bundle);
        await module.ready;
        if (!customElements.get(tag)) return null;
        await customElements.whenDefined(tag);
        const elements = [...document.querySelectorAll(tag)];
        await Promise.all(elements.map((el) => el.updateComplete));
        const css = [...(elements[0].shadowRoot?.adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        const markup = Object.fromEntries(elements.map((el) => [el.dataset.benchKey, (el.shadowRoot?.innerHTML ?? '').replace(/<!--[\s\S]*?-->/g, '').trim()]));
        return { css, markup };
      },
      { tag: entry.tag, bundle: BUNDLE },
    );
    if (!captured) {
      missing.push(entry.tag);
      continue;
    }
    const empty = Object.entries(captured.markup).filter(([, html]) => !html);
    if (empty.length) problems.push(`\`<${entry.tag}>\` rendered nothing for ${empty.map(([k]) => entry.configs[Number(k.slice(1))]).join('; ')}`);
    result.set(entry.tag, captured);
  }
  await context.close();
  return { captured: result, missing, problems };
}

async function runOnce(browser, origin, entry, n, variant, captured, preloads) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/__bench/render.html?tag=${entry.tag}&n=${n}&variant=${variant}`, { waitUntil: 'load' });
    const script = variant === 'lit' ? BUNDLE : variant === 'vanilla' ? `/__bench/vanilla.js?tag=${entry.tag}` : null;
    if (script) {
      // Every preload has been fetched (and handed to the compiler) before the clock starts.
      const preloaded = variant === 'lit' ? preloads.get(entry.tag) : [script];
      await page.waitForFunction((list) => list.every((s) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(s))), preloaded);
    } else {
      const { markup } = captured.get(entry.tag);
      const html = Array.from({ length: n }, (_, i) => `<div class="cw-host">${markup[`k${i % entry.configs.length}`]}</div>`).join('');
      await page.evaluate((value) => {
        window.benchHtml = value;
      }, html);
    }
    await page.waitForTimeout(20);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await cdp.send('Runtime.getHeapUsage');
    const timing = await page.evaluate(
      async ({ variant, tag, script }) => {
        const root = document.getElementById('bench-root');
        const elements = [...root.querySelectorAll(tag)];
        const start = performance.now();
        if (variant === 'innerHTML') {
          root.innerHTML = window.benchHtml;
        } else {
          await import(script);
          await customElements.whenDefined(tag);
          await Promise.all(elements.map((el) => el.updateComplete));
        }
        void document.documentElement.offsetHeight; // forced style recalc + layout of the whole document
        const ms = performance.now() - start;
        const rendered =
          variant === 'innerHTML'
            ? root.querySelectorAll('.cw-host').length
            : elements.filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.getBoundingClientRect().height > 0).length;
        return { ms, rendered };
      },
      { variant, tag: entry.tag, script },
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');

    // Second measure in the same page, "render only": the script has run (and its code is warm); the first batch
    // is removed and N fresh elements are added to an empty container with innerHTML.
    await page.evaluate(
      (hosts) => {
        document.getElementById('bench-root').remove();
        const main = document.createElement('main');
        main.id = 'bench-root-2';
        document.body.append(main);
        if (hosts) window.benchHosts = hosts;
        void document.documentElement.offsetHeight;
      },
      variant === 'innerHTML' ? null : elementsHtml(entry, n),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const warm = await page.evaluate(
      async ({ variant, tag }) => {
        const root = document.getElementById('bench-root-2');
        const start = performance.now();
        root.innerHTML = variant === 'innerHTML' ? window.benchHtml : window.benchHosts;
        if (variant === 'lit') await Promise.all([...root.querySelectorAll(tag)].map((el) => el.updateComplete));
        void document.documentElement.offsetHeight;
        const ms = performance.now() - start;
        const rendered =
          variant === 'innerHTML'
            ? root.querySelectorAll('.cw-host').length
            : [...root.querySelectorAll(tag)].filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0).length;
        return { ms, rendered };
      },
      { variant, tag: entry.tag },
    );
    return {
      ms: timing.ms,
      warm: warm.ms,
      rendered: Math.min(timing.rendered, warm.rendered),
      heap: after.usedSize,
      heapDelta: after.usedSize - before.usedSize,
      domHeap: after.embedderHeapUsedSize,
      domHeapDelta: after.embedderHeapUsedSize !== undefined ? after.embedderHeapUsedSize - before.embedderHeapUsedSize : undefined,
    };
  } finally {
    await context.close();
  }
}

/** Runs the plan `reps` times (plus one warm-up round that is thrown away), interleaving the variants. */
export async function measureRender({ browser, server, dist, reps, log = () => {} }) {
  const captured = new Map();
  const preloads = new Map(RENDER_PLAN.map((entry) => [entry.tag, manifestFiles(dist, [entry.tag])]));
  installRoutes(server, RENDER_PLAN, captured, preloads);
  const probe = await capture(browser, server.origin, RENDER_PLAN);
  for (const [tag, data] of probe.captured) captured.set(tag, data);
  const plan = RENDER_PLAN.filter((entry) => captured.has(entry.tag));
  const samples = new Map(); // "tag|n|variant" → [{ms, heap…}]
  const incomplete = [];
  const cells = plan.flatMap((entry) => entry.counts.map((n) => ({ entry, n })));
  for (let rep = 0; rep <= reps; rep++) {
    log(rep === 0 ? '  warm-up round' : `  round ${rep}/${reps}`);
    for (const [index, { entry, n }] of cells.entries()) {
      const offset = (rep + index) % VARIANTS.length;
      const order = [...VARIANTS.slice(offset), ...VARIANTS.slice(0, offset)];
      for (const variant of order) {
        const sample = await runOnce(browser, server.origin, entry, n, variant, captured, preloads);
        if (sample.rendered !== n) incomplete.push(`${entry.tag} ×${n} (${variant}): ${sample.rendered} of ${n} rendered`);
        if (rep === 0) continue;
        const key = `${entry.tag}|${n}|${variant}`;
        if (!samples.has(key)) samples.set(key, []);
        samples.get(key).push(sample);
      }
    }
  }
  return { plan, samples, missing: probe.missing, problems: [...probe.problems, ...new Set(incomplete)], reps, preloads };
}

const pick = (list, field) => list.map((sample) => sample[field]);
const pairedRatio = (a, b, field = 'ms') => median(a.map((sample, i) => sample[field] / b[i][field]));

/** Summary figures per widget and count (used by the table and by the targets check). */
export function summarizeRender(render) {
  const rows = [];
  for (const entry of render.plan) {
    for (const n of entry.counts) {
      const get = (variant) => render.samples.get(`${entry.tag}|${n}|${variant}`) ?? [];
      const lit = get('lit');
      const vanilla = get('vanilla');
      const plain = get('innerHTML');
      rows.push({
        tag: entry.tag,
        n,
        lit: median(pick(lit, 'ms')),
        vanilla: median(pick(vanilla, 'ms')),
        innerHTML: median(pick(plain, 'ms')),
        litSpread: spread(pick(lit, 'ms')),
        vsVanilla: pairedRatio(lit, vanilla),
        vsInnerHTML: pairedRatio(lit, plain),
        warmLit: median(pick(lit, 'warm')),
        warmVanilla: median(pick(vanilla, 'warm')),
        warmInnerHTML: median(pick(plain, 'warm')),
        warmVsVanilla: pairedRatio(lit, vanilla, 'warm'),
        warmSpread: spread(pick(lit, 'warm')),
        heapLit: median(pick(lit, 'heap')),
        heapDeltaLit: median(pick(lit, 'heapDelta')),
        heapDeltaVanilla: median(pick(vanilla, 'heapDelta')),
        domDeltaLit: median(pick(lit, 'domHeapDelta')),
        domDeltaVanilla: median(pick(vanilla, 'domHeapDelta')),
      });
    }
  }
  // Marginal cost per element between one count and the next (fixed costs such as evaluating Lit cancel out).
  for (const row of rows) {
    const previous = rows.filter((r) => r.tag === row.tag && r.n < row.n).at(-1);
    if (!previous) continue;
    row.perElementLit = ((row.warmLit - previous.warmLit) / (row.n - previous.n)) * 1000;
    row.perElementVanilla = ((row.warmVanilla - previous.warmVanilla) / (row.n - previous.n)) * 1000;
  }
  return rows;
}

const kb = (bytes) => (Number.isFinite(bytes) ? `${int(bytes / 1024)} KB` : '–');

export function printRender(render, rows) {
  const lines = [`### 4. Render cost in headless Chromium (median of ${render.reps} interleaved repetitions)`, ''];
  if (rows.length) {
    lines.push(
      `From the entry's evaluation to every widget rendered (cold: a first visit; the code preloaded, evaluating the entry and the widget's chunks inside the clock; preloaded for \`<trafficking-stat>\`: ${(render.preloads?.get('trafficking-stat') ?? []).map((f) => f.replace(/^\/dist\/(chunks\/)?/, '').replace(/-[\w-]{8}\.js$/, '.js')).join(', ')}):`,
      '',
      table(
        ['widget', '>count', '>Lit ms', '>vanilla ms', '>innerHTML ms', '>Lit / vanilla', '>Lit / innerHTML', '>spread'],
        rows.map((r) => [
          r.tag,
          int(r.n),
          fixed(r.lit),
          fixed(r.vanilla),
          fixed(r.innerHTML),
          times(r.vsVanilla),
          times(r.vsInnerHTML),
          `${Math.round(r.litSpread * 100)} %`,
        ]),
      ),
      '',
      'Render only: N more widgets added to a page where the script has already run (warm):',
      '',
      table(
        ['widget', '>count', '>Lit ms', '>vanilla ms', '>innerHTML ms', '>Lit / vanilla', '>µs per extra element (Lit / vanilla)', '>spread'],
        rows.map((r) => [
          r.tag,
          int(r.n),
          fixed(r.warmLit),
          fixed(r.warmVanilla),
          fixed(r.warmInnerHTML),
          times(r.warmVsVanilla),
          r.perElementLit === undefined ? '' : `${fixed(r.perElementLit, 0)} / ${fixed(r.perElementVanilla, 0)}`,
          `${Math.round(r.warmSpread * 100)} %`,
        ]),
      ),
      '',
      'Memory after the cold render (forced GC, CDP Runtime.getHeapUsage; added = after − before the script ran):',
      '',
      table(
        ['widget', '>count', '>JS heap after (Lit)', '>JS heap added (Lit / vanilla)', '>DOM heap added (Lit / vanilla)'],
        rows.map((r) => [
          r.tag,
          int(r.n),
          kb(r.heapLit),
          `${kb(r.heapDeltaLit)} / ${kb(r.heapDeltaVanilla)}`,
          Number.isFinite(r.domDeltaLit) ? `${kb(r.domDeltaLit)} / ${kb(r.domDeltaVanilla)}` : '–',
        ]),
      ),
      '',
      'Lit = the real widget from dist/ (the entry and its chunks); vanilla = baseline (a), a library-free custom element stamping the',
      "same markup and one constructed stylesheet into its shadow root (it formats nothing: the widget's text is",
      'captured in this run); innerHTML = baseline (b), the same markup as plain light-DOM HTML. Ratios are medians of',
      'the ratios within one repetition; spread = (max − min) / median of the Lit timings; "µs per extra element" is',
      'the slope from the previous count, so fixed costs cancel.',
    );
  }
  for (const tag of render.missing) lines.push('', `\`<${tag}>\` was not defined by the entry (its chunk did not load): skipped.`);
  for (const problem of render.problems) lines.push('', `Problem: ${problem}`);
  return lines.join('\n');
}
