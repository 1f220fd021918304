import { safeUrl } from './safe-url.js';
import { within } from './within.js';

/** Why a JSON request failed, in terms a partner's developer can act on. */
export class FetchJsonError extends Error {
  constructor(
    readonly reason: 'unsafe-url' | 'network' | 'timeout' | 'http' | 'not-json' | 'too-large',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchJsonError';
  }
}

/**
 * The most a JSON document may weigh, as read (after the server's compression is undone): 2 MB, six times the larger
 * bundled dataset (helplines.json, about 340 KB). Reading a bigger one would hold up the page, its quick exit
 * included, for seconds on a phone (a 174 MB file froze a desktop browser for 7 to 11 s), and no dataset of one entry
 * per country comes near it.
 */
export const MAX_JSON_BYTES = 2_000_000;

/**
 * GETs a JSON document from an https: (or localhost) URL, with a timeout, no cookies and no referrer.
 * The timeout covers the whole answer, body included: a server that sends its headers and then stalls is given up on
 * like one that never answers. A body over `maxBytes` (MAX_JSON_BYTES) is given up on as it arrives, whatever its
 * Content-Length says. Throws FetchJsonError; never returns partial data. The caller validates the shape.
 */
export async function fetchJson(url: string, options: { timeoutMs?: number; signal?: AbortSignal; maxBytes?: number } = {}): Promise<unknown> {
  const safe = safeUrl(url);
  if (!safe) throw new FetchJsonError('unsafe-url', `"${url}" is not an https: URL.`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(safe, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
    } catch {
      throw controller.signal.aborted
        ? new FetchJsonError('timeout', `${safe} did not answer in time.`)
        : new FetchJsonError('network', `${safe} could not be reached.`);
    }
    if (!response.ok) throw new FetchJsonError('http', `${safe} answered HTTP ${response.status}.`, response.status);
    const text = await readText(response, safe, controller, options.maxBytes ?? MAX_JSON_BYTES);
    try {
      return JSON.parse(text);
    } catch {
      throw new FetchJsonError('not-json', `${safe} did not return valid JSON.`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text (UTF-8, as `response.json()` reads it), read as a stream and counted as it comes: one over
 * `maxBytes` is given up on at once, so neither a Content-Length that is absent or false, nor a small compressed body
 * that inflates, makes the page read it. Tells a body cut off (by the timeout or a broken connection) from one too big.
 */
async function readText(response: Response, url: string, controller: AbortController, maxBytes: number): Promise<string> {
  const tooLarge = () => new FetchJsonError('too-large', `${url} is larger than ${maxBytes / 1e6} MB, the most a dataset may be; not read.`);
  // Known before the body: no need to download it. (With compression, the header counts the compressed bytes.)
  if (Number(response.headers.get('content-length')) > maxBytes) {
    controller.abort();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        controller.abort();
        throw tooLarge();
      }
      chunks.push(read.value);
    }
  } catch (error) {
    if (error instanceof FetchJsonError) throw error;
    throw controller.signal.aborted
      ? new FetchJsonError('timeout', `${url} did not finish its answer in time.`)
      : new FetchJsonError('network', `${url} broke off its answer.`);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}

/** A request for a document: its answer, and when it was asked for. */
interface Request {
  answer: Promise<unknown>;
  askedAt: number;
}

const documents = new Map<string, Request>();

/** The page's request for `url`: the one under way or answered, else a new one. */
function requestOnce(url: string): Request {
  let request = documents.get(url);
  if (!request) {
    const asked: Request = { answer: fetchJson(url), askedAt: performance.now() };
    // A failure is not kept: whoever asks next asks the server again, so one dropped connection while the page loaded
    // does not cost the visit its help. Until someone reads it (perhaps once the bundled data is in), the failure must
    // not count as an unhandled rejection either (which pages and test runners report as an error).
    asked.answer.catch(() => {
      if (documents.get(url) === asked) documents.delete(url);
    });
    documents.set(url, (request = asked));
  }
  return request;
}

/**
 * Fetches a dataset once per page and URL: every widget that needs it shares the answer, and the failure of a request
 * under way. A failed request is then forgotten: the next call asks again (nothing asks again by itself, so a server
 * that keeps failing gets one request per reader, never a loop). A caller that only starts the request need not handle
 * its failure: it is never reported as unhandled.
 */
export function fetchJsonOnce(url: string): Promise<unknown> {
  return requestOnce(url).answer;
}

/**
 * How long a widget waits for a partner's dataset (`src`), counted from the page's first request for it, before it
 * shows its bundled data alone. A partner's small JSON file from a healthy server comes well within it, so the card
 * is drawn once, with the partner's data; a slow or stalled server costs a visitor (who may be in danger) at most this
 * much. 1.5 s stays under the few seconds after which people take a page to be broken, and leaves a slow mobile
 * connection time for a small file. Not configurable: no partner's server should hold up the emergency number longer.
 */
export const PARTNER_GRACE_MS = 1500;

/** A fetch's outcome as `Promise.allSettled` gives it: the JSON, or the reason it failed. */
export type Settled = PromiseSettledResult<unknown>;

const settle = (answer: Promise<unknown>): Promise<Settled> =>
  answer.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );

/** The answer to a request once it has settled if that is within `ms` of when it was asked; else undefined. */
function settledWithin({ answer, askedAt }: Request, ms: number): Promise<Settled | undefined> {
  return within(settle(answer), askedAt + ms - performance.now());
}

/** A widget's datasets: the bundled one, and the partner's when it came within the grace period, or `late` if not. */
export interface Datasets {
  bundled: Settled;
  /** The partner's answer, when there is a `src` and it settled within PARTNER_GRACE_MS. */
  partner?: Settled;
  /** When the partner's answer did not come within the grace period: the answer, once it settles. */
  late?: Promise<Settled>;
}

/**
 * Fetches a widget's bundled dataset and, with a `src`, a partner's (both at once), without keeping a visitor waiting
 * on the partner's server: settles once the bundled answer is in and the partner's has come or PARTNER_GRACE_MS has
 * passed since it was asked for.
 */
export async function fetchDatasets(bundledUrl: string, src: string | undefined): Promise<Datasets> {
  const bundledAnswer = settle(fetchJsonOnce(bundledUrl));
  // This load's own request: should it fail meanwhile, it is forgotten, and asking again would send a second one.
  const request = src ? requestOnce(src) : undefined;
  const bundled = await bundledAnswer;
  if (!request) return { bundled };
  const partner = await settledWithin(request, PARTNER_GRACE_MS);
  return partner ? { bundled, partner } : { bundled, late: settle(request.answer) };
}

/** How a widget turns its datasets into what it shows. */
export interface DatasetReader<T> {
  /** The bundled dataset, checked (an unusable one gives the widget's fallback, never a throw). */
  readBundled(json: Settled): T;
  /** The partner's dataset laid over the bundled one (an unusable one is reported, and the bundled data kept). */
  withPartner(base: T, src: string, json: Settled): T;
  /** Shows the data; `partnerLate` while a partner's slow answer is still to come. */
  show(data: T, partnerLate: boolean): void;
}

/**
 * Loads and shows a widget's datasets without keeping a visitor waiting on a partner's server: the bundled data, with
 * the partner's when it came within the grace period, at once; else the partner's laid over it when (if) it comes.
 * `stillWanted` turns false when the widget's `src` has changed meanwhile: that load then shows nothing more.
 */
export async function loadDatasets<T>(bundledUrl: string, src: string | undefined, reader: DatasetReader<T>, stillWanted: () => boolean): Promise<void> {
  const { bundled, partner, late } = await fetchDatasets(bundledUrl, src);
  if (!stillWanted()) return;
  const base = reader.readBundled(bundled);
  reader.show(src && partner ? reader.withPartner(base, src, partner) : base, late !== undefined);
  if (!src || !late) return;
  const answer = await late;
  if (stillWanted()) reader.show(reader.withPartner(base, src, answer), false);
}
