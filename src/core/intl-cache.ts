/** Any `Intl` service constructor: `Intl.NumberFormat`, `Intl.PluralRules`, `Intl.Collator`, `Intl.DateTimeFormat`… */
type IntlService<T, O> = new (locale: string, options?: O) => T;

const cache = new Map<string, unknown>();

/**
 * One `Intl` object per kind, locale and options, created on first use and kept: construction is the costly part
 * (tens of microseconds each, far more for the first of a kind), and widgets render the same formats many times.
 */
export function cachedIntl<T, O>(Service: IntlService<T, O>, locale: string, options?: O): T {
  const key = `${Service.name}|${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = new Service(locale, options)));
  return found;
}
