// The WordPress plugin in a real WordPress 6.5 (scripts/wordpress/site.mjs): an administrator uploads the built
// zip and saves the settings; an Author (who may not post unfiltered HTML) inserts every block in the block editor
// and sees each widget in the preview; an anonymous visitor gets the widgets, the fallbacks in the HTML, no console
// error and no failed request. Then the same with DISALLOW_UNFILTERED_HTML and with a classic theme.
// Needs `npm run build` first (dist-wordpress/campaign-widgets.zip). Run alone: `node --test test/wordpress/`.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../../scripts/browsers.mjs';
import { importSource } from '../../scripts/import-source.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { startSite, wpEval } from '../../scripts/wordpress/site.mjs';
import { jedJson, keyOf, parsePo, scriptTranslationFile } from '../../scripts/wordpress/translations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const zip = join(root, 'dist-wordpress/campaign-widgets.zip');
const pluginData = JSON.parse(readFileSync(join(root, 'dist-wordpress/campaign-widgets/build/plugin-data.json'), 'utf8'));
const sri = JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8'));
const shots = process.env.CW_WORDPRESS_SCREENSHOTS; // a folder: screenshots of the editor and the page, for a person to look at
const TIMEOUT = 30_000;
const ENDPOINT = 'https://crm.example.org/api/sign';
const NEUTRAL = 'https://www.google.com/search?q=weather';
const SAFETY = 'https://www.example.org/browse-safely';

/**
 * What the test does with each widget's block. `configure` uses the block's controls in the editor's sidebar;
 * `shows` is text the rendered widget must contain (in the editor preview and on the page); `fallback` is HTML the
 * page source must contain inside the element. A widget not listed here (a new block) gets the generic checks:
 * inserted, rendered, no error.
 */
const plan = {
  'trafficking-stat': {
    configure: async (page) => {
      const inspector = page.locator('.block-editor-block-inspector');
      await inspector.getByLabel('Statistic', { exact: true }).selectOption('ilo-2014-forced-labour-profits');
      // An older edition is marked in the list, and the newer one named under it.
      await inspector.getByText('A newer edition exists: $236 billion', { exact: false }).waitFor();
      assert.match(await inspector.locator('option[value="ilo-2014-forced-labour-profits"]').textContent(), / — older edition$/);
    },
    shows: '$150 billion',
    fallback: [
      '<strong>$150 billion</strong> Illegal profits from forced labour every year (2012 estimate)',
      `<a href="${pluginData.stats[0].url}" rel="noopener noreferrer">Source: ILO, 2014</a> · estimate`,
    ],
  },
  'share-card': {
    configure: async (page) => {
      await page.locator('.block-editor-block-inspector').getByLabel('Statistic', { exact: true }).selectOption('unodc-2016-women-girls-share');
      // The share buttons by their names, not the codes the widget reads (`native`, `x`).
      const inspector = page.locator('.block-editor-block-inspector');
      await inspector.getByRole('checkbox', { name: 'The device’s share menu', exact: true }).waitFor();
      assert.equal(await inspector.getByRole('checkbox', { name: 'native', exact: true }).count(), 0);
      await inspector.getByRole('checkbox', { name: 'Facebook', exact: true }).uncheck();
    },
    shows: '71%',
    attributes: { networks: 'native x whatsapp linkedin telegram bluesky email copy' },
    fallback: ['<strong>71%</strong> Of trafficking victims detected in 2012–2014 were women and girls'],
  },
  'petition-form': {
    configure: async (page) => {
      await page.getByLabel('Goal', { exact: true }).fill('10000');
      // The fields by the words of the form's own labels; the format, named, as the site's setting.
      const inspector = page.locator('.block-editor-block-inspector');
      await inspector.getByRole('checkbox', { name: 'Postal code', exact: true }).first().waitFor();
      assert.equal(await inspector.getByRole('checkbox', { name: 'postal-code', exact: true }).count(), 0);
      const format = inspector.getByLabel('Format', { exact: true });
      assert.equal(await format.locator('option[value=""]').textContent(), 'Site default: OSDI (Action Network and other OSDI systems)');
    },
    shows: 'Sign the petition',
    // The endpoint and format come from the settings page.
    attributes: { action: ENDPOINT, format: 'osdi', goal: '10000' },
    fallback: ['To sign this petition, please turn on JavaScript in your browser.'],
  },
  'mission-contact': {
    configure: async (page) => {
      await page.getByRole('combobox', { name: 'Country' }).fill('Kenya');
      await page.getByRole('option', { name: 'Kenya', exact: true }).click();
    },
    shows: 'Permanent Mission of the Republic of Kenya',
    attributes: { country: 'KE' },
    fallback: ['<strong>The Permanent Mission of the Republic of Kenya to the United Nations</strong>', `<a href="${pluginData.directoryUrl}"`],
  },
  'help-line': {
    configure: async (page) => {
      await page.getByRole('combobox', { name: 'Country' }).fill('United Kingdom');
      await page.getByRole('option', { name: 'United Kingdom', exact: true }).click();
    },
    shows: 'Modern Slavery & Exploitation Helpline',
    attributes: { country: 'GB' },
    fallback: [
      '<a href="tel:999">In immediate danger, call 999</a>',
      // A national number in digits is linked as dialled in the country, as in the widget.
      '<strong>Modern Slavery &amp; Exploitation Helpline</strong> <a href="tel:08000121700">Call 08000 121 700</a>',
    ],
  },
  'quick-exit': {
    configure: (page) => page.getByLabel('Neutral site', { exact: true }).selectOption(NEUTRAL),
    shows: 'Exit this page',
    attributes: { href: NEUTRAL },
    fallback: [
      `<a slot="cw-fallback" href="${NEUTRAL}" rel="noreferrer">Exit this page</a>`,
      // The site's advice link (Settings), as on the site-wide exit: a block without its own gets it.
      `<a slot="cw-fallback" class="campaign-widgets-exit-safety" href="${SAFETY}" rel="noopener noreferrer">How to browse safely</a>`,
    ],
  },
};

let site;
let browser;

before(async () => {
  assert.ok(existsSync(zip), 'dist-wordpress/campaign-widgets.zip is missing: run `npm run build` first');
  site = await startSite();
  mkdirSync(join(site.dir, 'wp-content/themes/cw-classic'), { recursive: true });
  cpSync(fileURLToPath(new URL('./classic-theme', import.meta.url)), join(site.dir, 'wp-content/themes/cw-classic'), { recursive: true });
  browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: chromiumArgs });
  if (shots) mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A page whose console errors, failed requests and HTTP errors are recorded. */
async function watchedPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const problems = [];
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico, which PHP's test server answers 404: not the page's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

async function logIn(user, target) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // WordPress's admin asks other hosts for images (avatars, the editor's first-visit guide from s.w.org); offline,
  // such a request can hang for longer than a test waits. Nothing the plugin does is on another host.
  await context.route(
    (url) => url.origin !== new URL(site.url).origin,
    (route) => route.abort(),
  );
  // In the editor's page, for the checks that run there: our blocks, and the heights they reserve.
  await context.addInitScript(() => {
    window.cwBlocks = () =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .filter((block) => block.name.startsWith('campaign-widgets/'));
    window.cwReservations = () =>
      window.cwBlocks().map((block) => ({ name: block.name, narrow: block.attributes.reserveNarrow, wide: block.attributes.reserveWide }));
    window.cwPetition = () => window.cwBlocks().find((block) => block.name === 'campaign-widgets/petition-form');
  });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}${target}`)}`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', 'password');
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('wp-login.php'), { waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  return { context, page, problems };
}

/** In a frame or page: the widget is defined, has rendered, and shows the text (when one is given). */
function rendered(frame, tag, text, index = 0) {
  return frame.waitForFunction(
    ([tag, text, index]) => {
      const element = document.querySelectorAll(tag)[index];
      if (!element || !customElements.get(tag) || !element.shadowRoot) return false;
      const shown = element.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
      return text ? shown.includes(text) : shown.length > 0;
    },
    [tag, text ?? '', index],
    { timeout: TIMEOUT },
  );
}

async function editorCanvas(page) {
  await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: TIMEOUT });
  const canvas = page.frame({ name: 'editor-canvas' });
  await canvas.waitForSelector('.is-root-container', { timeout: TIMEOUT });
  return canvas;
}

/** Inserts a block with the editor's inserter, searching for its title. */
async function insertBlock(page, title, name) {
  const toggle = page.getByRole('button', { name: 'Toggle block inserter' });
  await toggle.click();
  await page.getByPlaceholder('Search').fill(title);
  // The inserter's item of that block (the editor names its class after the block).
  await page.locator(`.editor-block-list-item-${name.replace(/^core\//, '').replace('/', '-')}`).click();
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  // The settings sidebar, where the selected block shows its controls.
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
  await page.locator('.block-editor-block-inspector').waitFor();
}

/**
 * Shift pressed three times leaves any page with a <quick-exit>, but not the editor, where the widget is a preview
 * (wordpress/src/canvas.ts): no cw-exit, and the document stays.
 */
async function shiftThriceDoesNotLeave(page, frame, focusTarget) {
  await frame.evaluate(() => {
    window.cwExits = 0;
    document.addEventListener('cw-exit', () => (window.cwExits += 1));
  });
  await focusTarget.click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  assert.equal(await frame.evaluate(() => window.cwExits), 0, 'no exit from the editor');
  assert.equal(await frame.locator('quick-exit').count(), 1, 'the editor is still there');
}

/**
 * A web editor's shortcode, made in the configurator as `npm start` serves it: the statistic chosen, WordPress as
 * where it goes, copied with the button (the box then shows what was copied).
 */
async function shortcodeFromConfigurator(stat) {
  const server = await startServer(0);
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`http://127.0.0.1:${server.address().port}/configurator/?widget=trafficking-stat`);
    await page.selectOption('#cw-opt-stat', stat);
    await page.check('#cw-target-wordpress');
    await page.click('button.copy');
    await page.waitForFunction(() => /^Shortcode copied/.test(document.querySelector('#cw-status')?.textContent ?? ''));
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await context.close();
    server.close();
  }
}

