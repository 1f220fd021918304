import { cachedIntl } from './intl-cache.js';

/** The CLDR plural category of a count in a locale (`one`, `few`, `many`, `other`…), with cached rules. */
export const pluralCategory = (count: number, locale: string): Intl.LDMLPluralRule => cachedIntl(Intl.PluralRules, locale).select(count);

/**
 * Picks the message for a count's plural category: one message per category, as translators write them.
 * Each entry is a function so only the chosen `msg()` runs. `other` is required (every locale has it); a
 * category a locale uses but the caller did not provide falls back to `other`.
 *
 *   plural(n, locale, {one: () => msg(str`${n} signature`), other: () => msg(str`${n} signatures`)})
 */
export function plural(count: number, locale: string, messages: Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string }): string {
  const category = pluralCategory(count, locale);
  return (messages[category] ?? messages.other)();
}
