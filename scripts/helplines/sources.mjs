// Reads the reviewed research files for <help-line> (src/data/sources/) and builds the blocks of the shipped dataset.
//
//   helplines.csv  one row per VALUE (lines mix sources: the number from the operator, the hours from a newspaper),
//                  columns: country, line_id, field, value, label, source_url, source_kind, page_date, retrieved,
//                  current, notes. The rows that share a line_id are one line. Fields:
//                    kind          required, once: trafficking | child | gbv | general (a child or gender-based-
//                                  violence line is never "trafficking", even when it takes trafficking reports)
//                    name          required, once: the line's name as its operator writes it
//                    operator      who runs it
//                    phone         a number as written; may be given several times: the first is the line's number,
//                                  the others (WhatsApp, from abroad, regional teams) follow with their `label`
//                    sms           a number to text (`label`: e.g. the keyword to send)
//                    messaging_url, web_form_url, chat_url, website   https: addresses
//                    hours         "24/7" or a short English text
//                    languages     BCP 47 codes separated by spaces, e.g. "en es"
//                    free, confidential   yes | no
//                  label: a short English note shown with a number ("from abroad"); empty otherwise.
//                  page_date: the page's own date (YYYY, YYYY-MM, YYYY-MM-DD, "~" in front when estimated; empty
//                  when unknown). current: "no" when the value may be out of date. notes: for reviewers, never shipped.
//   emergency.csv  one row per member state: country, number (the number for immediate danger: the police or the
//                  general emergency number; empty when no source gave one), also (other numbers the sources give,
//                  "112 (general); 15 (ambulance)"), source_url (addresses separated by spaces), source_kind,
//                  page_date, retrieved, notes, and optionally current ("no" when no recent page confirms the
//                  number; the widget then says to check it).
import { countryRows } from '../missions/country-rows.mjs';
import { parseCsv } from '../missions/csv.mjs';
import { checkPageDate, checkSourceUrl, displaySources, hostLabel, KINDS } from '../missions/sources.mjs';
import { checkCountry, checkDate, checkWebsite, cleanText } from '../missions/validate.mjs';
import { telFor } from './phone.mjs';

export const HELPLINE_COLUMNS = ['country', 'line_id', 'field', 'value', 'label', 'source_url', 'source_kind', 'page_date', 'retrieved', 'current', 'notes'];
export const EMERGENCY_COLUMNS = ['country', 'number', 'also', 'source_url', 'source_kind', 'page_date', 'retrieved', 'notes'];
export const LINE_KINDS = ['trafficking', 'child', 'gbv', 'general'];
const ONCE = ['kind', 'name', 'operator', 'sms', 'messaging_url', 'web_form_url', 'chat_url', 'website', 'hours', 'languages', 'free', 'confidential'];
const FIELDS = [...ONCE, 'phone'];
/** The key of each field in a shipped line (and in its provenance). */
const KEY = {
  name: 'name',
  operator: 'operator',
  phone: 'phone',
  sms: 'sms',
  messaging_url: 'messaging',
  web_form_url: 'web',
  chat_url: 'chat',
  website: 'website',
  hours: 'hours',
  languages: 'languages',
  free: 'free',
  confidential: 'confidential',
};
const LANGUAGE = /^[a-z]{2,3}(?:-(?:[A-Z][a-z]{3}|[A-Z]{2}|\d{3}))?$/;

/** A number as written for display: text without line breaks, at most 60 characters. */
function numberText(raw) {
  const text = cleanText(raw, { max: 60 });
  return text.error ? { error: `"${raw}" ${text.error}` } : text.value ? { value: text.value } : { error: 'is empty' };
}

