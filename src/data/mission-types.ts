/**
 * The mission dataset `<mission-contact>` loads (src/data/missions.json, shipped beside the bundle as
 * data/missions.json) and the schema a partner's `src` dataset follows. Built by `scripts/import-missions.mjs`.
 *
 * Rules: only sourced values; a value nobody has read in a source is absent, never guessed. Every block carries its
 * sources and the date it was read. Staff of missions are never stored.
 */

/** Where a block's values were read. `url` only when it is a working https: address. */
export interface MissionSource {
  /** Short name of the source, e.g. `UN e-Blue Book` or a host name such as `un.int`. */
  label: string;
  url?: string;
  /** What the source is or how it was read (for maintainers; not shown). */
  note?: string;
}

/** A Permanent Mission's public contact details (mission level only, never staff). */
export interface MissionContactInfo {
  /** Official name, e.g. `Permanent Mission of the Republic of Kenya to the United Nations`. */
  name?: string;
  /** Postal address; lines separated by `\n`. */
  address?: string;
  /** Telephone as the source writes it (shown to visitors). */
  phone?: string;
  /** The same number in E.164 (`+12124214741`), used for the `tel:` link. */
  tel?: string;
  email?: string;
  /** https: address of the mission's website. */
  website?: string;
  sources: MissionSource[];
  /** Date the values were read from the sources (YYYY-MM-DD). */
  retrieved: string;
  /** `false` when the source is older or secondary and the details may no longer be current. */
  current?: boolean;
}

/** The country is a party to the UN Trafficking in Persons Protocol (Palermo Protocol, UNTC XVIII-12-a). */
export interface PalermoStatus {
  /** Date of deposit of the instrument of ratification, acceptance, approval or accession (YYYY-MM-DD). */
  since: string;
  sources: MissionSource[];
  /** Date the status was read from the sources (YYYY-MM-DD). */
  retrieved: string;
  note?: string;
}

/** One country. Without `mission` the widget still shows the mission's name, the message and the UN directory. */
export interface MissionEntry {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  mission?: MissionContactInfo;
  /** Absent when no source read here established the status (which never means "not a party"). */
  palermo?: PalermoStatus;
}

export interface MissionDataset {
  /** Schema version of this file. */
  schema?: 1;
  /** Where the dataset as a whole came from. */
  sources?: string[];
  notes?: string;
  entries: MissionEntry[];
}
