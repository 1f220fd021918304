// Reads and writes the project's reviewable research files for <mission-contact> (src/data/sources/):
//
//   missions.csv   one row per member state. For each field (mission_name, address, phone, email, website): the
//                  value and its own <field>_source_url, <field>_source_kind (official|secondary), <field>_page_date
//                  (the page's own date: YYYY, YYYY-MM or YYYY-MM-DD, "~" in front when estimated from the content,
//                  empty when unknown), <field>_retrieved (the day it was read, YYYY-MM-DD) and <field>_current
//                  (yes|no: "no" when the value may be out of date). A last `notes` column holds the reviewer's notes
//                  (what was dropped and why, cautions); notes are never shipped.
//   palermo.csv    one row per member state: country, status (party|signatory|not-party|unknown), signed, deposited
//                  (dates of signature and of deposit of the instrument, YYYY-MM-DD), instrument (ratification|
//                  accession|acceptance|approval|succession), source_url (one or more addresses separated by spaces),
//                  source_kind, as_at (the date the source states the status for), retrieved, notes.
//
// and builds the blocks of the shipped dataset (src/data/missions.json, schema 2) from them.
import { countryRows } from './country-rows.mjs';
import { formatCsv } from './csv.mjs';
import { checkDate, checkEmail, checkPhone, checkWebsite, cleanText } from './validate.mjs';

