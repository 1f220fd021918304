import { html, type TemplateResult } from 'lit';
import { sortedCountries } from './country-names.js';
import { fillSelect } from './fill-select.js';

/*
 * The country picker of <mission-contact> and <help-line>: a native <select> (keyboard, screen readers, type-ahead
 * and phone pickers for free) whose ~200 options, named and sorted in the page's language, are put in after each
 * render (fillCountryPicker), not through the template.
 */

/** What the template needs: the ids and texts of the label and the empty first option, and what to do on a pick. */
export interface CountryPickerOptions {
  id: string;
  label: string;
  choose: string;
  onPick(code: string): void;
}

/** The label and the select, with only its "Choose…" entry: fillCountryPicker() adds the countries. */
export function renderCountryPicker({ id, label, choose, onPick }: CountryPickerOptions): TemplateResult {
  return html`
    <label part="label" class="label" for=${id}>${label}</label>
    <select id=${id} part="picker" class="picker" @change=${(event: Event) => onPick((event.target as HTMLSelectElement).value)}>
      <option value="">${choose}</option>
    </select>
  `;
}

/** Sorted lists per set of codes and locale: naming and sorting some 200 countries is worth doing once. */
const sorted = new WeakMap<readonly string[], Map<string, { code: string; name: string }[]>>();

/** The countries named and sorted for `locale`, worked out once per code list (keep the list's identity) and locale. */
export function sortedCountryList(codes: readonly string[], locale: string): { code: string; name: string }[] {
  let byLocale = sorted.get(codes);
  if (!byLocale) sorted.set(codes, (byLocale = new Map()));
  let list = byLocale.get(locale);
  if (!list) byLocale.set(locale, (list = sortedCountries(codes, locale)));
  return list;
}

/** Puts `codes` into a picker drawn by renderCountryPicker(), named and sorted in `locale`, and selects `chosen` ('' for none). */
export function fillCountryPicker(select: HTMLSelectElement, codes: readonly string[], locale: string, chosen: string): void {
  fillSelect(select, sortedCountryList(codes, locale));
  select.value = chosen;
}

/**
 * The regions to preselect a picker with: those the page's language tags name (`fr-SN` → `SN`; `fr` names none), then
 * those of the browser's languages. With `sameLanguage`, only browser languages in the page's language count: a
 * browser in another language than the page says little about where the visitor is (an English browser on an
 * Arabic page), and where a wrong guess would put another country's emergency number first, the visitor picks.
 */
export function pageRegions({ sameLanguage = false } = {}): string[] {
  const root = document.documentElement;
  const parsed = (tags: readonly (string | undefined)[]) =>
    tags.flatMap((tag) => {
      try {
        return tag ? [new Intl.Locale(tag)] : [];
      } catch {
        return [];
      }
    });
  const page = parsed([root.dataset.cwLocale, root.lang]);
  const language = page[0]?.language;
  const browser = parsed(navigator.languages).filter((tag) => !sameLanguage || !language || tag.language === language);
  return [...page, ...browser].flatMap((tag) => tag.region ?? []);
}
