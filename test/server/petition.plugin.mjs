// A stand-in for a partner's petition back-end, so <petition-form> tests send real HTTP to a real server.
//
// Every route sits under a session, `/__petition/<session>/…`, chosen by each test (any [A-Za-z0-9-]{1,64}), so
// Chromium and Firefox running the same test file at the same time never see each other's requests.
//
//   POST|PUT /__petition/<s>/sign      records the request and answers with the next answer of the scenario
//   OPTIONS  /__petition/<s>/sign      CORS preflight (every origin; allows content-type and idempotency-key)
//   POST     /__petition/<s>/scenario  body: [answer, …] replaces the queue of next answers; an answer is
//                                      { status?: number (default 201), body?: any (default {ok: true}),
//                                        retryAfter?: number|string (Retry-After header),
//                                        hang?: true (never answers; recorded when the client gives up),
//                                        destroy?: true (destroys the socket: the browser's fetch rejects),
//                                        delay?: number (milliseconds before answering),
//                                        location?: string (Location header, for a 3xx: a redirect),
//                                        repeat?: true (stays in the queue: every later request gets it too) }
//                                      With an empty queue, requests get 201 {"ok": true}.
//   GET      /__petition/<s>/log       [{ method, path, headers: {content-type, idempotency-key, accept, origin},
//                                        headerNames, cookie: boolean, raw, body, outcome, at }] every request to
//                                        sign, moved and count since the last reset. `raw` is the body as received;
//                                        `body` is parsed (JSON, or an object for form-urlencoded); outcome is
//                                        the status sent, or "destroyed" / "abandoned" (a hang the client left);
//                                        `at` is when it arrived (ms since 1970, server clock).
//   any      /__petition/<s>/moved     where a scenario's redirect may point (like a partner's "thank you" page):
//                                      records the request in the log and answers 200 {"ok": true}
//   GET      /__petition/<s>/count     answers the configured count answer (default 200 {"count": 1234})
//   POST     /__petition/<s>/count     body: { status?, body? } sets the count answer
//   POST     /__petition/<s>/reset     forgets the session's log, scenario and count answer
//
// The server de-duplicates nothing: tests prove from the log that the client sent one signature (or the same
// Idempotency-Key on every retry).
//
// How it is wired: @web/dev-server composes its Koa middleware when the server is created, so middleware added
// with `app.use()` in `serverStart` is never reached. The plugin `serve(context)` hook runs for every method
// before static files; it handles the request on the Koa context and returns nothing, so the dev server's
// deferred static middleware sees a body or a non-GET method and leaves the answer alone.

const sessions = new Map();

