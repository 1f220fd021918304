import { safeUrl } from './safe-url.js';

/** Why a JSON request failed, in terms a partner's developer can act on. */
export class FetchJsonError extends Error {
  constructor(
    readonly reason: 'unsafe-url' | 'network' | 'timeout' | 'http' | 'not-json',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchJsonError';
  }
}

/**
 * GETs a JSON document from an https: (or localhost) URL, with a timeout, no cookies and no referrer.
 * The timeout covers the whole answer, body included: a server that sends its headers and then stalls is given up on
 * like one that never answers. Throws FetchJsonError; never returns partial data. The caller validates the shape.
 */
export async function fetchJson(url: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<unknown> {
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
    return await readJson(response, safe, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** The body as JSON, telling a body cut off (by the timeout or a broken connection) from one that is not JSON. */
async function readJson(response: Response, url: string, signal: AbortSignal): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw new FetchJsonError('timeout', `${url} did not finish its answer in time.`);
    if (error instanceof SyntaxError) throw new FetchJsonError('not-json', `${url} did not return valid JSON.`);
    throw new FetchJsonError('network', `${url} broke off its answer.`);
  }
}

const documents = new Map<string, Promise<unknown>>();

/**
 * Fetches a dataset once per page and URL: every widget that needs it shares the answer, or the failure.
 * (A failed fetch stays failed for the page, like a failed script: a reload tries again.)
 */
export function fetchJsonOnce(url: string): Promise<unknown> {
  let fetched = documents.get(url);
  if (!fetched) documents.set(url, (fetched = fetchJson(url)));
  return fetched;
}
