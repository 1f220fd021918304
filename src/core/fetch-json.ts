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
 * Throws FetchJsonError; never returns partial data. The caller validates the shape.
 */
export async function fetchJson(url: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<unknown> {
  const safe = safeUrl(url);
  if (!safe) throw new FetchJsonError('unsafe-url', `"${url}" is not an https: URL.`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
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
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new FetchJsonError('http', `${safe} answered HTTP ${response.status}.`, response.status);
  try {
    return await response.json();
  } catch {
    throw new FetchJsonError('not-json', `${safe} did not return valid JSON.`);
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
