import { sortedCountries } from '../../core/country-names.js';
import { fillSelect } from '../../core/fill-select.js';
import { COUNTRY_CODES } from './countries.js';

/*
 * The petition's country list: every code with its name in the page's language, sorted for that language. Loaded
 * just after a form with a country field first renders (dist/lazy/country-options.js), so naming and sorting some
 * 250 countries never holds up the page's first paint, and pages without a country field never load it.
 */

const sorted = new Map<string, { code: string; name: string }[]>();

/**
 * Fills a form's country field with the countries named and sorted in `locale`, unless it already holds them; the
 * signer's choice is kept when the language changes. Names and order are worked out once per locale.
 */
export function fillCountries(select: HTMLSelectElement, locale: string): void {
  let list = sorted.get(locale);
  if (!list) sorted.set(locale, (list = sortedCountries(COUNTRY_CODES, locale)));
  fillSelect(select, list);
}