/** Checks a value of `field`; returns `{ value }` (what is shipped) or `{ error }`. */
function checkValue(field, raw, country) {
  switch (field) {
    case 'kind':
      return LINE_KINDS.includes(raw) ? { value: raw } : { error: `kind "${raw}" is not one of ${LINE_KINDS.join(', ')}` };
    case 'name':
    case 'operator': {
      const text = cleanText(raw, { max: 160 });
      return text.error ? { error: `${field} ${text.error}` } : text.value ? { value: text.value } : { error: `${field} is empty` };
    }
    case 'phone': {
      const text = numberText(raw);
      return text.error ? { error: `phone ${text.error}` } : text;
    }
    case 'sms': {
      const tel = telFor(country, raw);
      return tel ? { value: tel } : { error: `sms "${raw}" is not a number that can be texted as written (+country code, or a short number)` };
    }
    case 'messaging_url':
    case 'web_form_url':
    case 'chat_url':
    case 'website': {
      const url = checkWebsite(raw, field);
      if (url.error) return url;
      if (!/^https:\/\//i.test(String(raw).trim())) return { error: `${field} "${raw}" must be written with https://` };
      return { value: url.value };
    }
    case 'hours': {
      const text = cleanText(raw, { max: 60 });
      return text.error ? { error: `hours ${text.error}` } : text.value ? { value: text.value } : { error: 'hours is empty' };
    }
    case 'languages': {
      const codes = String(raw).trim().split(/\s+/).filter(Boolean);
      const bad = codes.find((code) => !LANGUAGE.test(code));
      return !codes.length || bad ? { error: `languages "${raw}": write BCP 47 codes separated by spaces, e.g. "en es"` } : { value: codes };
    }
    case 'free':
    case 'confidential': {
      const text = String(raw).trim().toLowerCase();
      return text === 'yes' ? { value: true } : text === 'no' ? { value: false } : { error: `${field} "${raw}" is not yes or no` };
    }
    default:
      return { error: `field "${field}" is not one of ${FIELDS.join(', ')}` };
  }
}

/** The shared source columns of a row: `{ url, kind, pageDate, retrieved, current }` or `{ error }`. */
function checkSource(cell, prefix = '') {
  const url = cell('source_url');
  const urls = url.split(/\s+/).filter(Boolean);
  if (!urls.length) return { error: `${prefix}source_url is empty (every value needs the address of the page it was read on)` };
  for (const one of urls) {
    const checked = checkSourceUrl(one);
    if (checked.error) return { error: `${prefix}${checked.error}` };
  }
  const kind = cell('source_kind').toLowerCase();
  if (!KINDS.includes(kind)) return { error: `${prefix}source_kind "${cell('source_kind')}" is not official or secondary` };
  const pageDate = checkPageDate(cell('page_date'));
  if (pageDate.error) return { error: `${prefix}${pageDate.error}` };
  const retrieved = checkDate(cell('retrieved'), 'retrieved');
  if (retrieved.error) return { error: `${prefix}${retrieved.error}` };
  return { urls, kind, pageDate: pageDate.value, retrieved: retrieved.value };
}

/** The provenance entry of one value. */
function provenanceOf(source, current) {
  return {
    url: source.urls[0],
    kind: source.kind,
    retrieved: source.retrieved,
    ...(source.pageDate && { page_date: source.pageDate }),
    ...(current === false && { current: false }),
  };
}

/**
 * Reads helplines.csv. Returns `lines`: Map country -> shipped lines (in file order), and every problem
 * (`{where, message, kind}`: `row` for a rejected row or line, `field` for a dropped value).
 * @throws when the file is not the documented format
 */
export function readHelplines(text) {
  const { header, headerLine, rows } = parseCsv(text);
  const missing = HELPLINE_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length) throw new Error(`line ${headerLine}: the header has no ${missing.join(', ')} column (columns: ${HELPLINE_COLUMNS.join(', ')})`);
  const problems = [];
  const byId = new Map();
  for (const { line, cells } of rows) {
    const where = `line ${line}`;
    const cell = (name) => (cells[header.indexOf(name)] ?? '').trim();
    const drop = (message) => problems.push({ where, message: `${cell('line_id') || '?'}: ${message}; dropped`, kind: 'field' });
    const country = checkCountry(cell('country'));
    if (country.error) {
      problems.push({ where, message: `rejected: ${country.error}`, kind: 'row' });
      continue;
    }
    const id = cell('line_id');
    if (!/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.slice(0, 2) !== country.value.toLowerCase()) {
      problems.push({
        where,
        message: `rejected: line_id "${id}" must be lower case, start with the country code and a dash (e.g. ${country.value.toLowerCase()}-national-hotline)`,
        kind: 'row',
      });
      continue;
    }
    const field = cell('field');
    const checked = checkValue(field, cell('value'), country.value);
    if (checked.error) {
      drop(checked.error);
      continue;
    }
    const source = checkSource(cell);
    if (source.error) {
      drop(source.error);
      continue;
    }
    const current = /^no$/i.test(cell('current')) ? false : /^yes$/i.test(cell('current')) ? true : undefined;
    if (current === undefined) {
      drop(`current "${cell('current')}" is not yes or no`);
      continue;
    }
    const label = cleanText(cell('label'), { max: 60 });
    if (label.error) {
      drop(`label ${label.error}`);
      continue;
    }
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { country: country.value, where, values: new Map(), phones: [] }));
    else if (entry.country !== country.value) {
      problems.push({ where, message: `rejected: ${id} already belongs to ${entry.country}`, kind: 'row' });
      continue;
    }
    if (field === 'phone') entry.phones.push({ raw: cell('value'), value: checked.value, label: label.value, source, current });
    else if (entry.values.has(field)) drop(`${field} is given twice for this line`);
    else entry.values.set(field, { value: checked.value, label: label.value, source, current });
  }

  const lines = new Map();
  for (const [id, entry] of byId) {
    const { country, values, phones } = entry;
    if (!values.has('kind') || !values.has('name')) {
      problems.push({ where: entry.where, message: `rejected: line ${id} has no ${values.has('kind') ? 'name' : 'kind'} row`, kind: 'row' });
      continue;
    }
    const flat = { id, kind: values.get('kind').value };
    const provenance = {};
    const sources = [];
    let retrieved = '';
    let current = true;
    const use = (v) => {
      for (const url of v.source.urls) sources.push({ label: hostLabel(url), url });
      if (v.source.retrieved > retrieved) retrieved = v.source.retrieved;
      if (v.current === false) current = false;
    };
    use(values.get('kind'));
    use(values.get('name'));
    flat.name = values.get('name').value;
    provenance.name = provenanceOf(values.get('name').source, values.get('name').current);
    if (values.has('operator')) {
      const v = values.get('operator');
      flat.operator = v.value;
      provenance.operator = provenanceOf(v.source, v.current);
      use(v);
    }
    const [main, ...others] = phones;
    if (main) {
      flat.phone = main.value;
      const tel = telFor(country, main.value);
      if (tel) flat.tel = tel;
      if (main.label) flat.phoneLabel = main.label;
      provenance.phone = provenanceOf(main.source, main.current);
      use(main);
    }
    if (others.length) {
      flat.otherPhones = others.map((p) => {
        const tel = telFor(country, p.value);
        return { phone: p.value, ...(tel && { tel }), ...(p.label && { label: p.label }) };
      });
      provenance.otherPhones = others.map((p) => provenanceOf(p.source, p.current));
      others.forEach(use);
    }
    for (const field of ['sms', 'messaging_url', 'web_form_url', 'chat_url', 'website', 'hours', 'languages', 'free', 'confidential']) {
      const v = values.get(field);
      if (!v) continue;
      flat[KEY[field]] = v.value;
      if (field === 'sms' && v.label) flat.smsLabel = v.label;
      provenance[KEY[field]] = provenanceOf(v.source, v.current);
      use(v);
    }
    if (!(flat.phone || flat.sms || flat.messaging || flat.web || flat.chat || flat.website)) {
      problems.push({ where: entry.where, message: `rejected: line ${id} has no number or address to reach it`, kind: 'row' });
      continue;
    }
    const line = { ...flat, sources: displaySources(sources), retrieved, ...(!current && { current: false }), provenance };
    if (!lines.has(country)) lines.set(country, []);
    lines.get(country).push(line);
  }
  return { lines, problems };
}

