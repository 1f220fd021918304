import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { isolateFor } from './isolate.js';
import { getLocale } from './localization.js';
import type { ResolvedStat } from './resolve-stat.js';

/** What a citation is made of. */
type CitedStat = Pick<ResolvedStat, 'source' | 'year' | 'report' | 'dataYear'>;

/**
 * The visible citation of a figure, in the page's language (one message per shape, shared by every widget):
 * "Source: ILO, Profits and poverty: The economics of forced labour, 2024 · 2021 data" for a catalogue figure,
 * "Source: ILO, 2014" or "Source: ILO" for one whose source the author gave. Report titles stay as published. When
 * the link leads to a page quoting the report, the citation names it: "… · 2021 data (reported by The Daily Star)".
 */
export function citationText(stat: CitedStat & Pick<ResolvedStat, 'reportedBy'>): string {
  const isolate = isolateFor(getLocale());
  const citation = sourceText(stat, isolate);
  if (!stat.reportedBy) return citation;
  const reporter = isolate(stat.reportedBy);
  return msg(str`${citation} (reported by ${reporter})`, {
    id: 'stat.reported-by',
    desc: 'A citation whose link leads to a newspaper or site quoting the report, not to the report. 0 = the citation ("Source: ILO, …"), 1 = that site (e.g. The Daily Star).',
  });
}

/** What a citation with its English names marked is made of. */
type MarkedStat = CitedStat & Pick<ResolvedStat, 'reportedBy' | 'publisherFromCatalogue'>;

/** Where each English name stands while the sentence is translated: private-use characters no translation holds. */
const PLACEHOLDER = { source: '\uE000', report: '\uE001', reportedBy: '\uE002' } as const;
const PLACEHOLDERS = /([\uE000-\uE002])/;

/**
 * The citation as a widget shows it: the sentence of `citationText`, with the catalogue's names (publisher, report
 * title, the site quoting it, all written in English) marked `lang="en"`, so a screen reader on a French or Arabic
 * page reads them with an English voice. An author's own source is in the page's language and stays unmarked.
 */
export function citationContent(stat: MarkedStat): Array<string | TemplateResult> {
  const english = { source: stat.publisherFromCatalogue ? stat.source : '', report: stat.report, reportedBy: stat.reportedBy };
  const sentence = citationText({
    ...stat,
    source: english.source ? PLACEHOLDER.source : stat.source,
    report: english.report && PLACEHOLDER.report,
    reportedBy: english.reportedBy && PLACEHOLDER.reportedBy,
  });
  return sentence.split(PLACEHOLDERS).map((part) => {
    const name = (Object.keys(PLACEHOLDER) as Array<keyof typeof PLACEHOLDER>).find((key) => PLACEHOLDER[key] === part);
    return name ? html`<span lang="en">${english[name]}</span>` : part;
  });
}

/** The citation proper: publisher, report, years. */
function sourceText(stat: CitedStat, isolate: (value: string | number) => string): string {
  const source = isolate(stat.source);
  const year = stat.year ? isolate(stat.year) : '';
  const report = stat.report ? isolate(stat.report) : '';
  const dataYear = stat.dataYear ? isolate(stat.dataYear) : '';
  if (report && year && dataYear) {
    return msg(str`Source: ${source}, ${report}, ${year} · ${dataYear} data`, {
      id: 'stat.source-report',
      desc: 'Citation under a statistic, linked to the source. 0 = publisher (e.g. ILO), 1 = report title (not translated), 2 = year published, 3 = the year(s) the data describe.',
    });
  }
  return year
    ? msg(str`Source: ${source}, ${year}`, {
        id: 'stat.source-year',
        desc: 'Citation under a statistic, linked to the source. 0 = publisher (e.g. ILO), 1 = year published.',
      })
    : msg(str`Source: ${source}`, { id: 'stat.source', desc: 'Citation under a statistic. 0 = publisher (e.g. ILO).' });
}

/** The note after a citation when the figure is the publisher's estimate. */
export function estimateText(): string {
  return msg('estimate', { id: 'stat.estimate', desc: "Note after a citation: the figure is the publisher's estimate, not a count." });
}
