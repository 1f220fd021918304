/**
 * Languages that write every noun with a capital: lowering a label's first letter would misspell the noun it
 * starts with ("50 Millionen menschen"). Their translators start labels with a noun (docs/translation-glossary.md).
 */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

/**
 * A label written to stand under a figure ("Of trafficking victims…"), continuing a sentence after it ("61% of
 * trafficking victims…"): its first letter in lower case, unless the first word is an acronym ("UN member states")
 * or the language capitalises nouns.
 */
export function asContinuation(label: string, locale: string): string {
  if (CAPITALISED_NOUNS.has(new Intl.Locale(locale).language)) return label;
  const [first = '', second = ''] = [...label];
  return second && second === second.toLocaleLowerCase(locale) ? first.toLocaleLowerCase(locale) + label.slice(first.length) : label;
}
