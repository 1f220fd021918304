// Section 5 of `npm run bench`: Content-Security-Policy violations on examples/strict-csp.html, the locked-down
// partner page with every widget, served (server.mjs) with the policy of scripts/serve.mjs (STRICT_CSP:
// `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`)
// and with the same policy without its two Trusted Types directives. The page's own script (examples/strict-csp.js)
// records every `securitypolicyviolation` event; the browser's console reports are counted too, in case one comes
// before that script runs. Counted: while the page loads and its widgets render, then after a visitor saves a share
// card's image (which loads the drawing code, the one chunk that waits for a click).
import { STRICT_CSP } from '../serve.mjs';
import { STRICT_CSP_WITHOUT_TT } from './server.mjs';
import { int, table, verdict } from './report.mjs';
import { TAGS, waitForWidgets } from './weights.mjs';

export const CSP_VARIANTS = [
  { name: 'strict CSP with Trusted Types', path: '/examples/strict-csp.html', policy: STRICT_CSP },
  { name: 'strict CSP without Trusted Types', path: '/examples/strict-csp.html?tt=off', policy: STRICT_CSP_WITHOUT_TT },
];

async function visit(browser, origin, variant) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    const consoleReports = [];
    const errors = [];
    page.on('console', (message) => {
      const text = message.text();
      if (/Content[- ]Security[- ]Policy|Trusted Type/i.test(text)) consoleReports.push(text);
      else if (message.type() === 'error') errors.push(text);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(origin + variant.path, { waitUntil: 'load' });
    const served = response.headers()['content-security-policy'];
    const state = await page.evaluate(waitForWidgets, { tags: TAGS, timeout: 15_000 });
    await page.waitForTimeout(1_000);
    const onLoad = await page.evaluate(() => [...(window.cspViolations ?? [])]);
    const consoleOnLoad = consoleReports.length;
    // A visitor saves a share card's image: the drawing code (a chunk of its own) loads and runs under the policy.
    let saved = 'no share card with a "Save image" button';
    const button = page.locator('share-card [part~="download"]').first();
    if (await button.count()) {
      const download = page.waitForEvent('download', { timeout: 10_000 }).then(
        (file) => `saved ${file.suggestedFilename()}`,
        () => 'no download within 10 s',
      );
      await button.click();
      saved = await download;
      await page.waitForTimeout(500);
    }
    const afterClick = await page.evaluate(() => [...(window.cspViolations ?? [])]);
    return {
      ...variant,
      served,
      policyAsIntended: served === variant.policy,
      notRendered: state.notRendered,
      rendered: state.present,
      onLoad,
      afterClick: afterClick.slice(onLoad.length),
      consoleOnLoad,
      consoleAfterClick: consoleReports.length - consoleOnLoad,
      consoleReports,
      saved,
      errors,
    };
  } finally {
    await context.close();
  }
}

export async function measureCsp({ browser, server }) {
  const results = [];
  for (const variant of CSP_VARIANTS) results.push(await visit(browser, server.origin, variant));
  return results;
}

/** Violations of a variant: the page's own record, or the console's count if that is higher. */
export const violationsOf = (r) => Math.max(r.onLoad.length + r.afterClick.length, r.consoleOnLoad + r.consoleAfterClick);

export function printCsp(results) {
  const lines = [
    '### 5. Content-Security-Policy (examples/strict-csp.html, every widget)',
    '',
    table(
      ['policy', '>violations while loading', '>after saving an image', 'widgets rendered', 'met (0 violations)'],
      results.map((r) => [
        r.name,
        int(Math.max(r.onLoad.length, r.consoleOnLoad)),
        int(Math.max(r.afterClick.length, r.consoleAfterClick)),
        r.notRendered.length ? `not: ${[...new Set(r.notRendered)].join(', ')}` : `all ${r.rendered.length} kinds`,
        verdict(violationsOf(r) === 0 && r.policyAsIntended && !r.notRendered.length),
      ]),
    ),
    '',
  ];
  for (const r of results) {
    lines.push(`- ${r.name}: served \`${r.served ?? '(no policy header)'}\`${r.policyAsIntended ? '' : ' — NOT the intended policy'}; ${r.saved}.`);
    for (const v of [...r.onLoad, ...r.afterClick]) lines.push(`  - violation: ${v}`);
    for (const c of r.consoleReports) lines.push(`  - console: ${c}`);
    if (r.errors.length) lines.push(`  - errors: ${[...new Set(r.errors)].join(' | ')}`);
  }
  return lines.join('\n');
}
