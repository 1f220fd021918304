import { calendarDay, datasetText, DatasetProblems, firstItems, unusableEntries } from '../../core/dataset-checks.js';
import { entriesByCountry, mergedEntries, type CountryEntries, type ReportProblems } from '../../core/entries-on-read.js';
import { mailAddress, safeUrl } from '../../core/safe-url.js';
import { own, ownEntries } from '../../core/own.js';
import { hiddenCharacter, telDialsShown, type NumberingPlan } from '../../core/shown-number.js';
import type { MissionEntry, PalermoStatus, PalermoStatusName, ValueProvenance } from '../../data/mission-types.js';

/*
 * Checking and merging mission datasets (the bundled one and a partner's `src`), never throwing. A country's entry is
 * checked the first time it is read (src/core/entries-on-read.ts says why); a browser test reads every entry of the
 * bundled dataset (test/core/shown-number.test.ts).
 */

/** The missions of a dataset by country code, each checked when first read. */
export type MissionEntries = CountryEntries<MissionEntry>;

export interface MissionData {
  missions: MissionEntries;
  /** Why nothing could be used (unreachable, HTTP error, not JSON, no `entries` list). */
  error?: string;
}

type Check = (value: unknown) => unknown;

/** A real calendar day, `YYYY-MM-DD` (src/core/dataset-checks.ts). */
const date = calendarDay;
const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value) ? value : undefined;
const sources: Check = (value) =>
  Array.isArray(value)
    ? value
        .map((source) => ({ label: datasetText(own(source, 'label'), 100), url: safeUrl(own(source, 'url') as string) ?? undefined }))
        .filter((source) => source.label)
    : undefined;

/** One value's provenance: kept when it names where the value was read and when. */
const provenanceEntry: Check = (value) => {
  const retrieved = date(own(value, 'retrieved'));
  const url = datasetText(own(value, 'url'), 2000);
  const label = datasetText(own(value, 'label'), 100);
  if (!retrieved || (!url && !label)) return undefined;
  const entry: ValueProvenance = { retrieved, kind: own(value, 'kind') === 'official' ? 'official' : 'secondary' };
  if (url) entry.url = url;
  if (label) entry.label = label;
  const pageDate = datasetText(own(value, 'page_date'), 40);
  if (pageDate) entry.page_date = pageDate;
  if (own(value, 'current') === false) entry.current = false;
  return entry;
};

const provenance: Check = (value) => {
  const kept: Record<string, unknown> = {};
  for (const field of ['name', 'address', 'phone', 'email', 'website']) {
    const entry = provenanceEntry(own(value, field));
    if (entry) kept[field] = entry;
  }
  return ownEntries(value).length ? kept : undefined;
};

/**
 * Each known field's check, per block: the value to keep, or undefined to drop it with a warning. Unknown keys are
 * ignored. Maps, so a key such as `constructor` in a dataset is never mistaken for a known field.
 */
const MISSION_FIELDS = new Map<string, Check>([
  ['name', (value) => datasetText(value, 200)],
  ['address', (value) => datasetText(value, 300)],
  ['phone', (value) => datasetText(value, 40)],
  ['tel', (value) => (typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value) ? value : undefined)],
  ['email', (value) => mailAddress(value) ?? undefined],
  ['website', (value) => safeUrl(value as string) ?? undefined],
  ['sources', sources],
  ['retrieved', date],
  ['current', (value) => (typeof value === 'boolean' ? value : undefined)],
  ['provenance', provenance],
]);

const PALERMO_FIELDS = new Map<string, Check>([
  ['status', oneOf('party', 'signatory', 'not-party')],
  ['since', date],
  ['instrument', oneOf('ratification', 'accession', 'acceptance', 'approval', 'succession')],
  ['signed', date],
  ['as_at', date],
  ['sources', sources],
  ['retrieved', date],
]);

/**
 * The checked fields of a block (an object), with a problem listed for every known field whose value was dropped. A
 * text with a character that is invisible or changes how it reads (a direction control) is refused in a field a
 * visitor reads as a number.
 */
