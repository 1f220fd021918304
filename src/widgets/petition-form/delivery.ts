import { keepPageOpen, letPageClose, onPageExit } from '../../core/page-exit.js';
import { detailsMayBeAtFault } from './outcome.js';

/** A signature ready to send: where, how, and the body an adapter wrote. */
export interface Outgoing {
  /** The submission id, sent as the `Idempotency-Key` header on every attempt. */
  id: string;
  url: string;
  method: string;
  type: string;
  body: string;
}

/**
 * What happened to the signature: `sending` (first attempt under way), `retrying` (an attempt failed and another
 * is scheduled), `offline` (waiting for the connection), `sent` (2xx), `rejected` (a 4xx that retrying cannot fix),
 * `redirected` (the action answered with a redirect, which is never followed nor retried: the service did not
 * take the signature at that address), `unsent` (MAX_ATTEMPTS attempts failed: retrying stops for now).
 */
export interface DeliveryReport {
  state: 'sending' | 'retrying' | 'offline' | 'sent' | 'rejected' | 'redirected' | 'unsent';
  /** The submission id. */
  id: string;
  /** HTTP status of the last answer; 0 when there was none (network error, timeout, offline) or it was a redirect. */
  status: number;
  /** The answer's JSON body on `rejected`, for field errors. */
  answer?: unknown;
}

/** Statuses worth trying again: request timeout, conflict (the same key still being processed), too many requests. */
const RETRY = [408, 409, 429];

/**
 * Attempts of one signature before retrying stops (until the signer sends it again, the connection returns, or with
 * `persist` the next visit). The backoff doubles from its first step to its ceiling (64 times it) in seven retries,
 * then keeps the ceiling: sixteen attempts last about ten minutes at the default pace (1 s, 2 s … 64 s, 64 s…), as
 * long as the longest single wait a `Retry-After` may ask (600 s). A service answering faster than that, with
 * `Retry-After: 0` or a short one, meets the cap sooner, but never sends more than these attempts.
 */
export const MAX_ATTEMPTS = 16;

/**
 * The largest body sent with `keepalive`. Browsers allow 64 KiB of keepalive bodies in flight and refuse a larger
 * request outright (it never leaves the page); this leaves room for another widget's small one.
 */
const KEEPALIVE_BYTES = 60_000;

/** The body's size on the wire: UTF-8 bytes, not UTF-16 code units (a CJK character is one unit but three bytes). */
const byteLength = (body: string): number => new TextEncoder().encode(body).length;

/**
 * Delivers one signature and loses nothing: one `Idempotency-Key` for all attempts, a timeout per attempt, retries
 * with exponential backoff (or the server's `Retry-After`, never sooner than the backoff's first step) on network
 * errors, timeouts, 5xx, 408, 409 and 429, MAX_ATTEMPTS attempts at most, after which the signature is set aside as
 * a refusal that is the service's fault is; while offline it waits and sends when the `online` event comes (and
 * counts its attempts afresh). A redirect is not followed: it ends the delivery undelivered. While a signature is
 * unsent, closing the page asks for confirmation. With a `storageKey` (the `persist` attribute) the unsent signature
 * is also kept in localStorage until it is delivered or refused. Never sends cookies.
 */
export class Delivery {
  /** Milliseconds before an attempt is abandoned (and retried). */
  timeout = 15_000;
  /** First retry delay in milliseconds; doubles on each retry, up to 64 times this. The shortest wait between attempts. */
  backoff = 1_000;
  /** localStorage key for the unsent signature, or null to keep it in memory only. */
  storageKey: string | null = null;
  /** The signature being delivered. */
  item: Outgoing | null = null;

  /** Attempts made since the signature was sent (or since the connection returned). */
  #tries = 0;
  #timer = 0;
  #busy = false;
  #offline = false;

  #stopOnExit?: () => void;

  /** `offline`: the page already heard an `offline` event before this delivery existed. */
  readonly #report: (report: DeliveryReport) => void;