/** The Author's part: a new post with every block, each configured and previewed, published. Returns {id, link}. */
async function authorPublishes(label, { shortcode } = {}) {
  const { context, page, problems } = await logIn('author', '/wp-admin/post-new.php');
  try {
    const canvas = await editorCanvas(page);
    await canvas.getByRole('textbox', { name: 'Add title' }).fill(`Campaign (${label})`);
    for (const widget of pluginData.widgets) {
      await insertBlock(page, widget.title, widget.block);
      await plan[widget.tag]?.configure?.(page);
      await rendered(canvas, widget.tag, plan[widget.tag]?.shows);
    }
    await shiftThriceDoesNotLeave(page, canvas, canvas.getByRole('textbox', { name: 'Add title' }));
    if (shortcode) {
      await insertBlock(page, 'Shortcode', 'core/shortcode');
      await canvas.getByRole('textbox', { name: 'Shortcode text' }).fill(shortcode);
    }
    await everyBlockReservesItsSpace(page);
    if (shots) await page.screenshot({ path: join(shots, `editor-${label}.png`), fullPage: true });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('is now live').first().waitFor();
    const post = await page.evaluate(() => ({
      id: window.wp.data.select('core/editor').getCurrentPostId(),
      link: window.wp.data.select('core/editor').getPermalink(),
    }));
    const ours = problems.filter((problem) => /campaign-widgets|cw-/.test(problem));
    assert.deepEqual(ours, [], 'the editor reports no error from the plugin');
    return post;
  } finally {
    await context.close();
  }
}

/** The blocks of ours in the editor, with the heights their previews measured (wordpress/src/reserve.ts). */
function reservations(page) {
  return page.evaluate(() => window.cwReservations());
}

/** The condition stays false for 2 s, well past the 300 ms after which the editor stores a measurement. */
function staysFalse(page, condition, argument, message) {
  return assert.rejects(page.waitForFunction(condition, argument, { timeout: 2000 }), /Timeout/, message);
}

/** Selects the petition's block, as a click on it would, so its settings show in the sidebar; returns its state. */
function selectPetition(page) {
  return page.evaluate(() => {
    const block = window.cwPetition();
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    return { consent: block.attributes.consent, narrow: block.attributes.reserveNarrow };
  });
}

/**
 * Each block has stored its widget's heights at a phone's width and at the editor's, and the one at the editor's
 * is the preview's height now (in its em, rounded up to a quarter), so the last change of the preview is measured.
 * With a classic theme the wide height is measured at the theme's column instead (hidden, so only its presence is
 * checked here; the visitor's check compares it with the page).
 */
async function everyBlockReservesItsSpace(page) {
  await page.waitForFunction((count) => {
    const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
    const previews = [...canvas.querySelectorAll('.campaign-widgets-preview > *')];
    const ours = window.cwBlocks();
    return (
      ours.length === count &&
      previews.length === count &&
      ours.every((block, index) => {
        const preview = previews[index];
        const em = parseFloat(canvas.defaultView.getComputedStyle(preview).fontSize);
        const height = Math.ceil((preview.getBoundingClientRect().height / em) * 4 - 0.01) / 4;
        const wide = window.campaignWidgetsEditor.contentWidth > 0 ? block.attributes.reserveWide > 0 : block.attributes.reserveWide === height;
        return block.attributes.reserveNarrow > 0 && wide;
      })
    );
  }, pluginData.widgets.length);
  for (const block of await reservations(page)) {
    // A phone's column is narrower than the editor's, so the widget is at least as tall there.
    assert.ok(block.narrow >= block.wide, `${block.name}: ${block.narrow}em at a phone's width, ${block.wide}em in the editor`);
    assert.equal(block.narrow * 4, Math.round(block.narrow * 4), `${block.name}: rounded up to a quarter em`);
  }
}

/**
 * A visitor on a phone and on a wide screen: the widgets appear where their blocks reserved room, and nothing on the
 * page moves (the layout shifts the browser reports while the widgets load and render).
 */
/**
 * Runs `visit(page, where)` in a fresh page at two phones' sizes and then a wide screen's, and checks that nothing on
 * the page moved meanwhile and nothing failed. The theme's web fonts are answered empty: they swap in and rewrap its
 * title, a shift that is the theme's and not the widgets'.
 */
async function atPhoneAndWideScreen(label, visit) {
  // 360 px: the narrowest common phone, whose column a block theme narrows to about 300 px.
  for (const viewport of [
    { width: 360, height: 800 },
    { width: 412, height: 823 },
    { width: 1400, height: 1000 },
  ]) {
    const where = `${label} ${viewport.width}px`;
    const context = await browser.newContext({ viewport });
    const { page, problems } = await watchedPage(context);
    try {
      await page.route(/\/wp-content\/themes\/.*\.woff2$/, (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
      await page.addInitScript(() => {
        window.cwShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const moved = entry.sources.map(
              ({ node, previousRect: from, currentRect: to }) =>
                `${node?.nodeName}.${node?.className ?? ''} from ${from.x},${from.y} ${from.width}×${from.height} to ${to.x},${to.y} ${to.width}×${to.height}`,
            );
            if (!entry.hadRecentInput) window.cwShifts.push({ value: entry.value, moved });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await visit(page, where);
      const shifts = await page.evaluate(() => window.cwShifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.ok(total < 0.001, `${where}: layout shift ${total.toFixed(4)} from ${JSON.stringify(shifts)}`);
      assert.deepEqual(problems, [], 'no console error and no failed request');
    } finally {
      await context.close();
    }
  }
}

function nothingMovesAsWidgetsAppear(link, { label, english = true, shortcode, extraStat }) {
  return atPhoneAndWideScreen(label, async (page, where) => {
    const html = await (await page.goto(link)).text();
    assert.match(html.split('</head>')[0], /campaign-widgets-reserve/, 'the reservation styles are in the head');
    for (const widget of pluginData.widgets) {
      await rendered(page, widget.tag, english ? plan[widget.tag]?.shows : undefined, widget.tag === 'quick-exit' ? 2 : 0);
    }
    if (extraStat) await rendered(page, 'trafficking-stat', extraStat, 1);
    await page.waitForLoadState('networkidle');
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('.campaign-widgets-reserved')].map((element) => ({
        tag: element.localName,
        height: element.getBoundingClientRect().height,
        reserved: parseFloat(getComputedStyle(element).minBlockSize),
      })),
    );
    assert.equal(blocks.length, pluginData.widgets.length + (shortcode?.includes(' reserve=') ? 1 : 0), 'every block and shortcode reserves its space');
    for (const block of blocks) {
      assert.ok(block.reserved > 0 && block.height <= block.reserved + 1, `${where} <${block.tag}>: ${block.height}px in ${block.reserved}px reserved`);
    }
  });
}

/** What the author saved: block comments holding attributes, no markup that an HTML filter could change. */
function assertSavedAsComments(id) {
  const content = wpEval(site, `<?php echo get_post( ${id} )->post_content;`);
  for (const widget of pluginData.widgets) {
    assert.match(content, new RegExp(`<!-- wp:${widget.block.replace('/', '\\/')} (\\{[^}]*\\} )?/-->`), `${widget.tag} is saved as a block comment`);
    assert.ok(!content.includes(`<${widget.tag}`), `${widget.tag} is not saved as HTML`);
  }
  return content;
}

/** An anonymous visitor: every widget renders, the fallback is in the source, no error, no failed request. */
async function visitorSees(link, { extraStat } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const { page, problems } = await watchedPage(context);
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/campaign-widgets/')) scripts.push(request.url());
  });
  try {
    const response = await page.goto(link);
    const html = await response.text();
    for (const widget of pluginData.widgets) {
      const element = html.match(new RegExp(`<${widget.tag}\\b[^>]*class="[^"]*\\bwp-block-[^"]*"[^>]*>([\\s\\S]*?)</${widget.tag}>`));
      assert.ok(element, `${widget.tag}: the block's element is in the page`);
      for (const [name, value] of Object.entries(plan[widget.tag]?.attributes ?? {})) {
        assert.ok(element[0].includes(` ${name}="${value}"`), `${widget.tag}: ${name}="${value}" in ${element[0].slice(0, 300)}`);
      }
      for (const fallback of plan[widget.tag]?.fallback ?? []) {
        assert.ok(element[1].includes(fallback), `${widget.tag}: fallback ${fallback} in ${element[1]}`);
      }
    }
    // The widgets' script: one module tag with its integrity hash, no classic script on the page.
    const modules = [...html.matchAll(/<script type="module" src="([^"]+)" id="campaign-widgets-js-module"([^>]*)>/g)];
    assert.equal(modules.length, 1, 'one script module tag');
    // At its plain address, in the release's folder: the chunks import it by that address, and any other (a
    // `?ver=` query) would make the browser run a second copy.
    assert.equal(new URL(modules[0][1]).pathname, `/wp-content/plugins/campaign-widgets/${pluginData.script}`);
    assert.equal(new URL(modules[0][1]).search, '');
    assert.ok(modules[0][2].includes(`integrity="${sri['campaign-widgets.js']}"`), `integrity hash on ${modules[0][0]}`);
    assert.ok(!html.includes('campaign-widgets.iife.js'), 'no classic script on the page');
    // The site-wide quick exit: a plain link first thing in the body, before any script.
    const siteExit = html.match(/<body[^>]*>\s*(<quick-exit class="campaign-widgets-site-exit"([^>]*)>(.*?)<\/quick-exit>)/);
    assert.ok(siteExit, 'the site-wide quick exit opens the body');
    assert.ok(siteExit[2].includes(' sticky') && siteExit[2].includes(' href="https://www.bbc.co.uk/weather"'), siteExit[1]);
    assert.ok(siteExit[2].includes(` safety-url="${SAFETY}"`), siteExit[1]);
    assert.equal(
      siteExit[3],
      `<a slot="cw-fallback" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a> <a slot="cw-fallback" class="campaign-widgets-exit-safety" href="${SAFETY}" rel="noopener noreferrer">How to browse safely</a><span class="campaign-widgets-exit-end" hidden></span>`,
    );

    for (const widget of pluginData.widgets) await rendered(page, widget.tag, plan[widget.tag]?.shows, widget.tag === 'quick-exit' ? 2 : 0);
    await rendered(page, 'quick-exit', 'Exit this page', 1); // the site-wide one (after the skip link the first one adds)
    if (extraStat) await rendered(page, 'trafficking-stat', extraStat, 1);
    // The mission card loads its code and data after the first render: wait for the network to settle.
    await page.waitForLoadState('networkidle');
    if (shots) await page.screenshot({ path: join(shots, `page-${link.replace(/\W+/g, '-')}.png`), fullPage: true });
    assert.deepEqual(problems, [], 'no console error and no failed request');
    assert.equal(new Set(scripts).size, scripts.length, `each of our scripts loaded once: ${scripts.join(' ')}`);
    assert.equal(scripts.filter((url) => url.includes('/campaign-widgets.js')).length, 1, scripts.join(' '));
  } finally {
    await context.close();
  }
}

/** Without JavaScript: the fallbacks are what the visitor reads. */
async function visitorWithoutJavaScript(link) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(link);
    await page.getByText('$150 billion').first().waitFor({ state: 'visible' });
    assert.ok(await page.getByRole('link', { name: 'Source: ILO, 2014' }).isVisible());
    assert.ok(await page.getByText('Permanent Mission of the Republic of Kenya to the United Nations').isVisible());
    assert.equal(await page.getByRole('link', { name: 'Exit this page' }).first().getAttribute('href'), 'https://www.bbc.co.uk/weather');
    assert.equal(await page.getByRole('link', { name: 'How to browse safely' }).first().getAttribute('href'), SAFETY);
  } finally {
    await context.close();
  }
}

