import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from '../generated/locale-codes.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { formattingLocaleFor, matchLocale, requestedLocales } from './locale-negotiation.js';

export { allLocales, sourceLocale };

const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => localeLoaders[locale as keyof typeof localeLoaders](),
});

/** The locale every widget on the page renders in now (one UI locale per page). */
export const getLocale: () => string = runtime.getLocale;

let formattingTag: string | undefined;

const languageOf = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The tag widgets format numbers, dates and country names with: the page's own variant of the UI language when
 * it gave one (`ar-EG`, `fr-CA`, `pt-PT` beside the `pt-BR` messages), else the UI locale.
 */
export function getFormattingLocale(): string {
  const ui = getLocale();
  return formattingTag && languageOf(formattingTag) === languageOf(ui) ? formattingTag : ui;
}

/**
 * Switches every widget on the page to a locale, e.g. from a partner's language switcher.
 * Accepts any BCP 47 tag and uses the nearest shipped locale (`sw-KE` → `sw`, `pt` or `pt-PT` → `pt-BR`,
 * unknown → `en`).
 * Resolves with the locale chosen once its messages are loaded; on a loading failure it stays on the
 * current locale and rejects.
 */
export async function setLocale(tag: string): Promise<string> {
  const locale = matchLocale([tag], allLocales, sourceLocale);
  const sameMessages = locale === getLocale();
  // Before the switch: the widgets re-render as soon as the messages are ready, and must format in the new tag then.
  // Until then (or if loading fails) the tag is for another language than the UI's, so it is not used.
  formattingTag = formattingLocaleFor([tag], locale);
  await runtime.setLocale(locale);
  // ar → ar-EG keeps the messages, so @lit/localize announces nothing; the digits change, so the widgets are told.
  if (sameMessages) dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }));
  return locale;
}

/** Negotiates the page's locale from the document and loads it. Never rejects: falls back to the source. */
export async function startLocalization(): Promise<string> {
  const requested = requestedLocales();
  const locale = matchLocale(requested, allLocales, sourceLocale);
  formattingTag = formattingLocaleFor(requested, locale);
  try {
    await runtime.setLocale(locale);
    return locale;
  } catch (error) {
    console.warn(`campaign-widgets: could not load the "${locale}" translations; showing ${sourceLocale}.`, error);
    return sourceLocale;
  }
}
