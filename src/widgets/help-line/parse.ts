import type { Parsed } from '../../core/attributes.js';

/**
 * The country a `country` attribute names, when the data knows it (ISO 3166-1 alpha-2, any case). `null` means
 * "let the visitor pick"; an unknown or malformed code also warns.
 */
export function parseHelpCountry(country: string | undefined, known: (code: string) => boolean): Parsed<string | null> {
  const raw = country?.trim();
  if (!raw) return { value: null, warnings: [] };
  const code = raw.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && known(code)) return { value: code, warnings: [] };
  return {
    value: null,
    warnings: [{ attribute: 'country', value: raw, allowed: 'the ISO code of a UN member state, e.g. GB', fallback: 'showing the picker' }],
  };
}
