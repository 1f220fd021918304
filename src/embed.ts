/**
 * The one-script entry for partner pages: negotiates the page's language and loads its messages first, so no
 * widget paints English before the page's language, then registers every widget. Also exposes setLocale() for
 * language switchers.
 */
import { getFormattingLocale, getLocale, setLocale, startLocalization } from './core/localization.js';
import { NUMBER_FORMATS, formatNumber } from './core/format.js';
import { defineElement } from './core/define-element.js';
import { VERSION } from './core/version.js';
import { WIDGETS } from './all-widgets.js';
import { warmUpIntl } from './core/intl-warm-up.js';
import { nextTask } from './core/next-task.js';
import type { CSSResult } from 'lit';

export { getLocale, setLocale, VERSION };

// Starting a worker costs the main thread a few milliseconds: its own task, right after this script's evaluation.
const intlWarmedUp = nextTask().then(warmUpIntl);

/**
 * Builds a widget class's constructed stylesheets ahead of its first element (reading `observedAttributes` prepares
 * the class, as defining it would).
 */
function parseStyles(widget: (typeof WIDGETS)[number][1]): void {
  void widget.observedAttributes;
  for (const style of widget.elementStyles) void (style as CSSResult).styleSheet;
}

/** True when the page's light DOM has an element with this tag. */
const onPage = (tag: string) => document.getElementsByTagName(tag).length > 0;

/** Registers a widget, then pauses if that rendered anything. */
async function register(tag: string, widget: (typeof WIDGETS)[number][1]): Promise<void> {
  defineElement(tag, widget);
  if (onPage(tag)) await nextTask();
}

/** Resolves when the widgets are registered, with the locale they render in. */
export const ready: Promise<string> = startLocalization().then(async (locale) => {
  // One kind of widget per task: registering a tag renders all its elements at once, and a page stays responsive
  // if that work comes in pieces. A tag with nothing to render costs no pause (the page's light DOM is checked;
  // elements inside other shadow roots only miss the pause, not their upgrade). The first pause separates
  // evaluating this script from the first render.
  await nextTask();
  const [[exitTag, QuickExit], ...others] = WIDGETS;
  await register(exitTag, QuickExit);
  // Every widget after the quick exit formats numbers or country names, so they wait for the Intl warm-up. The main
  // thread is idle meanwhile: the page's other widgets get their stylesheets parsed now, not in their first render.
  for (const [tag, widget] of others) if (onPage(tag)) parseStyles(widget);
  await intlWarmedUp;
  // Then, in a task of their own, the figures' number formatters, made and used once (their first use costs most).
  if (onPage('trafficking-stat') || onPage('share-card')) {
    for (const format of NUMBER_FORMATS) formatNumber(1, format, getFormattingLocale());
    await nextTask();
  }
  for (const [tag, widget] of others) await register(tag, widget);
  return locale;
});
