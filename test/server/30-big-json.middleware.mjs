// Serves a valid mission dataset far bigger than a widget reads (src/core/fetch-json.ts, MAX_JSON_BYTES), as a
// partner's misconfigured or hostile server would, in the three ways its size can reach the browser:
//   GET /__big-json?mb=20                the whole body, with an honest Content-Length
//   GET /__big-json?mb=20&gzip=1         gzip-compressed: the Content-Length counts the compressed bytes (a few dozen KB)
//   GET /__big-json?mb=20&chunked=1      no Content-Length at all, sent in chunks
// `mb` (1 to 50) is the size of the JSON text in millions of bytes. A middleware, not a plugin: the dev server reads a
// plugin's whole answer and would add a Content-Length of its own.
import { gzipSync } from 'node:zlib';

const ENTRY = JSON.stringify({
  country: 'KE',
  mission: {
    name: 'Mission of a dataset too big to read',
    phone: '+1 212 555 0100',
    tel: '+12125550100',
    sources: [{ label: 'partner.example', url: 'https://partner.example/' }],
    retrieved: '2026-11-01',
  },
});

/** A dataset of about `bytes` bytes of JSON text: the same entry, repeated. */
function dataset(bytes) {
  const count = Math.ceil(bytes / (ENTRY.length + 1));
  return `{"schema":2,"entries":[${Array(count).fill(ENTRY).join(',')}]}`;
}

const made = new Map();

export default function bigJson() {
  return async function bigJsonMiddleware(ctx, next) {
    if (ctx.path !== '/__big-json' || ctx.method !== 'GET') return next();
    const mb = Math.min(Math.max(Number(ctx.query.mb) || 20, 1), 50);
    if (!made.has(mb)) made.set(mb, Buffer.from(dataset(mb * 1e6)));
    const body = made.get(mb);
    ctx.respond = false;
    const { res } = ctx;
    const headers = { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
    if (ctx.query.gzip) {
      const compressed = gzipSync(body);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': compressed.length });
      res.end(compressed);
    } else if (ctx.query.chunked) {
      res.writeHead(200, headers);
      for (let at = 0; at < body.length && !res.destroyed; at += 64 * 1024) {
        if (!res.write(body.subarray(at, at + 64 * 1024))) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
      res.end();
    } else {
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(body);
    }
    return undefined;
  };
}
