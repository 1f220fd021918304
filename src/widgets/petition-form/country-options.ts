import { sortedCountryList } from '../../core/country-picker.js';
import { fillSelect } from '../../core/fill-select.js';
import { COUNTRY_CODES } from './countries.js';

/**
 * Fills a form's country field with every country, named and sorted in `locale` (once per locale), unless it already
 * holds them; the signer's choice is kept when the language changes. Called after each render: the ~250 options are
 * plain elements inserted at once, not template parts (src/core/fill-select.ts).
 */
export function fillCountries(select: HTMLSelectElement, locale: string): void {
  fillSelect(select, sortedCountryList(COUNTRY_CODES, locale));
}
