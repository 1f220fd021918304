/*
 * The receiver's settings: defaults, then a JSON file (RECEIVER_CONFIG, or receiver.config.json in the working
 * folder when present), then environment variables. Nothing secret is ever generated here: without a public key
 * the receiver does not start, and says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parsePublicKey } from './seal.js';
import { FIELD_NAMES } from './signature.js';

export interface DoubleOptIn {
  /** SMTP server, e.g. `smtp://user:password@mail.example.org:587` or `smtps://…:465`. */
  smtp: string;
  /** The sender, e.g. `"Campaign team" <campaign@ngo.example>`. */
  from: string;
  /** The receiver's public https address; the confirmation link is `<publicUrl>/confirm?t=…`. */
  publicUrl: string;
  /** Mail subject for every signer; unset, each gets the receiver's own in the language they signed in (messages.ts). */
  subject?: string;
  /** Mail text for every signer, with `{link}` where the confirmation link goes; unset, as the subject. */
  text?: string;
  /** Days a confirmation link works. */
  days: number;
}

export interface ReceiverConfig {
  /** TCP port (0: any free port). */
  port: number;
  /** Interface to listen on: 127.0.0.1 behind a TLS reverse proxy (the widget sends only to https: URLs). */
  host: string;
  /** The embedded database's folder (PGlite), used when `databaseUrl` is not set. */
  dataDir: string;
  /** A PostgreSQL connection string: use PostgreSQL instead of the embedded database. */
  databaseUrl?: string;
  /** The NGO's public key (base64, from `npm run --prefix receiver keygen`): signer details are sealed to it. */
  publicKey: string;
  /** Origins allowed to send signatures from a browser, e.g. `https://www.ngo.example` (exact match). */
  allowedOrigins: string[];
  /** Bearer token for /export, /erase and /purge; without one those routes answer 404. */
  token?: string;
  /** Signer fields a signature must have (body names: given_name family_name email country postal_code phone). */
  required: string[];
  /** Store the country in clear and answer /count?country=XX. Off by default: only the NGO can read the country. */
  countryCounts: boolean;
  /** Secret for the keyed email hash: turns on de-duplication and erasure by email. Off by default (see README). */
  emailHashKey?: string;
  /** Days a signature is kept; older ones are purged hourly (the count keeps them). Unset: kept until purged. */
  retentionDays?: number;
  /** Hours a request's fingerprint is kept to tell a retry from a different request with the same key. */
  idempotencyHours: number;
  /** Seconds /count may be cached (Cache-Control max-age). */
  countMaxAge: number;
  /** Signatures per second accepted overall (0: no limit); beyond, 429 with Retry-After. */
  rateLimit: number;
  /** Burst allowed above the rate. */
  rateBurst: number;
  /** Signatures waiting for the database beyond which the answer is 503 with Retry-After. */
  maxPending: number;
  /** Retry-After seconds sent with 503. */
  retryAfter: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Embedded database only: fsync each commit to the disk (default). Off: commits reach the operating system only. */
  fsync: boolean;
  /** Double opt-in by email for signers who ticked the consent box; off unless set. */
  doubleOptIn?: DoubleOptIn;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const NO_PUBLIC_KEY = `No public key is configured, so signatures could not be encrypted and the receiver will not start.
On the NGO's own computer (not this server), run:

    npm run --prefix receiver keygen

It writes the secret key to a file that stays on that computer, and prints the public key. Then start the receiver with

    RECEIVER_PUBLIC_KEY=<the printed public key> npm run receiver

(or put "publicKey" in receiver/receiver.config.json).`;

const DEFAULTS: Omit<ReceiverConfig, 'publicKey'> = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: 'data',
  allowedOrigins: [],
  required: ['given_name', 'email'],
  countryCounts: false,
  idempotencyHours: 24,
  countMaxAge: 10,
  rateLimit: 0,
  rateBurst: 50,
  maxPending: 2000,
  retryAfter: 2,
  maxBodyBytes: 16 * 1024,
  fsync: true,
};

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);
const bool = (text: string) => /^(1|true|yes|on)$/i.test(text);

