/* The data the configurator reads beside itself: catalogue.json (scripts/build-configurator.mjs) and dist/sri.json. */

export interface CatalogueStat {
  id: string;
  value: number;
  format: string;
  currency?: string;
  year: string;
  publisher: string;
  report: string;
  dataYear: string;
  url: string;
  retrieved: string;
  tier: 'primary' | 'secondary';
  estimate: boolean;
  supersededBy?: string;
  /** The label in each shipped locale. */
  labels: Record<string, string>;
}

export interface Catalogue {
  version: string;
  sourceLocale: string;
  locales: string[];
  stats: CatalogueStat[];
  /** ISO 3166-1 alpha-2 codes of the countries the widgets know. */
  countries: string[];
}

/** A statistic's figure as the widget formats it (src/core/format.ts), for the list to choose from. */
export function formatFigure(stat: Pick<CatalogueStat, 'value' | 'format' | 'currency'>, locale: string): string {
  const currency = stat.currency ?? 'USD';
  try {
    switch (stat.format) {
      case 'percent':
        return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(stat.value);
      case 'currency':
        return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(stat.value);
      case 'compact':
        return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(stat.value);
      case 'compact-currency': {
        // "$150 billion": the long compact words set into the locale's currency pattern, as the widget does.
        const words = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(Math.abs(stat.value));
        let placed = false;
        return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })
          .formatToParts(stat.value < 0 ? -1 : 1)
          .map((part) => {
            if (!['integer', 'group', 'decimal', 'fraction'].includes(part.type)) return part.value;
            if (placed) return '';
            placed = true;
            return words;
          })
          .join('');
      }
      default:
        return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(stat.value);
    }
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
