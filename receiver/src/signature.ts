/*
 * Reads a signature in any of <petition-form>'s three body formats (src/widgets/petition-form/adapters/):
 * - json  (application/json): {submission_id, signer: {given_name, …}, consent: {given, text, locale, time}, tags, source_code}
 * - form  (application/x-www-form-urlencoded): submission_id, given_name, …, consent=yes|no, consent_text,
 *         consent_locale, consent_time, tags (comma-separated), source_code
 * - osdi  (application/json with `person`): {person: {given_name, family_name, email_addresses: [{address}],
 *         postal_addresses: [{postal_code, country}], phone_numbers: [{number}]}, add_tags, referrer_data: {source},
 *         submission_id, consent}
 * The opt-in is always `consent.given` (never the OSDI email `status`). Values are cleaned as the widget cleans
 * them and checked with the widget's own limits; errors are keyed by the body's field names, which the widget
 * shows under its fields: {"errors": {"email": "Enter an email address like name@example.org."}}.
 */

/** A domain name's label: letters (any script: the mailer turns them into punycode) and digits, inner hyphens. */
const LABEL = '[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?';

/**
 * One bare address and nothing else, so that what is stored is what is mailed: a mailer reads `a,b@x.org` as two
 * recipients and `"Name" <b@x.org>` as a name the sender chose, so commas, quotes, angle brackets, brackets,
 * semicolons, colons, backslashes and spaces are refused. The local part takes what a browser's type=email takes
 * (and letters of any script), at most 64 characters; the domain has a dot, labels of at most 63, 253 in all.
 */
const EMAIL = new RegExp(`^[\\p{L}\\p{M}\\p{N}.!#$%&'*+/=?^_\`{|}~-]{1,64}@(?=[^@]{4,253}$)${LABEL}(?:\\.${LABEL})+$`, 'u');

/** The signer fields the widget can send, with its limits (src/widgets/petition-form/fields.ts). */
export const FIELDS = {
  given_name: { max: 100, missing: 'Enter your first name.' },
  family_name: { max: 100, missing: 'Enter your last name.' },
  email: { max: 254, missing: 'Enter your email address.', pattern: EMAIL, invalid: 'Enter an email address like name@example.org.' },
  country: { max: 2, missing: 'Choose your country.', pattern: /^[A-Z]{2}$/, invalid: 'Choose your country.' },
  postal_code: { max: 20, missing: 'Enter your postal code.' },
  phone: {
    max: 32,
    missing: 'Enter your phone number.',
    pattern: /^\+?[0-9][0-9 ().-]{3,}$/,
    invalid: 'Enter a phone number using digits, like +44 20 7946 0958.',
  },
} as const;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export type Format = 'json' | 'form' | 'osdi';

/** The widget's bot screening, kept for the NGO to judge (null: not sent, or not readable). Not personal data. */
export interface Screening {
  fill_ms: number | null;
  honeypot: boolean | null;
  too_fast: boolean | null;
}

export interface Signature {
  format: Format;
  submission_id: string;
  signer: Partial<Record<FieldName, string>>;
  consent: { given: boolean; text: string; locale: string; time: string };
  tags: string[];
  source_code?: string;
  screening: Screening;
  /** What tells this request from another with the same key, as text to hash: see `fingerprintText`. */
  fingerprintText: string;
}

export type Parsed = { ok: true; signature: Signature } | { ok: false; status: 400 | 415 | 422; errors: Record<string, string> };

/** Submission ids and Idempotency-Keys: the widget's UUIDs, or any 8 to 128 safe characters starting with a letter or digit. */
export const KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)$/;
const MAX_TAGS = 20;

/** What the widget keeps of a typed value (sanitize.ts): NFC, no control characters, trimmed. */
const clean = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();

const length = (value: string) => [...value].length;

/**
 * False for text with a lone surrogate (a JSON `\ud800` escape): PostgreSQL's json refuses it, failing the whole
 * batch of signatures it came in, and sealing would turn it into U+FFFD. (String.prototype.isWellFormed is ES2024.)
 */
const wellFormed = (value: string) => !/\p{Cs}/u.test(value);

/**
 * Consent times a device's clock can give. Outside, the insert may fail (PostgreSQL has no year 0000), and with it the
 * whole batch, retried one by one: a single request would slow every signer down.
 */
const CONSENT_TIMES = [Date.UTC(2000, 0, 1), Date.UTC(2100, 0, 1)] as const;

