/*
 * An option's value as the form holds it: where it starts, and the attribute it writes. Only what differs from the
 * widget's default is written (for WordPress, also what overrides the plugin's settings), so the snippet stays short.
 */
import type { Catalogue } from './catalogue.js';
import type { Field } from './manifest.js';

/** A text or a choice, a checkbox's state, or the values of a list that are ticked. */
export type Value = string | boolean | string[];

/** Where the editor will paste: any HTML page (the snippet) or WordPress with the plugin (a shortcode). */
export type Target = 'page' | 'wordpress';

/** The chosen widget and what its form depends on: the catalogue, the preview's language, where it will go. */
export interface FormContext {
  catalogue: Catalogue;
  /** The widget's tag. */
  tag: string;
  /** The language the widget is previewed (and its lists named) in. */
  locale: string;
  target: Target;
}

/** Whether the WordPress plugin's settings page gives this attribute a value when a shortcode leaves it out. */
export function takesSiteSetting({ catalogue, tag }: FormContext, field: Field): boolean {
  return catalogue.siteSettings?.[tag]?.includes(field.attribute) ?? false;
}

/** Each option's value before the editor changes it (the page's address may then give others). */
export function initialValues(fields: Field[], context: FormContext): Record<string, Value> {
  const { catalogue } = context;
  const values: Record<string, Value> = {};
  for (const field of fields) {
    const { control } = field;
    if (control.kind === 'checkbox') values[field.attribute] = field.defaultValue === 'true';
    else if (control.kind === 'tokens') values[field.attribute] = [...control.defaults];
    // A statistic to start from (the first current one), so the preview shows something true at once.
    else if (control.kind === 'stat')
      values[field.attribute] = (catalogue.stats.find((s) => !s.supersededBy && s.tier === 'primary') ?? catalogue.stats[0])?.id ?? '';
    // Left unset when the WordPress plugin's settings may choose it: '' is the widget's default on an HTML page.
    else if (control.kind === 'choice')
      values[field.attribute] =
        field.defaultValue && control.options.includes(field.defaultValue) && !takesSiteSetting(context, field) ? field.defaultValue : '';
    else values[field.attribute] = '';
  }
  return values;
}

/** The attributes that differ from the widget's defaults, in the manifest's order. */
export function attributesOf(fields: Field[], values: Record<string, Value>, context: FormContext): [string, string | true][] {
  const out: [string, string | true][] = [];
  for (const field of fields) {
    const value = values[field.attribute];
    const { control } = field;
    if (control.kind === 'checkbox') {
      if (value === true && field.defaultValue !== 'true') out.push([field.attribute, true]);
    } else if (control.kind === 'tokens') {
      const list = (value as string[]).join(' ');
      if (list !== control.defaults.join(' ')) out.push([field.attribute, list]);
    } else {
      const text = String(value ?? '').trim();
      // For WordPress, a value the plugin's settings could give is written even when it is the widget's default.
      const overridesSite = context.target === 'wordpress' && takesSiteSetting(context, field);
      if (text && (text !== field.defaultValue || overridesSite)) out.push([field.attribute, text]);
    }
  }
  return out;
}
