/*
 * The page's address as the configurator keeps it (its `address` option): the chosen widget, where it goes and its
 * options (`?widget=help-line&country=GB&compact=`), so a reload, a change of the page's language or a link sent to
 * a colleague shows the same.
 */
import type { Field } from './manifest.js';
import type { FormContext, Value } from './values.js';

/** Query parameters of the page's address that are not a widget's attributes. */
const ADDRESS_KEYS = new Set(['lang', 'widget', 'target', 'preview']);

/** The options the page's address gives for the widget it names (the address the configurator keeps, `address`). */
export function valuesFromAddress(params: URLSearchParams | undefined, tag: string, fields: Field[], values: Record<string, Value>): void {
  if (!params || params.get('widget') !== tag) return;
  for (const field of fields) {
    const text = params.get(field.attribute);
    if (text === null || ADDRESS_KEYS.has(field.attribute)) continue;
    const { control } = field;
    if (control.kind === 'checkbox') values[field.attribute] = text === '' || text === 'true';
    else if (control.kind === 'tokens') values[field.attribute] = text.split(/\s+/).filter((value) => control.options.includes(value));
    else values[field.attribute] = text;
  }
}

/** Writes the widget, where it goes and its options into the page's address, replacing the history entry. */
export function writeAddress({ tag, target, locale }: FormContext, defaultLocale: string, attributes: [string, string | true][]): void {
  const address = new URL(location.href);
  const params = new URLSearchParams();
  const lang = address.searchParams.get('lang');
  if (lang) params.set('lang', lang);
  params.set('widget', tag);
  if (target === 'wordpress') params.set('target', 'wordpress');
  // The preview's language, so a colleague opening the link sees the widget as it was checked.
  if (locale !== defaultLocale) params.set('preview', locale);
  for (const [name, value] of attributes) if (!ADDRESS_KEYS.has(name)) params.set(name, value === true ? '' : value);
  address.search = params.toString();
  if (address.href !== location.href) history.replaceState(history.state, '', address.href);
}
