// What the browser itself keeps of a petition signer: its form history (Chromium's `Web Data` autofill table,
// Firefox's `formhistory.sqlite`), which it later suggests in any field of the same name on any site. A visitor types
// in the built petition (dist/, as a partner's page loads it), signs or not, leaves with the quick exit or leaves the
// tab open; then the browser closes and its fresh profile's form-history files are searched for every value typed.
// Chromium and Firefox from the system (scripts/browsers.mjs), driven by puppeteer-core, as the test runner drives them.
// Needs dist/ (npm run build). A safety review found both browsers keeping the signer's name, email and phone, and
// Chromium even for a petition never signed, because the quick exit's navigation counts as sending the form.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromiumArgs, findBrowser } from '../../scripts/browsers.mjs';
import { TYPES } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

/** The partner's page: a quick exit to a neutral page of the same site, and a petition with every text field. */
const page = (autofill) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign for survivors</title>
<script type="module" src="/dist/campaign-widgets.js"></script></head><body>
<quick-exit href="/landing" no-skip-link></quick-exit>
<petition-form action="/sign" fields="given-name family-name email postal-code phone"${autofill ? ' autofill' : ''}></petition-form>
</body></html>`;

let server;
let origin;

before(async () => {
  assert.ok(existsSync(join(dist, 'campaign-widgets.js')), 'dist/ is built (npm run build)');
  server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://x');
    request.resume();
    if (pathname === '/sign') {
      response.writeHead(201, { 'content-type': 'application/json' });
      return response.end('{"ok":true}');
    }
    if (pathname === '/landing') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end('<!doctype html><title>Weather</title><h1>Weather</h1>');
    }
    if (pathname === '/petition.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(page(searchParams.has('autofill')));
    }
    const file = normalize(join(root, pathname));
    if (!pathname.startsWith('/dist/') || !file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    return response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

/**
 * What a visitor does, each in a tab of its own. `typed`: every field filled, never signed; `signed`: signed and
 * thanked. `exit`: then the quick exit (Shift three times, or its button); otherwise the tab stays open until the
 * browser closes. `saved`: whether the browser may keep the values (only with the partner's `autofill`, once sent).
 */
const VISITS = [
  { id: 'typedexit', act: 'typed', exit: 'shortcut' },
  { id: 'signedexit', act: 'signed', exit: 'button' },
  { id: 'signedopen', act: 'signed' },
  { id: 'optintypedexit', act: 'typed', exit: 'shortcut', autofill: true },
  // The control: with `autofill` a sent signature is the browser's to remember, so finding it proves the search works.
  { id: 'optinsignedopen', act: 'signed', autofill: true, saved: true },
];

/**
 * The values typed in one visit: each names the visit, so whatever the browser kept says where it came from (the
 * number first, so no visit's value is found inside another's).
 */
const valuesOf = (visit, index) => ({
  'given-name': `v${index}${visit.id}given`,
  'family-name': `v${index}${visit.id}family`,
  email: `v${index}${visit.id}@example.org`,
  'postal-code': `v${index}${visit.id}pc`,
  phone: `+44 7700 90012${index}`,
});

const field = (tab, id) => tab.evaluateHandle((name) => document.querySelector('petition-form').shadowRoot.getElementById(name), id);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function visit(browser, visitSpec, values) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/petition.html${visitSpec.autofill ? '?autofill' : ''}`);
  await tab.waitForFunction(() => document.querySelector('petition-form')?.shadowRoot?.getElementById('phone'));
  await tab.evaluate(() => (document.querySelector('petition-form').minFillTime = 0));
  // Typed key by key, as a person does: browsers keep only what was typed, not what a script set.
  for (const [id, text] of Object.entries(values)) {
    const input = await field(tab, id);
    await input.click();
    await input.type(text);
  }
  if (visitSpec.act === 'signed') {
    await (await tab.evaluateHandle(() => document.querySelector('petition-form').shadowRoot.querySelector('[part~="submit"]'))).click();
    await tab.waitForFunction(() => document.querySelector('petition-form').shadowRoot.querySelector('[part~="thanks"]'), { timeout: 8000 });
  }
  if (!visitSpec.exit) return;
  const left = tab.waitForNavigation({ timeout: 8000 });
  if (visitSpec.exit === 'button') {
    await (await tab.evaluateHandle(() => document.querySelector('quick-exit').shadowRoot.querySelector('[part~="button"]'))).click();
  } else {
    for (let press = 0; press < 3; press += 1) await tab.keyboard.press('Shift');
  }
  await left;
  assert.equal(new URL(tab.url()).pathname, '/landing', `${visitSpec.id}: the quick exit left the page`);
}

/** The form-history database files of a profile (with their journals), found by name. */
function formHistoryFiles(dir, names) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && names.some((name) => entry.name === name || entry.name.startsWith(`${name}-`)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

const BROWSERS = {
  chromium: {
    files: ['Web Data'],
    launch: (profile) => ({ executablePath: findBrowser('chromium'), headless: true, args: chromiumArgs, userDataDir: profile }),
  },
  firefox: {
    files: ['formhistory.sqlite'],
    launch: (profile) => ({ browser: 'firefox', executablePath: findBrowser('firefox'), headless: true, userDataDir: profile }),
  },
};

for (const [name, { files, launch }] of Object.entries(BROWSERS)) {
  test(
    `${name}: the signer's details stay out of the browser's form history unless the partner opts in with autofill`,
    { skip: !findBrowser(name) && `${name} is not installed` },
    async () => {
      const profile = mkdtempSync(join(tmpdir(), `cw-form-history-${name}-`));
      try {
        const browser = await puppeteer.launch(launch(profile));
        const typed = VISITS.map(valuesOf);
        try {
          for (const [index, visitSpec] of VISITS.entries()) await visit(browser, visitSpec, typed[index]);
          // Firefox writes its form history a moment after the form is sent.
          await sleep(500);
        } finally {
          await browser.close();
        }
        // Searched byte for byte: a value in any row, column or journal of the database is a value the browser kept.
        const stored = formHistoryFiles(profile, files)
          .map((file) => readFileSync(file).toString('latin1'))
          .join('\n');
        const found = (text) => stored.includes(Buffer.from(text, 'utf8').toString('latin1'));
        const kept = VISITS.flatMap((visitSpec, index) =>
          Object.entries(typed[index])
            .filter(([, text]) => found(text))
            .map(([id]) => `${visitSpec.id}: ${id}`),
        );
        const expected = VISITS.flatMap((visitSpec, index) => (visitSpec.saved ? Object.keys(typed[index]).map((id) => `${visitSpec.id}: ${id}`) : []));
        assert.deepEqual(kept, expected, 'only a signature sent with autofill is in the form history');
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  );
}
