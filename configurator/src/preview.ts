/*
 * The configurator's preview page (preview.html, in an iframe): a blank page that loads the one-script build as a
 * partner's page does and shows one widget. The configurator calls `window.cwPreview.render()` (same origin) with
 * the tag, its attributes and a locale; the answer says what the widget reported about its input (its own checks)
 * and how tall it is once settled, in its own em. Being its own document, the preview keeps the widgets' page-wide
 * effects (the quick exit's keyboard shortcut and skip link, the page's locale) away from the configurator.
 */

interface Library {
  setLocale(tag: string): Promise<string>;
}

/** What the widget reported about its input, as it said it (configurator/src/problems.ts explains it to the editor). */
export interface WidgetReports {
  /** Its console warnings (those that name the element shown). */
  warnings: string[];
  /** The details of its `cw-error` events. */
  errors: { code?: string; message?: string }[];
}

interface Rendered {
  /** False when the tag never became a defined element (an unknown widget, or its code failed to load). */
  defined: boolean;
  reports: WidgetReports;
  /** Height of the settled element in its own em (its font size), or null when it has none. */
  heightEm: number | null;
}

export interface PreviewApi {
  /**
   * Shows the widget and measures it. `request` numbers the configurator's refreshes: the calls of two refreshes can
   * reach a frame in either order (each waits for the frame to load), and only the newest may be shown and measured.
   */
  render(tag: string, attributes: [string, string | true][], locale: string, request: number): Promise<Rendered>;
}

declare global {
  interface Window {
    cwPreview?: PreviewApi;
  }
}

const scriptUrl = new URL(new URLSearchParams(location.search).get('script') ?? './dist/campaign-widgets.js', location.href);
const library = import(/* @vite-ignore */ scriptUrl.href) as Promise<Library>;
const stage = document.getElementById('stage') ?? document.body;

// The measuring frame is a phone's screen whose page leaves the widget a narrower column, as a theme's margins do
// (`?column=300`): the viewport stays a phone's, the column sets the wrapping.
const column = Number(new URLSearchParams(location.search).get('column'));
if (column > 0) stage.style.inlineSize = `${column}px`;

let current: Element | null = null;
let reports: WidgetReports = { warnings: [], errors: [] };

// The widgets pass themselves as the second argument of their warnings: keep those of the element shown.
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (current && args[1] === current) reports.warnings.push(String(args[0]));
  consoleWarn(...args);
};

document.addEventListener('cw-error', (event) => {
  if (event.target !== current) return;
  reports.errors.push((event as CustomEvent<{ code?: string; message?: string }>).detail ?? {});
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the element's height stops changing (its data, counter or country list may arrive after it renders).
 * Timers, not animation frames: the measuring frames are hidden, and Firefox runs a hidden frame's animation frames
 * about once a second (each change of an option then took seconds to reach the snippet). Reading the height lays
 * the page out anyway.
 */
async function settle(element: Element): Promise<void> {
  let last = -1;
  let stable = 0;
  const until = Date.now() + 3000;
  while (stable < 3 && Date.now() < until) {
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await sleep(80);
    const height = element.getBoundingClientRect().height;
    stable = Math.abs(height - last) < 0.5 ? stable + 1 : 0;
    last = height;
  }
}

/** The newest request this frame was asked to render. */
let newest = 0;
/** The answer to a request a newer one replaced: nothing to show or measure. */
const stale = (): Rendered => ({ defined: false, reports: { warnings: [], errors: [] }, heightEm: null });

async function render(tag: string, attributes: [string, string | true][], locale: string, request: number): Promise<Rendered> {
  // An older request arriving late must not replace the newer one's element mid-measure: the answer for the options
  // shown would then have no height, and the shortcode would be copied without `reserve`.
  if (request < newest) return stale();
  newest = request;
  const { setLocale } = await library;
  await setLocale(locale);
  if (request !== newest) return stale();
  document.documentElement.lang = locale;
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
  reports = { warnings: [], errors: [] };
  current = element;
  stage.replaceChildren(element);
  const defined = await Promise.race([customElements.whenDefined(tag).then(() => true), sleep(8000).then(() => false)]);
  if (defined) await settle(element);
  if (current !== element) return stale();
  const height = element.getBoundingClientRect().height;
  const fontSize = Number.parseFloat(getComputedStyle(element).fontSize) || 16;
  return {
    defined,
    reports: { warnings: [...reports.warnings], errors: [...reports.errors] },
    heightEm: defined && height > 0 ? height / fontSize : null,
  };
}

window.cwPreview = { render };
