// The configurator as a web editor uses it, in Chromium (playwright-core, the system's browser), served by npm
// start's own server under the strict Content-Security-Policy a partner may host it with, on a phone-sized screen:
// choose a widget and its options with the keyboard, copy the snippet (read back from the real clipboard), paste it
// into a blank page on another origin, and see the widget render there. The CDN address in the snippet is answered
// from this build's dist/, which the integrity hash proves is the same file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../../scripts/browsers.mjs';
import { STRICT_CSP, TYPES, startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const sri = JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8'));
const CDN = `https://cdn.jsdelivr.net/npm/campaign-widgets@${version}/dist/`;

let server;
let blank;
let browser;
let origin;
let blankOrigin;
let pasted = '';

before(async () => {
  assert.ok(existsSync(join(root, 'dist-configurator/index.html')), 'dist-configurator/ is built by npm run build');
  server = await startServer(0);
  origin = `http://127.0.0.1:${server.address().port}`;
  // A partner's site on another origin: a page blank but for what the editor pasted, and its own copy of dist/.
  blank = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/dist/')) {
      const file = normalize(join(root, path));
      if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return response.end(readFileSync(file));
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank partner page</title></head><body>\n${pasted}\n</body></html>`);
  });
  await new Promise((resolve) => blank.listen(0, '127.0.0.1', resolve));
  blankOrigin = `http://127.0.0.1:${blank.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  blank?.close();
});

/** Serves the published package's CDN path from this build's dist/ (a module script is a CORS request). */
async function answerCdnFromDist(context) {
  await context.route(`${CDN}**`, (route) => {
    const file = normalize(join(root, 'dist', new URL(route.request().url()).pathname.split('/dist/')[1] ?? ''));
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' },
      body: readFileSync(file),
    });
  });
}

/** Records Content-Security-Policy violations and page errors (the listener is added by playwright, not the page). */
async function watch(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return errors;
}

/**
 * Waits until the configurator's live region says `pattern`; when it does not, the failure says what it said instead
 * and what went wrong in the page and its preview frames.
 */
async function statusSays(page, pattern, errors = []) {
  try {
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#cw-status')?.textContent ?? ''), pattern.source);
  } catch (error) {
    const said = await page.textContent('#cw-status').catch(() => '(no page)');
    const frames = await Promise.all(
      page.frames().map(async (frame) => `${frame.url()} ${await frame.evaluate(() => typeof window.cwPreview).catch(() => '?')}`),
    );
    throw new Error(
      `The status never said ${pattern}: it says "${said}". Page errors: ${JSON.stringify(errors)}. Frames: ${frames.join(', ')}. ${error.message}`,
    );
  }
}

/** The violations recorded in the page and in its frames (the preview pages). */
async function violations(page) {
  const all = await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__violations ?? []).catch(() => [])));
  return all.flat();
}

test('on a phone, with the keyboard: choose <help-line>, copy the snippet, paste it into a blank page, see it render', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await answerCdnFromDist(context);
  const page = await context.newPage();
  const errors = await watch(page);
  const response = await page.goto(`${origin}/configurator/`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'served under the strict policy');
  await page.waitForSelector('#cw-widget');

  // Keyboard only: the widget list, then the country, then the compact switch.
  await page.focus('#cw-widget');
  await page.selectOption('#cw-widget', 'help-line');
  await page.waitForSelector('#cw-opt-country');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cw-opt-country', 'Tab goes from the widget to its first option');
  await page.selectOption('#cw-opt-country', 'GB');
  await page.focus('#cw-opt-compact');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#cw-opt-compact'), true);

  // The preview shows the real widget for that country.
  const preview = page.frameLocator('.preview-frame');
  await preview.locator('help-line[country="GB"]').waitFor();

  // Far below the options on a phone: a link there, and one back, each leaving the focus at the step's heading.
  const headingInView = (id) =>
    page.evaluate((id) => {
      const box = document.getElementById(id).getBoundingClientRect();
      // Scrolled to the top of the window, give or take a fraction of a pixel.
      return document.activeElement?.id === id && box.top > -1 && box.bottom <= window.innerHeight;
    }, id);
  await page.getByRole('link', { name: 'See the preview' }).click();
  assert.ok(await headingInView('cw-step-check'), 'the preview step is in view, its heading focused');
  await page.getByRole('link', { name: 'Back to the options' }).click();
  assert.ok(await headingInView('cw-step-choose'), 'back at the options');
  assert.ok(!page.url().includes('#'), 'the address gains no fragment');

  await page.focus('button.copy');
  await page.keyboard.press('Enter');
  await statusSays(page, /^Snippet copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue('#cw-snippet'), 'what was copied is what the page shows');
  const lines = copied.split('\n');
  assert.ok(
    lines.includes(`<script type="module" src="${CDN}campaign-widgets.js" integrity="${sri['campaign-widgets.js']}" crossorigin="anonymous"></script>`),
    copied,
  );
  assert.ok(copied.includes('<style>\nhelp-line:not(:defined) { display: flow-root; font-size: var(--cw-font-size, medium); }\n'), copied);
  assert.match(lines.at(-1), /^<help-line style="--cw-reserve-narrow: [\d.]+em; --cw-reserve-wide: [\d.]+em" country="GB" compact><\/help-line>$/);

  // Nothing wider than the phone, no policy violation, no error.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 390 px');
  assert.deepEqual(await violations(page), [], 'none in the page or its preview frames');
  assert.equal(page.frames().length, 4, 'the page, the preview and the two measuring frames');
  assert.deepEqual(errors, []);

  // The shortcode, one line, wraps in a smaller box.
  await page.check('#cw-target-wordpress');
  assert.equal(await page.getAttribute('#cw-snippet', 'rows'), '4');
  assert.ok(
    await page.evaluate(() => {
      const box = document.getElementById('cw-snippet');
      return box.scrollWidth <= box.clientWidth;
    }),
    'no sideways scrolling in the shortcode box',
  );
  await page.check('#cw-target-page');

  // Pasted into a blank page on another origin: the widget loads from the CDN address (integrity checked) and renders.
  pasted = copied;
  const partner = await context.newPage();
  const partnerErrors = await watch(partner);
  await partner.goto(`${blankOrigin}/`);
  await partner.waitForFunction(() => customElements.get('help-line') !== undefined, null, { timeout: 15_000 });
  await partner.waitForFunction(() => (document.querySelector('help-line')?.shadowRoot?.textContent ?? '').trim().length > 0, null, { timeout: 15_000 });
  const rendered = await partner.evaluate(() => document.querySelector('help-line').shadowRoot.querySelector('[part~="compact"], [part~="base"]') !== null);
  assert.ok(rendered, 'the help line rendered its parts');
  assert.deepEqual(partnerErrors, []);
  await context.close();
});

