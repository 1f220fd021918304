import { serveJson } from './json-echo.js';

/** One request the test dev server received (see test/server/00-request-log.middleware.mjs). */
export interface LoggedRequest {
  id: number;
  method: string;
  path: string;
  query: string;
  referer: string | null;
  cookie: string | null;
}

/** Every request the server received since the last reset. */
export async function serverLog(): Promise<LoggedRequest[]> {
  return (await fetch('/__requests/log', { cache: 'no-store' })).json();
}

/** Whether the server has received a request for `url`'s path since the last reset (for `waitUntil`). */
export async function wasRequested(url: string): Promise<boolean> {
  const path = new URL(url, location.href).pathname;
  return (await serverLog()).some((request) => request.path === path);
}

export async function resetServerLog(): Promise<void> {
  await fetch('/__requests/reset', { method: 'POST' });
}

/** Makes the server answer the browser's next request for `path` with a 503 (one failed load, then normal again). */
export async function failNextRequest(path: string): Promise<void> {
  await fetch(`/__requests/fail-next?path=${encodeURIComponent(path)}`, { method: 'POST' });
}

/** How many times the server was asked for `url`'s path since the last reset. */
export async function requestsFor(url: string): Promise<number> {
  const path = new URL(url, location.href).pathname;
  return (await serverLog()).filter((request) => request.path === path).length;
}

/**
 * A copy of the dataset at `dataUrl`, served at an address of its own whose first request will fail with a 503 (a
 * dropped connection while the page loads); the server's log is reset. `query` is added to the address (`?delay=800`,
 * test/helpers/json-echo.ts).
 */
export async function servedFailingOnce(dataUrl: string, query = ''): Promise<string> {
  const url = await serveJson(await (await fetch(dataUrl)).text());
  await resetServerLog();
  await failNextRequest(new URL(url).pathname);
  return `${url}${query}`;
}

/** Opens a same-origin iframe on a fixture page and resolves once it has loaded. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'test frame';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Resolves when the frame next finishes loading a page (e.g. after the quick exit navigated it). */
export function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}
