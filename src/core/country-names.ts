import { cachedIntl } from './intl-cache.js';

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The country's name in the locale (`Intl.DisplayNames`), or the code itself when the browser has no name. */
export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** Country codes with their localized names, sorted by name for the locale. */
export function sortedCountries(codes: readonly string[], locale: string): { code: string; name: string }[] {
  const { compare } = cachedIntl(Intl.Collator, locale, { sensitivity: 'base' });
  return codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => compare(a.name, b.name));
}

/** The region of a locale tag (`fr-SN` → `SN`), or null. */
export function regionOf(locale: string): string | null {
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}

/** True for a syntactically valid ISO 3166-1 alpha-2 code (any case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Za-z]{2}$/.test(code.trim());
}