test('what a widget refuses is explained at its option, and copying waits until it is fixed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  await answerCdnFromDist(context);
  const page = await context.newPage();
  const errors = await watch(page);
  await page.goto(`${origin}/configurator/?widget=petition-form`);
  await page.waitForSelector('#cw-opt-action');
  await page.fill('#cw-opt-action', 'http://crm.example/sign');
  await page.fill('#cw-opt-count-src', `${origin}/receiver/count`);
  await page.click('button.copy');
  await statusSays(page, /Not copied/, errors);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cw-opt-action', 'the focus is on the option to fix');
  assert.match(
    await page.textContent('#cw-opt-action-error'),
    /^“http:\/\/crm\.example\/sign” can’t be used here\. Give an address starting with https:\/\/\.$/,
  );
  assert.equal(await page.getAttribute('#cw-opt-action', 'aria-invalid'), 'true');

  await page.fill('#cw-opt-action', 'https://crm.example/sign');
  await page.selectOption('#cw-opt-format', 'osdi');
  await page.click('button.copy');
  await statusSays(page, /^Snippet copied/, errors);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(
    copied
      .split('\n')
      .at(-1)
      .replace(/ style="[^"]*"/, ''),
    `<petition-form action="https://crm.example/sign" format="osdi" count-src="${origin}/receiver/count"></petition-form>`,
  );
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a copy on the partner's own site: the snippet loads the script from there, and renders pasted", async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${origin}/configurator/?widget=trafficking-stat`);
  await page.waitForSelector('#cw-script-own');
  await page.check('#cw-script-own');
  await page.fill('#cw-script-own-url', 'campaign-widgets.js');
  await page.click('button.copy');
  await statusSays(page, /Not copied/);
  assert.match(await page.textContent('#cw-script-own-url-error'), /full https:\/\/ address/);
  // The partner's site has its copy of dist/ (http is accepted on 127.0.0.1 only, as by the widgets).
  await page.fill('#cw-script-own-url', `${blankOrigin}/dist/campaign-widgets.js`);
  await page.click('button.copy');
  await statusSays(page, /^Snippet copied/);
  pasted = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(pasted, new RegExp(`src="${blankOrigin}/dist/campaign-widgets\\.js" integrity="${sri['campaign-widgets.js'].replace(/[+/]/g, '\\$&')}"`));
  const partner = await context.newPage();
  await partner.goto(`${blankOrigin}/`);
  await partner.waitForFunction(() => /\d/.test(document.querySelector('trafficking-stat')?.shadowRoot?.textContent ?? ''), null, { timeout: 15_000 });
  await context.close();
});

