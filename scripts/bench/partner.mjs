// Section 6 of `npm run bench`: what happens on the example partner page while the widgets load, explained
// element by element (Lighthouse gives the scores; this says which node moved and which request went out).
// Headless Chromium at a phone viewport (Lighthouse's Moto G Power: 412×823, 4× CPU slowdown, and the script held
// back 1.5 s as on a slow network, so the page paints with only the partner's reservations first) and at a desktop
// viewport (nothing held back); records every layout shift with the nodes that moved and their rectangles, the long tasks, and every
// request the page makes before the visitor does anything. Long animation frames (Chromium's LoAF entries) say which
// scripts ran in a long frame and for how long, so the widgets' own script time is told apart from the page's and from
// the browser's style and layout. Once the load is recorded, the pointer moves to the compact help line's button,
// where the help line checks its prefetched data: the longest frame that follows is reported on its own.
import { fixed, int, median, table } from './report.mjs';
import { TAGS } from './weights.mjs';

export const VIEWPORTS = [
  { name: 'phone', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, cpu: 4, scriptDelay: 1500 },
  { name: 'desktop', viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, cpu: 1, scriptDelay: 0 },
];

/**
 * Runs in the page before anything else: buffers layout shifts (with their sources) and long tasks, and keeps the
 * widgets the partner wrote (readyState "interactive" comes before module scripts run, so elements a widget adds
 * later, such as quick-exit's skip link, are not among them).
 */
function observe(tags) {
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.benchElements = [...document.querySelectorAll(tags.join(','))];
  });
  const name = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const path = (element) => {
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? `${name(root.host)} › ${name(element)}` : name(element);
  };
  // Shadow-DOM nodes come back as null sources: find what sits at the shifted rectangle now, through shadow roots.
  const deepAt = (rect) => {
    let element = document.elementFromPoint(rect.x + Math.min(4, rect.width / 2), rect.y + Math.min(4, rect.height / 2));
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(rect.x + Math.min(4, rect.width / 2), rect.y + Math.min(4, rect.height / 2));
      if (!inner || inner === element) break;
      element = inner;
    }
    return element;
  };
  const describe = (source) => {
    if (source.node) return path(source.node.nodeType === 1 ? source.node : (source.node.parentElement ?? document.body));
    const rect = source.currentRect.width ? source.currentRect : source.previousRect;
    const element = rect.width ? deepAt(rect) : null;
    return element ? `≈ ${path(element)}` : '(node gone)';
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  /** Buffers every entry of a performance entry type, as `toEntry(entry)`, into `window[name]`. */
  const record = (name, type, toEntry) => {
    window[name] = [];
    new PerformanceObserver((list) => window[name].push(...list.getEntries().map(toEntry))).observe({ type, buffered: true });
  };
  record('benchShifts', 'layout-shift', (entry) => ({
    time: entry.startTime,
    value: entry.value,
    input: entry.hadRecentInput,
    sources: (entry.sources ?? []).map((s) => ({ node: describe(s), from: rect(s.previousRect), to: rect(s.currentRect) })),
  }));
  record('benchLongTasks', 'longtask', (entry) => ({ time: entry.startTime, duration: entry.duration }));
  record('benchLongFrames', 'long-animation-frame', (entry) => ({
    time: entry.startTime,
    duration: entry.duration,
    // From the start of style and layout (or of rendering) to the frame's end: the browser drawing what changed.
    rendering: entry.startTime + entry.duration - (entry.styleAndLayoutStart || entry.renderStart || entry.startTime + entry.duration),
    scripts: entry.scripts.map((script) => ({ url: script.sourceURL, invoker: script.invoker, start: script.startTime, duration: script.duration })),
  }));
  // When each widget kind is defined (which upgrades its elements on the page; their first render follows as
  // microtasks of the same run), so a long run of our script can be put down to the kinds defined in it.
  window.benchDefines = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ...rest) => {
    if (tags.includes(tag)) window.benchDefines.push({ tag, at: performance.now() });
    return define(tag, ...rest);
  };
}

/** A script entry of a long frame that is ours: the entry or a chunk it loads, all served from /dist/. */
const isOurs = (script) => /\/dist\//.test(script.url);

/** Visits of the page with widgets that measure our longest script run (the figure is their median). */
const LONGEST_RUN_VISITS = 3;

/** The longest single run of our script in any long frame, in ms (0 without one). */
export const longestOurRun = (frames) => Math.max(0, ...ourLongFrames(frames).map((frame) => frame.longest.duration));

/** Per long frame: the time our scripts ran in it, and the longest of them. */
export function ourLongFrames(frames) {
  return frames
    .map((frame) => {
      const ours = frame.scripts.filter(isOurs);
      return {
        ...frame,
        ours: ours.reduce((sum, script) => sum + script.duration, 0),
        longest: ours.reduce((best, script) => (script.duration > (best?.duration ?? -1) ? script : best), null),
      };
    })
    .filter((frame) => frame.ours > 0);
}

