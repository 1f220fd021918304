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

/** Resolves when the widgets are registered, with the locale they render in. */
export const ready: Promise<string> = startLocalization().then(async (locale) => {
  // One kind of widget per task: registering a tag renders all its elements at once, and a page stays responsive
  // if that work comes in pieces. A tag with nothing to render costs no pause (the page's light DOM is checked;
  // elements inside other shadow roots only miss the pause, not their upgrade). The first pause separates
  // evaluating this script from the first render.
  await nextTask();
  for (const [tag, element] of WIDGETS) {
    defineElement(tag, element);
    if (document.getElementsByTagName(tag).length) await nextTask();
    // The main thread is idle while the Intl worker works: the page's other widgets get their stylesheets parsed
    // now rather than in their first render.
    if (tag === 'quick-exit') for (const [other, widget] of WIDGETS) if (document.getElementsByTagName(other).length) parseStyles(widget);
    // Every widget after the quick exit formats numbers or country names: they wait for the Intl warm-up.
    await intlWarmedUp;
    // Then, in a task of its own, the number formatters the figures use, made and used once (their first use costs
    // most), so the statistics' first render is lighter.
    if (tag === 'quick-exit' && document.querySelector('trafficking-stat,share-card')) {
      for (const format of NUMBER_FORMATS) formatNumber(1, format, getFormattingLocale());
      await nextTask();
    }
  }
  return locale;
});
