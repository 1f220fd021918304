import { cachedIntl } from './intl-cache.js';

/** Display formats a statistic can take (the `format` attribute). */
export const NUMBER_FORMATS = ['number', 'percent', 'currency', 'compact', 'compact-currency'] as const;
export type NumberFormatName = (typeof NUMBER_FORMATS)[number];

/** The cached `Intl.NumberFormat` for a locale and options. */
export const numberFormatter = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat => cachedIntl(Intl.NumberFormat, locale, options);

/** The Intl options behind each named format. Percent values are fractions (0.71 → 71 %). */
export function formatOptions(format: NumberFormatName, currency: string): Intl.NumberFormatOptions {
  switch (format) {
    case 'percent':
      return { style: 'percent', maximumFractionDigits: 1 };
    case 'currency':
      return { style: 'currency', currency, maximumFractionDigits: 0 };
    case 'compact':
    case 'compact-currency':
      return { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 };
    case 'number':
      return { maximumFractionDigits: 2 };
  }
}

/** Formats a number for a locale in one of the named formats. */
export function formatNumber(value: number, format: NumberFormatName, locale: string, currency = 'USD'): string {
  if (format === 'compact-currency') return formatCompactCurrency(value, locale, currency);
  return numberFormatter(locale, formatOptions(format, currency)).format(value);
}

/**
 * A formatted figure set large (a statistic's value, a share card's headline), free to wrap between its words: the
 * formats join "236 milliards $US" with no-break spaces, so on a phone the only place left to wrap was inside a word
 * ("milliards $U|S"). The no-break spaces inside a number ("1 234 567") stay.
 */
export function wrappableFigure(formatted: string): string {
  return formatted.replace(/(?<!\d)[\u00a0\u202f]|[\u00a0\u202f](?!\d)/g, ' ');
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * "$150 billion" rather than "$150B": browsers give long compact words for plain numbers but often only the short
 * form for currencies. So the figure is written in long compact words ("150 billion", "150 milliards") and set
 * into the locale's own currency pattern (symbol before or after, spacing, direction marks) in place of its digits.
 */
function formatCompactCurrency(value: number, locale: string, currency: string): string {
  const words = numberFormatter(locale, formatOptions('compact', currency)).format(Math.abs(value));
  const pattern = numberFormatter(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).formatToParts(value < 0 ? -1 : 1);
  let placed = false;
  return pattern
    .map((part) => {
      if (!NUMBER_PARTS.has(part.type)) return part.value;
      if (placed) return '';
      placed = true;
      return words;
    })
    .join('');
}

let currencyNames: Intl.DisplayNames | undefined;

/**
 * True for a currency the browser can name (`USD`, `eur`). `Intl.NumberFormat` alone accepts any three letters, so
 * a typo such as `UDS` would be shown as if it were a currency.
 */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(code)) return false;
  currencyNames ??= new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });
  return currencyNames.of(code) !== undefined;
}

/**
 * Parses a number written in an attribute (`"150000000000"`, `"1.5e11"`, `" 42 "`).
 * Returns null for anything else (`"abc"`, `""`, `"12abc"`, `"Infinity"`), so no NaN ever reaches the page.
 */
export function parseNumberAttribute(value: string | null | undefined): number | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}
