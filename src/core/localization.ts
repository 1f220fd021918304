import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from '../generated/locale-codes.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { matchLocale, requestedLocales } from './locale-negotiation.js';

export { allLocales, sourceLocale };

const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => localeLoaders[locale as keyof typeof localeLoaders](),
});

/** The locale every widget on the page renders in now (one UI locale per page). */
export const getLocale: () => string = runtime.getLocale;

/**
 * Switches every widget on the page to a locale, e.g. from a partner's language switcher.
 * Accepts any BCP 47 tag and uses the nearest shipped locale (`pt-BR` → `pt`, unknown → `en`).
 * Resolves with the locale chosen once its messages are loaded; on a loading failure it stays on the
 * current locale and rejects.
 */
export async function setLocale(tag: string): Promise<string> {
  const locale = matchLocale([tag], allLocales, sourceLocale);
  await runtime.setLocale(locale);
  return locale;
}

/** Negotiates the page's locale from the document and loads it. Never rejects: falls back to the source. */
export async function startLocalization(): Promise<string> {
  const locale = matchLocale(requestedLocales(), allLocales, sourceLocale);
  try {
    await runtime.setLocale(locale);
    return locale;
  } catch (error) {
    console.warn(`campaign-widgets: could not load the "${locale}" translations; showing ${sourceLocale}.`, error);
    return sourceLocale;
  }
}