function session(id) {
  let found = sessions.get(id);
  if (!found) {
    found = { log: [], scenario: [], count: { status: 200, body: { count: 1234 } } };
    sessions.set(id, found);
  }
  return found;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parse(raw, type) {
  if (!raw) return null;
  try {
    if (type.includes('json')) return JSON.parse(raw);
    if (type.includes('x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  } catch {
    return { unparsable: true };
  }
  return null;
}

function record(ctx, raw) {
  const type = ctx.get('content-type');
  return {
    method: ctx.method,
    path: ctx.path,
    headers: {
      'content-type': type || null,
      'idempotency-key': ctx.get('idempotency-key') || null,
      accept: ctx.get('accept') || null,
      origin: ctx.get('origin') || null,
    },
    headerNames: Object.keys(ctx.headers).sort(),
    cookie: Boolean(ctx.get('cookie')),
    raw,
    body: parse(raw, type),
    outcome: null,
    at: Date.now(),
  };
}

function cors(ctx) {
  ctx.set('access-control-allow-origin', '*');
  ctx.set('access-control-expose-headers', 'retry-after');
  ctx.set('cache-control', 'no-store');
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body ?? null);
}

async function sign(ctx, state) {
  const entry = record(ctx, await readBody(ctx.req));
  state.log.push(entry);
  const answer = state.scenario[0] ?? {};
  if (!answer.repeat) state.scenario.shift();
  if (answer.destroy || answer.hang) {
    // No HTTP answer at all; Koa must not try to write one (and the dev server must not log a 404).
    ctx.respond = false;
    ctx.status = 204;
  }
  if (answer.destroy) {
    entry.outcome = 'destroyed';
    ctx.req.socket.destroy();
    return;
  }
  if (answer.hang) {
    await new Promise((resolve) => ctx.res.on('close', resolve));
    entry.outcome = 'abandoned';
    return;
  }
  if (answer.delay) await new Promise((resolve) => setTimeout(resolve, answer.delay));
  if (answer.retryAfter !== undefined) ctx.set('retry-after', String(answer.retryAfter));
  if (answer.location !== undefined) ctx.set('location', answer.location);
  entry.outcome = answer.status ?? 201;
  json(ctx, entry.outcome, answer.body === undefined ? { ok: true } : answer.body);
}

async function handle(ctx, id, route) {
  const state = session(id);
  cors(ctx);
  if (route === 'sign' && ctx.method === 'OPTIONS') {
    ctx.set('access-control-allow-methods', 'POST, PUT');
    ctx.set('access-control-allow-headers', 'content-type, idempotency-key');
    ctx.status = 204;
    ctx.body = '';
  } else if (route === 'sign' && (ctx.method === 'POST' || ctx.method === 'PUT')) {
    await sign(ctx, state);
  } else if (route === 'moved') {
    // A redirect followed: after a 301/302/303 the browser arrives here with a GET and no body (307/308 keep both).
    const entry = record(ctx, await readBody(ctx.req));
    entry.outcome = 200;
    state.log.push(entry);
    json(ctx, 200, { ok: true });
  } else if (route === 'scenario' && ctx.method === 'POST') {
    const answers = JSON.parse((await readBody(ctx.req)) || '[]');
    state.scenario = Array.isArray(answers) ? answers : [answers];
    json(ctx, 200, { ok: true });
  } else if (route === 'log' && ctx.method === 'GET') {
    json(ctx, 200, state.log);
  } else if (route === 'count' && ctx.method === 'GET') {
    const entry = record(ctx, '');
    entry.outcome = state.count.status;
    state.log.push(entry);
    json(ctx, state.count.status, state.count.body);
  } else if (route === 'count' && ctx.method === 'POST') {
    const answer = JSON.parse((await readBody(ctx.req)) || '{}');
    state.count = { status: answer.status ?? 200, body: answer.body };
    json(ctx, 200, { ok: true });
  } else if (route === 'reset' && ctx.method === 'POST') {
    sessions.delete(id);
    json(ctx, 200, { ok: true });
  } else {
    console.warn(`petition test server: no route for ${ctx.method} ${ctx.path}`);
    json(ctx, 404, { error: 'unknown test route' });
  }
}

export default function petitionServer() {
  return {
    name: 'petition-test-server',
    // A test runner command: `executeServerCommand('petition-offline', { ms })` takes the test page's browser really
    // offline (navigator.onLine false, `offline` event, every request fails) for `ms` milliseconds, then back
    // online from the server side (the page cannot reach the test runner while offline). Resolves true when the
    // browser could do it, false when it cannot (the test then skips). Firefox (WebDriver BiDi) updates
    // navigator.onLine and fires the events; headless Chromium blocks requests but leaves navigator.onLine true.
    async executeCommand({ command, payload, session }) {
      if (command !== 'petition-offline') return undefined;
      try {
        const page = session.browser.getPage(session.id);
        await page.setOfflineMode(true);
        setTimeout(() => page.setOfflineMode(false).catch(() => {}), payload?.ms ?? 1000);
        return true;
      } catch {
        return false;
      }
    },
    async serve(ctx) {
      const match = /^\/__petition\/([A-Za-z0-9-]{1,64})\/(sign|moved|scenario|log|count|reset)$/.exec(ctx.path);
      if (match) await handle(ctx, match[1], match[2]);
      else if (ctx.path.startsWith('/__petition/')) json(ctx, 404, { error: 'unknown test route' });
      // Nothing returned: the answer is already on the context (see the note at the top).
    },
  };
}
