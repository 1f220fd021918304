import { calendarDay, datasetText, DatasetProblems, firstItems, unusableEntries } from '../../core/dataset-checks.js';
import { mailAddress, safeUrl } from '../../core/safe-url.js';
import { own, ownEntries } from '../../core/own.js';
import { hiddenCharacter, telDialsShown, type NumberingPlan } from '../../core/shown-number.js';
import type { MissionEntry, PalermoStatus, PalermoStatusName, ValueProvenance } from '../../data/mission-types.js';

/* Checking and merging mission datasets (the bundled one and a partner's `src`), never throwing. */

export interface MissionData {
  missions: Map<string, MissionEntry>;
  /** Entries or values that were dropped, for the console (the first few, and how many). */
  problems: DatasetProblems;
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

/** Validates a dataset: bad entries and values are dropped (and listed in `problems`), never thrown. */
export function parseMissions(json: unknown): MissionData {
  const entries = own(json, 'entries');
  const missions = new Map<string, MissionEntry>();
  const problems = new DatasetProblems();
  const unusable = unusableEntries(entries);
  if (unusable || !Array.isArray(entries)) return { missions, problems, error: unusable };
  entries.forEach((raw, index) => {
    const rawCountry = own(raw, 'country');
    const country = typeof rawCountry === 'string' ? rawCountry.trim().toUpperCase() : '';
    const where = `entries[${index}]`;
    if (!/^[A-Z]{2}$/.test(country)) {
      problems.add(`${where}.country ${JSON.stringify(rawCountry)?.slice(0, 80)} is not an ISO 3166-1 alpha-2 code; entry ignored.`);
      return;
    }
    const mission = block(own(raw, 'mission'), MISSION_FIELDS, `${where}.mission`, problems);
    if (mission) telOfPhone(mission, `${where}.mission`, problems);
    missions.set(country, {
      country,
      mission: mission ? ({ sources: [], ...mission } as unknown as MissionEntry['mission']) : undefined,
      palermo: palermoStatus(own(raw, 'palermo'), `${where}.palermo`, problems),
    });
  });
  if (entries.length && !missions.size) return { missions, problems, error: 'none of its entries is usable.' };
  return { missions, problems };
}

/** A fetched dataset, checked; a failed fetch becomes an `error` (never thrown). */
export function settleMissions(result: PromiseSettledResult<unknown>): MissionData {
  if (result.status === 'fulfilled') return parseMissions(result.value);
  return { missions: new Map(), problems: new DatasetProblems(), error: (result.reason as Error).message };
}

/** A partner's entries over the bundled ones: each `mission` or `palermo` block the partner gives replaces the bundled block. */
export function mergeMissions(base: Map<string, MissionEntry>, extra: Map<string, MissionEntry>): Map<string, MissionEntry> {
  const merged = new Map(base);
  for (const [country, entry] of extra) {
    const old = merged.get(country);
    merged.set(country, { country, mission: entry.mission ?? old?.mission, palermo: entry.palermo ?? old?.palermo });
  }
  return merged;
}
