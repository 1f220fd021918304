// The languages the widgets are translated into, as lit-localize.json lists them (without the pseudo-locale).
// The tools with translations of their own (the configurator, the WordPress plugin, the receiver's emails) are
// checked against this list, so a language added to the widgets cannot be forgotten in them.
import { readFileSync } from 'node:fs';
import { PSEUDO_LOCALE } from './pseudo-locale.mjs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

/** The widgets' translations: `['fr', 'es', 'ar', …]`. */
export const TRANSLATED_LANGUAGES = config.targetLocales.filter((code) => code !== PSEUDO_LOCALE);
