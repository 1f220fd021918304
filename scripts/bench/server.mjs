// The benchmark's web server: the project's own scripts/serve.mjs (the same static server `npm start` uses),
// with three things added in front of it at serve time, so nothing is written into the repository:
// - /dist/… from the dist directory under test (the checkout's dist/ unless --dist says otherwise), and /examples/…,
//   both gzip-compressed when the browser accepts it, as a CDN and a partner's web server would send them;
// - /favicon.ico: an empty answer (every real partner site has one; a 404 would only add a console error to both
//   pages Lighthouse compares);
// - /examples/partner-page.html with query options, the same page as a partner would vary it (partnerPage below):
//   ?widgets=none (script tag and every widget removed), ?lang=fr (<html lang="fr">), ?script=classic (the classic
//   script tag, dist/campaign-widgets.iife.js, instead of the module);
// - /examples/strict-csp.html with the strict policy of scripts/serve.mjs (STRICT_CSP), and with ?tt=off the same
//   policy without its two Trusted Types directives;
// - /__bench/…: pages and modules the benchmark sections generate (see weights.mjs and render.mjs).
// The partner page's petition counts and signs at /receiver/…: a real receiver (scripts/demo-receiver.mjs) answers,
// with its database in a temporary folder of its own.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, TYPES, startServer } from '../serve.mjs';
import { prepareReceiver, startDemoReceiver } from '../demo-receiver.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Removes every custom element (a tag with a hyphen) with its content, and the campaign-widgets script tag. */
export function stripWidgets(html) {
  let out = html.replace(/[ \t]*<script\b[^>]*campaign-widgets[^>]*>\s*<\/script>[ \t]*\n?/g, '');
  const element = /[ \t]*<([a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*>[\s\S]*?<\/\1>[ \t]*\n?/g;
  while (element.test(out)) out = out.replace(element, '');
  return out;
}

/** The partner page as the query asks for: see the list at the top of this file. */
export function partnerPage(html, params) {
  let out = html;
  if (params.get('widgets') === 'none') out = stripWidgets(out);
  const lang = params.get('lang');
  if (lang) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) throw new Error(`bench: odd lang "${lang}"`);
    out = out.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  }
  if (params.get('script') === 'classic') {
    out = out.replace(/<script type="module" src="([^"]*)campaign-widgets\.js"><\/script>/, '<script src="$1campaign-widgets.iife.js"></script>');
  }
  return out;
}

/** STRICT_CSP without `require-trusted-types-for` and `trusted-types`: the strict policy of a page that does not require Trusted Types. */
export const STRICT_CSP_WITHOUT_TT = STRICT_CSP.split(';')
  .map((directive) => directive.trim())
  .filter((directive) => directive && !/^(require-trusted-types-for|trusted-types)\b/.test(directive))
  .join('; ');

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  response.end(body);
}

/** Sends a text file, gzip-compressed when the request accepts it. */
function sendCompressed(request, response, type, body, extraHeaders = {}) {
  const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...extraHeaders };
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  response.writeHead(200, headers);
  response.end(body);
}

/**
 * Starts the server on a free port of 127.0.0.1. `dynamic` maps a /__bench/ path to a function
 * (url) => ({type, body}) | null that the render benchmark fills as it goes.
 */
export async function startBenchServer({ dist }) {
  const server = await startServer(0);
  const [staticFiles] = server.listeners('request');
  server.removeAllListeners('request');
  const dynamic = new Map();

  server.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(dist, decodeURIComponent(url.pathname.slice('/dist/'.length))));
      if (!file.startsWith(normalize(dist)) || !existsSync(file) || statSync(file).isDirectory()) return send(response, 404, 'text/plain', 'Not found');
      return sendCompressed(request, response, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204, { 'cache-control': 'max-age=3600' });
      response.end();
      return;
    }
    if (url.pathname === '/examples/partner-page.html' && url.search) {
      const page = readFileSync(join(root, 'examples/partner-page.html'), 'utf8');
      return sendCompressed(request, response, TYPES['.html'], Buffer.from(partnerPage(page, url.searchParams)));
    }
    if (url.pathname === '/examples/strict-csp.html') {
      const policy = url.searchParams.get('tt') === 'off' ? STRICT_CSP_WITHOUT_TT : STRICT_CSP;
      const page = readFileSync(join(root, 'examples/strict-csp.html'));
      return sendCompressed(request, response, TYPES['.html'], page, { 'content-security-policy': policy });
    }
    if (/^\/examples\/[\w.-]+\.(html|css|js)$/.test(url.pathname)) {
      const file = join(root, url.pathname);
      if (existsSync(file)) return sendCompressed(request, response, TYPES[extname(file)], readFileSync(file));
    }
    const handler = dynamic.get(url.pathname);
    if (handler) {
      const result = handler(url);
      if (result) return send(response, 200, result.type, result.body);
      return send(response, 404, 'text/plain', 'Not found');
    }
    staticFiles(request, response);
  });

  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  prepareReceiver();
  const receiverDir = mkdtempSync(join(tmpdir(), 'cw-bench-receiver-'));
  const { receiver } = await startDemoReceiver({ pageOrigins: [origin], dir: receiverDir });
  server.setReceiver(receiver.url);
  return {
    origin,
    dynamic,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await receiver.close();
      rmSync(receiverDir, { recursive: true, force: true });
    },
  };
}