/** Environment variable → setting. */
const ENV: Record<string, [keyof ReceiverConfig, (text: string) => unknown]> = {
  RECEIVER_PORT: ['port', Number],
  RECEIVER_HOST: ['host', String],
  RECEIVER_DATA_DIR: ['dataDir', String],
  DATABASE_URL: ['databaseUrl', String],
  RECEIVER_PUBLIC_KEY: ['publicKey', String],
  RECEIVER_ALLOWED_ORIGINS: ['allowedOrigins', list],
  RECEIVER_TOKEN: ['token', String],
  RECEIVER_REQUIRED: ['required', list],
  RECEIVER_COUNTRY_COUNTS: ['countryCounts', bool],
  RECEIVER_EMAIL_HASH_KEY: ['emailHashKey', String],
  RECEIVER_RETENTION_DAYS: ['retentionDays', Number],
  RECEIVER_IDEMPOTENCY_HOURS: ['idempotencyHours', Number],
  RECEIVER_COUNT_MAX_AGE: ['countMaxAge', Number],
  RECEIVER_RATE_LIMIT: ['rateLimit', Number],
  RECEIVER_RATE_BURST: ['rateBurst', Number],
  RECEIVER_MAX_PENDING: ['maxPending', Number],
  RECEIVER_RETRY_AFTER: ['retryAfter', Number],
  RECEIVER_FSYNC: ['fsync', bool],
};

/** Double opt-in environment variables (all of SMTP_URL, MAIL_FROM and PUBLIC_URL turn it on). */
const DOI_ENV: Record<string, keyof DoubleOptIn> = {
  RECEIVER_SMTP_URL: 'smtp',
  RECEIVER_MAIL_FROM: 'from',
  RECEIVER_PUBLIC_URL: 'publicUrl',
  RECEIVER_MAIL_SUBJECT: 'subject',
  RECEIVER_MAIL_TEXT: 'text',
};

export const DOI_DEFAULTS = {
  days: 7,
};

/** Whether the receiver's public address can carry confirmation links: https, or http on this computer only. */
function publicAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return (url.protocol === 'https:' || (url.protocol === 'http:' && local)) && !url.search && !url.hash && !url.username && !url.password;
}

/**
 * The settings from a partial object (as `startReceiver()` takes) over the defaults; checked. Relative `dataDir`
 * resolves from `base` (the config file's folder, or the working folder).
 */
export function resolveConfig(
  given: Partial<Omit<ReceiverConfig, 'doubleOptIn'>> & { doubleOptIn?: Partial<DoubleOptIn> },
  base = process.cwd(),
): ReceiverConfig {
  const config = { ...DEFAULTS, ...given } as ReceiverConfig & { doubleOptIn?: Partial<DoubleOptIn> };
  const problems: string[] = [];
  if (!config.publicKey) throw new ConfigError(NO_PUBLIC_KEY);
  config.dataDir = resolve(base, config.dataDir);
  try {
    parsePublicKey(config.publicKey);
  } catch (error) {
    problems.push(`publicKey: ${(error as Error).message}`);
  }
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) problems.push(`port: ${config.port} is not a TCP port`);
  for (const origin of config.allowedOrigins) {
    let ok = false;
    try {
      ok = new URL(origin).origin === origin;
    } catch {
      // reported below
    }
    if (!ok)
      problems.push(`allowedOrigins: "${origin}" is not an origin like https://www.ngo.example (scheme, host, optional port; no path or trailing slash)`);
  }
  for (const field of config.required)
    if (!(FIELD_NAMES as string[]).includes(field)) problems.push(`required: "${field}" is not one of ${FIELD_NAMES.join(', ')}`);
  for (const key of ['idempotencyHours', 'countMaxAge', 'rateLimit', 'rateBurst', 'maxPending', 'retryAfter', 'maxBodyBytes'] as const) {
    if (!(Number(config[key]) >= 0)) problems.push(`${key}: ${config[key]} is not a number ≥ 0`);
  }
  if (config.retentionDays !== undefined && !(config.retentionDays > 0)) problems.push(`retentionDays: ${config.retentionDays} is not a number of days > 0`);
  // A bearer token is read up to the first space, and a header carries no other character reliably: such a token
  // would be accepted here and never let anyone in.
  if (config.token !== undefined && !/^[\x21-\x7e]*$/.test(config.token))
    problems.push('token: use letters, digits and punctuation only, no spaces (`npm run --prefix receiver token` prints one)');
  else if (config.token !== undefined && config.token.length < 24)
    problems.push('token: use at least 24 random characters (`npm run --prefix receiver token` prints one)');
  if (config.emailHashKey !== undefined && config.emailHashKey.length < 32)
    problems.push('emailHashKey: use at least 32 random characters (`npm run --prefix receiver token` prints one)');
  if (config.doubleOptIn) {
    const doi = { ...DOI_DEFAULTS, ...config.doubleOptIn };
    for (const key of ['smtp', 'from', 'publicUrl'] as const) if (!doi[key]) problems.push(`doubleOptIn.${key} is required for double opt-in`);
    if (doi.publicUrl) {
      doi.publicUrl = doi.publicUrl.replace(/\/+$/, '');
      if (!publicAddress(doi.publicUrl))
        problems.push(
          `doubleOptIn.publicUrl: "${doi.publicUrl}" is not an https:// address like https://sign.ngo.example (http:// on localhost or 127.0.0.1 only; no query or credentials): the confirmation link, and the token in it, are sent to it`,
        );
    }
    if (doi.text !== undefined && !doi.text.includes('{link}')) problems.push('doubleOptIn.text must contain {link}');
    config.doubleOptIn = doi;
  }
  if (problems.length) throw new ConfigError(`The receiver's configuration has problems:\n- ${problems.join('\n- ')}`);
  return config as ReceiverConfig;
}

