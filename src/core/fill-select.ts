/** The list each select was last filled from: a select drawn anew (a new element) is filled again. */
const filledFrom = new WeakMap<HTMLSelectElement, readonly { code: string; name: string }[]>();

/**
 * Puts `countries` (a sorted list from `sortedCountries()`, kept per locale by its caller) into `select` after its
 * first option (the template's "Choose…" entry), unless it already holds that very list; the chosen value is kept
 * when the list changes (a new language). Country pickers add their ~200 options this way rather than through the
 * template: plain elements cost a tenth of Lit templates, and one insertion is far cheaper than a template part per
 * option. The template must leave the select's other children alone (no binding after its first option).
 */
export function fillSelect(select: HTMLSelectElement, countries: readonly { code: string; name: string }[]): void {
  if (filledFrom.get(select) === countries) return;
  filledFrom.set(select, countries);
  const chosen = select.value;
  while (select.length > 1) select.remove(1);
  select.append(...countries.map(({ code, name }) => new Option(name, code)));
  if (chosen) select.value = chosen;
}