test('a French browser gets the page in French, can switch it to English, and an Arabic one right to left', async () => {
  const french = JSON.parse(readFileSync(join(root, 'dist-configurator/locales/fr.json'), 'utf8'));
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await answerCdnFromDist(context);
  const page = await context.newPage();
  const errors = await watch(page);
  await page.goto(`${origin}/configurator/`);
  await page.waitForSelector('#cw-ui-language');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.textContent('h1'), french['Widget configurator']);
  assert.equal(await page.textContent('#cw-step-copy'), french['3. Copy it into your page']);
  assert.equal(await page.inputValue('#cw-locale'), 'fr', 'the preview starts in French too');
  assert.equal(await page.getAttribute('#cw-ui-language option[value="ar"]', 'lang'), 'ar', 'each language named in itself, in its voice');
  assert.equal(await page.getByRole('link', { name: french['See the preview'] }).count(), 0, 'on a wide screen the preview is beside the options');

  await Promise.all([page.waitForURL(/[?&]lang=en/), page.selectOption('#cw-ui-language', 'en')]);
  await page.waitForSelector('#cw-ui-language');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Widget configurator');

  // Until its messages come, an Arabic page shows no English title (held here until the title was checked).
  let release;
  let asked;
  const held = new Promise((resolve) => (release = resolve));
  const requested = new Promise((resolve) => (asked = resolve));
  await page.route('**/configurator/locales/ar.json', async (route) => {
    asked();
    await held;
    await route.continue();
  });
  const loaded = page.goto(`${origin}/configurator/?lang=ar`);
  await requested;
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).visibility), 'hidden', 'no English title while loading');
  release();
  await loaded;
  await page.waitForSelector('#cw-ui-language');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).visibility), 'visible');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.layout')).direction), 'rtl');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted, the snippet keeps the room the widget takes: nothing below it moves when it appears, on a phone or a desktop', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await answerCdnFromDist(context);
  const page = await context.newPage();
  await page.goto(`${origin}/configurator/?widget=mission-contact&country=KE`);
  await page.waitForFunction(() =>
    / style="--cw-reserve-narrow: [\d.]+em; --cw-reserve-wide: [\d.]+em"/.test(document.querySelector('#cw-snippet')?.value ?? ''),
  );
  pasted = `${await page.inputValue('#cw-snippet')}\n<p id="below">The text after the widget.</p>`;

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const partner = await context.newPage();
    await partner.setViewportSize(viewport);
    // The script held back until the page without it has been drawn: where the text below stands before the upgrade.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await partner.route(`${CDN}campaign-widgets.js`, async (route) => {
      await held;
      await route.fallback();
    });
    // (A module script holds DOMContentLoaded back: the page is read as soon as its text is drawn.)
    await partner.goto(`${blankOrigin}/`, { waitUntil: 'commit' });
    await partner.waitForSelector('#below');
    await partner.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const below = () => partner.evaluate(() => document.getElementById('below').getBoundingClientRect().top);
    const before = await below();
    release();
    await partner.waitForFunction(() => /\+254|Kenya/.test(document.querySelector('mission-contact')?.shadowRoot?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    await partner.waitForLoadState('networkidle');
    const after = await below();
    assert.ok(before > 100, `${viewport.width} px: room is kept before the upgrade (${before}px)`);
    assert.ok(Math.abs(after - before) < 1, `${viewport.width} px: the text below stood at ${before}px and is now at ${after}px`);
    await partner.close();
  }
  await context.close();
});

test('the address keeps the widget, where it goes and its options: a change of language, a reload or a link shows the same', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await answerCdnFromDist(context);
  const page = await context.newPage();
  const errors = await watch(page);
  await page.goto(`${origin}/configurator/?widget=petition-form`);
  await page.waitForSelector('#cw-opt-action');
  await page.fill('#cw-opt-action', 'https://crm.example/sign');
  await page.check('#cw-target-wordpress');
  await page.check('#cw-opt-required input[value="country"]');
  await page.waitForFunction(() => location.search.includes('action='));
  const kept = new URL(page.url()).searchParams;
  assert.equal(kept.get('widget'), 'petition-form');
  assert.equal(kept.get('target'), 'wordpress');
  assert.equal(kept.get('action'), 'https://crm.example/sign');
  assert.equal(kept.get('required'), 'given-name email country');

  // The editor switches the page to French: the page reloads in French with the same choices.
  await Promise.all([page.waitForURL(/[?&]lang=fr/), page.selectOption('#cw-ui-language', 'fr')]);
  await page.waitForSelector('#cw-opt-action');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.inputValue('#cw-widget'), 'petition-form');
  assert.equal(await page.inputValue('#cw-opt-action'), 'https://crm.example/sign');
  assert.equal(await page.isChecked('#cw-target-wordpress'), true);
  assert.equal(await page.isChecked('#cw-opt-required input[value="country"]'), true);
  await page.waitForFunction(() => document.querySelector('#cw-snippet')?.value.includes('required="given-name email country"'));
  assert.match(await page.inputValue('#cw-snippet'), /^\[cw_petition_form action="https:\/\/crm\.example\/sign" required="given-name email country"/);

  // The preview in Russian: a colleague opening the link sees the widget as it was checked.
  await page.selectOption('#cw-locale', 'ru');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('preview') === 'ru');
  await page.reload();
  await page.waitForSelector('#cw-opt-action');
  assert.equal(await page.inputValue('#cw-locale'), 'ru');
  await page.frameLocator('.preview-frame').locator('html[lang="ru"]').waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