test('an administrator uploads the zip, activates the plugin and saves the settings', async () => {
  const { context, page } = await logIn('admin', '/wp-admin/plugin-install.php?tab=upload');
  try {
    await page.setInputFiles('#pluginzip', zip);
    await page.click('#install-plugin-submit');
    await page.getByText('Plugin installed successfully.').waitFor();
    await page.getByRole('link', { name: 'Activate Plugin' }).click();
    await page.getByText('Plugin activated.').waitFor();

    // Nothing on a page without a widget.
    const before = await (await fetch(`${site.url}/?p=1`)).text();
    assert.ok(!before.includes('campaign-widgets'), 'a page without widgets loads nothing of the plugin');

    await page.goto(`${site.url}/wp-admin/options-general.php?page=campaign-widgets`);
    await page.getByLabel('Petition endpoint').fill(ENDPOINT);
    await page.getByLabel('Format', { exact: true }).selectOption('osdi');
    assert.equal(await page.locator('#campaign-widgets-petition-format option[value="osdi"]').textContent(), 'OSDI (Action Network and other OSDI systems)');
    await page.getByLabel('Show an “Exit this page” button at the top of every page').check();
    await page.getByLabel('Advice on browsing safely (optional link)').fill(SAFETY);
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.getByText('Settings saved.').waitFor();
    const saved = JSON.parse(wpEval(site, `<?php echo wp_json_encode( get_option( 'campaign_widgets' ) );`));
    assert.equal(saved.petition_action, ENDPOINT);
    assert.equal(saved.petition_format, 'osdi');
    assert.equal(saved.quick_exit, true);
    assert.equal(saved.quick_exit_safety_url, SAFETY);
    assert.equal(saved.script_source, 'bundled');

    // A refused address names its field and keeps the one saved before: no petition block loses its endpoint.
    await page.getByLabel('Petition endpoint').fill('http://crm.example.org/api/sign');
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.getByText('Petition endpoint: the address must start with https:// (http:// only for localhost).').waitFor();
    assert.equal(JSON.parse(wpEval(site, `<?php echo wp_json_encode( get_option( 'campaign_widgets' ) );`)).petition_action, ENDPOINT);
    assert.equal(await page.getByLabel('Petition endpoint').inputValue(), ENDPOINT, 'the field shows the endpoint in use');
  } finally {
    await context.close();
  }
});

const passes = [
  { label: 'block-theme', theme: 'twentytwentyfour', constants: {} },
  { label: 'disallow-unfiltered-html', theme: 'twentytwentyfour', constants: { DISALLOW_UNFILTERED_HTML: true } },
  {
    label: 'classic-theme',
    theme: 'cw-classic',
    constants: {},
    // A web editor's shortcode from the configurator, with the room it measured (reserve="…em …em": phone, wide).
    shortcodeOf: 'gems-2022-modern-slavery',
    extraStat: '50 million',
  },
];

for (const pass of passes) {
  describe(`${pass.label}`, () => {
    let post;
    before(async () => {
      if (pass.shortcodeOf) {
        pass.shortcode = await shortcodeFromConfigurator(pass.shortcodeOf);
        assert.match(pass.shortcode, new RegExp(`^\\[cw_trafficking_stat stat="${pass.shortcodeOf}" reserve="\\d+(\\.\\d+)?em \\d+(\\.\\d+)?em"\\]$`));
      }
      site.setConstants(pass.constants);
      wpEval(site, `<?php switch_theme( '${pass.theme}' );`);
      const state = JSON.parse(
        wpEval(
          site,
          `<?php echo wp_json_encode( array( get_stylesheet(), user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ), user_can( 1, 'unfiltered_html' ) ) );`,
        ),
      );
      assert.deepEqual(state, [pass.theme, false, !pass.constants.DISALLOW_UNFILTERED_HTML]);
    });

    test('an Author inserts every block, sees each widget in the editor preview and publishes', async () => {
      post = await authorPublishes(pass.label, pass);
      const content = assertSavedAsComments(post.id);
      if (pass.shortcode) assert.ok(content.includes(pass.shortcode));
    });

    test('an anonymous visitor gets every widget and its fallback, with no console error and no failed request', async () => {
      assert.ok(post, 'published');
      await visitorSees(post.link, pass);
    });

    test('nothing on the page moves as the widgets appear, on a phone and on a wide screen', async () => {
      assert.ok(post, 'published');
      await nothingMovesAsWidgetsAppear(post.link, pass);
    });

    test('a visitor without JavaScript reads the fallbacks', async () => {
      assert.ok(post, 'published');
      await visitorWithoutJavaScript(post.link);
    });
  });
}

