// A small static server for the demo: the repository root (examples/ and dist/) and the Storybook build at
// /storybook/, plus a demo petition endpoint (/demo/sign, /demo/count). Sends the strict Content-Security-Policy on examples/strict-csp.html, as a locked-down partner would.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Content types of the files the demo serves (also used by the benchmark's server). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The policy of a locked-down partner page (issue "strict CSP"); `trusted-types lit-html` names Lit's policy. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Maps a request path to a file: /storybook/… → storybook-static/…, everything else from the repository root. */
function resolvePath(pathname) {
  const decoded = decodeURIComponent(pathname);
  const relative = decoded.startsWith('/storybook') ? join('storybook-static', decoded.slice('/storybook'.length)) : decoded;
  const full = normalize(join(root, relative));
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, 'index.html');
  return full;
}

/**
 * A stand-in for a partner's petition back-end, so the demo's petition really completes: POST /demo/sign answers
 * 201 and counts the signature without storing anything it received; GET /demo/count gives `{"count": n}`.
 */
function demoPetition(url, request, response, counter) {
  if (url.pathname === '/demo/count' && request.method === 'GET') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ count: counter.count }));
    return true;
  }
  if (url.pathname === '/demo/sign' && request.method === 'POST') {
    request.resume();
    request.on('end', () => {
      counter.count += 1;
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true }));
    });
    return true;
  }
  return false;
}

export function startServer(port = 8000, host = '127.0.0.1') {
  const counter = { count: 6240 };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (demoPetition(url, request, response, counter)) return;
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/examples/partner-page.html' });
      response.end();
      return;
    }
    const file = resolvePath(url.pathname);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (url.pathname.endsWith('/examples/strict-csp.html')) headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
