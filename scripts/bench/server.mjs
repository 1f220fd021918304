// The benchmark's web server: the project's own scripts/serve.mjs (the same static server `npm start` uses),
// with three things added in front of it at serve time, so nothing is written into the repository:
// - /dist/… from the dist directory under test (the checkout's dist/ unless --dist says otherwise), and /examples/…,
//   both gzip-compressed when the browser accepts it, as a CDN and a partner's web server would send them;
// - /favicon.ico: an empty answer (every real partner site has one; a 404 would only add a console error to both
//   pages Lighthouse compares);
// - /examples/partner-page.html?widgets=none: the partner page with the script tag and every widget removed;
// - /__bench/…: pages and modules the render benchmark generates (see render.mjs).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES, startServer } from '../serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));


/** Removes every custom element (a tag with a hyphen) with its content, and the campaign-widgets script tag. */
export function stripWidgets(html) {
  let out = html.replace(/[ \t]*<script\b[^>]*campaign-widgets[^>]*>\s*<\/script>[ \t]*\n?/g, '');
  const element = /[ \t]*<([a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*>[\s\S]*?<\/\1>[ \t]*\n?/g;
  while (element.test(out)) out = out.replace(element, '');
  return out;
}

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  response.end(body);
}

/** Sends a text file, gzip-compressed when the request accepts it. */
function sendCompressed(request, response, type, body) {
  const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
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
    if (url.pathname === '/examples/partner-page.html' && url.searchParams.get('widgets') === 'none') {
      const page = readFileSync(join(root, 'examples/partner-page.html'), 'utf8');
      return sendCompressed(request, response, TYPES['.html'], Buffer.from(stripWidgets(page)));
    }
    if (/^\/examples\/[\w.-]+\.(html|css)$/.test(url.pathname) && !url.pathname.endsWith('strict-csp.html')) {
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
  return {
    origin: `http://127.0.0.1:${port}`,
    dynamic,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
