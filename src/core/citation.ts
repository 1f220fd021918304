import { msg, str } from '@lit/localize';
import type { ResolvedStat } from './resolve-stat.js';

/**
 * The visible citation of a figure, in the page's language (one message per shape, shared by every widget):
 * "Source: ILO, Profits and poverty: The economics of forced labour, 2024 · 2021 data" for a catalogue figure,
 * "Source: ILO, 2014" or "Source: ILO" for one whose source the author gave. Report titles stay as published.
 */
export function citationText({ source, year, report, dataYear }: Pick<ResolvedStat, 'source' | 'year' | 'report' | 'dataYear'>): string {
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
