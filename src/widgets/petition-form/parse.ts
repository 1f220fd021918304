import { tokens, type AttributeWarning, type Parsed } from '../../core/attributes.js';
import { safeUrl } from '../../core/safe-url.js';
import { FIELDS, FIELD_KEYS, type FieldKey, type FieldSpec } from './fields.js';

/** Body formats (`format` attribute). */
export const FORMATS = ['json', 'form', 'osdi'] as const;
export type PetitionFormat = (typeof FORMATS)[number];

/**
 * The largest count or goal a petition can plausibly show: more signatures than people on Earth means a broken
 * counter, not a campaign. Also keeps the next-milestone arithmetic finite.
 */
export const MAX_COUNT = 10_000_000_000;

/** A signature count or goal worth showing: a whole number from 0 to MAX_COUNT. */
export const isPlausibleCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;

/** What a petition's attributes say, before validation. */
export interface PetitionAttributes {
  action?: string | undefined;
  format?: string | undefined;
  method?: string | undefined;
  fields?: string | undefined;
  required?: string | undefined;
  goal?: number | undefined;
  count?: number | undefined;
  privacyUrl?: string | undefined;
  /** The `goal` and `count` attributes as written, quoted in a warning when they are not usable numbers. */
  written?: Partial<Record<'goal' | 'count', string | null>>;
}

/** The checked settings the form works with. */
export interface PetitionSettings {
  /** The endpoint, or null when missing or unsafe (nothing can be sent). */
  action: string | null;
  format: PetitionFormat;
  method: 'POST' | 'PUT';
  /** The fields shown, in form order. */
  fields: readonly FieldSpec[];
  /** The shown fields the signer must fill. */
  required: ReadonlySet<FieldKey>;
  /** 0: no goal. */
  goal: number;
  /** The count given by attribute, when it is plausible. */
  count: number | undefined;
  privacyUrl: string | null;
}

const DEFAULT_FIELDS = 'given-name family-name email country';
const DEFAULT_REQUIRED = 'given-name email';

const isFieldKey = (token: string): token is FieldKey => FIELD_KEYS.includes(token as FieldKey);

/** Checks a petition's attributes: a safe default for everything unusable, with a warning naming it. */
export function parsePetition(attributes: PetitionAttributes): Parsed<PetitionSettings> {
  const warnings: AttributeWarning[] = [];
  const warn = (attribute: string, value: unknown, allowed: string, fallback: string) => warnings.push({ attribute, value: String(value), allowed, fallback });

  const formatAsked = (attributes.format ?? 'json').toLowerCase();
  const format = FORMATS.find((known) => known === formatAsked) ?? 'json';
  if (format !== formatAsked) warn('format', attributes.format, FORMATS.join(', '), 'sending JSON');

  const methodAsked = (attributes.method ?? 'POST').toUpperCase();
  const method = methodAsked === 'PUT' ? 'PUT' : 'POST';
  if (method !== methodAsked) warn('method', attributes.method, 'POST, PUT', 'using POST');

  // `fields=""` or only unknown names: the default fields.
  const wanted = tokens(attributes.fields ?? DEFAULT_FIELDS);
  const needed = tokens(attributes.required ?? DEFAULT_REQUIRED);
  for (const [name, list] of [
    ['fields', wanted],
    ['required', needed],
  ] as const) {
    for (const token of list) if (!isFieldKey(token)) warn(name, token, FIELD_KEYS.join(', '), 'ignoring it');
  }
  let fields = FIELDS.filter((field) => wanted.includes(field.key));
  if (!fields.length) fields = FIELDS.filter((field) => tokens(DEFAULT_FIELDS).includes(field.key));

  const counts: Record<'goal' | 'count', number | undefined> = { goal: undefined, count: undefined };
  for (const name of ['goal', 'count'] as const) {
    const value = attributes[name];
    if (value === undefined) continue;
    if (isPlausibleCount(value)) counts[name] = value;
    else warn(name, attributes.written?.[name] ?? value, `a whole number from 0 to ${MAX_COUNT}`, 'not showing it');
  }

  const urls: Record<'action' | 'privacyUrl', string | null> = { action: null, privacyUrl: null };
  for (const [name, attribute] of [
    ['action', 'action'],
    ['privacyUrl', 'privacy-url'],
  ] as const) {
    const value = attributes[name];
    if (value === undefined) {
      // Without an endpoint the form can be filled but never delivered: said at once, not first to a signer.
      if (name === 'action') warn(attribute, '', 'an https: URL', 'no signature can be sent');
      continue;
    }
    urls[name] = safeUrl(value);
    if (!urls[name]) warn(attribute, value, 'an https: URL', 'not using it');
  }

  return {
    value: {
      action: urls.action,
      format,
      method,
      fields,
      required: new Set(needed.filter(isFieldKey)),
      goal: counts.goal ?? 0,
      count: counts.count,
      privacyUrl: urls.privacyUrl,
    },
    warnings,
  };
}
