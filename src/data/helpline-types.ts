/**
 * The help-line dataset `<help-line>` loads (src/data/helplines.json, shipped beside the bundle like the mission
 * dataset) and the schema a partner's `src` dataset follows. Built by `scripts/import-helplines.mjs` from the reviewed
 * research files src/data/sources/helplines.csv and src/data/sources/emergency.csv (docs/data.md).
 *
 * Rules: only sourced values; a value nobody has read in a source is absent, never guessed. Every line value carries
 * its source and the date it was read (`provenance`). A child or gender-based-violence line is never labelled
 * `trafficking`, even when it takes trafficking reports.
 */

/** Where values were read, for display: the page's host name and, when it is https:, the page. */
export interface HelpSource {
  /** Host name of the page, e.g. `humantraffickinghotline.org`. */
  label: string;
  /** The page (https: only); absent when it was read over http: only. */
  url?: string;
}

/** Whether the publisher of a value is the operator or a government (`official`) or anyone else (`secondary`). */
export type HelpSourceKind = 'official' | 'secondary';

/** Where one shown value was read. */
export interface HelpProvenance {
  /** The page the value was read on, as read: https:, or http: for some pages. Link it only when it is https:. */
  url: string;
  kind: HelpSourceKind;
  /** Date the value was read (YYYY-MM-DD). */
  retrieved: string;
  /** The page's own date where known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `~` in front when estimated. */
  page_date?: string;
  /** `false` when the value may be out of date (an old page, a line a source says to re-check). */
  current?: false;
}

/**
 * What a line is for. `trafficking`: a national anti-trafficking or modern-slavery line. `child`: a child helpline.
 * `gbv`: a line for victims of gender-based or domestic violence. `general`: a victims', crime-report or social line
 * that its operator or the government promotes for trafficking reports. Label child, gbv and general lines as what
 * they are.
 */
export type HelpLineKind = 'trafficking' | 'child' | 'gbv' | 'general';

/** Another number of a line: from abroad, WhatsApp, a regional team. */
export interface OtherPhone {
  /** The number as the source writes it (display). */
  phone: string;
  /** For the `tel:` link: E.164 (`+37322233309`) or a short number as dialled (`116006`); absent when not unambiguous. */
  tel?: string;
  /** Short English note shown with the number, e.g. `from abroad`, `WhatsApp`, `regional team, North`. */
  label?: string;
}

/** Each shown value's own source. Keys are the line's field names; `tel` shares `phone`'s provenance. */
export interface HelpLineProvenance {
  name?: HelpProvenance;
  operator?: HelpProvenance;
  phone?: HelpProvenance;
  /** One per `otherPhones` entry, in the same order. */
  otherPhones?: HelpProvenance[];
  sms?: HelpProvenance;
  messaging?: HelpProvenance;
  web?: HelpProvenance;
  chat?: HelpProvenance;
  website?: HelpProvenance;
  hours?: HelpProvenance;
  languages?: HelpProvenance;
  free?: HelpProvenance;
  confidential?: HelpProvenance;
}

/** One help line. It has at least one way to reach it: a phone, SMS, messaging, web form, chat or website. */
export interface HelpLine {
  /** Stable id: the country code in lower case, a dash and a name, e.g. `gb-modern-slavery-exploitation-helpline`. */
  id: string;
  kind: HelpLineKind;
  /** The line's name as its operator writes it (may be in the country's language). */
  name: string;
  /** Who runs it. */
  operator?: string;
  /** The line's number as the source writes it (display), e.g. `08000 121 700`. */
  phone?: string;
  /**
   * For the `tel:` link: E.164 (`+18883737888`) when the number is written with its country code (or is North
   * American), or a short number as dialled in the country (`116006`, `*4242`). Absent when the written number is a
   * national one whose international form is not certain: then show `phone` as text to dial.
   */
  tel?: string;
  /** Short English note about `phone`, e.g. `within Lithuania`, `free within Czechia`. */
  phoneLabel?: string;
  /** More numbers of the same line. */
  otherPhones?: OtherPhone[];
  /** A number to text, for an `sms:` link: E.164 or a short number (`233733`). */
  sms?: string;
  /** Short English note about `sms`, e.g. `text BEFREE or HELP`. */
  smsLabel?: string;
  /** https: link to a messaging channel (never built from a bare WhatsApp number: those are in `otherPhones`). */
  messaging?: string;
  /** https: link to the line's web form for reports. */
  web?: string;
  /** https: link to a chat. */
  chat?: string;
  /** https: address of the line's or the operator's website. */
  website?: string;
  /** `24/7` or a short English text, e.g. `Mon-Fri 9:00-17:00`. */
  hours?: string;
  /** Languages the line answers in, as BCP 47 codes (`en`, `es`); may be a partial list. */
  languages?: string[];
  /** True when calls are free (`false`: the source says calls are paid). Absent: the source did not say. */
  free?: boolean;
  /** True when the source says calls are confidential or can be anonymous. */
  confidential?: boolean;
  /** The sources of the values, once each, for display. */
  sources: HelpSource[];
  /** The latest date any value was read (YYYY-MM-DD). */
  retrieved: string;
  /** `false` when any shown value may be out of date (the widget says so). */
  current?: false;
  provenance?: HelpLineProvenance;
}

/** The number to call in immediate danger. */
export interface EmergencyNumber {
  /** The police or general emergency number, as written (e.g. `999`). */
  number: string;
  /** For the `tel:` link: the number as dialled (a short number) or E.164; absent when not unambiguous. */
  tel?: string;
  /** Other emergency numbers the sources give (general 112, ambulance...), as dialled. */
  also?: string[];
  sources: HelpSource[];
  /** Date the number was read (YYYY-MM-DD). */
  retrieved: string;
  /** `secondary` for a foreign government's travel advice or an encyclopedia list; `official` for the country's own page. */
  kind: HelpSourceKind;
  /** `false` when no recent page confirms the number (the widget says to check it). */
  current?: false;
}

/** One UN member state. */
export interface HelpEntry {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** Absent when no source gave a police or general emergency number (then show the directory). */
  emergency?: EmergencyNumber;
  /** Absent when no line is known: show the emergency number and the directory. */
  lines?: HelpLine[];
}

/** A trustworthy directory of help for countries without a known line. */
export interface HelpDirectory {
  name: string;
  /** https: address of the directory. */
  url: string;
  sources: HelpSource[];
  /** Date the directory's address was read (YYYY-MM-DD). */
  retrieved: string;
}

export interface HelpLineDataset {
  /** Schema version of this file. */
  schema: 1;
  /** The latest date any value in the file was read (YYYY-MM-DD). */
  generated?: string;
  notes?: string;
  directory?: HelpDirectory;
  entries: HelpEntry[];
}
