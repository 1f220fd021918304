/*
 * Checks shared by the widgets that read datasets (<help-line>, <mission-contact>): the bundled one and a partner's `src`.
 */

/**
 * A real calendar day written `YYYY-MM-DD`, or undefined. `Date.parse` alone is not enough: it rolls an impossible
 * day over (`2004-02-30` becomes March 1), so the day must come back unchanged from the date it parses to.
 */
export function calendarDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return undefined;
  const time = Date.parse(value);
  return !isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : undefined;
}

/**
 * Direction controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). A card puts a dataset's text
 * inside sentences and lists ("Read on 7 December 2026." after the sources), and a control left open in a value
 * reorders everything after it up to the paragraph's end: an override in a source's label makes that date read
 * "6202". The marks (U+200E, U+200F, U+061C) stay: right-to-left names use them to place punctuation, and they reverse
 * nothing. A field read as a number refuses every such character instead (src/core/shown-number.ts).
 */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A dataset's text as a card shows it: without direction controls, trimmed, and cut to at most `max` characters (a
 * partner's file could give one field a megabyte of text; the bundled values are far shorter). Undefined when nothing
 * is left.
 */
export function datasetText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cut = value.replace(DIRECTION_CONTROLS, '').trim().slice(0, max);
  // A cut between the two halves of a character (an emoji, a rare script) would show a broken one.
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd() || undefined;
}

/**
 * The most entries a dataset may have. It has one per country: about 250 at most (193 member states in the bundled
 * ones). A file with more is not such a dataset, and checking each of its entries would hold up the page.
 */
export const MAX_ENTRIES = 1000;

/**
 * The most items a list inside an entry may have (a country's lines, a line's other numbers, sources, languages): the
 * bundled data has at most 10. A partner's file of a few hundred KB could otherwise give one country thousands of lines
 * to draw, and hold the page up as long as a far bigger file.
 */
export const MAX_LIST = 20;

/** A list's first MAX_LIST items, a longer one noted as a problem (`where` names it); undefined when it is no list. */
export function firstItems(value: unknown, where: string, problems: DatasetProblems): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length > MAX_LIST) problems.add(`${where} has ${value.length} items; only the first ${MAX_LIST} are read.`);
  return value.slice(0, MAX_LIST);
}

/** Why a dataset's list of entries cannot be used, or undefined when it can (a list, of at most MAX_ENTRIES). */
export function unusableEntries(entries: unknown): string | undefined {
  if (!Array.isArray(entries)) return 'it has no "entries" list.';
  if (entries.length > MAX_ENTRIES) return `it has ${entries.length} entries, more than the ${MAX_ENTRIES} a dataset may have (one per country).`;
  return undefined;
}

/**
 * The problems found in one dataset (or one part of it), as the console is told about them: the first few in full,
 * the rest only counted. A partner's file with tens of thousands of bad entries must not become tens of thousands of
 * warnings: each is slow to log (seconds in all, longer with the browser's developer tools open), and the page, its
 * quick exit included, would not answer meanwhile.
 */
export class DatasetProblems {
  /** How many problems a warning lists. */
  static readonly LISTED = 10;

  readonly #listed: string[] = [];
  #count = 0;

  /** Notes one problem: a sentence naming where it is and what was done (`entries[3].tel "x" is not valid; ignored.`). */
  readonly add = (problem: string): void => {
    this.#count++;
    if (this.#listed.length < DatasetProblems.LISTED) this.#listed.push(problem);
  };

  get count(): number {
    return this.#count;
  }

  /** One warning's text naming the dataset, the number of problems and the first few; undefined when there were none. */
  message(dataset: string): string | undefined {
    if (!this.#count) return undefined;
    const more = this.#count - this.#listed.length;
    const count = this.#count === 1 ? '1 problem' : `${this.#count} problems`;
    const head = more ? `${count} (the first ${this.#listed.length} below, ${more} more not listed)` : count;
    return `${dataset}: ${head}:\n${this.#listed.map((problem) => `- ${problem}`).join('\n')}`;
  }
}

/** How a warning names a dataset: the partner's by its `src`, the bundled one as such. */
export const datasetName = (src: string | undefined) => (src ? `src="${src}"` : 'the bundled data');