test('the post reopens in the editor with every block valid and previewed', async () => {
  const id = Number(wpEval(site, `<?php echo get_posts( array( 'author' => get_user_by( 'login', 'author' )->ID, 'numberposts' => 1 ) )[0]->ID;`));
  const { context, page } = await logIn('author', `/wp-admin/post.php?post=${id}&action=edit`);
  try {
    const canvas = await editorCanvas(page);
    for (const widget of pluginData.widgets) await rendered(canvas, widget.tag, plan[widget.tag]?.shows);
    assert.equal(await canvas.locator('.block-editor-warning').count(), 0, 'no "unexpected or invalid content" warning');
    // The previews measure the same heights as when the post was written: opening it changes nothing to save.
    const saved = await reservations(page);
    await staysFalse(page, () => window.wp.data.select('core/editor').isEditedPostDirty(), null, 'the reopened post has no unsaved change');
    assert.deepEqual(await reservations(page), saved);

    // The editor's Mobile preview narrows the previews, which grow taller: that is not a wide screen's height.
    await page.evaluate(() => window.wp.data.dispatch('core/editor').setDeviceType('Mobile'));
    const mobileCanvas = await editorCanvas(page);
    await mobileCanvas.waitForFunction(() => document.body.clientWidth < 500);
    for (const widget of pluginData.widgets) await rendered(mobileCanvas, widget.tag, plan[widget.tag]?.shows);
    await staysFalse(
      page,
      (before) => JSON.stringify(before) !== JSON.stringify(window.cwReservations()),
      saved,
      'the Mobile preview changes no reserved height',
    );
    await page.evaluate(() => window.wp.data.dispatch('core/editor').setDeviceType('Desktop'));
    const desktopCanvas = await editorCanvas(page);

    // The author adds a consent line to the petition, which makes it taller: its heights follow, as part of that
    // edit, so one Undo takes back both (a measurement has no Undo of its own).
    const before = await selectPetition(page);
    await page.locator('.block-editor-block-inspector').getByLabel('Opt-in text', { exact: true }).fill('Keep me informed by email.');
    await rendered(desktopCanvas, 'petition-form', 'Keep me informed by email.');
    // Taller with a consent line: the heights follow.
    await page.waitForFunction((narrow) => window.cwPetition().attributes.reserveNarrow > narrow, before.narrow);
    await everyBlockReservesItsSpace(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    const undone = await page.evaluate(() => window.cwPetition().attributes);
    assert.deepEqual([undone.consent, undone.reserveNarrow], [before.consent, before.narrow], 'one Undo restores the text and the heights');
  } finally {
    await context.close();
  }
});

test('an address the page will not use is said under its field, and the preview uses what the page will instead', async () => {
  const { context, page, problems } = await logIn('author', '/wp-admin/post-new.php');
  try {
    let canvas = await editorCanvas(page);
    await canvas.getByRole('textbox', { name: 'Add title' }).fill('Addresses in the editor');
    const inspector = page.locator('.block-editor-block-inspector');
    /** A field as assistive technology gets it: whether it is invalid, and the text that describes it. */
    const described = (field) =>
      field.evaluate((input) => ({
        invalid: input.getAttribute('aria-invalid'),
        description: (input.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      }));
    const previewHas = (tag, name, value) =>
      canvas.waitForFunction(([tag, name, value]) => document.querySelector(tag)?.getAttribute(name) === value, [tag, name, value]);
    const localhostToo = 'it must start with https:// (http:// only for localhost).';

    // A petition sent over plain http to another host: nothing is said while the author is still typing…
    await insertBlock(page, 'Petition form', 'campaign-widgets/petition-form');
    const action = inspector.getByLabel('Where signatures are sent', { exact: true });
    await action.fill('http://crm.example.org/sign');
    const typing = await described(action);
    assert.ok(typing.invalid === null && !typing.description.includes('will not use'), JSON.stringify(typing));
    // …and once they leave the field, it says why, what to type, and what the page does meanwhile: the site's endpoint.
    await action.press('Tab');
    const refused = `The page will not use this address: ${localhostToo} Meanwhile the page uses the site’s setting: ${ENDPOINT}`;
    await inspector.getByText(refused).waitFor();
    const left = await described(action);
    assert.equal(left.invalid, 'true');
    assert.ok(left.description.startsWith(refused), `the field is described by the message: ${left.description}`);
    await previewHas('petition-form', 'action', ENDPOINT);
    // Corrected, the message goes, and the preview sends where the author says.
    await action.fill('https://crm.example.org/other');
    await inspector.getByText(refused).waitFor({ state: 'detached' });
    assert.equal((await described(action)).invalid, null);
    await previewHas('petition-form', 'action', 'https://crm.example.org/other');

    // A help line's own data at a phone number: no site setting to take its place, so the page leaves it out.
    await insertBlock(page, 'Help line', 'campaign-widgets/help-line');
    await inspector.getByRole('button', { name: 'More options' }).click();
    const data = inspector.getByLabel('Your own data (address)', { exact: true });
    await data.fill('tel:+15550100');
    await data.press('Tab');
    await inspector.getByText(`The page will not use this address: ${localhostToo} Meanwhile the page leaves it out, as if the field were empty.`).waitFor();
    assert.equal((await described(data)).invalid, 'true');
    assert.equal(await canvas.locator('help-line').getAttribute('src'), null, 'no data address in the preview, as on the page');

    // Where to report a mission's wrong details takes an email link too, and says so.
    await insertBlock(page, 'UN mission contact', 'campaign-widgets/mission-contact');
    await inspector.getByRole('button', { name: 'More options' }).click();
    const report = inspector.getByLabel('Where to report wrong details', { exact: true });
    await report.fill('tel:+15550102');
    await report.press('Tab');
    await inspector.getByText('The page will not use this address: it must start with https:// or mailto: (http:// only for localhost).').waitFor();
    await report.fill('mailto:corrections@example.org');
    await inspector.locator('.campaign-widgets-address-problem').waitFor({ state: 'detached' });
    await previewHas('mission-contact', 'report-url', 'mailto:corrections@example.org');

    // The quick exit's own neutral site: a full https address, else the site's neutral site.
    await insertBlock(page, 'Quick exit', 'campaign-widgets/quick-exit');
    await inspector.getByLabel('Neutral site', { exact: true }).selectOption('custom');
    const neutral = inspector.getByLabel('Address (https)', { exact: true });
    await neutral.fill('http://www.bbc.co.uk/news');
    await neutral.press('Tab');
    await inspector
      .getByText('The page will not use this address: it must start with https://. Meanwhile the page uses the site’s setting: https://www.bbc.co.uk/weather')
      .waitFor();
    assert.equal((await described(neutral)).invalid, 'true');
    await previewHas('quick-exit', 'href', 'https://www.bbc.co.uk/weather');

    // Saved with an endpoint the page will not use, the petition says so as soon as it is selected again.
    await selectPetition(page);
    await action.fill('http://crm.example.org/sign');
    await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
    await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost() && !window.wp.data.select('core/editor').isEditedPostDirty());
    await page.reload();
    canvas = await editorCanvas(page);
    await selectPetition(page);
    await inspector.getByText(refused).waitFor();
    assert.equal((await described(action)).invalid, 'true');
    await previewHas('petition-form', 'action', ENDPOINT);

    // On a live site (what its editor gets: the test of the rule checks PHP gives this), an endpoint on this machine
    // would send each visitor's signature to their own computer.
    await page.evaluate(() => {
      window.campaignWidgetsEditor.addressSite = { scheme: 'https', host: 'campaign.example.org', localHttp: false };
    });
    await action.fill('http://localhost:8080/sign');
    await inspector
      .getByText(
        `This address leads to each visitor’s own computer (localhost), not to your server, so it works only on a test copy of the site. Give your server’s address, starting with https://. Meanwhile the page uses the site’s setting: ${ENDPOINT}`,
      )
      .waitFor();
    await previewHas('petition-form', 'action', ENDPOINT);
    const ours = problems.filter((problem) => /campaign-widgets|cw-/.test(problem));
    assert.deepEqual(ours, [], 'the editor reports no error from the plugin');
  } finally {
    await context.close();
  }
});

test('without the editor iframe (a plugin with an older block), the widgets still show in the editor', async () => {
  // WordPress 6.5 keeps the editor out of an iframe while any registered block predates apiVersion 3.
  const plugin = join(site.dir, 'wp-content/mu-plugins/older-block.php');
  writeFileSync(
    plugin,
    `<?php
add_action( 'enqueue_block_editor_assets', static function () {
	wp_add_inline_script( 'wp-blocks', "wp.blocks.registerBlockType( 'test/older', { apiVersion: 2, title: 'Older block', category: 'text', edit: function () { return null; }, save: function () { return null; } } );" );
} );
`,
  );
  const { context, page } = await logIn('author', '/wp-admin/post-new.php');
  try {
    await page.locator('.is-root-container').waitFor();
    assert.equal(await page.locator('iframe[name="editor-canvas"]').count(), 0, 'the editor is not in an iframe');
    for (const widget of pluginData.widgets.filter((w) => ['trafficking-stat', 'quick-exit'].includes(w.tag))) {
      await insertBlock(page, widget.title, widget.block);
      await plan[widget.tag].configure(page);
      await rendered(page, widget.tag, plan[widget.tag].shows);
    }
    await shiftThriceDoesNotLeave(page, page, page.getByRole('textbox', { name: 'Add title' }));
  } finally {
    await context.close();
    rmSync(plugin);
  }
});

test('the widgets and their fallbacks follow the page language, or the one the settings fix', async () => {
  // The fallbacks and the editor's previews choose the language as the widgets' script does (src/core/locale-negotiation.ts).
  const matched = wpEval(
    site,
    `<?php echo implode( ' ', array_map( 'campaign_widgets_match_locale', array( 'fr_FR', 'fr_CA', 'pt_PT', 'pt_BR', 'zh_TW', 'en_GB', 'tlh', 'ary' ) ) );`,
  );
  assert.equal(matched, 'fr fr pt-BR pt-BR zh en en en');
  // The plugin's own screens: the translation shipped for the language (found from the files in languages/), the
  // Simplified Chinese one only for the Simplified locales, none for a language without a file (tlh: Klingon).
  const screens = wpEval(
    site,
    `<?php echo implode( ' ', array_map( 'campaign_widgets_translation_locale', array( 'es_MX', 'fr_BE', 'pt_PT', 'zh_SG', 'zh_TW', 'ar', 'tlh' ) ) );`,
  );
  assert.equal(screens, 'es_ES fr_FR pt_BR zh_CN zh_TW ar tlh');
  const link = wpEval(site, `<?php echo get_permalink( get_posts( array( 'author' => get_user_by( 'login', 'author' )->ID, 'numberposts' => 1 ) )[0] );`);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  try {
    // A site in French: WordPress accepts a language that is installed (an empty catalogue is enough here).
    // (WordPress lists the installed languages once per request: install, then choose, in two.)
    wpEval(site, `<?php wp_mkdir_p( WP_LANG_DIR ); file_put_contents( WP_LANG_DIR . '/fr_FR.mo', pack( 'V7', 0x950412de, 0, 0, 28, 28, 0, 28 ) );`);
    wpEval(site, `<?php update_option( 'WPLANG', 'fr_FR' );`);
    let html = await (await page.goto(link)).text();
    assert.match(html, /<html lang="fr-FR"/);
    assert.ok(
      html.includes('<strong>150 milliards\u00a0$US</strong> De profits illégaux tirés chaque année du travail forcé (estimation de 2012)'),
      'French fallback',
    );
    // The catalogue's publisher is English inside the French citation: marked, for a screen reader's voice.
    assert.match(html, /<small><a href="[^"]+" rel="noopener noreferrer">Source[^<]*<span lang="en">ILO<\/span>, 2014<\/a>/, 'the English name marked');
    await rendered(page, 'trafficking-stat', '150 milliards');

    wpEval(site, `<?php update_option( 'campaign_widgets', array_merge( get_option( 'campaign_widgets' ), array( 'locale' => 'es' ) ) );`);
    html = await (await page.goto(link)).text();
    assert.match(html, /<html lang="fr-FR" data-cw-locale="es"/);
    assert.ok(html.includes('<strong>150 mil millones\u00a0US$</strong>'), 'Spanish fallback');
    await rendered(page, 'trafficking-stat', '150 mil millones');
  } finally {
    wpEval(
      site,
      `<?php update_option( 'WPLANG', '' ); update_option( 'campaign_widgets', array_merge( get_option( 'campaign_widgets' ), array( 'locale' => '' ) ) );`,
    );
    await context.close();
  }
});

test('on a French site the previews speak French, so the blocks keep the French widgets’ room', async () => {
  // The block theme's post: the classic one's shortcode keeps the room the configurator measured in English.
  const id = Number(wpEval(site, `<?php echo get_posts( array( 'title' => 'Campaign (block-theme)', 'numberposts' => 1 ) )[0]->ID;`));
  const link = wpEval(site, `<?php echo get_permalink( ${id} );`);
  // The site in French, its author working in English (WordPress accepts an installed language: an empty catalogue).
  wpEval(site, `<?php wp_mkdir_p( WP_LANG_DIR ); file_put_contents( WP_LANG_DIR . '/fr_FR.mo', pack( 'V7', 0x950412de, 0, 0, 28, 28, 0, 28 ) );`);
  wpEval(
    site,
    `<?php switch_theme( 'twentytwentyfour' ); update_option( 'WPLANG', 'fr_FR' ); update_user_meta( get_user_by( 'login', 'author' )->ID, 'locale', 'en_US' );`,
  );
  // The site goes back to English however this ends: a failure here must not leave later tests a French site.
  try {
    const { context, page } = await logIn('author', `/wp-admin/post.php?post=${id}&action=edit`);
    try {
      const canvas = await editorCanvas(page);
      await rendered(canvas, 'trafficking-stat', '150 milliards');
      await rendered(canvas, 'petition-form', 'Signer la pétition');
      assert.ok(await page.getByRole('button', { name: 'Settings', exact: true }).count(), 'the editor itself stays in English');
      const english = await reservations(page);
      // Longer French text: the blocks measure again. A measurement alone is not an edit (nothing to save, no Undo of
      // its own): the heights are saved with the author's next change to a block, here the petition's goal.
      await page.waitForFunction((before) => window.cwReservations().some((block, index) => block.narrow > before[index].narrow), english);
      await everyBlockReservesItsSpace(page);
      const french = await reservations(page);
      assert.ok(
        french.some((block, index) => block.narrow > english[index].narrow),
        `some widget is taller in French: ${JSON.stringify({ english, french })}`,
      );
      assert.equal(await page.evaluate(() => window.wp.data.select('core/editor').isEditedPostDirty()), false, 'a measurement alone leaves nothing to save');
      await selectPetition(page);
      await page.locator('.block-editor-block-inspector').getByLabel('Goal', { exact: true }).fill('20000');
      await page.waitForFunction(() => window.wp.data.select('core/editor').isEditedPostDirty());
      await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
      await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost() && !window.wp.data.select('core/editor').isEditedPostDirty());
    } finally {
      await context.close();
    }
    await nothingMovesAsWidgetsAppear(link, { label: 'French page', english: false });
  } finally {
    wpEval(site, `<?php update_option( 'WPLANG', '' ); delete_user_meta( get_user_by( 'login', 'author' )->ID, 'locale' );`);
  }
});

