import { own } from '../../core/own.js';
import { safeUrl } from '../../core/safe-url.js';
import type { EmergencyNumber, HelpDirectory, HelpEntry, HelpLine, HelpLineKind, HelpSource, OtherPhone } from '../../data/helpline-types.js';

/*
 * Checking and merging help-line datasets (the bundled one and a partner's `src`), never throwing. A value that does
 * not pass its check is dropped with a problem listed; a line left with no way to reach it is dropped whole. Numbers
 * become links only when they are dialable as written: a wrong number given to a person at risk is worse than none.
 */

export interface HelpData {
  entries: Map<string, HelpEntry>;
  directory?: HelpDirectory;
  /** Entries or values that were dropped, for the console. */
  problems: string[];
  /** Why nothing could be used (unreachable, HTTP error, not JSON, no `entries` list). */
  error?: string;
}

const KINDS: readonly HelpLineKind[] = ['trafficking', 'child', 'gbv', 'general'];

const text = (value: unknown, max = 300): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined);
const date = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && !isNaN(Date.parse(value)) ? value : undefined;
const web = (value: unknown): string | undefined => (typeof value === 'string' ? (safeUrl(value) ?? undefined) : undefined);
/** A number as dialled: E.164 (`+448000121700`) or a short national number (`116006`, `*4242`, `999`). */
const dialable = (value: unknown): string | undefined => (typeof value === 'string' && /^(\+[1-9]\d{6,14}|\*?\d{2,8})$/.test(value) ? value : undefined);
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

function sources(value: unknown): HelpSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((source) => {
    const label = text(own(source, 'label'), 100);
    if (!label) return [];
    const url = web(own(source, 'url'));
    return [url ? { label, url } : { label }];
  });
}

/** Reports a value that is present but not usable. */
function checked<T>(raw: unknown, value: T | undefined, where: string, problems: string[]): T | undefined {
  if (raw != null && value === undefined) problems.push(`${where} ${JSON.stringify(raw)?.slice(0, 80)} is not valid; ignored.`);
  return value;
}

