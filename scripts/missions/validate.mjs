// Field checks shared by the Blue Book and spreadsheet importers. Each returns `{ value }` (possibly with a
// `notice` about what was tidied) or `{ error }` saying what is wrong in words a campaign team can act on.
import { MEMBER_STATES } from './member-states.mjs';

const byIso2 = new Map(MEMBER_STATES.map(([iso2]) => [iso2, iso2]));
const byIso3 = new Map(MEMBER_STATES.map(([iso2, iso3]) => [iso3, iso2]));

/** Upper-case letters and digits only, no accents, apostrophes or a leading "THE", for matching country names. */
export function nameKey(name) {
  return String(name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/^THE /, '');
}

// Other spellings of member states' names seen in UN lists (official long forms, former names).
const ALIASES = {
  'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND': 'GB',
  'KINGDOM OF THE NETHERLANDS': 'NL',
  'GAMBIA REPUBLIC OF THE': 'GM',
  'KYRGYZ REPUBLIC': 'KG',
  TURKEY: 'TR',
  'CZECH REPUBLIC': 'CZ',
  SWAZILAND: 'SZ',
  'THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA': 'MK',
  'REPUBLIC OF THE CONGO': 'CG',
  'CAPE VERDE': 'CV',
};
const byName = new Map(Object.entries(ALIASES).map(([name, iso2]) => [nameKey(name), iso2]));
for (const [iso2, , unName, common] of MEMBER_STATES) {
  byName.set(nameKey(unName), iso2);
  if (common) byName.set(nameKey(common), iso2);
}

/** A UN member state from an ISO 3166-1 alpha-2 or alpha-3 code, any case. */
export function checkCountry(raw) {
  const code = String(raw ?? '')
    .trim()
    .toUpperCase();
  if (!code) return { error: 'country is empty (write the ISO 3166-1 alpha-2 code, e.g. KE)' };
  const iso2 = code.length === 2 ? byIso2.get(code) : code.length === 3 ? byIso3.get(code) : undefined;
  if (iso2) return { value: iso2 };
  return /^[A-Z]{2,3}$/.test(code)
    ? { error: `country "${raw}" is not the code of a UN member state` }
    : { error: `country "${raw}" is not an ISO 3166-1 code (two letters, e.g. KE)` };
}

/** A UN member state from a name as UN lists spell it (or a common English name). */
export function countryFromName(...names) {
  for (const name of names) {
    const iso2 = name ? byName.get(nameKey(name)) : undefined;
    if (iso2) return iso2;
  }
  return undefined;
}

/** Trimmed text with runs of spaces collapsed and line breaks kept as `\n`; undefined when empty. */
export function cleanText(raw, { lines = false, max = 400 } = {}) {
  if (raw === null || raw === undefined) return { value: undefined };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { error: `is not text (${JSON.stringify(raw)})` };
  // eslint-disable-next-line no-control-regex
  const text = String(raw).replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
  const parts = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const value = parts.join(lines ? '\n' : ' ');
  if (value.length > max) return { error: `is longer than ${max} characters` };
  return { value: value || undefined };
}

const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * A telephone number. Accepted: E.164 (`+12124214741`) or the loose form people write, `+` then digits with spaces,
 * dots, dashes or brackets (`+1 (212) 421-4741`, `(+1-917) 54 28 400`). A 10-digit number without `+` is read as a North American number
 * (`(212) 421-4741` → `+12124214741`): Permanent Missions are in New York. Any other number needs its `+` and
 * country code. Letters (`ext.`, vanity numbers) are refused. Of several numbers (`a, b`, `a / b`, `a or b`) the
 * first is kept. Returns the number as written (for display) and `tel` in E.164 for the link.
 */
