/**
 * Generated hostile inputs (fast-check): every documented attribute of every widget (read from custom-elements.json,
 * so a new attribute is covered without touching this file), every field of a partner's mission dataset and every
 * shape of a counter answer, set to values from a corpus of hostile strings and numbers. After each, the widget:
 * threw nothing and left no unhandled rejection; ran no injected script; links only to safe schemes; shows no
 * "undefined" or "[object Object]"; shows something, or fired cw-error; warned at most once per attribute and value,
 * and not again on the next render.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { serveJson } from '../helpers/json-echo.js';

type Manifest = { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Strings a hostile page author, CMS or data source could produce. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\n',
  'javascript:alert(1)',
  'JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:x',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  '%',
  '%E0%A4%A',
  '\u0000',
  '\u202e\u202d',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1',
  '-0',
  '0x10',
  '1e20',
  '12.5',
  '__proto__',
  'constructor',
  'toString',
  'a'.repeat(5000),
  '😀',
  'http://[',
  'https://',
  '//evil.example/x',
  'http://evil.example/',
  'https://example.org/ok',
  'tel:+1%',
  'mailto:a@b.org,c@d.org',
  'ZZ',
  'xx',
  'KE',
  'ke',
  'en-XA',
  '{country}{mission}',
  '${x}',
  'null',
  'undefined',
  'json form osdi nope',
  'x facebook copy mastodon native',
  'ilo-2014-forced-labour-profits',
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Every widget's documented attributes, from the manifest the build generates. */
async function documentedAttributes(): Promise<Map<string, string[]>> {
  const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
  const byTag = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName)
        byTag.set(
          declaration.tagName,
          (declaration.attributes ?? []).map((attribute) => attribute.name),
        );
    }
  }
  return byTag;
}

/** What went wrong on the page while `run` ran: uncaught errors, unhandled rejections, and console warnings. */
async function watch(run: () => Promise<void>): Promise<{ errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.filter((arg) => typeof arg === 'string').join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Let promises started by the render (data, counts) settle, so their rejections are seen here.
    await new Promise((resolve) => setTimeout(resolve, 30));
  } finally {
    console.warn = warn;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return { errors, warnings };
}

const SAFE_SCHEMES = new Set(['https:', 'mailto:', 'tel:', 'sms:']);

/** Asserts what must hold for any input, on a rendered widget. */
function expectSafe(el: Widget, inputs: string[], sawError: boolean): void {
  expect(window.__pwned, 'no injected script ran').to.equal(undefined);
  const root = el.shadowRoot!;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href);
    const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
    expect(SAFE_SCHEMES.has(url.protocol) || local, `link ${link.href}`).to.equal(true);
  }
  const text = (root.textContent ?? '').replace(/\s+/g, ' ');
  for (const leak of ['undefined', '[object Object]']) {
    if (!inputs.some((input) => input.includes(leak))) expect(text, `"${leak}" shown`).not.to.include(leak);
  }
  expect(shows(el) || sawError, 'shows something, or says why not with cw-error').to.equal(true);
}

/** Whether a widget shows anything: text, or a control. */
function shows(el: Widget): boolean {
  const root = el.shadowRoot;
  return !!root && ((root.textContent ?? '').trim() !== '' || root.querySelector('select, input, button, a') !== null);
}

/** Warned at most once per distinct message. */
function expectNoRepeatedWarnings(warnings: string[]): void {
  expect(new Set(warnings).size, warnings.join('\n')).to.equal(warnings.length);
}

