// Serves JSON documents a test writes, so a widget can load a hostile dataset or counter answer over real HTTP.
//   PUT /__json/<id>   body: the exact text to serve (need not be valid JSON)
//   GET /__json/<id>   answers that text as application/json (404 until written); `?delay=ms` (up to 5000) answers
//                      that much later, as a slow network would; `?stall=ms` sends the headers and the first half of
//                      the text, then nothing for ms (up to 30000) and breaks the connection: a body that never ends
//                      (served by test/server/20-json-stall.middleware.mjs, which reads the same documents)
// Ids are chosen by each test ([A-Za-z0-9-]{1,64}), so browsers running at once never share a document.
const documents = new Map();

/** The text written for `id`, or undefined (for the stalling endpoint). */
export const storedJson = (id) => documents.get(id);

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export default function jsonEcho() {
  return {
    name: 'json-echo',
    async serve(ctx) {
      const match = /^\/__json\/([A-Za-z0-9-]{1,64})$/.exec(ctx.path);
      if (!match) return undefined;
      ctx.set('cache-control', 'no-store');
      ctx.set('access-control-allow-origin', '*');
      if (ctx.method === 'PUT') {
        documents.set(match[1], await readBody(ctx.req));
        ctx.status = 204;
        ctx.body = '';
      } else if (ctx.method === 'GET' && documents.has(match[1])) {
        const delay = Math.min(Number(ctx.query.delay) || 0, 5000);
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = documents.get(match[1]);
      } else {
        ctx.status = 404;
        ctx.body = '';
      }
      return undefined;
    },
  };
}
