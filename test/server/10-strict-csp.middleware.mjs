// Serves examples/strict-csp.html with the same strict Content-Security-Policy as `npm start` (scripts/serve.mjs),
// and test/fixtures/strict-csp-twice.html with it too (the scripts loaded twice under the same policy).
import { STRICT_CSP } from '../../scripts/serve.mjs';

export default function strictCsp() {
  return async function strictCspMiddleware(ctx, next) {
    await next();
    if (ctx.path === '/examples/strict-csp.html' || ctx.path === '/test/fixtures/strict-csp-twice.html') ctx.set('content-security-policy', STRICT_CSP);
  };
}