/** The partner's widgets in document order, numbered per tag ("trafficking-stat 2"), with their heights. */
function boxes(tags) {
  const seen = {};
  return (window.benchElements ?? [...document.querySelectorAll(tags.join(','))]).map((el) => {
    seen[el.localName] = (seen[el.localName] ?? 0) + 1;
    return { id: `${el.localName} ${seen[el.localName]}`, height: el.getBoundingClientRect().height };
  });
}

/** CLS as Chromium and Lighthouse define it: the largest session window (gaps < 1 s, windows ≤ 5 s). */
export function clsOf(shifts) {
  let best = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  // Nothing interacts with the page here, so every shift counts (hadRecentInput is set spuriously under touch emulation).
  for (const shift of shifts) {
    if (shift.time - last > 1000 || shift.time - first > 5000) {
      current = 0;
      first = shift.time;
    }
    current += shift.value;
    last = shift.time;
    best = Math.max(best, current);
  }
  return best;
}

async function visit(browser, url, setup, { blockScript = false } = {}) {
  const context = await browser.newContext({
    viewport: setup.viewport,
    deviceScaleFactor: setup.deviceScaleFactor,
    isMobile: setup.isMobile,
    hasTouch: setup.hasTouch,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (setup.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.cpu });
    await page.addInitScript(observe, TAGS);
    const requests = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      requests.push({
        url: new URL(request.url()).pathname + new URL(request.url()).search,
        type: request.resourceType(),
        bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : undefined,
      });
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
    });
    if (blockScript) {
      // The page as it stands before the script runs: only the partner's :not(:defined) reservations.
      await page.route('**/campaign-widgets.js', (route) => route.abort());
      await page.goto(url, { waitUntil: 'load' });
      return { boxes: await page.evaluate(boxes, TAGS) };
    }
    if (setup.scriptDelay) {
      await page.route('**/dist/campaign-widgets.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, setup.scriptDelay));
        await route.continue();
      });
    }
    await page.goto(url, { waitUntil: 'load' });
    const state = await page.evaluate(async (tags) => {
      const module = [...document.scripts].some((s) => s.src.includes('campaign-widgets'))
        ? await import(new URL('/dist/campaign-widgets.js', location.href).href)
        : null;
      if (module?.ready) await module.ready;
      const present = tags.filter((tag) => document.querySelector(tag));
      const elements = present.flatMap((tag) => [...document.querySelectorAll(tag)]);
      await Promise.all(elements.map((el) => el.updateComplete));
      // Long enough for a count-up (1.6 s) and anything the widgets schedule after their first render.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      return {
        defined: present.filter((tag) => customElements.get(tag)),
        undefinedTags: present.filter((tag) => !customElements.get(tag)),
        height: document.documentElement.scrollHeight,
      };
    }, TAGS);
    const after = await page.evaluate(boxes, TAGS);
    const shifts = await page.evaluate(() => window.benchShifts);
    const longTasks = await page.evaluate(() => window.benchLongTasks);
    const longFrames = await page.evaluate(() => window.benchLongFrames);
    const defines = await page.evaluate(() => window.benchDefines);
    const beforeInteraction = [...requests];
    // The first interaction, measured on its own once the load has been recorded.
    const helpCheck = await hoverCompactHelpLine(page);
    return { ...state, after, shifts, longTasks, longFrames, defines, requests: beforeInteraction, errors, helpCheck };
  } finally {
    await context.close();
  }
}

/**
 * The compact help line checks its (prefetched) data when the pointer reaches its button. Moves the pointer there
 * and returns the longest animation frame that starts in the next second, in ms (0 without a long frame), or
 * undefined when the page has no compact help line. Nothing else runs on the page then, so that frame is the
 * check; its script entry cannot be told apart by file, since an event listener's frame names no source.
 */
async function hoverCompactHelpLine(page) {
  const button = page.locator('help-line[compact] button').first();
  if (!(await button.count())) return undefined;
  const from = await page.evaluate(() => performance.now());
  await button.hover();
  await page.waitForTimeout(1000);
  const frames = await page.evaluate((start) => window.benchLongFrames.filter((frame) => frame.time >= start), from);
  return Math.max(0, ...frames.map((frame) => frame.duration));
}

export async function inspectPartnerPage({ browser, origin }) {
  const results = [];
  for (const setup of VIEWPORTS) {
    for (const [name, url] of [
      ['with widgets', `${origin}/examples/partner-page.html`],
      ['widgets removed', `${origin}/examples/partner-page.html?widgets=none`],
    ]) {
      const result = await visit(browser, url, setup);
      if (name === 'with widgets') {
        // A single visit's longest run moves by ±10 ms at 4× slowdown: the widget page is visited again for it.
        result.longestRuns = [longestOurRun(result.longFrames)];
        result.helpChecks = [result.helpCheck];
        for (let extra = 1; extra < LONGEST_RUN_VISITS; extra++) {
          const again = await visit(browser, url, setup);
          result.longestRuns.push(longestOurRun(again.longFrames));
          result.helpChecks.push(again.helpCheck);
        }
        const { boxes: before } = await visit(browser, url, setup, { blockScript: true });
        result.boxes = before.map(({ id, height }, i) => ({ id, before: height, after: result.after[i]?.id === id ? result.after[i].height : Number.NaN }));
      }
      results.push({ viewport: setup.name, page: name, ...result });
    }
  }
  return results;
}

