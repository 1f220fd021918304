/*
 * The configurator's words in the editor's language. A message is keyed by its English text, as gettext does:
 * configurator/locales/LOCALE.json maps each English text to its translation, `{name}` placeholders and `backticked`
 * code kept. A text without a translation shows in English. The build adds the WordPress plugin's translations of
 * the options' labels and help (the same English texts: wordpress/languages/*.po), so each is translated once.
 */
import { directionOf, matchLocale } from '../../src/core/locale-negotiation.js';

let messages: Record<string, string> = {};
let language = 'en';

/** The text in the configurator's language, with `{name}` replaced by `values.name`. */
export function t(english: string, values: Record<string, string | number> = {}): string {
  const text = messages[english] || english;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/**
 * The text in the configurator's language with elements in it (a link, a tag as code): `{name}` of `elements` is
 * replaced by that element, wherever the language puts it; the other placeholders by `values`.
 */
export function tElements(english: string, values: Record<string, string | number>, elements: Record<string, Node>): (Node | string)[] {
  return t(english, values)
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (elements[part] ?? `{${part}}`) : part))
    .filter((part) => part !== '');
}

/** Whether the configurator has this text in its language (an option's help is shown plain only then). */
export const hasTranslation = (english: string): boolean => Boolean(messages[english]);

/** The configurator's language now (`en` until setMessages). */
export const uiLanguage = (): string => language;

/** Uses these translations from now on; `en` with none for English. */
export function setMessages(locale: string, table: Record<string, string>): void {
  language = locale;
  messages = table;
}

/**
 * The language the configurator speaks: `?lang=` in the page's address, else the browser's languages, matched to
 * the ones it ships as the widgets match theirs; English when none fits.
 */
export function chooseUiLanguage(shipped: readonly string[], search = location.search, browser: readonly string[] = navigator.languages): string {
  const asked = new URLSearchParams(search).get('lang');
  return matchLocale([...(asked ? [asked] : []), ...browser], ['en', ...shipped], 'en');
}

/** The page in that language: `lang` and writing direction on `<html>`, so screen readers and layout follow. */
export function applyLanguage(document: Document, locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
