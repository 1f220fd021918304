// Serves examples/strict-csp.html with the same strict Content-Security-Policy as `npm start` (scripts/serve.mjs),
// and test/fixtures/worker-refused.html with it too (the same page kind without the worker opt-out).
import { STRICT_CSP } from '../../scripts/serve.mjs';

export default function strictCsp() {
  return async function strictCspMiddleware(ctx, next) {
    await next();
    if (ctx.path === '/examples/strict-csp.html' || ctx.path === '/test/fixtures/worker-refused.html') ctx.set('content-security-policy', STRICT_CSP);
  };
}
