// A small static server for the demo: the repository root (examples/ and dist/), the Storybook build at /storybook/
// and the configurator at /configurator/ (dist-configurator/); /receiver/… is forwarded to the signature receiver
// when one is given (scripts/demo-receiver.mjs). Sends the strict Content-Security-Policy on examples/strict-csp.html
// and on the configurator, as a locked-down partner would.
import { createServer, request as httpRequest } from 'node:http';
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
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Folders served under another name: /storybook/… → storybook-static/…, /configurator/… → dist-configurator/…. */
const MOUNTS = [
  ['/storybook', 'storybook-static'],
  ['/configurator', 'dist-configurator'],
];

/** Maps a request path to a file: a mounted folder, or else the repository root. */
function resolvePath(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const mount = MOUNTS.find(([prefix]) => decoded === prefix || decoded.startsWith(`${prefix}/`));
  const relative = mount ? join(mount[1], decoded.slice(mount[0].length)) : decoded;
  const full = normalize(join(root, relative));
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, 'index.html');
  return full;
}

/** Pages served with STRICT_CSP: the strict example and the configurator (a partner may host it on such a site). */
const strictPage = (pathname) => pathname.endsWith('/examples/strict-csp.html') || /^\/(storybook\/)?configurator\//.test(pathname);

/** Request headers not forwarded to the receiver (hop-by-hop, and what the receiver must not see). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host', 'cookie']);

/**
 * Forwards /receiver/<path> to the receiver's /<path> (method, headers, body and answer unchanged), so the example
 * pages send signatures to their own origin as a partner's reverse proxy would arrange. No receiver: 503.
 */
function forwardToReceiver(receiverUrl, url, request, response) {
  if (!receiverUrl) {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '60' });
    response.end(JSON.stringify({ error: 'No signature receiver runs with this server (npm start starts one).' }));
    return;
  }
  const target = new URL(url.pathname.slice('/receiver'.length) + url.search, receiverUrl);
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
  const upstream = httpRequest(target, { method: request.method, headers }, (answer) => {
    const answerHeaders = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    response.writeHead(answer.statusCode ?? 502, answerHeaders);
    answer.pipe(response);
  });
  upstream.on('error', (error) => {
    if (response.headersSent) return response.destroy(error);
    response.writeHead(502, { 'content-type': 'application/json', 'retry-after': '2' });
    response.end(JSON.stringify({ error: `The signature receiver did not answer (${error.message}).` }));
  });
  request.pipe(upstream);
}

/**
 * Starts the server; resolves with it once it listens, rejects (e.g. EADDRINUSE) when it cannot. The receiver's
 * address may be given now (`receiverUrl`) or later (`server.setReceiver(url)`).
 */
export function startServer(port = 8000, host = '127.0.0.1', { receiverUrl } = {}) {
  let receiver = receiverUrl;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname === '/receiver' || url.pathname.startsWith('/receiver/')) return forwardToReceiver(receiver, url, request, response);
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/examples/partner-page.html' });
      response.end();
      return;
    }
    if (MOUNTS.some(([prefix]) => url.pathname === prefix)) {
      // Pages in a mounted folder link their files relative to the folder: it needs its trailing slash.
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
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
    if (strictPage(url.pathname)) headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  server.setReceiver = (url) => {
    receiver = url;
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
