import { sortedCountries } from '../../core/country-names.js';
import { COUNTRY_CODES } from './countries.js';

/*
 * The petition's country list: every code with its name in the page's language, sorted for that language. Loaded
 * just after a form with a country field first renders (dist/lazy/country-options.js), so naming and sorting some
 * 250 countries never holds up the page's first paint, and pages without a country field never load it.
 */

const sorted = new Map<string, { code: string; name: string }[]>();

/**
 * New `<option>` elements for a locale (an element has one parent, so each form gets its own). Plain elements, not
 * 250 Lit templates: this is the largest part of the form, and made this way it costs a tenth of the time.
 * Names and order are worked out once per locale.
 */
export function countryOptions(locale: string): HTMLOptionElement[] {
  let list = sorted.get(locale);
  if (!list) sorted.set(locale, (list = sortedCountries(COUNTRY_CODES, locale)));
  return list.map(({ code, name }) => new Option(name, code));
}