test('the plugin’s own screens speak the editor’s language: French, and Spanish for an editor in Mexican Spanish', async () => {
  /** The shipped translation of a text (from the .po the build compiled), so the test reads what a translator wrote. */
  const translation = (locale, key) => {
    const entries = parsePo(readFileSync(join(root, `wordpress/languages/campaign-widgets-${locale}.po`), 'utf8')).entries;
    const text = entries.find((entry) => keyOf(entry) === key)?.msgstr;
    assert.ok(text && text !== key.split('\u0004').pop(), `${locale} translates "${key}"`);
    return text;
  };
  const id = Number(wpEval(site, `<?php echo get_posts( array( 'author' => get_user_by( 'login', 'author' )->ID, 'numberposts' => 1 ) )[0]->ID;`));
  const ownFile = scriptTranslationFile('es_MX', 'build/editor.js');
  const phpQuote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  // Each person's own language (Profile → Language): no WordPress translation of that language is installed, so
  // WordPress's own screens stay English and only the plugin's texts change.
  wpEval(
    site,
    `<?php update_user_meta( get_user_by( 'login', 'admin' )->ID, 'locale', 'fr_FR' ); update_user_meta( get_user_by( 'login', 'author' )->ID, 'locale', 'es_MX' );`,
  );
  try {
    const admin = await logIn('admin', '/wp-admin/options-general.php?page=campaign-widgets');
    try {
      await admin.page.getByLabel(translation('fr_FR', 'Petition endpoint'), { exact: true }).waitFor();
      await admin.page.getByText(translation('fr_FR', 'Language of the widgets'), { exact: true }).first().waitFor();
      assert.equal(await admin.page.getByText('Language of the widgets', { exact: true }).count(), 0, 'no English left of that label');
      const form = admin.page.locator('#campaign-widgets-petition-format option[value="form"]');
      assert.equal(await form.textContent(), translation('fr_FR', 'Form data, as a plain HTML form sends it'));
    } finally {
      await admin.context.close();
    }

    // es_MX has no file of its own: the Spanish the plugin ships, in the block's card (its block.json title, read in
    // PHP) and in its controls (the editor script's JSON).
    const { context, page } = await logIn('author', `/wp-admin/post.php?post=${id}&action=edit`);
    try {
      await editorCanvas(page);
      await selectPetition(page);
      const inspector = page.locator('.block-editor-block-inspector');
      await inspector.getByText(translation('es_ES', 'block title\u0004Petition form'), { exact: true }).first().waitFor();
      await inspector.getByLabel(translation('es_ES', 'Goal'), { exact: true }).waitFor();
      assert.equal(await inspector.getByLabel('Goal', { exact: true }).count(), 0, 'the control is not labelled in English');
      await inspector
        .getByRole('checkbox', { name: translation('es_ES', 'Postal code'), exact: true })
        .first()
        .waitFor();
      // The country picker's label has its own context (the petition's "Country" field differs in Chinese).
      await page.evaluate(() => {
        const mission = window.cwBlocks().find((block) => block.name === 'campaign-widgets/mission-contact');
        window.wp.data.dispatch('core/block-editor').selectBlock(mission.clientId);
      });
      await inspector.getByLabel(translation('es_ES', 'the country picker\u0004Country'), { exact: true }).waitFor();

      // A Mexican team's own translation in wp-content/languages/plugins/ wins over the shipped Spanish.
      const own = jedJson({ locale: 'es_MX', pluralForms: 'nplurals=2; plural=(n != 1);', entries: [{ msgid: 'Goal', msgstr: 'Meta de firmas' }] });
      wpEval(site, `<?php wp_mkdir_p( WP_LANG_DIR . '/plugins' ); file_put_contents( WP_LANG_DIR . '/plugins/${ownFile}', ${phpQuote(own)} );`);
      await page.reload();
      await editorCanvas(page);
      await selectPetition(page);
      await inspector.getByLabel('Meta de firmas', { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  } finally {
    wpEval(
      site,
      `<?php delete_user_meta( get_user_by( 'login', 'admin' )->ID, 'locale' ); delete_user_meta( get_user_by( 'login', 'author' )->ID, 'locale' ); ` +
        `wp_delete_file( WP_LANG_DIR . '/plugins/${ownFile}' );`,
    );
  }
});

test('the site-wide exit keeps still while the page arrives in pieces', async () => {
  // On a slow network a page arrives a few bytes at a time and the browser draws what it has: here the exit's
  // markup arrives tag by tag, 150 ms apart (a test plugin holds it back), on a post without widgets.
  const plugin = join(site.dir, 'wp-content/mu-plugins/exit-in-pieces.php');
  writeFileSync(
    plugin,
    `<?php
if ( isset( $_GET['cw_pieces'] ) ) {
	add_action( 'wp_body_open', 'ob_start', 0 );
	add_action( 'wp_body_open', static function () {
		foreach ( preg_split( '/(?=<)|(?<=>)/', ob_get_clean(), -1, PREG_SPLIT_NO_EMPTY ) as $piece ) {
			echo $piece;
			flush();
			usleep( 150000 );
		}
	}, 100 );
}
`,
  );
  wpEval(site, `<?php switch_theme( 'twentytwentyfour' );`);
  const link = new URL(
    wpEval(
      site,
      `<?php echo get_permalink( wp_insert_post( array( 'post_title' => 'No widgets', 'post_content' => '<!-- wp:paragraph --><p>Text below the exit.</p><!-- /wp:paragraph -->', 'post_status' => 'publish' ) ) );`,
    ),
  );
  link.searchParams.set('cw_pieces', '1');
  try {
    await atPhoneAndWideScreen('a post without widgets', async (page) => {
      await page.goto(link.href);
      await page.waitForFunction(() => /Exit this page/.test(document.querySelector('quick-exit.campaign-widgets-site-exit')?.shadowRoot?.textContent));
      await page.waitForLoadState('networkidle');
      // Not flush against the screen's edges: the button and the advice link keep a little room on both sides.
      const [left, right, width] = await page.evaluate(() => {
        const exit = document.querySelector('quick-exit.campaign-widgets-site-exit');
        const rects = [...exit.shadowRoot.querySelectorAll('[part~="button"], [part~="safety-link"]')].map((part) => part.getBoundingClientRect());
        return [Math.min(...rects.map((r) => r.left)), Math.max(...rects.map((r) => r.right)), document.documentElement.clientWidth];
      });
      assert.ok(left >= 8 && right <= width - 8, `the exit from ${left} to ${right} px in ${width} px`);
    });
  } finally {
    rmSync(plugin);
  }
});

test('render.php and the shortcodes escape hostile attributes and keep only safe links', () => {
  const out = wpEval(
    site,
    `<?php
$hostile = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
echo render_block( array( 'blockName' => 'campaign-widgets/trafficking-stat', 'attrs' => array( 'label' => $hostile, 'source' => $hostile, 'sourceUrl' => 'javascript:alert(1)', 'value' => 5, 'year' => $hostile ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
echo render_block( array( 'blockName' => 'campaign-widgets/mission-contact', 'attrs' => array( 'country' => $hostile, 'reportUrl' => 'javascript:alert(1)', 'message' => $hostile ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
echo render_block( array( 'blockName' => 'campaign-widgets/quick-exit', 'attrs' => array( 'href' => 'javascript:alert(1)' ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
echo do_shortcode( '[cw_share_card text="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" url="javascript:alert(1)" onclick="alert(1)" download]' );
echo do_shortcode( '[cw_petition_form required="" goal="10"]' );
`,
  );
  // Every tag in the output is one of ours, with attributes of ours: the hostile text stays text.
  const allowed = new Set([
    'trafficking-stat',
    'mission-contact',
    'quick-exit',
    'share-card',
    'petition-form',
    'help-line',
    'p',
    'strong',
    'br',
    'small',
    'a',
    'span',
  ]);
  const known = new Set(['class', 'slot', 'href', 'rel', 'hidden', ...pluginData.widgets.flatMap((w) => w.attributes.map((a) => a.name))]);
  for (const [, name, attributes] of out.matchAll(/<([a-z][a-z-]*)([^>]*)>/g)) {
    assert.ok(allowed.has(name), `<${name}> in ${out}`);
    const rest = attributes.replace(/\s([a-z-]+)(="[^"<>]*")?/g, (_, attribute) => {
      assert.ok(known.has(attribute), `${attribute} on <${name}>`);
      return '';
    });
    assert.equal(rest.trim(), '', `only name="value" attributes on <${name}>`);
  }
  assert.ok(!out.includes('javascript:'), 'no javascript: URL');
  assert.match(out, /<trafficking-stat class="wp-block-campaign-widgets-trafficking-stat" value="5" label="&quot;&gt;&lt;script&gt;/);
  // The javascript: exit is dropped for the site's neutral site.
  assert.match(out, /<quick-exit class="wp-block-campaign-widgets-quick-exit" href="https:\/\/www\.bbc\.co\.uk\/weather"/);
  assert.match(out, /<share-card text="[^"]*" download>/, 'unknown shortcode attributes are dropped, booleans kept');
  assert.match(
    out,
    /<petition-form action="https:\/\/crm\.example\.org\/api\/sign" format="osdi" required="" goal="10">/,
    'required="" kept, site defaults filled',
  );
});

/**
 * A post of our blocks as the editor saves them (block comments holding the attributes), published; then its page as
 * a visitor gets it. Returns each element of ours in the page, with its fallback, by tag, in order.
 */
async function pageOfBlocks(title, blocks, shortcodes = '') {
  const link = wpEval(
    site,
    `<?php
$content = '';
foreach ( json_decode( <<<'JSON'
${JSON.stringify(blocks)}
JSON
, true ) as $block ) {
	$content .= serialize_block( array( 'blockName' => 'campaign-widgets/' . $block[0], 'attrs' => $block[1], 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
}
$content .= <<<'SHORTCODES'
${shortcodes}
SHORTCODES;
echo get_permalink( wp_insert_post( wp_slash( array( 'post_title' => '${title}', 'post_content' => $content, 'post_status' => 'publish' ) ) ) );`,
  );
  const html = await (await fetch(link)).text();
  const elements = {};
  for (const [, tag, opening, fallback] of html.matchAll(/<((?:[a-z]+-)+[a-z]+)(\b[^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (!pluginData.widgets.some((widget) => widget.tag === tag) || opening.includes('campaign-widgets-site-exit')) continue;
    (elements[tag] ??= []).push({ opening, fallback });
  }
  return elements;
}

test('a post keeps only the addresses each widget takes: a refused one gives way to the site’s own or leaves, fallback included', async () => {
  const refused = {
    stat: 'http://example.org/report',
    share: 'mailto:friend@example.org',
    shortcodeShare: 'tel:+15550100',
    action: 'http://crm.example.org/sign',
    count: 'tel:+15550101',
    privacy: 'mailto:privacy@example.org',
    missionData: 'http://data.example.org/missions.json',
    report: 'tel:+15550102',
    exit: 'http://www.bbc.co.uk/news',
    safety: 'mailto:help@example.org',
    helpData: 'mailto:data@example.org',
  };
  const page = await pageOfBlocks(
    'Addresses',
    [
      ['trafficking-stat', { value: 5, label: 'A figure', source: 'A report', sourceUrl: refused.stat }],
      ['trafficking-stat', { value: 5, label: 'A figure', source: 'A report', sourceUrl: 'https://example.org/report' }],
      ['share-card', { text: 'Share this', url: refused.share }],
      ['share-card', { text: 'Share this', url: '/campaign/' }],
      ['petition-form', { action: refused.action, countSrc: refused.count, privacyUrl: refused.privacy }],
      ['petition-form', { action: 'https://crm.example.org/other', countSrc: 'https://crm.example.org/count', privacyUrl: 'https://example.org/privacy' }],
      ['mission-contact', { country: 'KE', src: refused.missionData, reportUrl: refused.report }],
      ['mission-contact', { country: 'KE', src: 'https://data.example.org/missions.json', reportUrl: 'mailto:corrections@example.org' }],
      ['quick-exit', { href: refused.exit, safetyUrl: refused.safety }],
      ['quick-exit', { safetyUrl: 'https://www.example.org/other-advice' }],
      ['help-line', { country: 'GB', src: refused.helpData }],
      ['help-line', { country: 'GB', src: 'https://data.example.org/help.json' }],
    ],
    `<!-- wp:shortcode -->[cw_share_card text="Shared" url="${refused.shortcodeShare}"]<!-- /wp:shortcode -->`,
  );
  const all = Object.values(page)
    .flat()
    .map(({ opening, fallback }) => opening + fallback)
    .join('\n');
  for (const [what, address] of Object.entries(refused)) assert.ok(!all.includes(address), `${what}: ${address} is nowhere in ${all}`);
  const [stat, statKept] = page['trafficking-stat'];
  assert.ok(!stat.opening.includes(' source-url='), stat.opening);
  assert.match(stat.fallback, /<small>Source: A report<\/small>/, 'the citation without a link');
  assert.ok(statKept.opening.includes(' source-url="https://example.org/report"'), statKept.opening);
  assert.match(statKept.fallback, /<a href="https:\/\/example\.org\/report" rel="noopener noreferrer">Source: A report<\/a>/);
  const [share, shareKept, shortcodeShare] = page['share-card'];
  assert.ok(
    !share.opening.includes(' url=') && !shortcodeShare.opening.includes(' url='),
    `the page's own address is shared: ${share.opening} ${shortcodeShare.opening}`,
  );
  assert.ok(shareKept.opening.includes(' url="/campaign/"'), `an address on this site: ${shareKept.opening}`);
  const [petition, petitionKept] = page['petition-form'];
  assert.ok(petition.opening.includes(` action="${ENDPOINT}"`), `the site's endpoint instead: ${petition.opening}`);
  assert.ok(!petition.opening.includes(' count-src=') && !petition.opening.includes(' privacy-url='), petition.opening);
  for (const kept of [' action="https://crm.example.org/other"', ' count-src="https://crm.example.org/count"', ' privacy-url="https://example.org/privacy"']) {
    assert.ok(petitionKept.opening.includes(kept), `${kept} in ${petitionKept.opening}`);
  }
  const [mission, missionKept] = page['mission-contact'];
  assert.ok(!mission.opening.includes(' src=') && !mission.opening.includes(' report-url='), mission.opening);
  assert.match(mission.fallback, /<strong>The Permanent Mission of the Republic of Kenya to the United Nations<\/strong>/);
  assert.ok(missionKept.opening.includes(' src="https://data.example.org/missions.json"'), missionKept.opening);
  assert.ok(missionKept.opening.includes(' report-url="mailto:corrections@example.org"'), `a report by email, as the widget takes it: ${missionKept.opening}`);
  const [exit, exitKept] = page['quick-exit'];
  // The site's neutral site and advice page (Settings), in the element and in the links that work without JavaScript.
  assert.ok(exit.opening.includes(' href="https://www.bbc.co.uk/weather"') && exit.opening.includes(` safety-url="${SAFETY}"`), exit.opening);
  assert.ok(exit.fallback.includes(`<a slot="cw-fallback" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a>`), exit.fallback);
  assert.ok(exit.fallback.includes(`class="campaign-widgets-exit-safety" href="${SAFETY}"`), exit.fallback);
  assert.ok(exitKept.opening.includes(' safety-url="https://www.example.org/other-advice"'), exitKept.opening);
  assert.ok(exitKept.fallback.includes('class="campaign-widgets-exit-safety" href="https://www.example.org/other-advice"'), exitKept.fallback);
  const [help, helpKept] = page['help-line'];
  assert.ok(!help.opening.includes(' src='), help.opening);
  assert.ok(help.fallback.includes('<a href="tel:999">In immediate danger, call 999</a>'), help.fallback);
  assert.ok(helpKept.opening.includes(' src="https://data.example.org/help.json"'), helpKept.opening);
});

test('http to this machine is kept on a test copy of the site only (local, development, or served from it); a live site refuses it, and its settings say why', () => {
  const live = `add_filter( 'option_home', static function () { return 'https://campaign.example.org'; }, 20 );
add_filter( 'option_siteurl', static function () { return 'https://campaign.example.org'; }, 20 );`;
  /** The petition's element and the settings' answer on a site in an environment, and with the site default a test copy saved. */
  const onSite = (environment, setUp = '') => {
    site.setConstants({ WP_ENVIRONMENT_TYPE: environment });
    try {
      return JSON.parse(
        wpEval(
          site,
          `<?php
${setUp}
$petition = static function ( $attrs ) {
	return strtok( render_block( array( 'blockName' => 'campaign-widgets/petition-form', 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) ), '>' );
};
wp_set_current_user( 1 );
$block    = $petition( array( 'action' => 'http://localhost:8080/sign', 'countSrc' => 'http://127.0.0.1:8080/count', 'privacyUrl' => 'http://[::1]:8080/privacy' ) );
$settings = campaign_widgets_sanitize_settings( array( 'petition_action' => 'http://localhost:8080/sign', 'quick_exit_safety_url' => 'http://localhost:8080/advice', 'quick_exit_href' => 'http://localhost:8080/weather' ) );
$errors   = wp_list_pluck( get_settings_errors( 'campaign_widgets' ), 'message', 'code' );
// The site's endpoint, as saved on a test copy of the site (the option not changed: only as this request reads it).
add_filter( 'option_campaign_widgets', static function ( $option ) {
	return array_merge( $option, array( 'petition_action' => 'http://localhost:8080/sign', 'script_source' => 'url', 'script_url' => 'http://localhost:8080/campaign-widgets.js', 'script_integrity' => 'sha384-test' ) );
} );
echo wp_json_encode( array( $block, $settings, $errors, $petition( array() ), wp_get_environment_type(), home_url(), array( campaign_widgets_script_url(), campaign_widgets_integrity() ) ) );`,
        ),
      );
    } finally {
      site.setConstants({});
    }
  };
  const exitMessage = 'Neutral site to leave for: the address must start with https://. It was not saved; the previous one stays.';

  const [block, settings, errors, fromSettings, environment, home, script] = onSite('production', live);
  assert.deepEqual([environment, home], ['production', 'https://campaign.example.org'], 'a live site');
  assert.match(script[0], /\/wp-content\/plugins\/campaign-widgets\/.*\.js$/, 'the bundled script, not one on the visitor’s computer');
  assert.notEqual(script[1], 'sha384-test', 'with the bundled script’s hash');
  assert.equal(
    block,
    '<petition-form class="wp-block-campaign-widgets-petition-form" action="https://crm.example.org/api/sign" format="osdi"',
    'the site’s endpoint instead',
  );
  assert.equal(
    fromSettings,
    '<petition-form class="wp-block-campaign-widgets-petition-form" format="osdi"',
    'no endpoint rather than one on the visitor’s computer',
  );
  assert.deepEqual(
    [settings.petition_action, settings.quick_exit_safety_url, settings.quick_exit_href],
    [ENDPOINT, SAFETY, 'https://www.bbc.co.uk/weather'],
    'the saved ones stay',
  );
  const why =
    ': this address leads to each visitor’s own computer (localhost), not to your server, so it works only on a test copy of the site. Give your server’s address, starting with https://. It was not saved; the previous one stays.';
  assert.deepEqual(errors, {
    petition_action: `Petition endpoint${why}`,
    quick_exit_safety_url: `Advice on browsing safely (optional link)${why}`,
    quick_exit_href: exitMessage,
  });

  // A production site served from this machine (a copy being tried out), and a development copy on any host.
  for (const [label, environment, setUp] of [
    ['served from 127.0.0.1', 'production', ''],
    ['development', 'development', live],
  ]) {
    const [block, settings, errors, fromSettings, , , script] = onSite(environment, setUp);
    assert.deepEqual(script, ['http://localhost:8080/campaign-widgets.js', 'sha384-test'], `${label}: the copy the settings name`);
    assert.equal(
      block,
      '<petition-form class="wp-block-campaign-widgets-petition-form" action="http://localhost:8080/sign" format="osdi" count-src="http://127.0.0.1:8080/count" privacy-url="http://[::1]:8080/privacy"',
      label,
    );
    assert.equal(fromSettings, '<petition-form class="wp-block-campaign-widgets-petition-form" action="http://localhost:8080/sign" format="osdi"', label);
    assert.deepEqual([settings.petition_action, settings.quick_exit_safety_url], ['http://localhost:8080/sign', 'http://localhost:8080/advice'], label);
    // The exit leaves for a real site, over https, on any site.
    assert.equal(settings.quick_exit_href, 'https://www.bbc.co.uk/weather', label);
    assert.deepEqual(errors, { quick_exit_href: exitMessage }, label);
  }
});

test('an address whose scheme or host PHP cannot read (http:///x) is left out of the page, not taken for one on this site', () => {
  const [petition, kept, exit, help, share, shortcode] = JSON.parse(
    wpEval(
      site,
      `<?php
add_filter( 'option_home', static function () { return 'https://campaign.example.org'; }, 20 );
add_filter( 'option_siteurl', static function () { return 'https://campaign.example.org'; }, 20 );
$block = static function ( $name, $attrs ) {
	return render_block( array( 'blockName' => 'campaign-widgets/' . $name, 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
};
echo wp_json_encode( array(
	$block( 'petition-form', array( 'action' => 'http:///x', 'countSrc' => 'http://:80/count', 'privacyUrl' => 'http:80' ) ),
	$block( 'petition-form', array( 'action' => '/sign', 'countSrc' => '//crm.example.org/count', 'privacyUrl' => '#privacy' ) ),
	$block( 'quick-exit', array( 'href' => 'https:///x', 'safetyUrl' => 'http:////evil.example/' ) ),
	$block( 'help-line', array( 'country' => 'GB', 'src' => 'https:///data.json' ) ),
	$block( 'share-card', array( 'text' => 'Share this', 'url' => '///x' ) ),
	do_shortcode( '[cw_petition_form action="http:///x"]' ),
) );`,
    ),
  );
  const opening = (html) => html.match(/^<[a-z-]+[^>]*>/)[0];
  // On an https site, each reads as plain http to another host (http:///x is http://x/ in a browser) or as no address.
  for (const html of [petition, shortcode]) assert.ok(opening(html).includes(` action="${ENDPOINT}"`), `the site’s endpoint instead: ${opening(html)}`);
  assert.ok(!opening(petition).includes(' count-src=') && !opening(petition).includes(' privacy-url='), opening(petition));
  assert.ok(
    opening(kept).includes(' action="/sign"') &&
      opening(kept).includes(' count-src="//crm.example.org/count"') &&
      opening(kept).includes(' privacy-url="#privacy"'),
    `addresses on this site and on another https one stay: ${opening(kept)}`,
  );
  assert.ok(opening(exit).includes(' href="https://www.bbc.co.uk/weather"') && opening(exit).includes(` safety-url="${SAFETY}"`), opening(exit));
  assert.match(exit, /<a slot="cw-fallback" href="https:\/\/www\.bbc\.co\.uk\/weather"/, 'the link that works without JavaScript too');
  assert.ok(!opening(help).includes(' src='), opening(help));
  assert.ok(!opening(share).includes(' url='), opening(share));
  const refused = ['http:///x', 'http://:80/count', 'http:80', 'https:///x', 'http:////evil.example/', 'https:///data.json', '///x'];
  for (const html of [petition, exit, help, share, shortcode])
    for (const address of refused) assert.ok(!html.includes(`"${address}"`), `${address} in ${html}`);
});

/**
 * Addresses to judge: each kind an author might type (https, http to another host or to this machine, mailto: where
 * an option takes it and where not, tel:, javascript:, relative ones), then what WordPress's cleaning and PHP's parsing
 * make of odder ones, then thousands put together from such pieces (the same every run).
 */
function addressesToJudge() {
  const table = [
    'https://crm.example.org/sign',
    'http://crm.example.org/sign',
    'http://localhost:8080/sign',
    'http://127.0.0.1:8080/count',
    'http://[::1]:8080/privacy',
    'mailto:corrections@example.org',
    'tel:+15550100',
    'javascript:alert(1)',
    '/sign',
    '//host/x',
    '//localhost:8080/x',
    '#top',
    '?q=a:b',
    '',
    '   ',
    '  https://example.org/a b  ',
    'HTTPS://Example.org/A',
    'HTTP://LOCALHOST/sign',
    'MAILTO:a@example.org',
    'mailto:',
    'www.bbc.co.uk/weather',
    'localhost:8080/sign',
    'crm.example.org/sign',
    'x.php?a=b',
    'a/?b:c',
    'http://127.0.0.1.nip.io/',
    'http://localhost@evil.example/',
    'http://evil.example#@localhost',
    'http://user:pass@localhost/',
    'http:///x',
    'https:///x',
    'http:////evil.example/',
    'http://:80',
    'https://x@/',
    '///x',
    '//:80/x',
    '//0/x',
    'http:80',
    'https:443',
    'http:8080/x',
    'mailto:80',
    'http:/x',
    '?a=1',
    './sign',
    'sign.html',
    'x.php',
    'https:x',
    'http://localhost:1234é/',
    'http://localhost:99999/',
    'https://example.org/[x]',
    'http://[::1]/[x]',
    'https&#58;//example.org',
    'https;//example.org',
    'java\tscript:alert(1)',
    'data:text/html,x',
    '/%0d%0a/x',
    'https://例え.jp/パス',
  ];
  // A small generator with a fixed seed, so that every run judges the same addresses.
  let seed = 20260101;
  const pick = (list) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length];
  };
  const pieces = [
    ['', '', '', ' ', '/', '//', '#', '?', 'www.', 'x.php', '\t'],
    ['', 'https', 'http', 'HTTP', 'HtTpS', 'mailto', 'MailTo', 'tel', 'javascript', 'ftp', 'java script', 'ht&#116;tp'],
    ['', ':', '://', '://', ':/', ':///', ';//', '&#58;', '&#58', '&#x3a;', '&#X3A', '//'],
    [
      '',
      'localhost',
      'LocalHost',
      '127.0.0.1',
      '[::1]',
      'example.org',
      '0',
      'a@localhost',
      'u:p@127.0.0.1',
      'localhost@example.org',
      'localhost:8080',
      'localhost:99999',
      'localhost:12é',
      '[::1]:80',
      'ex ample.org',
      'é.example',
      '%0alocalhost',
    ],
    ['', '', '/', '/sign', '/?a:b', '#top', '?q=1:2', '/[x]', ' x', '%0d%0a', ':80', ':123456', '/a"b<c>', '\\0', 'é', ':'],
  ];
  const generated = [];
  while (generated.length < 3000) {
    const [prefix, scheme, separator, host, tail] = pieces.map(pick);
    // Some letters or digits besides the pieces WordPress removes: esc_url() warns on an address it empties.
    if (scheme + host !== '') generated.push(prefix + scheme + separator + host + tail);
  }
  return [...table, ...generated];
}

test('the editor judges an address exactly as the page does: the same answer from PHP and from the editor’s code, on every kind of site', async () => {
  const { pageAddress } = await importSource(join(root, 'wordpress/src/addresses.ts'));
  const kinds = [['web'], ['web', 'mailto'], ['https']];
  const addresses = addressesToJudge();
  const sites = [
    // This test site: served from 127.0.0.1, over http.
    { label: 'a test copy served from this machine', environment: 'local', home: null },
    { label: 'a live site', environment: 'production', home: 'https://campaign.example.org' },
    { label: 'a live site over plain http', environment: 'production', home: 'http://campaign.example.org' },
    { label: 'a development copy over https', environment: 'development', home: 'https://staging.example.org' },
  ];
  const answers = {};
  for (const { label, environment, home } of sites) {
    site.setConstants({ WP_ENVIRONMENT_TYPE: environment });
    try {
      const [addressSite, php] = JSON.parse(
        wpEval(
          site,
          `<?php
${home ? `add_filter( 'option_home', static function () { return '${home}'; }, 20 ); add_filter( 'option_siteurl', static function () { return '${home}'; }, 20 );` : ''}
$answers = array();
$input = json_decode( <<<'JSON'
${JSON.stringify({ addresses, kinds })}
JSON
, true );
foreach ( $input['kinds'] as $kinds ) {
	foreach ( $input['addresses'] as $address ) {
		$answers[] = campaign_widgets_check_url( $address, $kinds );
	}
}
echo wp_json_encode( array( campaign_widgets_address_site(), $answers ) );`,
        ),
      );
      // What the editor gets (campaign_widgets_editor_assets()) is what PHP judges by.
      const editor = kinds.flatMap((accepted) => addresses.map((address) => pageAddress(address, accepted, addressSite)));
      const differences = php
        .map((answer, i) => ({ address: addresses[i % addresses.length], kinds: kinds[Math.floor(i / addresses.length)], php: answer, editor: editor[i] }))
        .filter(({ php, editor }) => JSON.stringify(php) !== JSON.stringify(editor));
      assert.deepEqual(differences.slice(0, 10), [], `${label}: ${differences.length} differences`);
      answers[label] = {
        addressSite,
        answer: (address, accepted) => php[kinds.findIndex((k) => k.join() === accepted.join()) * addresses.length + addresses.indexOf(address)],
      };
    } finally {
      site.setConstants({});
    }
  }
  // And the answers are the rule's, as the docs give it.
  const testCopy = answers['a test copy served from this machine'];
  const live = answers['a live site'];
  assert.deepEqual(testCopy.addressSite, { scheme: 'http', host: '127.0.0.1', localHttp: true });
  assert.deepEqual(live.addressSite, { scheme: 'https', host: 'campaign.example.org', localHttp: false });
  const web = ['web'];
  assert.deepEqual(live.answer('https://crm.example.org/sign', web), ['https://crm.example.org/sign', '']);
  assert.deepEqual(live.answer('http://crm.example.org/sign', web), ['', 'scheme']);
  assert.deepEqual(live.answer('http://localhost:8080/sign', web), ['', 'local']);
  assert.deepEqual(testCopy.answer('http://localhost:8080/sign', web), ['http://localhost:8080/sign', '']);
  assert.deepEqual(live.answer('mailto:corrections@example.org', web), ['', 'scheme']);
  assert.deepEqual(live.answer('mailto:corrections@example.org', ['web', 'mailto']), ['mailto:corrections@example.org', '']);
  for (const refused of ['tel:+15550100', 'javascript:alert(1)', 'www.bbc.co.uk/weather'])
    assert.deepEqual(live.answer(refused, ['web', 'mailto']), ['', 'scheme'], refused);
  assert.deepEqual(live.answer('/sign', web), ['/sign', ''], 'on the live site itself, over https');
  assert.deepEqual(answers['a live site over plain http'].answer('/sign', web), ['', 'scheme'], 'over plain http to another host');
  assert.deepEqual(live.answer('//host/x', web), ['//host/x', '']);
  // An address on this site stays one, on either kind of site (`./sign` or `sign.html` WordPress reads as http://sign.html).
  for (const relative of ['/sign', '?a=1', '#top', 'x.php?a=b', 'a/?b:c', '//localhost:8080/x']) {
    assert.deepEqual(live.answer(relative, web), [relative, ''], relative);
    assert.deepEqual(testCopy.answer(relative, web), [relative, ''], relative);
  }
  assert.deepEqual(live.answer('sign.html', web), ['', 'scheme']);
  // A scheme or a host PHP cannot read is no relative address: a browser goes to http://x/ for `http:///x` and for
  // `///x` on an http site, to http://0.0.0.80/ for `http:80` (which PHP reads as the host `http`), nowhere for `http://:80`.
  for (const unreadable of ['http:///x', 'https:///x', 'http:////evil.example/', 'http://:80', 'http:80', 'https:443', '///x', '//:80/x']) {
    assert.deepEqual(live.answer(unreadable, web), ['', 'scheme'], unreadable);
    assert.deepEqual(testCopy.answer(unreadable, web), ['', 'scheme'], `${unreadable}, on a test copy too`);
  }
  assert.deepEqual(live.answer('mailto:80', ['web', 'mailto']), ['', 'scheme'], 'PHP reads the host `mailto` in it');
  assert.deepEqual(live.answer('#top', ['https']), ['', 'scheme'], 'the neutral site is another site');
  assert.deepEqual(live.answer('', web), ['', ''], 'nothing given, nothing refused');
});

test('without JavaScript, a figure too large to be a number shows no number, as the widget', () => {
  const [percent, number] = JSON.parse(
    wpEval(
      site,
      `<?php echo wp_json_encode( array(
	do_shortcode( '[cw_trafficking_stat value="1e308" format="percent" label="A figure"]' ),
	do_shortcode( '[cw_trafficking_stat value="1e309" label="A figure"]' ),
) );`,
    ),
  );
  for (const html of [percent, number]) {
    assert.doesNotMatch(html, /inf|nan/i, html);
    assert.match(html, /<p slot="cw-fallback">A figure<\/p>/, html);
  }
});

test('an address WordPress cannot read (a character reference too large for PHP) is left out, and the page still renders', () => {
  const unreadable = 'x&#99999999999999999999;:y';
  const [petition, exit, stat, shortcode] = JSON.parse(
    wpEval(
      site,
      `<?php
$block = static function ( $name, $attrs ) {
	return render_block( array( 'blockName' => 'campaign-widgets/' . $name, 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
};
$unreadable = ${JSON.stringify(unreadable).replaceAll('"', "'")};
echo wp_json_encode( array(
	$block( 'petition-form', array( 'action' => $unreadable, 'privacyUrl' => $unreadable ) ),
	$block( 'quick-exit', array( 'href' => $unreadable, 'safetyUrl' => $unreadable ) ),
	$block( 'trafficking-stat', array( 'stat' => 'ilo-2024-forced-labour-profits', 'sourceUrl' => $unreadable ) ),
	do_shortcode( '[cw_petition_form action="' . $unreadable . '"]' ),
) );`,
    ),
  );
  assert.match(petition, /^<petition-form [^>]*action="https:\/\/crm\.example\.org\/api\/sign"/, 'the site’s endpoint instead');
  assert.match(exit, /<quick-exit [^>]*href="https:\/\/[^"]+"/, 'the site’s neutral site instead');
  assert.match(stat, /<trafficking-stat /, stat);
  assert.match(shortcode, /^<petition-form /, shortcode);
  for (const html of [petition, exit, stat, shortcode]) assert.doesNotMatch(html, /99999999999999999999/, html);
});

test('a block or shortcode reserves only plausible heights, as two custom properties of its element', () => {
  const [measured, tooTall, hostile, none, given, bare, shortTooTall, shortHostile] = JSON.parse(
    wpEval(
      site,
      `<?php
$block = static function ( $attrs ) {
	return render_block( array( 'blockName' => 'campaign-widgets/quick-exit', 'attrs' => $attrs, 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
};
$shortcode = static function ( $reserve ) {
	return do_shortcode( '[cw_quick_exit reserve="' . $reserve . '" style="color:red"]' );
};
echo wp_json_encode( array(
	$block( array( 'reserveNarrow' => 2.75, 'reserveWide' => 2.5 ) ),
	$block( array( 'reserveNarrow' => '3', 'reserveWide' => 1e9 ) ),
	$block( array( 'reserveNarrow' => '4em;color:red', 'reserveWide' => -2 ) ),
	$block( array() ),
	$shortcode( '2.75em' ),
	$shortcode( '3' ),
	$shortcode( '900em' ),
	$shortcode( '4em;color:red' ),
) );`,
    ),
  );
  const opening = (html) => html.match(/^<quick-exit[^>]*>/)[0];
  assert.match(opening(measured), /class="[^"]*\bcampaign-widgets-reserved\b[^"]*"/);
  assert.match(opening(measured), /style="--cw-reserve-narrow:2\.75em;--cw-reserve-wide:2\.5em;"/);
  assert.match(opening(tooTall), /style="--cw-reserve-narrow:3em;"/, 'a height beyond 500em is left out');
  // A shortcode's one height (the configurator's, at a phone's width) holds at every width.
  assert.ok(
    opening(given).startsWith('<quick-exit class="campaign-widgets-reserved" style="--cw-reserve-narrow:2.75em;--cw-reserve-wide:2.75em;"'),
    opening(given),
  );
  assert.ok(opening(bare).startsWith('<quick-exit class="campaign-widgets-reserved" style="--cw-reserve-narrow:3em;--cw-reserve-wide:3em;"'), opening(bare));
  for (const html of [hostile, none, shortTooTall, shortHostile]) {
    assert.ok(!opening(html).includes('style=') && !opening(html).includes('campaign-widgets-reserved'), opening(html));
  }
});

test('an exit link always leaves: an address the exit cannot use gives way to the site’s neutral site', () => {
  const [http, bare, hostile] = JSON.parse(
    wpEval(
      site,
      `<?php echo wp_json_encode( array(
	do_shortcode( '[cw_quick_exit href="http://www.bbc.co.uk/news"]' ),
	do_shortcode( '[cw_quick_exit href="www.bbc.co.uk/weather"]' ),
	render_block( array( 'blockName' => 'campaign-widgets/quick-exit', 'attrs' => array( 'href' => 'javascript:alert(1)' ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) ),
) );`,
    ),
  );
  for (const html of [http, bare, hostile]) {
    // The settings' neutral site (the default), in the element and in the link that works without JavaScript.
    assert.match(html, /^<quick-exit[^>]* href="https:\/\/www\.bbc\.co\.uk\/weather"/, html);
    assert.match(html, /<a slot="cw-fallback" href="https:\/\/www\.bbc\.co\.uk\/weather"/, html);
  }
});

test('an exit link never stays on this site: on an https site too, a relative neutral site gives way to the site’s', () => {
  const exits = JSON.parse(
    wpEval(
      site,
      `<?php
add_filter( 'option_home', static function () { return 'https://campaign.example.org'; }, 20 );
$exit = static function ( $href ) {
	return render_block( array( 'blockName' => 'campaign-widgets/quick-exit', 'attrs' => array( 'href' => $href ), 'innerBlocks' => array(), 'innerHTML' => '', 'innerContent' => array() ) );
};
echo wp_json_encode( array( home_url( '/' ), $exit( '#top' ), $exit( '?' ), $exit( '/about/' ), do_shortcode( '[cw_quick_exit href="//campaign.example.org/"]' ) ) );`,
    ),
  );
  assert.equal(exits.shift(), 'https://campaign.example.org/');
  for (const html of exits) {
    assert.match(html, /^<quick-exit[^>]* href="https:\/\/www\.bbc\.co\.uk\/weather"/, html);
    assert.match(html, /<a slot="cw-fallback" href="https:\/\/www\.bbc\.co\.uk\/weather"/, html);
  }
});

test('the settings refuse addresses that are not full https ones, lists, and another script from a user who may not add scripts', () => {
  const result = JSON.parse(
    wpEval(
      site,
      `<?php
wp_set_current_user( 1 );
$admin = campaign_widgets_sanitize_settings( array( 'petition_action' => '/sign', 'quick_exit_href' => '//evil.example/x', 'quick_exit_safety_url' => 'http://example.org/safety', 'locale' => array( 'fr' ), 'script_source' => 'url', 'script_url' => 'https://cdn.example/campaign-widgets.js', 'petition_format' => array() ) );
$errors = wp_list_pluck( get_settings_errors( 'campaign_widgets' ), 'code' );
wp_set_current_user( get_user_by( 'login', 'author' )->ID );
$saved = campaign_widgets_settings();
$author = campaign_widgets_sanitize_settings( array( 'script_source' => 'url', 'script_url' => 'https://cdn.example/campaign-widgets.js', 'script_integrity' => 'sha384-AAAA' ) );
echo wp_json_encode( array( $admin, $errors, $author, $saved ) );`,
    ),
  );
  const [admin, errors, author, saved] = result;
  // Each refused address keeps the one saved before (the settings test saved ENDPOINT and SAFETY).
  assert.equal(admin.petition_action, ENDPOINT, 'a relative address is not an endpoint: the saved one stays');
  assert.equal(admin.quick_exit_href, 'https://www.bbc.co.uk/weather', 'a scheme-relative exit is refused: the saved neutral site stays');
  assert.equal(admin.quick_exit_safety_url, SAFETY, 'the advice page is https only: the saved one stays');
  assert.equal(admin.locale, '');
  assert.equal(admin.petition_format, '');
  assert.deepEqual([admin.script_source, admin.script_url], ['url', 'https://cdn.example/campaign-widgets.js'], 'an administrator may load another copy');
  assert.deepEqual(errors.sort(), ['petition_action', 'quick_exit_href', 'quick_exit_safety_url'], 'each refused address is said');
  assert.equal(author.script_source, 'bundled', 'without unfiltered_html, the bundled script stays');
  // Nor is their address kept for an administrator to switch on later, thinking it their own.
  assert.notEqual(author.script_url, 'https://cdn.example/campaign-widgets.js');
  assert.deepEqual([author.script_url, author.script_integrity], [saved.script_url, saved.script_integrity], 'the saved address and hash stay');
});

test('a copy without its build data tells administrators, and breaks no page', async () => {
  const data = join(site.dir, 'wp-content/plugins/campaign-widgets/build/plugin-data.json');
  const aside = `${data}.aside`;
  cpSync(data, aside);
  rmSync(data);
  try {
    const state = JSON.parse(
      wpEval(
        site,
        `<?php echo wp_json_encode( array( has_action( 'admin_notices', 'campaign_widgets_missing_data_notice' ), function_exists( 'campaign_widgets_settings' ), do_shortcode( '[cw_quick_exit]' ) ) );`,
      ),
    );
    assert.deepEqual(state, [10, false, '[cw_quick_exit]'], 'a notice, and nothing else of the plugin');
    const page = await fetch(`${site.url}/?p=1`);
    assert.equal(page.status, 200);
  } finally {
    cpSync(aside, data);
    rmSync(aside);
  }
});

test('without JavaScript, a compact help line shows one discreet line and its contacts only on request', async () => {
  const html = wpEval(site, `<?php echo do_shortcode( '[cw_help_line country="GB" compact]' );`);
  assert.match(html, /<details slot="cw-fallback"><summary>Confidential help is available\. Show help contacts<\/summary><p>/, html);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><body>${html}<p>Below</p></body></html>`);
    const helpline = page.getByText('Modern Slavery & Exploitation Helpline');
    assert.equal(await helpline.isVisible(), false, 'the helpline is not on screen for someone looking over a shoulder');
    await page.getByText('Confidential help is available.').click();
    assert.equal(await helpline.isVisible(), true, 'one click shows it');
  } finally {
    await context.close();
  }
});

test('a self-hosted or CDN copy of the script: the module tag points there, with the hash the settings give', async () => {
  const result = JSON.parse(
    wpEval(
      site,
      `<?php
wp_set_current_user( 1 );
$saved = campaign_widgets_sanitize_settings( array( 'script_source' => 'url', 'script_url' => 'https://cdn.example.org/campaign-widgets@1/dist/campaign-widgets.js', 'script_integrity' => 'sha384-abc+/=', 'petition_action' => 'http://crm.example.org/sign', 'locale' => 'xx' ) );
update_option( 'campaign_widgets', array_merge( get_option( 'campaign_widgets' ), $saved ) );
echo wp_json_encode( $saved );`,
    ),
  );
  assert.equal(result.petition_action, ENDPOINT, 'http: refused for another host, the saved endpoint stays');
  assert.equal(result.locale, '', 'an unknown language refused');
  try {
    const link = wpEval(site, `<?php echo get_permalink( get_posts( array( 'author' => get_user_by( 'login', 'author' )->ID, 'numberposts' => 1 ) )[0] );`);
    const html = await (await fetch(link)).text();
    assert.match(
      html,
      /<script type="module" src="https:\/\/cdn\.example\.org\/campaign-widgets@1\/dist\/campaign-widgets\.js" id="campaign-widgets-js-module" integrity="sha384-abc\+\/=" crossorigin="anonymous">/,
    );
  } finally {
    wpEval(
      site,
      `<?php update_option( 'campaign_widgets', array_merge( get_option( 'campaign_widgets' ), array( 'script_source' => 'bundled', 'script_url' => '', 'script_integrity' => '' ) ) );`,
    );
  }
});

test('PHP logged no notice, warning or error from the plugin in all of the above', () => {
  // WP_DEBUG is on and WP_DEBUG_LOG writes to debug.log; the pages never show PHP's messages.
  const ours = site
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/campaign-widgets/'));
  assert.deepEqual(ours, []);
});
