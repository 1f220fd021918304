/**
 * The one-script entry for partner pages (dist/campaign-widgets.js). It negotiates the page's language and loads
 * its messages, and at the same time the code of each widget whose tag is on the page: a widget is defined once
 * both have arrived, so no widget paints English before the page's language. Tags that appear later (a
 * single-page app, a CMS block rendered after load) are found by a MutationObserver; elements inside a partner's
 * own shadow root are found after `watchWidgetsIn(shadowRoot)`.
 *
 * Exports for partners (also on `window.CampaignWidgets` with the classic script): `ready`, `setLocale`,
 * `getLocale`, `watchWidgetsIn`, `VERSION`.
 */
import { getLocale, setLocale, startLocalization } from './core/localization.js';
import { defineElement } from './core/define-element.js';
import { VERSION } from './core/version.js';
import { WIDGET_MODULES } from './widget-modules.js';

export { getLocale, setLocale, VERSION };

// The widgets' chunks import this script by its plain address. Loaded under another (a CMS's `?ver=1`), it runs
// twice: two loaders, two Lit runtimes, and widgets that may paint English first (docs/architecture.md).
const address = new URL(import.meta.url);
if (address.search || address.hash) {
  const plainAddress = address.origin + address.pathname;
  console.warn(`campaign-widgets: load ${plainAddress} without "${address.search}${address.hash}": the browser runs it twice.`);
}

const localeLoaded = startLocalization();

/** Tags whose code has not been asked for yet. */
const waiting = new Set(Object.keys(WIDGET_MODULES));

/** Widgets being loaded and defined, for `ready`. */
const loading: Promise<void>[] = [];

/**
 * Widgets that show formatted numbers. A page's first `Intl.NumberFormat` builds the engine's number-formatting
 * tables, whatever the locale: about 30 ms on a laptop, 120 ms on a mid-range phone (`npm run bench`). Built inside a
 * widget's first render, that would be one long task that holds up the visitor's input; built in a task of its own
 * while the widget's code downloads, it is two short ones.
 */
const FORMATS_NUMBERS = new Set(['trafficking-stat', 'share-card', 'petition-form']);
let numberFormatWarmed = false;

function warmNumberFormat(): void {
  if (numberFormatWarmed) return;
  numberFormatWarmed = true;
  setTimeout(() => new Intl.NumberFormat().format(0));
}

/** Loads a widget's chunk (in parallel with the page's messages) and defines its tag once both are here. */
function load(tag: string): void {
  if (!waiting.delete(tag)) return;
  if (FORMATS_NUMBERS.has(tag)) warmNumberFormat();
  const defined = Promise.all([WIDGET_MODULES[tag]!(), localeLoaded]).then(
    ([widget]) => void defineElement(tag, widget),
    (error: unknown) => {
      // Offline or blocked: the tag stays undefined (the page's :not(:defined) styles keep its space) and a later
      // element with the same tag tries again.
      waiting.add(tag);
      console.warn(`campaign-widgets: could not load <${tag}>.`, error);
    },
  );
  loading.push(defined);
}

/** Loads every widget used in `root` (its descendants, and `root` itself when it is an element). */
function loadWidgetsIn(root: ParentNode): void {
  if (root instanceof Element && waiting.has(root.localName)) load(root.localName);
  for (const tag of waiting) if (root.querySelector(tag)) load(tag);
}

/** Widgets added after the first look: any added element may be, or hold, a widget. */
const observer = new MutationObserver((records) => {
  if (!waiting.size) return;
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) loadWidgetsIn(node);
  }
});

/**
 * Loads the widgets inside `root` and those added to it later. The document is watched from the start; call this
 * for a shadow root of your own, which the document's watch cannot see into.
 */
export function watchWidgetsIn(root: Document | ShadowRoot | Element): void {
  loadWidgetsIn(root);
  observer.observe(root, { childList: true, subtree: true });
}

watchWidgetsIn(document);

/**
 * Resolves with the page's locale once the widgets that were in the document when the script ran are defined (a
 * widget whose code could not load is left out, with a console warning).
 */
export const ready: Promise<string> = Promise.all(loading).then(() => localeLoaded);