/**
 * Reads emergency.csv. Returns `emergency`: Map country -> shipped block (only where a number was given), the
 * countries the file lists, and problems.
 */
export function readEmergency(text) {
  const problems = [];
  const emergency = new Map();
  const listed = new Set();
  for (const { country, cell, reject } of countryRows(text, EMERGENCY_COLUMNS, problems)) {
    listed.add(country);
    if (!cell('number')) continue;
    const number = numberText(cell('number'));
    if (number.error) {
      reject(`${country}: number ${number.error}`);
      continue;
    }
    const source = checkSource(cell, `${country}: `);
    if (source.error) {
      reject(source.error);
      continue;
    }
    const also = cell('also')
      .split(';')
      .map((part) => part.trim().replace(/\s*\(.*\)$/, ''))
      .filter(Boolean);
    const badAlso = also.find((n) => !/^[\d\s*+-]+$/.test(n));
    if (badAlso) {
      reject(`${country}: also "${badAlso}" is not a number (write "112 (general); 15 (ambulance)")`);
      continue;
    }
    // Optional column: files written before it existed have no `current`, which means current.
    const current = cell('current');
    if (current && !/^(yes|no)$/i.test(current)) {
      reject(`${country}: current "${current}" is not yes or no`);
      continue;
    }
    const tel = telFor(country, number.value);
    emergency.set(country, {
      number: number.value,
      ...(tel && { tel }),
      ...(also.length && { also }),
      sources: displaySources(source.urls.map((url) => ({ label: hostLabel(url), url }))),
      retrieved: source.retrieved,
      kind: source.kind,
      ...(/^no$/i.test(current) && { current: false }),
    });
  }
  return { emergency, listed, problems };
}