/** Parses the `Idempotency-Key` header, bare or as a quoted string (RFC 8941 sf-string); null when absent, false when unusable. */
export function idempotencyKey(header: string | undefined): string | null | false {
  if (header === undefined) return null;
  let key = header.trim();
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1);
  return KEY.test(key) ? key : false;
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const first = (value: unknown): Raw => (Array.isArray(value) && isObject(value[0]) ? value[0] : {});

/** A yes/no as JSON (true, false) or a form sends it (yes, no); null otherwise. */
const yesNo = (value: unknown): boolean | null => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(yes|true)$/i.test(value)) return true;
  if (typeof value === 'string' && /^(no|false)$/i.test(value)) return false;
  return null;
};

/**
 * The screening as sent ({fill_ms, honeypot, too_fast}); a value that cannot be read is left unknown. It is advice
 * for the NGO's review, never a reason to refuse a signature.
 */
function readScreening(value: unknown): Screening {
  const raw = isObject(value) ? value : {};
  const ms = typeof raw.fill_ms === 'string' && /^\d{1,9}$/.test(raw.fill_ms) ? Number(raw.fill_ms) : raw.fill_ms;
  return {
    fill_ms: typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms < 1e9 ? ms : null,
    honeypot: yesNo(raw.honeypot),
    too_fast: yesNo(raw.too_fast),
  };
}

/**
 * The request's fingerprint, before hashing: it tells a retry (the same signature again, to be answered as before)
 * from another request under the same key (422). It holds only what the signature's row keeps in clear anyway: the
 * key, the consent record as sent (the widget stamps it to the millisecond as the signer sends: two signatures never
 * share it) and the bot screening. Never the signer's details: a hash of them, beside everything else in clear,
 * would let whoever holds the database confirm a guessed name and email with one SHA-256. Nor a keyed hash of
 * them: the receiver has no secret it can count on (emailHashKey and the token are optional), and one kept in the
 * database would be no secret from whoever holds it. So a request that reuses a key with the same consent record
 * but other details is answered as a retry, and not stored: the widget never sends one.
 */
function fingerprintText(submission_id: string, consent: unknown[] | null, screening: Screening): string {
  return JSON.stringify(['cw-fingerprint-2', submission_id, consent, [screening.fill_ms, screening.honeypot, screening.too_fast]]);
}

