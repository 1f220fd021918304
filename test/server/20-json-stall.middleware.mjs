// Serves a JSON document of test/server/json-echo.plugin.mjs whose body never ends, as a partner's server that stalls
// mid-answer would: GET /__json/<id>?stall=ms sends the headers and the first half of the text at once, then nothing
// for ms (up to 30000; until the browser gives up, if sooner), then breaks the connection. A middleware, not part of
// the plugin: the dev server reads a plugin's whole answer before sending it, and this one must never be whole.
import { storedJson } from './json-echo.plugin.mjs';

const MAX_STALL_MS = 30_000;

export default function jsonStall() {
  return async function jsonStallMiddleware(ctx, next) {
    const match = /^\/__json\/([A-Za-z0-9-]{1,64})$/.exec(ctx.path);
    const text = match && ctx.method === 'GET' && ctx.query.stall !== undefined ? storedJson(match[1]) : undefined;
    if (text === undefined) return next();
    const stallMs = Math.min(Number(ctx.query.stall) || MAX_STALL_MS, MAX_STALL_MS);
    // Koa leaves the answer alone: it is written here, and never finished.
    ctx.respond = false;
    const { res } = ctx;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    res.write(text.slice(0, Math.floor(text.length / 2)));
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, stallMs);
      res.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    res.destroy();
    return undefined;
  };
}
