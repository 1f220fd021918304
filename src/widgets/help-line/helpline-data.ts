import { calendarDay, datasetText, DatasetProblems, firstItems, unusableEntries } from '../../core/dataset-checks.js';
import { entriesByCountry, mergedEntries, type CountryEntries, type ReportProblems } from '../../core/entries-on-read.js';
import { own } from '../../core/own.js';
import { safeUrl } from '../../core/safe-url.js';
import { hiddenCharacter, telDialsShown } from '../../core/shown-number.js';
import { numberingPlan } from '../../data/calling-codes.js';
import { EMERGENCY_NUMBERS } from '../../data/emergency-numbers.js';
import { HELP_DIRECTORY } from '../../data/help-directory.js';
import type { EmergencyNumber, HelpDirectory, HelpEntry, HelpLine, HelpLineKind, HelpSource, OtherPhone } from '../../data/helpline-types.js';

/*
 * Checking and merging help-line datasets (the bundled one and a partner's `src`), never throwing. A value that does
 * not pass its check is dropped with a problem reported; a line left with no way to reach it is dropped whole. Numbers
 * become links only when they are dialable as written: a wrong number given to a person at risk is worse than none.
 *
 * A country's entry is checked the first time it is read (src/core/entries-on-read.ts says why); the importer
 * (`npm run import:helplines`) checks every entry of a dataset it builds.
 */

/** The entries of a dataset by country code, each checked when first read (src/core/entries-on-read.ts). */
export type HelpEntries = CountryEntries<HelpEntry>;

export interface HelpData {
  entries: HelpEntries;
  directory?: HelpDirectory;
  /** Why nothing could be used (unreachable, HTTP error, not JSON, no `entries` list). */
  error?: string;
  /** True when the help data could not be used: only the emergency numbers built into the script are known. */
  partial?: true;
}

const KINDS: readonly HelpLineKind[] = ['trafficking', 'child', 'gbv', 'general'];

/** A text to show (src/core/dataset-checks.ts). */
const text = datasetText;
/** A real calendar day, `YYYY-MM-DD` (src/core/dataset-checks.ts). */
const date = calendarDay;
const web = (value: unknown): string | undefined => (typeof value === 'string' ? (safeUrl(value) ?? undefined) : undefined);
/** A number as dialled: E.164 (`+448000121700`) or a short national number (`116006`, `*4242`, `999`). */
const dialable = (value: unknown): string | undefined => (typeof value === 'string' && /^(\+[1-9]\d{6,14}|\*?\d{2,8})$/.test(value) ? value : undefined);
/**
 * An emergency number as written: digits, single spaces allowed between them (every bundled one is 2 to 5 digits:
 * `999`, `10111`). Text such as `CALL-NOW` is no number a person in danger can call.
 */
function emergencyNumber(value: unknown): string | undefined {
  const number = typeof value === 'string' ? value.trim() : '';
  const digits = number.replace(/ /g, '').length;
  return /^\d+( \d+)*$/.test(number) && digits >= 2 && digits <= 15 ? number : undefined;
}
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/**
 * The `tel` to keep beside a number written in `country`: dropped, with a problem, unless it dials exactly the number
 * shown (src/core/shown-number.ts). A link that shows one number and dials another (999 shown, 99 dialled) must not
 * reach a person in danger.
 */
function telFor(tel: string | undefined, shown: string | undefined, country: string, where: string, problems: DatasetProblems): string | undefined {
  if (!tel || !shown || telDialsShown(tel, shown, numberingPlan(country))) return tel;
  problems.add(`${where}.tel ${JSON.stringify(tel)} does not dial the number shown (${JSON.stringify(shown)}); ignored.`);
  return undefined;
}

/** A phone number as written, refused (with a problem) when a hidden character could make it read as another number. */
function writtenNumber(value: unknown, where: string, problems: DatasetProblems): string | undefined {
  // Checked as given: text() removes the direction controls that would make this number read as another.
  const hidden = typeof value === 'string' ? hiddenCharacter(value.trim()) : undefined;
  if (!hidden) return text(value, 40);
  problems.add(`${where} contains an invisible or direction-changing character (${hidden}); ignored.`);
  return undefined;
}

function sources(value: unknown, where: string, problems: DatasetProblems): HelpSource[] {
  return (firstItems(value, where, problems) ?? []).flatMap((source) => {
    const label = text(own(source, 'label'), 100);
    if (!label) return [];
    const url = web(own(source, 'url'));
    return [url ? { label, url } : { label }];
  });
}

