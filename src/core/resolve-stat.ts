import { NUMBER_FORMATS, isCurrencyCode, type NumberFormatName } from './format.js';
import { safeUrl } from './safe-url.js';
import type { StatEntry } from '../data/stat-types.js';
import type { AttributeWarning } from './attributes.js';

/** What the element's attributes say, before validation. */
export interface StatAttributes {
  stat?: string | undefined;
  value?: number | undefined;
  /** The `value` attribute as written, quoted in the error message when it is not a number. */
  rawValue?: string | null | undefined;
  format?: string | undefined;
  currency?: string | undefined;
  label?: string | undefined;
  source?: string | undefined;
  sourceUrl?: string | undefined;
  year?: string | undefined;
  estimate?: boolean | undefined;
}

/** A statistic ready to render: every field checked. */
export interface ResolvedStat {
  value: number;
  format: NumberFormatName;
  currency: string;
  label: string;
  source: string;
  sourceUrl: string | null;
  year: string;
  /** The report's title, for catalogue figures (empty when the author gave the source). */
  report: string;
  /** The year(s) the data describe, for catalogue figures. */
  dataYear: string;
  estimate: boolean;
  /** Who published the page the link leads to, when that is not the source (empty otherwise). */
  reportedBy: string;
  /** Whether `source` is the catalogue's publisher (written in English, as report titles are), not the author's. */
  publisherFromCatalogue: boolean;
}

export type StatResolution =
  | {
      ok: true;
      stat: ResolvedStat;
      warnings: AttributeWarning[];
      /** The id of a newer edition of this catalogue figure, when there is one (the element says so once). */
      supersededBy?: string | undefined;
    }
  | { ok: false; code: 'unknown-stat' | 'invalid-value' | 'missing-value'; message: string; warnings: AttributeWarning[] };

const present = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

/** Each catalogue entry's checked link, worked out once: parsing a URL is the costliest check, and pages repeat figures. */
const catalogueLinks = new WeakMap<StatEntry, string | null>();
function catalogueLink(entry: StatEntry): string | null {
  let link = catalogueLinks.get(entry);
  if (link === undefined) catalogueLinks.set(entry, (link = safeUrl(entry.url)));
  return link;
}

/**
 * Merges a catalogue entry with explicit attributes (attributes win) and validates the result.
 * Never throws: an unusable figure gives `ok: false` so the element shows no number at all.
 * `findStat` looks an id up in the statistics catalogue (src/data/stats.ts), which the widgets that show figures
 * import themselves: the catalogue is its own chunk, loaded only with them.
 */
export function resolveStat(input: StatAttributes, findStat: (id: string) => StatEntry | undefined): StatResolution {
  const warnings: AttributeWarning[] = [];
  const entry = present(input.stat) ? findStat(input.stat) : undefined;
  if (present(input.stat) && !entry) {
    return { ok: false, code: 'unknown-stat', message: `stat="${input.stat}" is not in the statistics catalogue.`, warnings };
  }

  let format: NumberFormatName = entry?.format ?? 'number';
  if (present(input.format)) {
    const requested = input.format.trim() as NumberFormatName;
    if (NUMBER_FORMATS.includes(requested)) format = requested;
    else warnings.push({ attribute: 'format', value: input.format, allowed: NUMBER_FORMATS.join(', '), fallback: `using "${format}"` });
  }

  let currency = entry?.currency ?? 'USD';
  if (present(input.currency)) {
    if (isCurrencyCode(input.currency.trim())) currency = input.currency.trim().toUpperCase();
    else warnings.push({ attribute: 'currency', value: input.currency, allowed: 'an ISO 4217 code such as USD or EUR', fallback: `using "${currency}"` });
  }

  let sourceUrl = entry ? catalogueLink(entry) : null;
  if (present(input.sourceUrl)) {
    const safe = safeUrl(input.sourceUrl);
    if (safe) sourceUrl = safe;
    else {
      sourceUrl = null;
      warnings.push({ attribute: 'source-url', value: input.sourceUrl, allowed: 'an https: URL', fallback: 'showing the source without a link' });
    }
  }

  const value = input.value ?? entry?.value;
  // The report and data year describe the catalogue's source: an author's own source or year replaces them.
  const catalogueSource = !present(input.source) && !present(input.year);
  const base = {
    report: catalogueSource ? (entry?.report ?? '') : '',
    dataYear: catalogueSource ? (entry?.dataYear ?? '') : '',
    format,
    currency,
    label: present(input.label) ? input.label.trim() : (entry?.label() ?? ''),
    source: present(input.source) ? input.source.trim() : (entry?.publisher ?? ''),
    sourceUrl,
    year: present(input.year) ? input.year.trim() : (entry?.year ?? ''),
    estimate: input.estimate || (entry?.estimate ?? false),
    // Said only while the link is the catalogue's own: an author's link goes where the author says.
    reportedBy: entry?.reportedBy && sourceUrl === catalogueLink(entry) ? entry.reportedBy : '',
    publisherFromCatalogue: !present(input.source) && Boolean(entry?.publisher),
  };
  if (value === undefined) {
    return { ok: false, code: 'missing-value', message: 'has neither a stat id nor a value to show.', warnings };
  }
  if (!Number.isFinite(value)) {
    return { ok: false, code: 'invalid-value', message: `value="${input.rawValue ?? String(value)}" is not a number; no figure is shown.`, warnings };
  }
  return { ok: true, stat: { ...base, value }, warnings, supersededBy: entry?.supersededBy };
}

/** The console notice for a figure whose catalogue entry has a newer edition. */
export const newerFigureNotice = (tag: string, stat: string, newer: string): string =>
  `<${tag}> stat="${stat}" is an older edition; a newer figure exists: stat="${newer}".`;