describe('generated hostile inputs', function () {
  this.timeout(120_000);
  let attributes: Map<string, string[]>;

  before(async () => {
    attributes = await documentedAttributes();
    expect([...attributes.keys()].sort()).to.include.members(['mission-contact', 'petition-form', 'quick-exit', 'share-card', 'trafficking-stat']);
  });

  afterEach(() => {
    document.querySelectorAll('body > quick-exit[skip-link]').forEach((skip) => skip.remove());
  });

  it('every documented attribute of every widget', async () => {
    for (const [tag, names] of attributes) {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), hostileString, { minKeys: 1, maxKeys: names.length }), async (values) => {
          let el!: Widget;
          let sawError = false;
          const onCwError = () => (sawError = true);
          document.addEventListener('cw-error', onCwError);
          const first = await watch(async () => {
            el = document.createElement(tag) as Widget;
            // Keep widgets from adding a skip link to the test page or sending anything anywhere real.
            if (tag === 'quick-exit') el.setAttribute('no-skip-link', '');
            for (const [name, value] of Object.entries(values)) el.setAttribute(name, value);
            document.body.append(el);
            await el.updateComplete;
            // Widgets that load data first (the mission dataset) draw once it is there, or say why not.
            await waitUntil(() => shows(el) || sawError, 'the widget draws or fires cw-error', { timeout: 5000 }).catch(() => undefined);
          });
          document.removeEventListener('cw-error', onCwError);
          try {
            expect(first.errors, `<${tag}> ${JSON.stringify(values).slice(0, 300)}`).to.deep.equal([]);
            expectSafe(el, Object.values(values), sawError);
            expectNoRepeatedWarnings(first.warnings);
            // Bad attributes warn once per element: a second render says nothing new.
            const again = await watch(async () => {
              el.requestUpdate();
              await el.updateComplete;
            });
            expect(again.errors).to.deep.equal([]);
            // (A warning may still arrive late from a request the first render started: new, not repeated.)
            expect(again.warnings.filter((warning) => first.warnings.includes(warning))).to.deep.equal([]);
            expectNoRepeatedWarnings(again.warnings);
          } finally {
            el.remove();
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('every field of a partner mission dataset', async () => {
    // Values that once broke a card weigh most; then the whole corpus, then values of the wrong type.
    const nasty = fc.constantFrom('%', '%E0%A4%A', 'tel:+1%', 'kenya@un.int,evil', 'javascript:alert(1)', 'http://[', '1e309', '__proto__', '2026-13-45');
    const field = fc.oneof(
      { weight: 3, arbitrary: nasty },
      { weight: 2, arbitrary: hostileString },
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
          fc.array(hostileString, { maxLength: 3 }),
          fc.dictionary(hostileString, hostileString, { maxKeys: 2 }),
        ),
      },
    );
    const mission = fc.dictionary(
      fc.constantFrom('name', 'address', 'phone', 'tel', 'email', 'website', 'sources', 'retrieved', 'current', 'note', '__proto__', 'constructor'),
      field,
      { maxKeys: 6 },
    );
    const palermo = fc.dictionary(fc.constantFrom('since', 'status', 'instrument', 'signed', 'sources', 'retrieved', '__proto__'), field, { maxKeys: 4 });
    const country = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('KE', 'ke') },
      { weight: 1, arbitrary: fc.constantFrom('FR', 'ZZ', '__proto__', '') },
      { weight: 1, arbitrary: hostileString },
    );
    const entry = fc.record({ country, mission, palermo }, { requiredKeys: ['country'] });
    const dataset = fc.oneof(fc.record({ entries: fc.array(entry, { maxLength: 4 }) }), fc.constant({ entries: {} }), fc.constant([]), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(dataset, fc.constantFrom('KE', 'KE', '', 'FR'), async (json, country) => {
        const src = await serveJson(JSON.stringify(json));
        let el!: Widget;
        let sawError = false;
        const onCwError = () => (sawError = true);
        document.addEventListener('cw-error', onCwError);
        const { errors, warnings } = await watch(async () => {
          el = await fixture<Widget>(html`<mission-contact country=${country} src=${src}></mission-contact>`);
          await waitUntil(() => el.shadowRoot!.querySelector('.base'), 'the data loads', { timeout: 5000 });
        });
        document.removeEventListener('cw-error', onCwError);
        expect(errors, JSON.stringify(json).slice(0, 300)).to.deep.equal([]);
        expectSafe(el, [JSON.stringify(json)], sawError);
        expectNoRepeatedWarnings(warnings);
        el.remove();
      }),
      {
        numRuns: 80,
        // The inputs of issue #14 first, every run; then generated ones.
        examples: [
          [{ entries: [{ country: 'KE', mission: { phone: '+1 212 %E0 0100' } }] }, 'KE'],
          [{ entries: [{ country: 'KE', mission: { email: 'kenya@un.int,evil', name: 'x' } }] }, 'KE'],
          [JSON.parse('{"entries": [{"country": "KE", "mission": {"__proto__": {"x": 1}, "constructor": "Evil"}}]}'), 'KE'],
        ],
      },
    );
  });

  it('every shape of a counter answer', async () => {
    const count = fc.oneof(
      fc.constantFrom('1e309', '-1e309', '1e15', '12.5', '-3', '"12"', 'null', 'true', '[]', '{}', '0', '6240'),
      fc.integer().map(String),
      fc.double().map((n) => JSON.stringify(n) ?? 'null'),
    );
    const body = fc.oneof(
      count.map((value) => `{"count": ${value}}`),
      fc.constantFrom('', 'not json', '[]', 'null', '{"__proto__": {"count": 5}}', '{"count": {"valueOf": 5}}', '{"total": 5}'),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('', '10000', '1'), async (answer, goal) => {
        const countSrc = await serveJson(answer);
        let el!: Widget;
        let reported = false;
        const { errors, warnings } = await watch(async () => {
          el = await fixture<Widget>(
            html`<petition-form
              action="/__petition/none/sign"
              count-src=${countSrc}
              goal=${goal || undefined}
              @cw-error=${() => (reported = true)}
            ></petition-form>`,
          );
          // Every answer ends one of two ways: a count on show, or a reported error.
          const counted = () => el.shadowRoot!.querySelector('[part~="count"]') !== null;
          await waitUntil(() => counted() || reported, `the count settles (${answer})`);
          await el.updateComplete;
        });
        expect(errors, answer).to.deep.equal([]);
        const shown = el.shadowRoot!.querySelector('[part~="count"]')?.textContent ?? '';
        expect(shown, answer).not.to.match(/NaN|∞|Infinity|e\+/);
        expectNoRepeatedWarnings(warnings);
        el.remove();
      }),
      { numRuns: 40 },
    );
  });
});
