/**
 * Puts `options` into `select` after its first option (the template's "Choose…" entry), keeping the chosen value.
 * Country pickers add their ~200 options this way rather than through the template: plain elements cost a tenth
 * of Lit templates, and one insertion is far cheaper than a template part per option. The template must leave
 * the select's other children alone (no binding after its first option).
 */
export function fillSelect(select: HTMLSelectElement, options: readonly HTMLOptionElement[]): void {
  const chosen = select.value;
  while (select.length > 1) select.remove(1);
  select.append(...options);
  if (chosen) select.value = chosen;
}