export function printPartner(results) {
  const lines = [
    '### 6. Partner page, element by element (headless Chromium; phone = 412×823, 4× CPU slowdown, script 1.5 s late)',
    '',
    table(
      [
        'viewport',
        'page',
        '>CLS',
        '>shifts',
        '>long tasks',
        '>longest ms',
        '>long frames with our script',
        '>longest run of our script ms (median of visits)',
        '>pointer on the compact help line: longest frame ms (median of visits)',
        '>requests',
        '>bytes',
        'widgets not defined',
      ],
      results.map((r) => [
        r.viewport,
        r.page,
        fixed(clsOf(r.shifts), 3),
        int(r.shifts.length),
        int(r.longTasks.length),
        r.longTasks.length ? int(Math.max(...r.longTasks.map((t) => t.duration))) : '0',
        int(ourLongFrames(r.longFrames).length),
        r.longestRuns ? `${int(median(r.longestRuns))} (${r.longestRuns.map(int).join(', ')})` : int(longestOurRun(r.longFrames)),
        r.helpChecks?.every((ms) => ms !== undefined) ? `${int(median(r.helpChecks))} (${r.helpChecks.map(int).join(', ')})` : '–',
        int(r.requests.length),
        int(r.requests.reduce((sum, q) => sum + (q.bytes ?? 0), 0)),
        r.page === 'with widgets' ? r.undefinedTags.join(', ') || 'none' : '',
      ]),
    ),
  ];
  for (const r of results.filter((x) => x.page === 'with widgets')) {
    const moved = new Map();
    for (const shift of r.shifts) {
      for (const source of shift.sources) {
        const entry = moved.get(source.node) ?? { value: 0, count: 0, first: `${source.from} → ${source.to}`, at: shift.time };
        entry.value += shift.value / Math.max(1, shift.sources.length);
        entry.count++;
        moved.set(source.node, entry);
      }
    }
    if (moved.size) {
      lines.push(
        '',
        `Layout shifts on the ${r.viewport} (share of each shift split evenly between its sources; rect = x,y w×h in CSS px):`,
        '',
        table(
          ['node that moved', '>times', '>shift', '>first at ms', 'first move'],
          [...moved]
            .sort((a, b) => b[1].value - a[1].value)
            .slice(0, 8)
            .map(([node, e]) => [node, int(e.count), fixed(e.value, 4), int(e.at), e.first]),
        ),
      );
    }
    const ours = ourLongFrames(r.longFrames);
    if (ours.length) {
      lines.push(
        '',
        `Long frames (over 50 ms) in which our script ran, on the ${r.viewport}: its time in the frame, its longest single run (what started it, the file of the function that ran, and the widget kinds it defined: their elements upgrade and first render in that run), and the browser's style, layout and paint at the frame's end:`,
        '',
        table(
          ['>at ms', '>frame ms', '>our script ms', '>longest run ms', 'started by', 'in file', 'widgets defined in that run', '>rendering ms'],
          ours.map((frame) => [
            int(frame.time),
            int(frame.duration),
            int(frame.ours),
            int(frame.longest.duration),
            frame.longest.invoker.replace(/https?:\/\/[^/]+/, ''),
            frame.longest.url.replace(/^.*\/dist\/(chunks\/)?/, '').replace(/-[\w-]{8}\.js$/, '.js'),
            (r.defines ?? [])
              .filter((d) => d.at >= frame.longest.start && d.at <= frame.longest.start + frame.longest.duration)
              .map((d) => `\`<${d.tag}>\``)
              .join(', ') || '–',
            int(frame.rendering),
          ]),
        ),
      );
    }
    const changed = r.boxes.filter((b) => !(Math.abs(b.after - b.before) < 1));
    if (changed.length) {
      lines.push(
        '',
        `Widgets whose height changed when they upgraded on the ${r.viewport} (reserved by the page's :not(:defined) rule → rendered):`,
        '',
        table(
          ['widget (nth on the page)', '>reserved px', '>rendered px', '>difference'],
          changed.map((b) => [b.id, fixed(b.before, 0), fixed(b.after, 0), fixed(b.after - b.before, 0)]),
        ),
      );
    }
    lines.push(
      '',
      `Requests on the ${r.viewport} before any interaction: ${r.requests.map((q) => `${q.url} (${q.type}${q.bytes ? `, ${int(q.bytes)} B` : ''})`).join('; ')}`,
    );
    if (r.errors.length) lines.push('', `Console on the ${r.viewport}: ${[...new Set(r.errors)].join(' | ')}`);
  }
  return lines.join('\n');
}
