import type { NumberFormatName } from '../core/format.js';

/**
 * One statistic of the bundled catalogue: a sourced figure, never an invented one. The citation a widget shows is
 * built from the fields: "<publisher>, <report>, <published year> · <dataYear> data" (e.g.
 * "ILO, Profits and poverty: The economics of forced labour, 2024 · 2021 data").
 */
export interface StatEntry {
  /** Stable id used in the `stat` attribute, e.g. `ilo-2014-forced-labour-profits`. Ids are never removed or reused. */
  id: string;
  /** The figure in base units: 150e9 for "US$150 billion", 0.71 for "71 %". */
  value: number;
  format: NumberFormatName;
  /** ISO 4217 code for the currency formats. */
  currency?: string;
  /** Year the source was published (YYYY; the short citation "Source: ILO, 2014" uses it). */
  year: string;
  /** Who published the figure, short (e.g. `ILO`, `UNODC`, `ILO, Walk Free, IOM`). */
  publisher: string;
  /** Title of the report (or status page) the figure comes from. */
  report: string;
  /** Date the report was published: YYYY-MM-DD (or YYYY-MM / YYYY where only that is known). */
  published: string;
  /** The year or years the data describe, e.g. `2021`, `2012–2014`; for a treaty status, the year of the count. */
  dataYear: string;
  /** The page where the figure was read (https:). For `tier: 'secondary'` this is a page that quotes the publisher. */
  url: string;
  /**
   * The publication `url` belongs to, when it is not the publisher's (a newspaper quoting the report): the citation
   * then says "(reported by The Daily Star)", so a link that names the report does not hide where it leads.
   */
  reportedBy?: string;
  /** Date the figure was read on `url` (YYYY-MM-DD). */
  retrieved: string;
  /**
   * `primary`: read on the publisher's own page in English. `secondary`: read only on a page that quotes the publisher
   * (press, a regional office, a partner): show it with care and check it against the report before featuring it.
   */
  tier: 'primary' | 'secondary';
  /** True when the publisher calls the figure an estimate. */
  estimate: boolean;
  /** Id of the entry with the newer edition of this figure; the widget warns once that a newer figure exists. */
  supersededBy?: string;
  /** The label in the page's UI locale. Labels of different editions always differ. */
  label: () => string;
}

/** Provenance of the whole catalogue. */
export interface StatCatalogueInfo {
  /** The latest date a figure was read. */
  retrieved: string;
  notes: string;
}