  constructor(report: (report: DeliveryReport) => void, offline = false) {
    this.#report = report;
    this.#offline = offline;
    addEventListener('offline', () => {
      this.#offline = true;
      if (this.item && !this.#busy) {
        clearTimeout(this.#timer);
        this.#report({ state: 'offline', status: 0, id: this.item.id });
      }
    });
    addEventListener('online', () => {
      this.#offline = false;
      if (this.item && !this.#busy) {
        this.#tries = 0;
        void this.#attempt();
      }
    });
  }

  /** Starts delivering a signature (ignored while another one is unsent). */
  send(item: Outgoing): void {
    if (this.item) return;
    this.item = item;
    this.#tries = 0;
    this.#store(item);
    keepPageOpen(this);
    // Cleared on a quick exit even if the form that sent it has left the page meanwhile.
    this.#stopOnExit = onPageExit(() => this.clear());
    this.#report({ state: 'sending', status: 0, id: item.id });
    void this.#attempt();
  }

  /** Resumes a signature an earlier visit stored (with `storageKey`); returns it, or null when there is none. */
  resume(): Outgoing | null {
    let stored: Outgoing | null = null;
    try {
      stored = JSON.parse(localStorage.getItem(this.storageKey!) ?? 'null');
    } catch {
      // Storage blocked or corrupt: nothing to resume.
    }
    if (!stored || typeof stored.id !== 'string' || typeof stored.url !== 'string' || typeof stored.body !== 'string') return null;
    this.send(stored);
    return stored;
  }

  /** Drops the signature everywhere: memory, storage, timers, the close-page warning (used on `cw-exit`). */
  clear(): void {
    clearTimeout(this.#timer);
    this.item = null;
    this.#store(null);
    letPageClose(this);
    this.#stopOnExit?.();
  }

  #store(item: Outgoing | null): void {
    if (!this.storageKey) return;
    try {
      if (item) localStorage.setItem(this.storageKey, JSON.stringify(item));
      else localStorage.removeItem(this.storageKey);
    } catch {
      // Storage blocked: the signature still lives in memory.
    }
  }

  async #attempt(): Promise<void> {
    const item = this.item;
    if (!item || this.#busy) return;
    clearTimeout(this.#timer);
    if (this.#offline || !navigator.onLine) return this.#report({ state: 'offline', status: 0, id: item.id });
    this.#busy = true;
    const { response, answer } = await this.#request(item);
    this.#busy = false;
    // Cleared while the request was under way (the visitor left with the quick exit).
    if (this.item !== item) return;
    this.#settle(item, response, answer);
  }

  /** One attempt: the response (null on a network error, a CORS refusal or a timeout) and a refusal's JSON body. */
  async #request(item: Outgoing): Promise<{ response: Response | null; answer?: unknown }> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeout);
    try {
      const response = await fetch(item.url, {
        method: item.method,
        headers: { 'content-type': item.type, accept: 'application/json', 'idempotency-key': item.id },
        body: item.body,
        credentials: 'omit',
        // The address of the page signed on is not the petition service's to know (nor a log's to keep).
        referrerPolicy: 'no-referrer',
        // Seen, not followed: after a 301, 302 or 303 the browser would fetch the new address with a GET and no
        // body, and that page's 200 would look like a delivery of a signature the service never received.
        redirect: 'manual',
        // Lets the request finish even if the signer closes the page right after signing; browsers refuse a
        // keepalive body over 64 KiB, so a longer one is sent without it.
        keepalive: byteLength(item.body) < KEEPALIVE_BYTES,
        signal: abort.signal,
      });
      const refused = !response.ok && response.type !== 'opaqueredirect';
      return { response, answer: refused ? await response.json().catch(() => null) : undefined };
    } catch {
      // Network error, CORS refusal or timeout: retried.
      return { response: null };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the delivery on an answer that retrying cannot change; otherwise waits for the connection or tries later. */
  #settle(item: Outgoing, response: Response | null, answer: unknown): void {
    const status = response?.status ?? 0;
    // A redirect (its status is hidden from the page) is the action's configuration, not a passing fault.
    if (response?.type === 'opaqueredirect') return this.#setAside(item, { state: 'redirected', status, id: item.id });
    if (response?.ok) return this.#end({ state: 'sent', status, id: item.id });
    if (status && status < 500 && !RETRY.includes(status)) {
      const report: DeliveryReport = { state: 'rejected', status, id: item.id, answer };
      return detailsMayBeAtFault(status) ? this.#end(report) : this.#setAside(item, report);
    }
    if (this.#offline || !navigator.onLine) return this.#report({ state: 'offline', status, id: item.id });
    // Never lost: kept on the page (the signer's input, and a copy with `persist`) for a later try, as a refusal that
    // is the service's fault is.
    if (++this.#tries >= MAX_ATTEMPTS) return this.#setAside(item, { state: 'unsent', status, id: item.id });
    this.#timer = window.setTimeout(() => void this.#attempt(), this.#nextWait(response));
    this.#report({ state: 'retrying', status, id: item.id });
  }

  /** The signature is done with: forgotten here (the form keeps what the signer typed), then reported. */
  #end(report: DeliveryReport): void {
    this.clear();
    this.#report(report);
  }

  /**
   * Ends a delivery the service cannot take now (a redirect, or a refusal that is the service's own fault): forgotten
   * here as by #end, but a copy kept with `persist` stays, so a later visit sends it once the service is mended
   * instead of losing it. A quick exit still clears it: the form clears its delivery on `cw-exit`.
   */
  #setAside(item: Outgoing, report: DeliveryReport): void {
    this.clear();
    this.#store(item);
    this.#report(report);
  }

  /**
   * Milliseconds until the next attempt: the server's `Retry-After` (seconds or a date), else exponential backoff
   * from the attempts made. Never less than the backoff's first step: `Retry-After: 0` would otherwise send again at
   * once, hundreds of times a second; never more than ten minutes.
   */
  #nextWait(response: Response | null): number {
    const after = response?.headers.get('retry-after');
    let wait = after ? (Number(after) >= 0 ? Number(after) * 1e3 : Date.parse(after) - Date.now()) : Number.NaN;
    if (!(wait >= 0)) wait = this.backoff * 2 ** Math.min(this.#tries - 1, 6) * (1 + Math.random() / 4);
    return Math.min(Math.max(wait, this.backoff), 600_000);
  }
}