/** Reads a body; `contentType` is the request's Content-Type header. */
export function parseSignature(contentType: string | undefined, body: string, required: readonly string[]): Parsed {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let format: Format;
  let raw: { submission_id: unknown; signer: Raw; consent: unknown; tags: unknown; source_code: unknown; screening: unknown };
  if (type === 'application/json' || type.endsWith('+json')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return { ok: false, status: 400, errors: { body: 'The body is not valid JSON.' } };
    }
    if (!isObject(data)) return { ok: false, status: 400, errors: { body: 'The body must be a JSON object.' } };
    if (isObject(data.person)) {
      format = 'osdi';
      const person = data.person;
      const postal = first(person.postal_addresses);
      raw = {
        submission_id: data.submission_id,
        signer: {
          given_name: person.given_name,
          family_name: person.family_name,
          email: first(person.email_addresses).address,
          country: postal.country,
          postal_code: postal.postal_code,
          phone: first(person.phone_numbers).number,
        },
        consent: data.consent,
        tags: data.add_tags,
        source_code: isObject(data.referrer_data) ? data.referrer_data.source : undefined,
        screening: data.screening,
      };
    } else {
      format = 'json';
      if (data.signer !== undefined && !isObject(data.signer)) return { ok: false, status: 422, errors: { signer: 'The signer must be an object.' } };
      raw = {
        submission_id: data.submission_id,
        signer: (data.signer as Raw | undefined) ?? {},
        consent: data.consent,
        tags: data.tags,
        source_code: data.source_code,
        screening: data.screening,
      };
    }
  } else if (type === 'application/x-www-form-urlencoded') {
    format = 'form';
    const params = new URLSearchParams(body);
    const get = (name: string) => params.get(name) ?? undefined;
    const given = get('consent');
    raw = {
      submission_id: get('submission_id'),
      signer: Object.fromEntries(FIELD_NAMES.map((name) => [name, get(name)])),
      consent:
        given === undefined && !params.has('consent_time')
          ? undefined
          : {
              given: /^(yes|true|on|1)$/i.test(given ?? '') ? true : /^(no|false|off|0|)$/i.test(given ?? '') ? false : given,
              text: get('consent_text'),
              locale: get('consent_locale'),
              time: get('consent_time'),
            },
      tags: get('tags')?.split(','),
      source_code: get('source_code'),
      screening: { fill_ms: get('screening_fill_ms'), honeypot: get('screening_honeypot'), too_fast: get('screening_too_fast') },
    };
  } else {
    return { ok: false, status: 415, errors: { body: 'Send application/json or application/x-www-form-urlencoded.' } };
  }

  const errors: Record<string, string> = {};
  const submission_id = typeof raw.submission_id === 'string' ? raw.submission_id.trim() : '';
  if (!KEY.test(submission_id)) errors.submission_id = 'A submission id (8 to 128 letters, digits, dots, colons, dashes or underscores) is required.';

  const signer: Signature['signer'] = {};
  for (const name of FIELD_NAMES) {
    const spec: { max: number; missing: string; pattern?: RegExp; invalid?: string } = FIELDS[name];
    const value = raw.signer[name];
    if (value === undefined || value === null || value === '') {
      if (required.includes(name)) errors[name] = spec.missing;
      continue;
    }
    if (typeof value !== 'string' || !wellFormed(value)) {
      errors[name] = 'Check this field.';
      continue;
    }
    let text = clean(value);
    if (name === 'country') text = text.toUpperCase();
    if (!text) {
      if (required.includes(name)) errors[name] = spec.missing;
    } else if (spec.pattern && !spec.pattern.test(text)) errors[name] = spec.invalid ?? 'Check this field.';
    else if (length(text) > spec.max) errors[name] = 'Check this field.';
    else signer[name] = text;
  }

  // The consent record. Absent: no opt-in was offered or recorded (given false, the time of arrival).
  let consent: Signature['consent'] = { given: false, text: '', locale: '', time: new Date().toISOString() };
  // As sent: a retry must fingerprint alike, and the time of arrival is not the same at each try.
  let consentSent: unknown[] | null = null;
  if (raw.consent !== undefined && raw.consent !== null) {
    const c = isObject(raw.consent) ? raw.consent : {};
    const text = c.text ?? '';
    const locale = c.locale ?? '';
    const time = c.time ?? consent.time;
    if (
      typeof c.given !== 'boolean' ||
      typeof text !== 'string' ||
      !wellFormed(text) ||
      length(text) > 2000 ||
      typeof locale !== 'string' ||
      (locale !== '' && (!LOCALE.test(locale) || locale.length > 35)) ||
      typeof time !== 'string' ||
      !ISO_TIME.test(time) ||
      !(Date.parse(time) >= CONSENT_TIMES[0] && Date.parse(time) < CONSENT_TIMES[1])
    ) {
      errors.consent = 'The consent record must be {given: true or false, text, locale, time (ISO 8601, years 2000 to 2099)}.';
    } else {
      consent = { given: c.given, text: clean(text), locale, time: new Date(Date.parse(time)).toISOString() };
      consentSent = [consent.given, consent.text, consent.locale, c.time === undefined ? null : consent.time];
    }
  }

  let tags: string[] = [];
  if (raw.tags !== undefined && raw.tags !== null) {
    if (!Array.isArray(raw.tags) || raw.tags.length > MAX_TAGS || raw.tags.some((tag) => typeof tag !== 'string' || !wellFormed(tag) || length(tag) > 100)) {
      errors.tags = `Tags must be a list of at most ${MAX_TAGS} texts of at most 100 characters.`;
    } else tags = raw.tags.map((tag: string) => clean(tag)).filter(Boolean);
  }

  let source_code: string | undefined;
  if (raw.source_code !== undefined && raw.source_code !== null && raw.source_code !== '') {
    if (typeof raw.source_code !== 'string' || !wellFormed(raw.source_code) || length(raw.source_code) > 100)
      errors.source_code = 'The source code must be a text of at most 100 characters.';
    else source_code = clean(raw.source_code) || undefined;
  }

  if (Object.keys(errors).length) return { ok: false, status: 422, errors };
  const screening = readScreening(raw.screening);
  const signature: Signature = {
    format,
    submission_id,
    signer,
    consent,
    tags,
    screening,
    fingerprintText: fingerprintText(submission_id, consentSent, screening),
  };
  if (source_code) signature.source_code = source_code;
  return { ok: true, signature };
}
