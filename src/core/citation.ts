import { msg, str } from '@lit/localize';

/** "Source: ILO, 2014": the visible citation of a figure, in the page's language (one message for every widget). */
export function citationText(source: string, year?: string): string {
  return year
    ? msg(str`Source: ${source}, ${year}`, { id: 'stat.source-year', desc: 'Citation under a statistic, linked to the source. 0 = publisher (e.g. ILO), 1 = year published.' })
    : msg(str`Source: ${source}`, { id: 'stat.source', desc: 'Citation under a statistic. 0 = publisher (e.g. ILO).' });
}

/** The note after a citation when the figure is the publisher's estimate. */
export function estimateText(): string {
  return msg('estimate', { id: 'stat.estimate', desc: "Note after a citation: the figure is the publisher's estimate, not a count." });
}
