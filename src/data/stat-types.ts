import type { NumberFormatName } from '../core/format.js';

/** One statistic of the bundled catalogue: a sourced figure, never an invented one. */
export interface StatEntry {
  /** Stable id used in the `stat` attribute, e.g. `ilo-2014-forced-labour-profits`. */
  id: string;
  /** The figure in base units: 150e9 for "US$150 billion", 0.71 for "71 %". */
  value: number;
  format: NumberFormatName;
  /** ISO 4217 code for the currency formats. */
  currency?: string;
  /** Year the source was published (shown in the citation). */
  year: string;
  /** Who published the figure (shown in the citation). */
  publisher: string;
  /** The publisher's own page where the figure was read. */
  url: string;
  /** True when the publisher calls the figure an estimate. */
  estimate: boolean;
  /** The label in the page's UI locale. */
  label: () => string;
}

/** Provenance of the whole catalogue. */
export interface StatCatalogueInfo {
  retrieved: string;
  notes: string;
}