function block(raw: unknown, fields: Map<string, Check>, where: string, problems: DatasetProblems): Record<string, unknown> | undefined {
  if (raw == null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(`${where} is not valid; ignored.`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, given] of ownEntries(raw)) {
    const check = fields.get(key);
    if (!check || given == null) continue;
    // A list (sources) is read up to MAX_LIST items.
    const value = firstItems(given, `${where}.${key}`, problems) ?? given;
    const hidden = key === 'phone' && typeof value === 'string' ? hiddenCharacter(value) : undefined;
    const kept = hidden ? undefined : check(value);
    if (kept !== undefined) out[key] = kept;
    else if (hidden) problems.add(`${where}.${key} contains an invisible or direction-changing character (${hidden}); ignored.`);
    else problems.add(`${where}.${key} ${JSON.stringify(value)?.slice(0, 80)} is not valid; ignored.`);
  }
  return out;
}

/** Every mission is in New York: a number written without its country code is North American. */
const NEW_YORK: NumberingPlan = { callingCode: '1', trunkPrefixes: ['1'] };

/** Drops a mission's `tel` that does not dial exactly the `phone` shown beside it (src/core/shown-number.ts). */
function telOfPhone(mission: Record<string, unknown>, where: string, problems: DatasetProblems): void {
  const { tel, phone } = mission;
  if (typeof tel !== 'string' || typeof phone !== 'string' || telDialsShown(tel, phone, NEW_YORK)) return;
  problems.add(`${where}.tel ${JSON.stringify(tel)} does not dial the number shown (${JSON.stringify(phone)}); ignored.`);
  delete mission.tel;
}

/**
 * A Palermo block with a status a source established: it names the status, at least one source and the date it was
 * read. Schema 1 blocks have no status: one with a deposit date is a party. A block without a status or a source is
 * dropped (the bundled status then stays): no status is ever inferred, and the card never says a country is not a
 * party without saying who says so.
 */
function palermoStatus(raw: unknown, where: string, problems: DatasetProblems): PalermoStatus | undefined {
  const fields = block(raw, PALERMO_FIELDS, where, problems);
  if (!fields) return undefined;
  const status = (fields.status as PalermoStatusName | undefined) ?? (fields.since ? 'party' : undefined);
  const sourced = Array.isArray(fields.sources) && fields.sources.length > 0;
  if (!status || !sourced || !fields.retrieved) {
    problems.add(`${where} needs a status, at least one source (with a label) and the date it was read; ignored.`);
    return undefined;
  }
  return { ...fields, status } as unknown as PalermoStatus;
}

/** One country's entry, checked block by block. */
function parseMission(country: string, raw: unknown, where: string, problems: DatasetProblems): MissionEntry {
  const mission = block(own(raw, 'mission'), MISSION_FIELDS, `${where}.mission`, problems);
  if (mission) telOfPhone(mission, `${where}.mission`, problems);
  return {
    country,
    mission: mission ? ({ sources: [], ...mission } as unknown as MissionEntry['mission']) : undefined,
    palermo: palermoStatus(own(raw, 'palermo'), `${where}.palermo`, problems),
  };
}

/**
 * Reads a dataset: its list of entries now, each country's values when that country is first looked up. Bad entries
 * and values are dropped and reported, never thrown.
 */
export function parseMissions(json: unknown, report: ReportProblems): MissionData {
  const entries = own(json, 'entries');
  const unusable = unusableEntries(entries);
  if (unusable || !Array.isArray(entries)) return { missions: new Map(), error: unusable };
  const problems = new DatasetProblems();
  const missions = entriesByCountry(entries, parseMission, problems, report);
  report(problems);
  if (entries.length && !missions.size) return { missions, error: 'none of its entries is usable.' };
  return { missions };
}

/** A fetched dataset, read; a failed fetch becomes an `error` (never thrown). */
export function settleMissions(result: PromiseSettledResult<unknown>, report: ReportProblems): MissionData {
  if (result.status === 'fulfilled') return parseMissions(result.value, report);
  return { missions: new Map(), error: (result.reason as Error).message };
}

/** A partner's entry over the bundled one: each `mission` or `palermo` block the partner gives replaces the bundled block. */
function mergeMission(country: string, bundled: MissionEntry | undefined, partner: MissionEntry | undefined): MissionEntry | undefined {
  if (!partner) return bundled;
  return { country, mission: partner.mission ?? bundled?.mission, palermo: partner.palermo ?? bundled?.palermo };
}

/** A partner's entries over the bundled ones (mergeMission), each country merged when it is first read. */
export function mergeMissions(base: MissionEntries, extra: MissionEntries, report: ReportProblems): MissionEntries {
  return mergedEntries(base, extra, mergeMission, report);
}
