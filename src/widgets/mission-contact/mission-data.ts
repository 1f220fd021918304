import { mailAddress, safeUrl } from '../../core/safe-url.js';
import { own, ownEntries } from '../../core/own.js';
import type { MissionEntry } from '../../data/mission-types.js';

/*
 * Checking and merging mission datasets. Part of the code loaded with the dataset itself (mission.lazy.ts), only
 * when a <mission-contact> is on the page, so it costs pages without one nothing.
 */

export interface MissionData {
  missions: Map<string, MissionEntry>;
  /** Entries or values that were dropped, for the console. */
  problems: string[];
  /** Why nothing could be used (unreachable, HTTP error, not JSON, no `entries` list). */
  error?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const date = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && !isNaN(Date.parse(value)) ? value : undefined);
const match = (pattern: RegExp) => (value: unknown) => (typeof value === 'string' && pattern.test(value) ? value : undefined);

/**
 * Each known field's check: the value to keep, or undefined to drop it with a warning. Unknown keys are ignored.
 * A Map, so a key such as `constructor` in a dataset is never mistaken for a known field.
 */
const FIELDS = new Map<string, (value: unknown) => unknown>(Object.entries({
  name: text,
  address: text,
  phone: text,
  note: text,
  tel: match(/^\+[1-9]\d{6,14}$/),
  email: (value: unknown) => mailAddress(value) ?? undefined,
  website: (value) => safeUrl(value as string) ?? undefined,
  retrieved: date,
  since: date,
  current: (value) => (typeof value === 'boolean' ? value : undefined),
  sources: (value) =>
    Array.isArray(value)
      ? value.map((source) => ({ label: text(own(source, 'label')), url: safeUrl(own(source, 'url') as string) ?? undefined })).filter((source) => source.label)
      : undefined,
}));

function block<T>(raw: unknown, where: string, problems: string[], required?: string): T | undefined {
  if (raw == null) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of ownEntries(raw)) {
    const check = FIELDS.get(key);
    const kept = value == null ? undefined : check?.(value);
    if (kept !== undefined) out[key] = kept;
    else if (value != null && check) problems.push(`${where}.${key} ${JSON.stringify(value).slice(0, 80)} is not valid; ignored.`);
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || (required && !out[required])) {
    problems.push(`${where} is not valid; ignored.`);
    return undefined;
  }
  return out as T;
}

/** Validates a dataset: bad entries and values are dropped (and listed in `problems`), never thrown. */
export function parseMissions(json: unknown): MissionData {
  const entries = own(json, 'entries');
  const missions = new Map<string, MissionEntry>();
  const problems: string[] = [];
  if (!Array.isArray(entries)) return { missions, problems, error: 'it has no "entries" list.' };
  entries.forEach((raw, index) => {
    const rawCountry = own(raw, 'country');
    const country = typeof rawCountry === 'string' ? rawCountry.trim().toUpperCase() : '';
    const where = `entries[${index}]`;
    if (!/^[A-Z]{2}$/.test(country)) {
      problems.push(`${where}.country ${JSON.stringify(rawCountry)?.slice(0, 80)} is not an ISO 3166-1 alpha-2 code; entry ignored.`);
      return;
    }
    missions.set(country, {
      country,
      mission: block(own(raw, 'mission'), `${where}.mission`, problems),
      palermo: block(own(raw, 'palermo'), `${where}.palermo`, problems, 'since'),
    });
  });
  if (entries.length && !missions.size) return { missions, problems, error: 'none of its entries is usable.' };
  return { missions, problems };
}

/** A fetched dataset, checked; a failed fetch becomes an `error` (never thrown). */
export function settleMissions(result: PromiseSettledResult<unknown>): MissionData {
  return result.status === 'fulfilled' ? parseMissions(result.value) : { missions: new Map(), problems: [], error: (result.reason as Error).message };
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
