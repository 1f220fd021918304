// Records every request the test pages make, so tests can prove what a widget sent (and that it sent nothing).
// Chromium and Firefox run at the same time against this one server, so the log is kept per browser (by its
// User-Agent): each browser reads and resets only its own requests.
//   GET  /__requests/log      → [{ id, method, path, referer, cookie }] every request since the last reset
//   POST /__requests/reset    → clears the log
//   GET  /__requests/landing  → a neutral page (the quick-exit destination in tests)
//   POST /__requests/fail-next?path=/x → the browser's next request for /x gets a 503 (a server or network fault
//                               for one file, e.g. a lazily loaded module), later ones are served as usual
// Requests to /__requests/* themselves are not logged.
export default function requestLog() {
  const logs = new Map();
  /** Per browser: paths whose next request fails. */
  const failing = new Map();
  let nextId = 1;
  const logOf = (ctx) => {
    const browser = ctx.get('user-agent');
    if (!logs.has(browser)) logs.set(browser, []);
    return logs.get(browser);
  };
  /** Logs a request with what a test checks: where it went, its referrer and any cookie. */
  const record = (ctx) =>
    logOf(ctx).push({
      id: nextId++,
      method: ctx.method,
      path: ctx.path,
      query: ctx.querystring,
      referer: ctx.get('referer') || null,
      cookie: ctx.get('cookie') || null,
    });
  return async function requestLogMiddleware(ctx, next) {
    const log = logOf(ctx);
    if (!ctx.path.startsWith('/__requests/')) {
      record(ctx);
      const fail = failing.get(ctx.get('user-agent'));
      if (fail?.delete(ctx.path)) {
        ctx.status = 503;
        ctx.set('cache-control', 'no-store');
        ctx.body = 'failed on purpose by the test';
        return undefined;
      }
      return next();
    }
    ctx.set('cache-control', 'no-store');
    if (ctx.path === '/__requests/log') {
      ctx.body = log;
    } else if (ctx.path === '/__requests/reset' && ctx.method === 'POST') {
      log.length = 0;
      ctx.body = { ok: true };
    } else if (ctx.path === '/__requests/fail-next' && ctx.method === 'POST') {
      const browser = ctx.get('user-agent');
      if (!failing.has(browser)) failing.set(browser, new Set());
      failing.get(browser).add(ctx.query.path);
      ctx.body = { ok: true };
    } else if (ctx.path === '/__requests/landing') {
      record(ctx);
      ctx.type = 'html';
      ctx.body = '<!doctype html><html lang="en"><title>Weather</title><p>Weather</p></html>';
    } else {
      ctx.status = 404;
    }
  };
}
