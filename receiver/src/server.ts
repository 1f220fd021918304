/*
 * The receiver's HTTP routes (node:http, no framework):
 *   OPTIONS  /sign     CORS preflight for the listed origins (Content-Type, Idempotency-Key)
 *   POST|PUT /sign     a signature in any of the widget's formats → 201 {"ok": true, "submission_id": …}
 *   GET      /count    {"count": n} (?country=XX with countryCounts), cacheable: Cache-Control, ETag, 304
 *   GET      /confirm  double opt-in page (?t=token) whose button POSTs to /confirm
 *   GET      /export   CSV of signatures after the `since` cursor (bearer token), streamed
 *   POST     /erase    {"submission_id": id | [ids]} or {"email": address} (bearer token)
 *   POST     /purge    {"before": ISO date} or {"olderThanDays": n} (bearer token)
 *   GET      /health   {"ok": true}
 * Nothing here reads or keeps the client's address, user agent or referrer, and no request body is ever logged.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiverConfig } from './config.js';
import { csvRow } from './csv.js';
import type { Mailer } from './mail.js';
import { PAGE_CSP, PAGE_CSS, confirmPage, confirmedPage, invalidLinkPage } from './pages.js';
import { acceptedLanguages, chooseLanguage } from './language.js';
import { errorKind } from './errors.js';
import { emailHash, seal, sha256 } from './seal.js';
import { idempotencyKey, parseSignature } from './signature.js';
import type { FilesState, Outcome, Store } from './store.js';
import type { Writer } from './writer.js';

/** Counters of what the receiver answered (no personal data): for tests and the shutdown line. */
export interface Stats {
  preflights: number;
  created: number;
  duplicates: number;
  replays: number;
  mismatches: number;
  invalid: number;
  rateLimited: number;
  overloaded: number;
  refusedOrigins: number;
}

export interface Context {
  config: ReceiverConfig;
  store: Store;
  writer: Writer;
  publicKey: Uint8Array;
  hashKey: Uint8Array | null;
  mailer: Mailer | null;
  stats: Stats;
  counts: CountCache;
  log: (message: string) => void;
}

const SIGN_CORS = {
  'access-control-allow-methods': 'POST, PUT',
  'access-control-allow-headers': 'content-type, idempotency-key, accept',
  'access-control-max-age': '7200',
};
const EXPOSE = 'retry-after, idempotent-replayed';
const CONFIRM_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const EXPORT_COLUMNS = [
  'seq',
  'submission_id',
  'received_at',
  'consent_given',
  'consent_text',
  'consent_locale',
  'consent_time',
  'consent_confirmed_at',
  'country',
  'screening_fill_ms',
  'screening_honeypot',
  'screening_too_fast',
  'sealed',
] as const;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': data.length, 'cache-control': 'no-store', ...headers });
  res.end(data);
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_CSP,
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
  });
  res.end(html);
}

/** Reads the body as UTF-8, at most `max` bytes (413 beyond). */
async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) throw new HttpError(413, { errors: { body: `The body is larger than ${max} bytes.` } });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new HttpError(413, { errors: { body: `The body is larger than ${max} bytes.` } });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A token bucket: `rate` per second, up to `burst` at once. */
class RateLimit {
  #tokens: number;
  #at = performance.now();
  constructor(
    readonly rate: number,
    readonly burst: number,
  ) {
    this.#tokens = Math.max(1, burst);
  }
  /** 0 when allowed; otherwise the seconds to wait. */
  take(): number {
    const now = performance.now();
    this.#tokens = Math.min(Math.max(1, this.burst), this.#tokens + ((now - this.#at) / 1000) * this.rate);
    this.#at = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.#tokens) / this.rate));
  }
}

/** The /count answers, kept ready in memory: refreshed from each commit, and from the database when stale. */
export class CountCache {
  #entries = new Map<string, { count: number; at: number; body: Buffer; etag: string }>();
  #loading = new Map<string, Promise<void>>();
  constructor(
    readonly store: Store,
    readonly maxAgeMs: number,
  ) {}