/** The per-value fields of missions.csv, with the key each has in the shipped `mission` block. */
export const MISSION_FIELDS = [
  ['mission_name', 'name'],
  ['address', 'address'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['website', 'website'],
];
const SUFFIXES = ['source_url', 'source_kind', 'page_date', 'retrieved', 'current'];
export const MISSION_COLUMNS = ['country', ...MISSION_FIELDS.flatMap(([field]) => [field, ...SUFFIXES.map((s) => `${field}_${s}`)]), 'notes'];
export const PALERMO_COLUMNS = ['country', 'status', 'signed', 'deposited', 'instrument', 'source_url', 'source_kind', 'as_at', 'retrieved', 'notes'];
export const PALERMO_STATUSES = ['party', 'signatory', 'not-party', 'unknown'];
export const INSTRUMENTS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'];
export const KINDS = ['official', 'secondary'];

/** A page's own date as the research writes it: YYYY, YYYY-MM or YYYY-MM-DD, "~" in front when estimated. */
export function checkPageDate(raw, what = 'page_date') {
  const text = String(raw ?? '').trim();
  if (!text) return { value: undefined };
  const match = /^(~?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { error: `${what} "${text}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD (with ~ in front when estimated)` };
  const [, , year, month = '01', day = '01'] = match;
  const checked = checkDate(`${year}-${month}-${day}`, what);
  if (checked.error) return { error: `${what} "${text}" is not a real date or is in the future` };
  if (+year < 1990) return { error: `${what} "${text}" is before 1990` };
  return { value: text };
}

/** The host name of an address without "www.", used as the short label of a source. */
export function hostLabel(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** A source address as read: http: or https:, complete. (Only https: ones become links in the shipped data.) */
export function checkSourceUrl(raw, what = 'source_url') {
  const text = String(raw ?? '').trim();
  if (!text) return { value: undefined };
  let url;
  try {
    url = new URL(text);
  } catch {
    return { error: `${what} "${text}" is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `${what} "${text}" is not an http: or https: address` };
  return { value: text };
}

const yesNo = (text) => (/^(yes|true)$/i.test(text) ? true : /^(no|false)$/i.test(text) ? false : undefined);

/**
 * Checks one field's value for the `mission` block. Returns `{ fields }` (the keys it sets, e.g. phone and tel) or
 * `{ error }`.
 */
export function missionValue(field, raw) {
  const take = (result, prefix = '') => (result.error ? { error: `${prefix}${result.error}` } : result.value === undefined ? {} : { result: result.value });
  switch (field) {
    case 'mission_name': {
      const r = take(cleanText(raw, { max: 200 }), 'mission_name ');
      return r.error ? r : { fields: r.result ? { name: r.result } : {} };
    }
    case 'address': {
      const r = take(cleanText(raw, { lines: true }), 'address ');
      return r.error ? r : { fields: r.result ? { address: r.result } : {} };
    }
    case 'phone': {
      const r = take(checkPhone(raw));
      return r.error ? r : { fields: r.result ?? {} };
    }
    case 'email': {
      const r = take(checkEmail(raw));
      return r.error ? r : { fields: r.result ? { email: r.result } : {} };
    }
    case 'website': {
      const r = take(checkWebsite(raw));
      return r.error ? r : { fields: r.result ? { website: r.result } : {} };
    }
    default:
      return { error: `unknown field ${field}` };
  }
}

/**
 * Reads missions.csv. Returns `values`: Map iso2 -> { <field>: { value, url, kind, pageDate, retrieved, current,
 * label? } } with only the values that passed, the notes per country, and every problem (`{where, message, kind}`).
 * @throws when the file is not the documented format (no header, a column missing)
 */
export function readMissionSources(text) {
  const problems = [];
  const values = new Map();
  const notes = new Map();
  for (const { country, where, cell } of countryRows(text, MISSION_COLUMNS, problems)) {
    const own = {};
    for (const [field] of MISSION_FIELDS) {
      const raw = cell(field);
      if (!raw.trim()) continue;
      const drop = (message) => problems.push({ where, message: `${country} ${field}: ${message}; dropped`, kind: 'field' });
      const checked = missionValue(field, raw);
      if (checked.error) {
        drop(checked.error);
        continue;
      }
      const url = checkSourceUrl(cell(`${field}_source_url`), `${field}_source_url`);
      if (url.error) drop(url.error);
      else if (!url.value) drop(`${field}_source_url is empty (every value needs the address of the page it was read on)`);
      const kind = cell(`${field}_source_kind`).toLowerCase();
      if (!KINDS.includes(kind)) drop(`${field}_source_kind "${cell(`${field}_source_kind`)}" is not official or secondary`);
      const pageDate = checkPageDate(cell(`${field}_page_date`), `${field}_page_date`);
      if (pageDate.error) drop(pageDate.error);
      const retrieved = checkDate(cell(`${field}_retrieved`), `${field}_retrieved`);
      if (retrieved.error) drop(retrieved.error);
      const current = yesNo(cell(`${field}_current`));
      if (current === undefined) drop(`${field}_current "${cell(`${field}_current`)}" is not yes or no`);
      if (url.error || !url.value || !KINDS.includes(kind) || pageDate.error || retrieved.error || current === undefined) continue;
      own[field] = { value: raw.trim(), url: url.value, kind, pageDate: pageDate.value, retrieved: retrieved.value, current };
    }
    values.set(country, own);
    if (cell('notes')) notes.set(country, cell('notes'));
  }
  return { values, notes, problems };
}

/** Writes missions.csv from the values map (every member state in `countries`, in order) and the notes. */
export function formatMissionSources(countries, values, notes = new Map()) {
  const rows = countries.map((country) => {
    const own = values.get(country) ?? {};
    const cells = [country];
    for (const [field] of MISSION_FIELDS) {
      const v = own[field];
      cells.push(v?.value ?? '', v?.url ?? '', v?.kind ?? '', v?.pageDate ?? '', v?.retrieved ?? '', v ? (v.current ? 'yes' : 'no') : '');
    }
    cells.push(notes.get(country) ?? '');
    return cells;
  });
  return formatCsv([MISSION_COLUMNS, ...rows]);
}

/** One source per label, in order of first use; `url` only for https: addresses (the only ones linked). */
export function displaySources(list) {
  const byLabel = new Map();
  for (const { label, url } of list) {
    if (!label) continue;
    const link = url && /^https:\/\//i.test(url) ? new URL(url).href : undefined;
    const seen = byLabel.get(label);
    if (!seen) byLabel.set(label, { label, ...(link && { url: link }) });
    else if (!seen.url && link) seen.url = link;
  }
  return [...byLabel.values()];
}

/**
 * The shipped `mission` block from one country's values, or null when no value lets a visitor reach the mission
 * (a name alone is not shipped: the widget then shows the UN directory). Keys in a fixed order.
 */
export function buildMission(own) {
  const flat = {};
  const provenance = {};
  const sources = [];
  let retrieved = '';
  let current = true;
  for (const [field, key] of MISSION_FIELDS) {
    const v = own[field];
    if (!v) continue;
    const checked = missionValue(field, v.value);
    if (checked.error || !Object.keys(checked.fields).length) continue;
    Object.assign(flat, checked.fields);
    provenance[key] = {
      ...(v.url && { url: v.url }),
      ...(!v.url && v.label && { label: v.label }),
      kind: v.kind,
      retrieved: v.retrieved,
      ...(v.pageDate && { page_date: v.pageDate }),
      ...(v.current === false && { current: false }),
    };
    sources.push({ label: v.url ? hostLabel(v.url) : v.label, url: v.url });
    if (v.retrieved > retrieved) retrieved = v.retrieved;
    if (v.current === false) current = false;
  }
  if (!(flat.address || flat.tel || flat.phone || flat.email || flat.website)) return null;
  const order = ['name', 'address', 'phone', 'tel', 'email', 'website'];
  return {
    ...Object.fromEntries(order.filter((key) => flat[key] !== undefined).map((key) => [key, flat[key]])),
    sources: displaySources(sources),
    retrieved,
    ...(!current && { current: false }),
    provenance,
  };
}

/**
 * Reads palermo.csv. Returns `blocks`: Map iso2 -> the shipped `palermo` block (only for a status a source
 * established: party, signatory or not-party; never for unknown), `statuses`: Map iso2 -> status as written, and
 * problems.
 */
export function readPalermo(text) {
  const problems = [];
  const blocks = new Map();
  const statuses = new Map();
  for (const { country, cell, reject } of countryRows(text, PALERMO_COLUMNS, problems)) {
    const status = cell('status').toLowerCase();
    if (!PALERMO_STATUSES.includes(status)) {
      reject(`${country}: status "${cell('status')}" is not one of ${PALERMO_STATUSES.join(', ')}`);
      continue;
    }
    statuses.set(country, status);
    if (status === 'unknown') continue;
    const dates = {};
    let bad = false;
    for (const name of ['signed', 'deposited', 'as_at', 'retrieved']) {
      if (!cell(name)) continue;
      const checked = checkDate(cell(name), name);
      if (checked.error || cell(name) < '1990-01-01') {
        reject(`${country}: ${checked.error ?? `${name} "${cell(name)}" is before 1990`}`);
        bad = true;
      } else dates[name] = checked.value;
    }
    if (bad) continue;
    const instrument = cell('instrument').toLowerCase();
    if (instrument && !INSTRUMENTS.includes(instrument)) {
      reject(`${country}: instrument "${cell('instrument')}" is not one of ${INSTRUMENTS.join(', ')}`);
      continue;
    }
    const urls = cell('source_url').split(/\s+/).filter(Boolean);
    const checkedUrls = urls.map((url) => checkSourceUrl(url));
    const badUrl = checkedUrls.find((u) => u.error);
    if (badUrl) {
      reject(`${country}: ${badUrl.error}`);
      continue;
    }
    if (!urls.length) {
      reject(`${country}: status "${status}" has no source_url (a status is shipped only with its source)`);
      continue;
    }
    if (!dates.retrieved) {
      reject(`${country}: retrieved is empty (write the date the source was read)`);
      continue;
    }
    if (!KINDS.includes(cell('source_kind').toLowerCase())) {
      reject(`${country}: source_kind "${cell('source_kind')}" is not official or secondary`);
      continue;
    }
    if (status !== 'party' && (dates.deposited || instrument)) {
      reject(`${country}: a deposit date or instrument is given, but the status is "${status}"`);
      continue;
    }
    blocks.set(country, {
      status,
      ...(dates.deposited && { since: dates.deposited }),
      ...(instrument && { instrument }),
      ...(dates.signed && { signed: dates.signed }),
      sources: displaySources(urls.map((url) => ({ label: hostLabel(url), url }))),
      retrieved: dates.retrieved,
      ...(dates.as_at && { as_at: dates.as_at }),
    });
  }
  return { blocks, statuses, problems };
}
