/**
 * The mission dataset `<mission-contact>` loads (src/data/missions.json, shipped beside the bundle as
 * data/missions.json) and the schema a partner's `src` dataset follows. Built by `scripts/import-missions.mjs` from the
 * reviewed research files src/data/sources/missions.csv and src/data/sources/palermo.csv (docs/data.md).
 *
 * Rules: only sourced values; a value nobody has read in a source is absent, never guessed. Every value carries its
 * source and the date it was read. Staff of missions are never stored.
 *
 * Schema 2 adds optional fields to schema 1 (`provenance`, and `status`, `instrument`, `signed`, `as_at` on the
 * Palermo block); a schema 1 dataset is still a valid schema 2 dataset, and a reader that ignores the new keys still
 * reads a schema 2 dataset.
 */

/** Where a block's values were read. `url` only when it is a working https: address. */
export interface MissionSource {
  /** Short name of the source: the host name of the page (`un.int`), or words for a source without an address. */
  label: string;
  /** The page, an https: address; absent when the page was read over http: only or has no address. */
  url?: string;
  /** What the source is or how it was read (for maintainers; not shown). Schema 1 only; not written any more. */
  note?: string;
}

/** Whether the publisher of a value is the mission, its government or the UN (`official`) or anyone else. */
export type SourceKind = 'official' | 'secondary';

/** Where one shown value was read. */
export interface ValueProvenance {
  /**
   * The page the value was read on, as read: an https: address, or for some older pages http:. Link it only when it
   * is https: (`MissionContactInfo.sources` lists the linkable ones). Absent only in a partner's own dataset whose
   * source has no address (then `label` names it).
   */
  url?: string;
  /** The source in words, when it has no address (e.g. "Phone call to the mission"); partner datasets only. */
  label?: string;
  kind: SourceKind;
  /** Date the value was read (YYYY-MM-DD). */
  retrieved: string;
  /**
   * The page's own date where known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with `~` in front when it was estimated from
   * the page's content (e.g. `~2019`).
   */
  page_date?: string;
  /** `false` when the value may be out of date (an old page, a superseded site). Absent means no known reason to doubt. */
  current?: false;
}

/** The contact fields `provenance` describes; `tel` shares `phone`'s provenance. */
export type MissionField = 'name' | 'address' | 'phone' | 'email' | 'website';

/** A Permanent Mission's public contact details (mission level only, never staff). */
export interface MissionContactInfo {
  /** Official name, e.g. `Permanent Mission of the Republic of Kenya to the United Nations`; may be in the mission's own language. */
  name?: string;
  /** Postal address; lines separated by `\n`. */
  address?: string;
  /** Telephone as the source writes it (shown to visitors). */
  phone?: string;
  /** The same number in E.164 (`+12124214741`), used for the `tel:` link; absent when the number is not complete. */
  tel?: string;
  email?: string;
  /** https: address of the mission's website. */
  website?: string;
  /** The sources of the values, once each, for display (host name and, when https:, the page). */
  sources: MissionSource[];
  /** The latest date any of the values was read (YYYY-MM-DD). */
  retrieved: string;
  /** `false` when any shown value comes from an older source and may be out of date (the widget says so). */
  current?: boolean;
  /** Schema 2: each shown value's own source, kind and dates. */
  provenance?: Partial<Record<MissionField, ValueProvenance>>;
}

/** The state's status under the UN Trafficking in Persons Protocol (Palermo Protocol, UNTC XVIII-12-a). */
export type PalermoStatusName = 'party' | 'signatory' | 'not-party';

/** How a party joined the Protocol. */
export type PalermoInstrument = 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession';

/**
 * The Protocol status a source established, as the dataset file holds it (schema 2). A state whose status no source
 * established has no block at all: its absence never means "not a party".
 */
export interface PalermoBlock {
  /**
   * `party` (ratified, acceded, accepted, approved or succeeded), `signatory` (signed, not ratified) or `not-party`
   * (neither). Absent in schema 1 datasets, where a block always meant a party with `since`.
   */
  status?: PalermoStatusName;
  /**
   * Parties: date of deposit of the instrument (YYYY-MM-DD), where a source gave it. A party block without `since`
   * is a party whose deposit date was not read. (Schema 1 blocks always have it.)
   */
  since?: string;
  /** Parties: the kind of instrument, where a source said it. */
  instrument?: PalermoInstrument;
  /** Date of signature (YYYY-MM-DD), where a source gave it. */
  signed?: string;
  sources: MissionSource[];
  /** Date the status was read from the sources (YYYY-MM-DD). */
  retrieved: string;
  /** The date the source states the status for (YYYY-MM-DD), where it states one (e.g. a status list "as at"). */
  as_at?: string;
  /** Schema 1 only: a maintainer's note. Not written any more. */
  note?: string;
}

/** A Palermo block as the widget keeps it: its status always known (schema 1 blocks are parties). */
export interface PalermoStatus extends PalermoBlock {
  status: PalermoStatusName;
}

/**
 * One country as the widget's parser keeps it. Without `mission` the widget still shows the mission's name, the
 * message and the UN directory.
 */
export interface MissionEntry {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  mission?: MissionContactInfo;
  /** The status a source established; absent when none did (which never means "not a party"). */
  palermo?: PalermoStatus;
}

/** One country as the dataset file holds it. */
export interface MissionDatasetEntry extends Omit<MissionEntry, 'palermo'> {
  /** Absent when no source established the status (which never means "not a party"). */
  palermo?: PalermoBlock;
}

export interface MissionDataset {
  /** Schema version of this file: 2 for the bundled dataset; partner datasets in schema 1 remain valid. */
  schema?: 1 | 2;
  /** Where the dataset as a whole came from. */
  sources?: string[];
  notes?: string;
  entries: MissionDatasetEntry[];
}
