import type { Parsed } from './attributes.js';
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

/*
 * Codes the browser names that are no country: ISO 3166's user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ "Unknown
 * Region"), of which CLDR names QO and ZZ, and CLDR's groupings EU, EZ and UN. XK (Kosovo) is named and kept.
 */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** True when the browser names the (upper-case) code as a country: the check while a widget has no data yet. */
export function namesACountry(code: string): boolean {
  return !NOT_A_COUNTRY.test(code) && countryName(code, 'en') !== code;
}

/** Whether a widget knows a country (from its data, or namesACountry before the data). */
export type KnownCountry = (code: string) => boolean;

/**
 * The country a `country` attribute names, when `known` accepts it (ISO 3166-1 alpha-2, any case). `null` means
 * "let the visitor pick"; an unknown or malformed code also warns. `example` is a code the warning suggests.
 */
export function parseCountryAttribute(country: string | undefined, known: KnownCountry, example: string): Parsed<string | null> {
  const raw = country?.trim();
  if (!raw) return { value: null, warnings: [] };
  const code = raw.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && known(code)) return { value: code, warnings: [] };
  const allowed = `the ISO code of a UN member state, e.g. ${example}`;
  return { value: null, warnings: [{ attribute: 'country', value: raw, allowed, fallback: 'showing the picker' }] };
}
