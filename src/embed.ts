/**
 * The one-script entry for partner pages: negotiates the page's language and loads its messages first, so no
 * widget flashes English, then registers every widget. Also exposes setLocale() for language switchers.
 */
import { getLocale, setLocale, startLocalization } from './core/localization.js';
import { VERSION } from './core/version.js';

export { getLocale, setLocale, VERSION };

/** Resolves when the widgets are registered, with the locale they render in. */
export const ready: Promise<string> = startLocalization().then(async (locale) => {
  await import('./define.js');
  return locale;
});