export function checkPhone(raw) {
  const text = cleanText(raw);
  if (text.error) return { error: `phone ${text.error}` };
  if (!text.value) return { value: undefined };
  const [first, ...more] = text.value.split(/\s*(?:[,;/]|\bor\b)\s*/i).filter(Boolean);
  const notice = more.length ? `phone "${text.value}" holds several numbers; kept the first, "${first}"` : undefined;
  if (!/^\(?\+?[\d\s().-]+$/.test(first)) {
    return { error: `phone "${first}" has characters other than digits, spaces, + ( ) . - (letters cannot be dialled)` };
  }
  const digits = first.replace(/\D/g, '');
  let tel;
  if (/^\(?\+/.test(first)) tel = `+${digits}`;
  else if (NANP.test(digits)) tel = `+1${digits}`;
  else if (digits.length === 11 && digits.startsWith('1') && NANP.test(digits.slice(1))) tel = `+${digits}`;
  else return { error: `phone "${first}" has no country code: write it as +<country code> <number>, e.g. +1 212 555 0100` };
  if (!/^\+[1-9]\d{6,14}$/.test(tel)) return { error: `phone "${first}" is not a possible international number (7 to 15 digits)` };
  return { value: { phone: first, tel }, notice };
}

const EMAIL = /^[A-Za-z0-9.!#$'*+=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** One email address (`name@domain.tld`); of several the first is kept; a leading `mailto:` is dropped. */
export function checkEmail(raw) {
  const text = cleanText(raw);
  if (text.error) return { error: `email ${text.error}` };
  if (!text.value) return { value: undefined };
  const [first, ...more] = text.value
    .replace(/^mailto:/i, '')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const notice = more.length ? `email "${text.value}" holds several addresses; kept the first, "${first}"` : undefined;
  if (!EMAIL.test(first) || first.length > 254) return { error: `email "${first}" is not an email address` };
  return { value: first, notice };
}

/** An https: website. Without a scheme (`www.un.int/kenya`) https:// is assumed; http: and others are refused. */
export function checkWebsite(raw, what = 'website') {
  const text = cleanText(raw);
  if (text.error) return { error: `${what} ${text.error}` };
  if (!text.value) return { value: undefined };
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(text.value);
  let url;
  try {
    url = new URL(hasScheme ? text.value : `https://${text.value}`);
  } catch {
    return { error: `${what} "${text.value}" is not a web address` };
  }
  if (url.protocol !== 'https:') return { error: `${what} "${text.value}" is not https: (only https: addresses are linked)` };
  if (!url.hostname.includes('.') || url.username || url.password) return { error: `${what} "${text.value}" is not a public web address` };
  return { value: url.href, notice: hasScheme ? undefined : `${what} "${text.value}" had no scheme; https:// assumed` };
}

/** A real calendar date written YYYY-MM-DD, not in the future. */
export function checkDate(raw, what = 'date') {
  const text = String(raw ?? '').trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) return { error: `${what} "${text}" is not a date written YYYY-MM-DD` };
  if (date.getTime() > Date.now() + 86_400_000) return { error: `${what} "${text}" is in the future` };
  return { value: text };
}

/**
 * A source from text such as `https://www.un.int/kenya/about (mission page …)`: the address becomes a link only
 * when it is a complete https: address (elided `…/.../…` or http: ones keep just their host name as the label).
 */
export function sourceFromText(text) {
  const match = /^(\S+)\s*(?:\((.*)\))?\s*$/s.exec(String(text).trim());
  const address = match?.[1] ?? String(text).trim();
  const note = match?.[2]?.trim() || undefined;
  let url;
  try {
    url = new URL(address);
  } catch {
    return { label: address, ...(note && { note }) };
  }
  const label = url.hostname.replace(/^www\./, '');
  const linkable = url.protocol === 'https:' && !/\.\.\.|…/.test(address);
  return { label, ...(linkable && { url: url.href }), ...(note && { note }) };
}

/** One source per label (the first that has a link, else the first), so the widget names each source once. */
export function uniqueSources(sources) {
  const byLabel = new Map();
  for (const source of sources) {
    const seen = byLabel.get(source.label);
    if (!seen || (!seen.url && source.url)) byLabel.set(source.label, source);
  }
  return [...byLabel.values()];
}