  set(scope: string, count: number): void {
    const known = this.#entries.get(scope);
    if (known && known.count === count) {
      known.at = performance.now();
      return;
    }
    this.#entries.set(scope, { count, at: performance.now(), body: Buffer.from(JSON.stringify({ count })), etag: `"${count}"` });
  }

  #load(scope: string): Promise<void> {
    let loading = this.#loading.get(scope);
    if (!loading) {
      loading = this.store
        .count(scope)
        .then((count) => this.set(scope, count))
        .finally(() => this.#loading.delete(scope));
      this.#loading.set(scope, loading);
    }
    return loading;
  }

  async get(scope: string) {
    const entry = this.#entries.get(scope);
    if (!entry) {
      await this.#load(scope);
      return this.#entries.get(scope)!;
    }
    // Stale: answer what we have and refresh in the background (other processes may write to the same database).
    if (performance.now() - entry.at > this.maxAgeMs) void this.#load(scope).catch(() => {});
    return entry;
  }
}

export function createHandler(ctx: Context) {
  const { config, store, writer, stats } = ctx;
  const origins = new Set(config.allowedOrigins);
  const limit = config.rateLimit > 0 ? new RateLimit(config.rateLimit, config.rateBurst) : null;
  const counts = ctx.counts;
  const inflight = new Map<string, { fingerprint: string; done: Promise<Outcome> }>();
  const tokenHash = config.token ? Buffer.from(sha256(config.token), 'base64') : null;

  const authorized = (req: IncomingMessage): boolean => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    return !!(tokenHash && match && timingSafeEqual(Buffer.from(sha256(match[1]!), 'base64'), tokenHash));
  };

  /** CORS for the sign route: the listed origins only. */
  function corsFor(req: IncomingMessage): Record<string, string> | null {
    const origin = req.headers.origin;
    if (origin === undefined) return {};
    if (!origins.has(origin)) return null;
    return { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSE, vary: 'Origin' };
  }

  async function sign(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsFor(req);
    if (!cors) {
      stats.refusedOrigins++;
      return send(res, 403, { errors: { origin: 'This site may not send signatures to this receiver.' } }, { vary: 'Origin' });
    }
    // Every answer from here on carries the CORS headers, errors too: without them the widget would see a network
    // error (and retry) instead of the answer.
    for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
    const wait = limit?.take() ?? 0;
    if (wait) {
      stats.rateLimited++;
      return send(res, 429, { error: 'Too many signatures at once; try again shortly.' }, { 'retry-after': String(wait) });
    }
    const overloaded = () => {
      stats.overloaded++;
      send(res, 503, { error: 'The receiver is busy; try again shortly.' }, { 'retry-after': String(config.retryAfter) });
    };
    if (writer.pending >= config.maxPending) return overloaded();
    const body = await readBody(req, config.maxBodyBytes);
    const headerKey = idempotencyKey(req.headers['idempotency-key'] as string | undefined);
    if (headerKey === false) {
      stats.invalid++;
      return send(res, 400, { errors: { idempotency_key: 'The Idempotency-Key must be 8 to 128 letters, digits, dots, colons, dashes or underscores.' } });
    }
    const parsed = parseSignature(req.headers['content-type'], body, config.required);
    if (!parsed.ok) {
      stats.invalid++;
      return send(res, parsed.status, { errors: parsed.errors });
    }
    const signature = parsed.signature;
    const key = headerKey ?? signature.submission_id;
    if (key !== signature.submission_id) {
      stats.invalid++;
      return send(res, 422, { errors: { submission_id: 'The submission id must equal the Idempotency-Key header.' } });
    }
    const fingerprint = sha256(signature.fingerprintText);

    let outcome: Outcome;
    const running = inflight.get(key);
    if (running) {
      // The same key is being stored right now (a retry racing its original): its answer is this one's too.
      const first = await running.done.catch(() => null);
      if (!first) return send(res, 503, { error: 'The receiver could not store the signature; try again.' }, { 'retry-after': String(config.retryAfter) });
      outcome = running.fingerprint === fingerprint ? 'replay' : 'mismatch';
    } else {
      // Checked again now that the body is read: many requests may have arrived together.
      if (writer.pending >= config.maxPending) return overloaded();
      const email = signature.signer.email;
      // One confirmation mail per address in a day (mail.ts): a later signature with it is stored, without a token.
      const mails = !!(ctx.mailer && signature.consent.given && email && ctx.mailer.reserve(email));
      const token = mails ? randomBytes(32).toString('base64url') : null;
      const done = writer.submit({
        key,
        fingerprint,
        signature: {
          submission_id: key,
          consent_given: signature.consent.given,
          consent_text: signature.consent.text,
          consent_locale: signature.consent.locale,
          consent_time: signature.consent.time,
          country: config.countryCounts ? (signature.signer.country ?? null) : null,
          email_hash: ctx.hashKey && email ? emailHash(email, ctx.hashKey) : null,
          confirm_hash: token ? sha256(token) : null,
          screening_fill_ms: signature.screening.fill_ms,
          screening_honeypot: signature.screening.honeypot,
          screening_too_fast: signature.screening.too_fast,
          sealed: seal({ v: 1, format: signature.format, signer: signature.signer, tags: signature.tags, source_code: signature.source_code }, ctx.publicKey),
        },
      });
      inflight.set(key, { fingerprint, done });
      try {
        outcome = await done;
      } catch (error) {
        if (mails) ctx.mailer!.release(email!);
        // By kind only (with PostgreSQL's SQLSTATE): the database's message can quote the row it refused.
        ctx.log(`storing a signature failed: ${errorKind(error)}`);
        return send(res, 503, { error: 'The receiver could not store the signature; try again.' }, { 'retry-after': String(config.retryAfter) });
      } finally {
        inflight.delete(key);
      }
      if (outcome === 'created' && token) ctx.mailer!.send(email!, token, chooseLanguage([signature.consent.locale]));
      else if (mails) ctx.mailer!.release(email!);
    }
    stats[outcome === 'created' ? 'created' : outcome === 'duplicate' ? 'duplicates' : outcome === 'replay' ? 'replays' : 'mismatches']++;
    if (outcome === 'mismatch') {
      return send(res, 422, { errors: { submission_id: 'This Idempotency-Key was already used for a different signature.' } });
    }
    send(res, 201, { ok: true, submission_id: key }, outcome === 'replay' ? { 'idempotent-replayed': 'true' } : {});
  }

  function preflight(req: IncomingMessage, res: ServerResponse): void {
    const cors = corsFor(req);
    if (!cors || req.headers.origin === undefined) {
      stats.refusedOrigins++;
      res.writeHead(403, { vary: 'Origin', 'content-length': 0 });
      return void res.end();
    }
    stats.preflights++;
    res.writeHead(204, { ...cors, ...SIGN_CORS, vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method' });
    res.end();
  }

  async function count(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let scope = '';
    const country = url.searchParams.get('country');
    if (country !== null) {
      if (!config.countryCounts)
        return send(res, 404, { error: 'Counts per country are not kept (countryCounts is off).' }, { 'access-control-allow-origin': '*' });
      if (!/^[A-Za-z]{2}$/.test(country))
        return send(res, 400, { errors: { country: 'Give a two-letter country code.' } }, { 'access-control-allow-origin': '*' });
      scope = country.toUpperCase();
    }
    const entry = await counts.get(scope);
    const headers = {
      'cache-control': `public, max-age=${config.countMaxAge}`,
      etag: entry.etag,
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': entry.body.length });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  }

  async function exportCsv(res: ServerResponse, url: URL): Promise<void> {
    const since = Number(url.searchParams.get('since') ?? 0);
    const limitParam = url.searchParams.get('limit');
    const max = limitParam === null ? Infinity : Number(limitParam);
    if (!Number.isSafeInteger(since) || since < 0) return send(res, 400, { errors: { since: 'since must be a whole number ≥ 0 (the last seq you have).' } });
    // A fraction would reach the database's LIMIT after the 200 is sent, and break the stream.
    if (limitParam !== null && !(Number.isSafeInteger(max) && max >= 1)) return send(res, 400, { errors: { limit: 'limit must be a whole number ≥ 1.' } });
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="signatures.csv"',
      'cache-control': 'no-store',
    });
    res.write(csvRow(EXPORT_COLUMNS));
    let cursor = since;
    let left = max;
    let closed = false;
    let wake: (() => void) | null = null;
    res.on('close', () => {
      closed = true;
      wake?.();
    });
    res.on('drain', () => wake?.());
    while (left > 0 && !closed) {
      const page = await store.exportPage(cursor, Math.min(1000, left));
      if (!page.length) break;
      let chunk = '';
      for (const row of page) chunk += csvRow(EXPORT_COLUMNS.map((column) => row[column]));
      cursor = Number(page.at(-1)!.seq);
      left -= page.length;
      if (!res.write(chunk) && !closed) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (page.length < 1000) break;
    }
    res.end();
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const body = await readBody(req, config.maxBodyBytes);
    try {
      const data = JSON.parse(body || '{}');
      if (typeof data === 'object' && data && !Array.isArray(data)) return data;
    } catch {
      // below
    }
    throw new HttpError(400, { errors: { body: 'Send a JSON object.' } });
  }

  /**
   * The answer to an erasure or a purge whose rows are out of the table: 200 when they are out of the files too. When
   * the rewrite of the files failed, 202 Accepted with `"scrub": "pending"`: the request was carried out in the table
   * (the count of rows is true, and a retry would find none), so a 5xx, which tells the operator or a script that
   * nothing was done and to try again, would be false; but it is not finished, the rows are still in the files, and
   * the rest happens later by itself (the next erasure, purge or hourly housekeeping). A call that finishes a rewrite
   * an earlier one owed says `"scrub": "done"`. Logged by kind only: the database's message can quote a row.
   */
  function sendRemoval(res: ServerResponse, what: string, n: number, state: FilesState, body: Record<string, unknown>): void {
    if (state.files === 'pending') {
      ctx.log(
        `${what}: ${n} signature(s) deleted, but the database files still hold erased or purged signatures: their rewrite failed (${errorKind(state.error)}); the next erasure, purge or hourly housekeeping tries again`,
      );
      return send(res, 202, { ...body, scrub: 'pending' });
    }
    if (state.files === 'done') ctx.log(`${what}: the rewrite an earlier erasure or purge owed is done: the database files no longer hold them`);
    send(res, 200, state.files === 'done' ? { ...body, scrub: 'done' } : body);
  }

  async function erase(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const data = await readJson(req);
    let result: { erased: number } & FilesState;
    if (data.submission_id !== undefined) {
      const ids = ([] as unknown[]).concat(data.submission_id);
      if (!ids.length || ids.some((id) => typeof id !== 'string'))
        return send(res, 400, { errors: { submission_id: 'Give a submission id or a list of them.' } });
      result = await store.eraseBySubmission(ids as string[]);
    } else if (typeof data.email === 'string') {
      if (!ctx.hashKey)
        return send(res, 400, { errors: { email: 'Erasure by email needs emailHashKey; erase by submission_id (from the decrypted export) instead.' } });
      result = await store.eraseByEmailHash(emailHash(data.email, ctx.hashKey));
    } else {
      return send(res, 400, { errors: { body: 'Send {"submission_id": "…"} or {"email": "…"}.' } });
    }
    sendRemoval(res, 'erasure', result.erased, result, { erased: result.erased });
  }

  async function purge(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const data = await readJson(req);
    let before: Date;
    if (typeof data.before === 'string' && !Number.isNaN(Date.parse(data.before))) before = new Date(data.before);
    else if (typeof data.olderThanDays === 'number' && data.olderThanDays >= 0) before = new Date(Date.now() - data.olderThanDays * 86_400_000);
    else if (config.retentionDays) before = new Date(Date.now() - config.retentionDays * 86_400_000);
    else return send(res, 400, { errors: { body: 'Send {"before": "2026-01-01T00:00:00Z"} or {"olderThanDays": 365}.' } });
    const result = await store.purge(before);
    sendRemoval(res, 'purge', result.purged, result, { purged: result.purged, before: before.toISOString() });
  }

  async function confirm(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!ctx.mailer) return send(res, 404, { error: 'Double opt-in is not enabled.' });
    // In the language the signer signed in; for a link that no longer works, the browser's (read, never kept).
    const browser = acceptedLanguages(req.headers['accept-language']);
    if (req.method === 'GET') {
      const token = url.searchParams.get('t') ?? '';
      const locale = CONFIRM_TOKEN.test(token) ? await store.tokenLocale(sha256(token)) : null;
      if (locale === null) return sendPage(res, 404, invalidLinkPage(chooseLanguage(browser)));
      return sendPage(res, 200, confirmPage(token, chooseLanguage([locale, ...browser])));
    }
    const token = new URLSearchParams(await readBody(req, 4096)).get('t') ?? '';
    const locale = CONFIRM_TOKEN.test(token) ? await store.confirm(sha256(token)) : null;
    if (locale === null) return sendPage(res, 404, invalidLinkPage(chooseLanguage(browser)));
    sendPage(res, 200, confirmedPage(chooseLanguage([locale, ...browser])));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    // A request target such as `//a:99999/` reads as an address with a host, and new URL() throws on it.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://receiver');
    } catch {
      return send(res, 400, { error: 'Bad request.' });
    }
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === '/sign') {
      if (method === 'OPTIONS') return preflight(req, res);
      if (method === 'POST' || method === 'PUT') return sign(req, res);
      return send(res, 405, { error: 'Use POST or PUT.' }, { allow: 'OPTIONS, POST, PUT' });
    }
    if (path === '/count' && (method === 'GET' || method === 'HEAD')) return count(req, res, url);
    if (path === '/confirm' && (method === 'GET' || method === 'POST')) return confirm(req, res, url);
    if (path === '/receiver.css' && method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=86400' });
      return void res.end(PAGE_CSS);
    }
    if (path === '/health' && method === 'GET') return send(res, 200, { ok: true });
    const admin = { '/export': 'GET', '/erase': 'POST', '/purge': 'POST' }[path];
    if (admin && tokenHash) {
      if (method !== admin) return send(res, 405, { error: `Use ${admin}.` }, { allow: admin });
      if (!authorized(req)) return send(res, 401, { error: 'A valid bearer token is required.' }, { 'www-authenticate': 'Bearer' });
      if (path === '/export') return exportCsv(res, url);
      if (path === '/erase') return erase(req, res);
      return purge(req, res);
    }
    send(res, 404, { error: 'Not found.' });
  }

  // Nothing here may throw: a rejection no one handles stops the process, and every signer with it. The log names
  // the method and the error's kind only (the address or a message may carry what a signer typed).
  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      try {
        if (res.headersSent) return void res.destroy();
        if (error instanceof HttpError) return send(res, error.status, error.body, error.headers);
        ctx.log(`internal error on ${req.method}: ${errorKind(error)}`);
        send(res, 503, { error: 'The receiver could not answer; try again.' }, { 'retry-after': String(config.retryAfter) });
      } catch {
        res.destroy();
      }
    });
  };
}
