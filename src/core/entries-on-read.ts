import { datasetName, DatasetProblems } from './dataset-checks.js';
import { own } from './own.js';

/*
 * A dataset's entries by country, each checked the first time it is read: shared by <help-line> and <mission-contact>.
 * A visitor sees one country, and checking every member state's entry when the data arrives is a long task on a
 * phone. So a problem in a country nobody looks at is never reported; the tests read every entry of the bundled
 * datasets (test/core/shown-number.test.ts).
 */

/** The entries of a dataset by country code: what a widget looks up (a Map of checked entries is one). */
export interface CountryEntries<Entry> {
  get(country: string): Entry | undefined;
  has(country: string): boolean;
  keys(): IterableIterator<string>;
  readonly size: number;
}

/**
 * Receives the problems (dropped entries or values) found in one reading, for the console: the dataset's list of
 * entries when it is read, and each country's entry when it is first looked up.
 */
export type ReportProblems = (problems: DatasetProblems) => void;

/**
 * Reports each reading's problems as one message (the first few listed, DatasetProblems) naming the dataset: the
 * partner's by its `src`, else the bundled one. `warn` is the widget's console warning.
 */
export function warnProblems(src: string | undefined, warn: (message: string) => void): ReportProblems {
  return (problems) => {
    const message = problems.message(datasetName(src));
    if (message) warn(message);
  };
}

/** Checks one country's raw entry (`where` names it in problems: `entries[3]`); undefined drops it. */
export type ParseEntry<Entry> = (country: string, raw: unknown, where: string, problems: DatasetProblems) => Entry | undefined;

/** Entries whose keys are known at once, each worked out when first read and kept. */
abstract class EntriesOnRead<Entry> implements CountryEntries<Entry> {
  readonly #read = new Map<string, Entry | undefined>();
  /** The countries there are entries for (their keys are the codes). */
  protected abstract readonly countries: ReadonlyMap<string, unknown> | ReadonlySet<string>;
  /** Works out one country's entry (called once per country). */
  protected abstract entryOf(country: string): Entry | undefined;

  get size(): number {
    return this.countries.size;
  }

  has(country: string): boolean {
    return this.countries.has(country);
  }

  keys(): IterableIterator<string> {
    return this.countries.keys();
  }

  get(country: string): Entry | undefined {
    if (!this.countries.has(country)) return undefined;
    if (!this.#read.has(country)) this.#read.set(country, this.entryOf(country));
    return this.#read.get(country);
  }
}

/** A dataset's entries, each checked when it is first read; its problems are reported then. */
class EntriesCheckedOnRead<Entry> extends EntriesOnRead<Entry> {
  protected readonly countries = new Map<string, { raw: unknown; where: string }>();
  readonly #parse: ParseEntry<Entry>;
  readonly #report: ReportProblems;

  constructor(parse: ParseEntry<Entry>, report: ReportProblems) {
    super();
    this.#parse = parse;
    this.#report = report;
  }

  /** Keeps an entry to check later; a later entry for the same country replaces an earlier one. */
  add(country: string, raw: unknown, where: string): void {
    this.countries.set(country, { raw, where });
  }

  protected entryOf(country: string): Entry | undefined {
    const { raw, where } = this.countries.get(country)!;
    const problems = new DatasetProblems();
    try {
      return this.#parse(country, raw, where, problems);
    } catch (error) {
      // Read while rendering: an entry shaped in a way no check foresaw is dropped, never thrown.
      problems.add(`${where} could not be read (${String(error)}); entry ignored.`);
      return undefined;
    } finally {
      this.#report(problems);
    }
  }
}

/**
 * A dataset's list of entries (already known to be a list), by country: each entry's `country` is checked now (a
 * problem for one that is no ISO 3166-1 alpha-2 code), its values when that country is first read.
 */
export function entriesByCountry<Entry>(
  rawEntries: readonly unknown[],
  parse: ParseEntry<Entry>,
  problems: DatasetProblems,
  report: ReportProblems,
): CountryEntries<Entry> {
  const entries = new EntriesCheckedOnRead(parse, report);
  rawEntries.forEach((raw, index) => {
    const where = `entries[${index}]`;
    const rawCountry = own(raw, 'country');
    const country = typeof rawCountry === 'string' ? rawCountry.trim().toUpperCase() : '';
    if (/^[A-Z]{2}$/.test(country)) entries.add(country, raw, where);
    else problems.add(`${where}.country ${JSON.stringify(rawCountry)?.slice(0, 80)} is not an ISO 3166-1 alpha-2 code; entry ignored.`);
  });
  return entries;
}

/** Lays a partner's entry for a country over the bundled one (either may be missing); problems are the partner's data's. */
export interface MergeEntry<Entry> {
  (country: string, bundled: Entry | undefined, partner: Entry | undefined, problems: DatasetProblems): Entry | undefined;
}

/** Two datasets' entries as one: each country merged when it is first read. */
class MergedEntries<Entry> extends EntriesOnRead<Entry> {
  protected readonly countries: ReadonlySet<string>;
  readonly #bundled: CountryEntries<Entry>;
  readonly #partner: CountryEntries<Entry>;
  readonly #merge: MergeEntry<Entry>;
  readonly #report: ReportProblems;

  constructor(bundled: CountryEntries<Entry>, partner: CountryEntries<Entry>, merge: MergeEntry<Entry>, report: ReportProblems) {
    super();
    this.#bundled = bundled;
    this.#partner = partner;
    this.#merge = merge;
    this.#report = report;
    this.countries = new Set([...bundled.keys(), ...partner.keys()]);
  }

  protected entryOf(country: string): Entry | undefined {
    const problems = new DatasetProblems();
    const entry = this.#merge(country, this.#bundled.get(country), this.#partner.get(country), problems);
    this.#report(problems);
    return entry;
  }
}

/** A partner's entries over the bundled ones, merged country by country (`merge`) when each is first read. */
export function mergedEntries<Entry>(
  bundled: CountryEntries<Entry>,
  partner: CountryEntries<Entry>,
  merge: MergeEntry<Entry>,
  report: ReportProblems,
): CountryEntries<Entry> {
  return new MergedEntries(bundled, partner, merge, report);
}