/** The names a config file may use: every setting the environment or the defaults know, and those of `doubleOptIn`. */
const FILE_KEYS = new Set<string>([...Object.keys(DEFAULTS), ...Object.values(ENV).map(([key]) => key), 'doubleOptIn']);
const DOI_KEYS = new Set<string>([...Object.values(DOI_ENV), ...Object.keys(DOI_DEFAULTS)]);

/**
 * A config file's settings, checked by name (a misspelt or guessed one, such as `smtpUrl`, would be ignored in
 * silence); a list may also be written as the environment takes it, one string of space- or comma-separated items.
 */
function fileSettings(given: Record<string, unknown>, file: string): Record<string, unknown> {
  const unknown = Object.keys(given).filter((key) => !FILE_KEYS.has(key));
  const doi = given.doubleOptIn;
  if (doi && typeof doi === 'object')
    unknown.push(
      ...Object.keys(doi)
        .filter((key) => !DOI_KEYS.has(key))
        .map((key) => `doubleOptIn.${key}`),
    );
  if (unknown.length) {
    throw new ConfigError(
      `${file} has settings the receiver does not know: ${unknown.join(', ')}. Known: ${[...FILE_KEYS].join(', ')}; ` +
        `in doubleOptIn: ${[...DOI_KEYS].join(', ')} (receiver/README.md has an example file).`,
    );
  }
  const settings = { ...given };
  for (const key of ['allowedOrigins', 'required']) if (typeof settings[key] === 'string') settings[key] = list(settings[key] as string);
  return settings;
}

/**
 * The settings from the config file and the environment. A relative RECEIVER_CONFIG is taken from the folder the
 * command was typed in (npm's INIT_CWD), as the NGO's tools take their paths.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ReceiverConfig {
  const file = env.RECEIVER_CONFIG ? resolve(env.INIT_CWD ?? cwd, env.RECEIVER_CONFIG) : resolve(cwd, 'receiver.config.json');
  let given: Record<string, unknown> = {};
  let base = cwd;
  if (existsSync(file)) {
    try {
      given = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    given = fileSettings(given, file);
    base = dirname(file);
  } else if (env.RECEIVER_CONFIG) {
    throw new ConfigError(`RECEIVER_CONFIG names ${file}, which does not exist.`);
  }
  for (const [name, [key, convert]] of Object.entries(ENV)) if (env[name] !== undefined && env[name] !== '') given[key] = convert(env[name]!);
  const doi: Record<string, unknown> = { ...((given.doubleOptIn as object | undefined) ?? {}) };
  for (const [name, key] of Object.entries(DOI_ENV)) if (env[name]) doi[key] = env[name];
  if (Object.keys(doi).length) given.doubleOptIn = doi;
  return resolveConfig(given as Partial<ReceiverConfig>, base);
}