/** Reports a value that is present but not usable. */
function checked<T>(raw: unknown, value: T | undefined, where: string, problems: DatasetProblems): T | undefined {
  if (raw != null && value === undefined) problems.add(`${where} ${JSON.stringify(raw)?.slice(0, 80)} is not valid; ignored.`);
  return value;
}

function otherPhones(value: unknown, country: string, where: string, problems: DatasetProblems): OtherPhone[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    problems.add(`${where} is not a list; ignored.`);
    return [];
  }
  return firstItems(value, where, problems)!.flatMap((raw, index) => {
    const written = own(raw, 'phone');
    const phone = writtenNumber(written, `${where}[${index}].phone`, problems);
    // Without a number to show, the entry goes (a number refused for what it hides was reported already).
    if (!phone) return text(written, 40) ? [] : (checked(raw, undefined, `${where}[${index}]`, problems) ?? []);
    const other: OtherPhone = { phone };
    const dialled = checked(own(raw, 'tel'), dialable(own(raw, 'tel')), `${where}[${index}].tel`, problems);
    const tel = telFor(dialled, phone, country, `${where}[${index}]`, problems);
    if (tel) other.tel = tel;
    const label = text(own(raw, 'label'), 80);
    if (label) other.label = label;
    return [other];
  });
}

/** One line, checked field by field; undefined when it has no name, no kind, or no way to reach it. */
function parseLine(raw: unknown, country: string, where: string, problems: DatasetProblems): HelpLine | undefined {
  const get = (key: string) => own(raw, key);
  const name = text(get('name'), 200);
  const kind = KINDS.find((known) => known === get('kind'));
  const retrieved = date(get('retrieved'));
  if (!name || !kind || !retrieved) {
    problems.add(`${where} needs a name, a kind (${KINDS.join(', ')}) and the date it was read; line ignored.`);
    return undefined;
  }
  const line: HelpLine = {
    id: text(get('id'), 120) ?? `${where}`,
    kind,
    name,
    sources: sources(get('sources'), `${where}.sources`, problems),
    retrieved,
  };
  const phone = writtenNumber(get('phone'), `${where}.phone`, problems);
  const optional: [keyof HelpLine, unknown][] = [
    ['operator', text(get('operator'), 200)],
    ['phone', phone],
    ['tel', telFor(checked(get('tel'), dialable(get('tel')), `${where}.tel`, problems), phone, country, where, problems)],
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
  const phones = otherPhones(get('otherPhones'), country, `${where}.otherPhones`, problems);
  if (phones.length) line.otherPhones = phones;
  const languages = firstItems(get('languages'), `${where}.languages`, problems);
  if (languages) {
    const codes = languages.filter((code): code is string => typeof code === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code));
    if (codes.length) line.languages = codes;
  }
  if (get('current') === false) line.current = false;
  if (!line.phone && !line.sms && !line.messaging && !line.web && !line.chat && !line.website) {
    problems.add(`${where} has no phone, text, messaging, web form, chat or website left; line ignored.`);
    return undefined;
  }
  return line;
}

function parseEmergency(raw: unknown, country: string, where: string, problems: DatasetProblems): EmergencyNumber | undefined {
  if (raw == null) return undefined;
  const written = own(raw, 'number');
  const number = emergencyNumber(written);
  const retrieved = date(own(raw, 'retrieved'));
  if (!number) problems.add(`${where}.number ${JSON.stringify(written)?.slice(0, 80)} is not a number to call (digits and spaces); emergency block ignored.`);
  if (!retrieved) problems.add(`${where} needs the date it was read (retrieved, YYYY-MM-DD); emergency block ignored.`);
  if (!number || !retrieved) return undefined;
  const emergency: EmergencyNumber = {
    number,
    sources: sources(own(raw, 'sources'), `${where}.sources`, problems),
    retrieved,
    kind: own(raw, 'kind') === 'official' ? 'official' : 'secondary',
  };
  const dialled = checked(own(raw, 'tel'), dialable(own(raw, 'tel')), `${where}.tel`, problems);
  const tel = telFor(dialled, number, country, where, problems);
  if (tel) emergency.tel = tel;
  if (own(raw, 'current') === false) emergency.current = false;
  const also = firstItems(own(raw, 'also'), `${where}.also`, problems);
  if (also) {
    const numbers = also.filter((value): value is string => dialable(value) !== undefined);
    if (numbers.length) emergency.also = numbers;
  }
  return emergency;
}

