import { html, type TemplateResult } from 'lit';
import { sortedCountries } from '../../core/country-names.js';
import { COUNTRY_CODES } from './countries.js';

/*
 * The petition's country list: every code with its name in the page's language, sorted for that language. Loaded
 * just after a form with a country field first renders (dist/lazy/country-options.js), so naming and sorting some
 * 250 countries never holds up the page's first paint, and pages without a country field never load it.
 * Lit is used only inside functions: in the built script it is lent by the page's bundle after loading.
 */

const built = new Map<string, TemplateResult[]>();

/** The `<option>`s for a locale, built once per locale and shared by every form. */
export function countryOptions(locale: string): TemplateResult[] {
  let options = built.get(locale);
  if (!options) built.set(locale, (options = sortedCountries(COUNTRY_CODES, locale).map(({ code, name }) => html`<option value=${code}>${name}</option>`)));
  return options;
}