function otherPhones(value: unknown, where: string, problems: string[]): OtherPhone[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where} is not a list; ignored.`);
    return [];
  }
  return value.flatMap((raw, index) => {
    const phone = text(own(raw, 'phone'), 40);
    if (!phone) return checked(raw, undefined, `${where}[${index}]`, problems) ?? [];
    const other: OtherPhone = { phone };
    const tel = checked(own(raw, 'tel'), dialable(own(raw, 'tel')), `${where}[${index}].tel`, problems);
    if (tel) other.tel = tel;
    const label = text(own(raw, 'label'), 80);
    if (label) other.label = label;
    return [other];
  });
}

/** One line, checked field by field; undefined when it has no name, no kind, or no way to reach it. */
function parseLine(raw: unknown, where: string, problems: string[]): HelpLine | undefined {
  const get = (key: string) => own(raw, key);
  const name = text(get('name'), 200);
  const kind = KINDS.find((known) => known === get('kind'));
  const retrieved = date(get('retrieved'));
  if (!name || !kind || !retrieved) {
    problems.push(`${where} needs a name, a kind (${KINDS.join(', ')}) and the date it was read; line ignored.`);
    return undefined;
  }
  const line: HelpLine = { id: text(get('id'), 120) ?? `${where}`, kind, name, sources: sources(get('sources')), retrieved };
  const optional: [keyof HelpLine, unknown][] = [
    ['operator', text(get('operator'), 200)],
    ['phone', text(get('phone'), 40)],
    ['tel', checked(get('tel'), dialable(get('tel')), `${where}.tel`, problems)],
    ['phoneLabel', text(get('phoneLabel'), 80)],
    ['sms', checked(get('sms'), dialable(get('sms')), `${where}.sms`, problems)],
    ['smsLabel', text(get('smsLabel'), 80)],
    ['messaging', checked(get('messaging'), web(get('messaging')), `${where}.messaging`, problems)],
    ['web', checked(get('web'), web(get('web')), `${where}.web`, problems)],
    ['chat', checked(get('chat'), web(get('chat')), `${where}.chat`, problems)],
    ['website', checked(get('website'), web(get('website')), `${where}.website`, problems)],
    ['hours', text(get('hours'), 120)],
    ['free', flag(get('free'))],
    ['confidential', flag(get('confidential'))],
  ];
  for (const [key, value] of optional) if (value !== undefined) (line as unknown as Record<string, unknown>)[key] = value;
  const phones = otherPhones(get('otherPhones'), `${where}.otherPhones`, problems);
  if (phones.length) line.otherPhones = phones;
  const languages = get('languages');
  if (Array.isArray(languages)) {
    const codes = languages.filter((code): code is string => typeof code === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code));
    if (codes.length) line.languages = codes;
  }
  if (get('current') === false) line.current = false;
  if (!line.phone && !line.sms && !line.messaging && !line.web && !line.chat && !line.website) {
    problems.push(`${where} has no phone, text, messaging, web form, chat or website left; line ignored.`);
    return undefined;
  }
  return line;
}

function parseEmergency(raw: unknown, where: string, problems: string[]): EmergencyNumber | undefined {
  if (raw == null) return undefined;
  const number = text(own(raw, 'number'), 20);
  const retrieved = date(own(raw, 'retrieved'));
  if (!number || !retrieved) {
    problems.push(`${where} needs a number and the date it was read; ignored.`);
    return undefined;
  }
  const emergency: EmergencyNumber = {
    number,
    sources: sources(own(raw, 'sources')),
    retrieved,
    kind: own(raw, 'kind') === 'official' ? 'official' : 'secondary',
  };
  const tel = checked(own(raw, 'tel'), dialable(own(raw, 'tel')), `${where}.tel`, problems);
  if (tel) emergency.tel = tel;
  if (own(raw, 'current') === false) emergency.current = false;
  const also = own(raw, 'also');
  if (Array.isArray(also)) {
    const numbers = also.filter((value): value is string => dialable(value) !== undefined);
    if (numbers.length) emergency.also = numbers;
  }
  return emergency;
}

function parseDirectory(raw: unknown): HelpDirectory | undefined {
  const name = text(own(raw, 'name'), 100);
  const url = web(own(raw, 'url'));
  const retrieved = date(own(raw, 'retrieved'));
  return name && url && retrieved ? { name, url, sources: sources(own(raw, 'sources')), retrieved } : undefined;
}

/** Validates a dataset: bad entries and values are dropped (and listed in `problems`), never thrown. */
export function parseHelpLines(json: unknown): HelpData {
  const rawEntries = own(json, 'entries');
  const entries = new Map<string, HelpEntry>();
  const problems: string[] = [];
  if (!Array.isArray(rawEntries)) return { entries, problems, error: 'it has no "entries" list.' };
  rawEntries.forEach((raw, index) => {
    const where = `entries[${index}]`;
    const rawCountry = own(raw, 'country');
    const country = typeof rawCountry === 'string' ? rawCountry.trim().toUpperCase() : '';
    if (!/^[A-Z]{2}$/.test(country)) {
      problems.push(`${where}.country ${JSON.stringify(rawCountry)?.slice(0, 80)} is not an ISO 3166-1 alpha-2 code; entry ignored.`);
      return;
    }
    const entry: HelpEntry = { country };
    const emergency = parseEmergency(own(raw, 'emergency'), `${where}.emergency`, problems);
    if (emergency) entry.emergency = emergency;
    const lines = own(raw, 'lines');
    if (lines != null && !Array.isArray(lines)) problems.push(`${where}.lines is not a list; ignored.`);
    const parsed = Array.isArray(lines) ? lines.flatMap((line, at) => parseLine(line, `${where}.lines[${at}]`, problems) ?? []) : [];
    if (parsed.length) entry.lines = parsed;
    entries.set(country, entry);
  });
  if (rawEntries.length && !entries.size) return { entries, problems, error: 'none of its entries is usable.' };
  const directory = parseDirectory(own(json, 'directory'));
  return { entries, problems, ...(directory ? { directory } : {}) };
}

/** A fetched dataset, checked; a failed fetch becomes an `error` (never thrown). */
export function settleHelpLines(result: PromiseSettledResult<unknown>): HelpData {
  return result.status === 'fulfilled' ? parseHelpLines(result.value) : { entries: new Map(), problems: [], error: (result.reason as Error).message };
}

/**
 * A partner's data over the bundled data: a line with the same id replaces the bundled one, a new id is added
 * (first, as a national campaign knows its own services best); the partner's emergency number replaces the bundled.
 */
export function mergeHelpLines(base: HelpData, extra: HelpData): HelpData {
  const entries = new Map(base.entries);
  for (const [country, entry] of extra.entries) {
    const old = entries.get(country);
    const partnerIds = new Set((entry.lines ?? []).map((line) => line.id));
    const lines = [...(entry.lines ?? []), ...(old?.lines ?? []).filter((line) => !partnerIds.has(line.id))];
    const merged: HelpEntry = { country };
    const emergency = entry.emergency ?? old?.emergency;
    if (emergency) merged.emergency = emergency;
    if (lines.length) merged.lines = lines;
    entries.set(country, merged);
  }
  const directory = extra.directory ?? base.directory;
  return { entries, problems: [...base.problems, ...extra.problems], ...(directory ? { directory } : {}) };
}