function parseDirectory(raw: unknown, problems: DatasetProblems): HelpDirectory | undefined {
  const name = text(own(raw, 'name'), 100);
  const url = web(own(raw, 'url'));
  const retrieved = date(own(raw, 'retrieved'));
  return name && url && retrieved ? { name, url, sources: sources(own(raw, 'sources'), 'directory.sources', problems), retrieved } : undefined;
}

/** One country's entry, checked value by value. */
function parseEntry(country: string, raw: unknown, where: string, problems: DatasetProblems): HelpEntry {
  const entry: HelpEntry = { country };
  const emergency = parseEmergency(own(raw, 'emergency'), country, `${where}.emergency`, problems);
  if (emergency) entry.emergency = emergency;
  const lines = own(raw, 'lines');
  if (lines != null && !Array.isArray(lines)) problems.add(`${where}.lines is not a list; ignored.`);
  const parsed = (firstItems(lines, `${where}.lines`, problems) ?? []).flatMap((line, at) => parseLine(line, country, `${where}.lines[${at}]`, problems) ?? []);
  if (parsed.length) entry.lines = parsed;
  return entry;
}

/**
 * Reads a dataset: its list of entries and its directory now, each country's values when that country is first
 * looked up. Bad entries and values are dropped and reported (see the note at the top), never thrown.
 */
export function parseHelpLines(json: unknown, report: ReportProblems): HelpData {
  const rawEntries = own(json, 'entries');
  const unusable = unusableEntries(rawEntries);
  if (unusable || !Array.isArray(rawEntries)) return { entries: new Map(), error: unusable };
  const problems = new DatasetProblems();
  const entries = entriesByCountry(rawEntries, parseEntry, problems, report);
  const directory = parseDirectory(own(json, 'directory'), problems);
  report(problems);
  if (rawEntries.length && !entries.size) return { entries, error: 'none of its entries is usable.' };
  return { entries, ...(directory ? { directory } : {}) };
}

/**
 * What is known without the help data: the emergency numbers built into the script (src/data/emergency-numbers.ts),
 * without their sources (the dataset has them), and the directory.
 */
export function builtInHelpData(): HelpData {
  const entries = new Map<string, HelpEntry>();
  for (const [country, known] of Object.entries(EMERGENCY_NUMBERS)) {
    const emergency: EmergencyNumber = { ...known, sources: [], retrieved: '', kind: 'secondary' };
    entries.set(country, { country, emergency });
  }
  return { entries, directory: HELP_DIRECTORY, partial: true };
}

/** A fetched dataset, read; a failed fetch becomes an `error` (never thrown). */
export function settleHelpLines(result: PromiseSettledResult<unknown>, report: ReportProblems): HelpData {
  if (result.status === 'fulfilled') return parseHelpLines(result.value, report);
  return { entries: new Map(), error: (result.reason as Error).message };
}

/**
 * A partner's entry over the bundled one: a line with the same id replaces the bundled one, a new id is added
 * (first, as a national campaign knows its own services best). The bundled emergency number stays: a partner's is
 * shown only for a country the bundled data has none for, and one that differs is reported, never shown in its place
 * (a mistaken or tampered file must not take away the number to call in danger).
 */
function mergeEntry(country: string, bundled: HelpEntry | undefined, partner: HelpEntry | undefined, problems: DatasetProblems): HelpEntry | undefined {
  if (!partner) return bundled;
  const partnerIds = new Set((partner.lines ?? []).map((line) => line.id));
  const lines = [...(partner.lines ?? []), ...(bundled?.lines ?? []).filter((line) => !partnerIds.has(line.id))];
  const merged: HelpEntry = { country };
  const kept = bundled?.emergency;
  const offered = partner.emergency;
  if (kept && offered && offered.number.replace(/ /g, '') !== kept.number.replace(/ /g, ''))
    problems.add(
      `${country}: emergency number ${JSON.stringify(offered.number)} not shown; the bundled one (${kept.number}) is kept, as a partner's data cannot replace it.`,
    );
  const emergency = kept ?? offered;
  if (emergency) merged.emergency = emergency;
  if (lines.length) merged.lines = lines;
  return merged;
}

/**
 * A partner's data over the bundled data (see mergeEntry); the partner's directory, if it names one. What the merge
 * leaves out is reported as the partner's data's problems.
 */
export function mergeHelpLines(base: HelpData, extra: HelpData, report: ReportProblems): HelpData {
  const directory = extra.directory ?? base.directory;
  return {
    entries: mergedEntries(base.entries, extra.entries, mergeEntry, report),
    ...(directory ? { directory } : {}),
    ...(base.partial ? { partial: base.partial } : {}),
  };
}
