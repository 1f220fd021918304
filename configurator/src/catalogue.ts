/* The data the configurator reads beside itself: catalogue.json (scripts/build-configurator.mjs) and dist/sri.json. */
import { formatNumber } from '../../src/core/format.js';
import type { StatEntry } from '../../src/data/stat-types.js';

/** A statistic as catalogue.json lists it: the catalogue's own fields, with its label in each shipped locale. */
export interface CatalogueStat extends Omit<StatEntry, 'label'> {
  /** The label in each shipped locale. */
  labels: Record<string, string>;
}

export interface Catalogue {
  version: string;
  sourceLocale: string;
  locales: string[];
  stats: CatalogueStat[];
  /**
   * The quick exit's fallback link (a plain link inside the element, shown until the script runs): the widget's
   * default neutral site, and its button's and advice link's words in each shipped locale.
   */
  exit?: { href: string; texts: Record<string, { exit: string; safety: string }> };
  /** ISO 3166-1 alpha-2 codes of the countries the widgets know. */
  countries: string[];
  /** By tag, the widget's English name for an editor, as the WordPress plugin titles its block ("Help line"). */
  titles?: Record<string, string>;
  /** The WordPress plugin's shortcode of each widget it has a block for, by tag. */
  shortcodes: Record<string, string>;
  /** By tag and attribute, the option's name as the WordPress plugin's blocks give it. */
  labels?: Record<string, Record<string, string>>;
  /** By tag, attribute and value, the English name an editor reads for a listed value (`given-name` → "First name"). */
  optionNames?: Record<string, Record<string, Record<string, string>>>;
  /** The languages the configurator itself speaks besides English (a `locales/LOCALE.json` each). */
  uiLocales?: string[];
  /** By tag, the attributes a shortcode may leave to the plugin's settings page (a petition's endpoint and format). */
  siteSettings?: Record<string, string[]>;
}

/** A statistic's figure as the widget formats it (the widget's own src/core/format.ts), for the list to choose from. */
export function formatFigure(stat: Pick<CatalogueStat, 'value' | 'format' | 'currency'>, locale: string): string {
  try {
    return formatNumber(stat.value, stat.format, locale, stat.currency ?? 'USD');
  } catch {
    return String(stat.value);
  }
}

/** Countries by name in the locale, sorted as the locale sorts. */
export function countriesByName(codes: readonly string[], locale: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = null;
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return codes.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** A locale's name in itself, with its code: "français (fr)". */
export function localeName(code: string): string {
  try {
    return `${new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}
