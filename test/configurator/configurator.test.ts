// The configurator (configurator/, built into dist-configurator/ by npm run build), in Chromium and Firefox: its form
// is generated from custom-elements.json and the catalogues, inputs are checked by the widgets' own rules in the
// preview, the snippet holds only what differs from the defaults, and the page is accessible. The copied snippet
// pasted into a blank page on another origin: test/configurator/end-to-end.test.mjs (Chromium, real clipboard).
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { startConfigurator, type Configurator, type ConfiguratorOptions } from '../../configurator/src/app.js';
import { choicesIn, defaultIn, fieldsOf, labelFor, listIn, widgetsOf, type Manifest } from '../../configurator/src/manifest.js';
import { elementTag, escapeAttribute, reserveCss, reserveStyle, scriptTag } from '../../configurator/src/snippet.js';
import { roundUpToQuarterEm } from '../../src/core/reserved-height.js';
import { fromError, fromWarning } from '../../configurator/src/problems.js';
import { UNSEEN_IN_PREVIEW } from '../../configurator/src/unseen.js';
import { shortcode, shortcodeProblem } from '../../configurator/src/shortcode.js';
import { formatFigure } from '../../configurator/src/catalogue.js';
import { previewApi } from '../../configurator/src/preview-frames.js';
import { openFrame } from '../helpers/requests.js';
import { chooseUiLanguage, setMessages } from '../../configurator/src/i18n.js';

const BUILT = '/dist-configurator/';
const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The snippet's element line without its measured room (`style="--cw-reserve-…"`), whose figures follow the fonts. */
const withoutReserve = (line: string | undefined): string | undefined => line?.replace(/ style="--cw-reserve-[^"]*"/, '');

/** A configurator on the built folder (dist-configurator/) in a new <main>, once its preview shows the widget. */
async function builtConfigurator(options: Partial<ConfiguratorOptions>): Promise<{ root: HTMLElement; configurator: Configurator }> {
  const root = document.createElement('main');
  document.body.append(root);
  const configurator = await startConfigurator(root, {
    manifest: `${BUILT}custom-elements.json`,
    catalogue: `${BUILT}catalogue.json`,
    dist: `${BUILT}dist/`,
    preview: `${BUILT}preview.html`,
    locales: `${BUILT}locales/`,
    ...options,
  });
  await configurator.settled();
  return { root, configurator };
}

/** What axe finds wrong in the configurator's page (not in the preview's frame, which the widgets' tests check). */
async function axeViolations(root: HTMLElement): Promise<string[]> {
  const axe = (
    window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
  ).axe;
  const { violations } = await axe.run(root, { iframes: false, resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** An element's text as a screen reader reads it: without what is hidden from it (aria-hidden). */
function heard(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a control's aria-describedby reads: the text of each element it names, hidden or not (as browsers do). */
function described(control: Element): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function waitFor(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('configurator: the form comes from the manifest', () => {
  it('offers every widget the manifest declares, help-line included, with no list of widgets in its code', async () => {
    const manifest = await json<Manifest>('/custom-elements.json');
    const tags = widgetsOf(manifest).map((w) => w.tagName);
    expect(tags).to.include.members(['help-line', 'mission-contact', 'petition-form', 'quick-exit', 'share-card', 'trafficking-stat']);
  });

  it('turns attributes into controls by their type and description', async () => {
    const manifest = await json<Manifest>('/custom-elements.json');
    const byTag = Object.fromEntries(widgetsOf(manifest).map((w) => [w.tagName, fieldsOf(w)]));
    const kind = (tag: string, attribute: string) => byTag[tag]!.find((f) => f.attribute === attribute)?.control;
    expect(kind('trafficking-stat', 'stat')).to.deep.equal({ kind: 'stat' });
    expect(kind('help-line', 'country')).to.deep.equal({ kind: 'country' });
    expect(kind('help-line', 'compact')).to.deep.equal({ kind: 'checkbox' });
    expect(kind('petition-form', 'goal')).to.deep.equal({ kind: 'number' });
    expect(kind('petition-form', 'format')).to.deep.equal({ kind: 'choice', options: ['json', 'form', 'osdi'] });
    expect(kind('trafficking-stat', 'format')).to.deep.equal({ kind: 'choice', options: ['number', 'percent', 'currency', 'compact', 'compact-currency'] });
    expect(kind('petition-form', 'action')).to.deep.equal({ kind: 'text', url: true });
    expect(kind('petition-form', 'fields')).to.deep.include({ kind: 'tokens', defaults: ['given-name', 'family-name', 'email', 'country'] });
    // Every field the form can show can be made required, not only the two required by default.
    expect(kind('petition-form', 'required')).to.deep.equal({
      kind: 'tokens',
      options: ['given-name', 'family-name', 'email', 'country', 'postal-code', 'phone'],
      defaults: ['given-name', 'email'],
    });
    expect((kind('share-card', 'networks') as { defaults: string[] }).defaults).to.not.include('mastodon');
    expect(kind('share-card', 'utm-source')).to.deep.equal({ kind: 'text', url: false });
    expect(byTag['quick-exit']!.map((f) => f.attribute)).to.not.include('skip-link');
    expect(byTag['petition-form']!.find((f) => f.attribute === 'format')!.defaultValue).to.equal('json');
    // An editor reads the description's first paragraph; what follows speaks to developers (as in the WordPress blocks).
    expect(byTag['trafficking-stat']!.find((f) => f.attribute === 'animate')!.help).to.equal(
      'Counts the figure up from zero the first time it scrolls into view (never when motion is reduced).',
    );
    expect(byTag['petition-form']!.find((f) => f.attribute === 'persist')!.help).to.not.contain('localStorage');
  });

  it('a widget added later gets its form from its manifest entry alone', () => {
    const manifest: Manifest = {
      modules: [
        {
          declarations: [
            {
              customElement: true,
              tagName: 'vote-counter',
              name: 'VoteCounter',
              summary: 'Counts votes.',
              attributes: [
                { name: 'country', type: { text: 'string | undefined' }, description: 'ISO code.' },
                { name: 'limit', type: { text: 'number | undefined' }, description: 'How many.' },
                { name: 'mode', type: { text: 'string | undefined' }, description: 'Either `fast` or `slow` (default).' },
                { name: 'results-url', type: { text: 'string | undefined' }, description: 'Where results go (https).' },
                { name: 'quiet', type: { text: 'boolean' }, default: 'false', description: 'No sound.' },
              ],
            },
          ],
        },
      ],
    };
    const [widget] = widgetsOf(manifest);
    expect(fieldsOf(widget!).map((f) => [f.attribute, f.label, f.control.kind, f.defaultValue])).to.deep.equal([
      ['country', 'Country', 'country', undefined],
      ['limit', 'Limit', 'number', undefined],
      ['mode', 'Mode', 'choice', 'slow'],
      ['results-url', 'Results URL', 'text', undefined],
      ['quiet', 'Quiet', 'checkbox', 'false'],
    ]);
  });

  it('reads choices, lists and defaults as the widgets describe them', () => {
    expect(choicesIn('Body format: `json` (default), `form` (`application/x-www-form-urlencoded`) or `osdi` (`record_signature_helper`).')).to.deep.equal([
      'json',
      'form',
      'osdi',
    ]);
    expect(choicesIn('ISO code (any case: `ke` is read as `KE`).')).to.deep.equal([]);
    expect(listIn('In order: `native x email copy`. Default: all but `x`.')).to.deep.equal(['native', 'x', 'email', 'copy']);
    expect(defaultIn('In order: `a b c`. Default: all but `b`.', ['a', 'b', 'c'])).to.equal('a c');
    expect(defaultIn('ISO 4217 code. Default `USD`.')).to.equal('USD');
    expect(labelFor('count-src')).to.equal('Count URL');
    expect(labelFor('source-url')).to.equal('Source URL');
  });
});

describe('configurator: the snippet', () => {
  it('escapes attribute values and writes booleans bare', () => {
    expect(escapeAttribute('a "b" <c> & d')).to.equal('a &quot;b&quot; &lt;c&gt; &amp; d');
    expect(
      elementTag('help-line', [
        ['country', 'GB'],
        ['compact', true],
      ]),
    ).to.equal('<help-line country="GB" compact></help-line>');
    expect(elementTag('quick-exit', [])).to.equal('<quick-exit></quick-exit>');
  });

  it('reserves the measured space, rounded up, and loads the script with its integrity hash', () => {
    expect(roundUpToQuarterEm(12.01)).to.equal(12.25);
    expect(roundUpToQuarterEm(12)).to.equal(12);
    expect(reserveCss('share-card').split('\n')).to.deep.equal([
      'share-card:not(:defined) { display: flow-root; font-size: var(--cw-font-size, medium); }',
      'share-card { min-block-size: var(--cw-reserve-narrow, auto); }',
      '@media (min-width: 782px) { share-card { min-block-size: var(--cw-reserve-wide, auto); } }',
    ]);
    expect(reserveStyle({ narrow: 26.75, wide: 19.25 })).to.equal('--cw-reserve-narrow: 26.75em; --cw-reserve-wide: 19.25em');
    expect(reserveStyle({ narrow: 26.75, wide: null })).to.equal('--cw-reserve-narrow: 26.75em');
    expect(reserveStyle({ narrow: null, wide: null })).to.equal(null);
    expect(scriptTag({ base: 'https://cdn.example/dist/', kind: 'module', sri: { 'campaign-widgets.js': 'sha384-x' } })).to.equal(
      '<script type="module" src="https://cdn.example/dist/campaign-widgets.js" integrity="sha384-x" crossorigin="anonymous"></script>',
    );
    expect(scriptTag({ base: 'https://cdn.example/dist/', kind: 'classic', sri: { 'campaign-widgets.iife.js': 'sha384-y' } })).to.equal(
      '<script src="https://cdn.example/dist/campaign-widgets.iife.js" integrity="sha384-y" crossorigin="anonymous" defer></script>',
    );
  });

  it('writes a WordPress shortcode with the reserved height, and says which values a shortcode cannot hold', () => {
    expect(
      shortcode(
        'cw_share_card',
        [
          ['text', 'A "fact" & more'],
          ['download', true],
        ],
        { narrow: 26.75, wide: 19.25 },
      ),
    ).to.equal(`[cw_share_card text='A "fact" & more' download reserve="26.75em 19.25em"]`);
    expect(shortcode('cw_share_card', [], { narrow: 26.75, wide: null })).to.equal('[cw_share_card reserve="26.75em"]');
    expect(shortcode('cw_quick_exit', [], { narrow: null, wide: null })).to.equal('[cw_quick_exit]');
    expect(shortcodeProblem('Keep me informed, it’s fine')).to.equal(null);
    expect(shortcodeProblem('See [1]')).to.contain('square bracket');
    expect(shortcodeProblem('a < b')).to.contain('< or >');
    expect(shortcodeProblem('one\ntwo')).to.contain('one line');
    expect(shortcodeProblem(`"it's"`)).to.contain('not both');
    // WordPress would hand the widget other text: a tab for \t, a plain space for a non-breaking one.
    expect(shortcodeProblem('C:\\temp\\new file')).to.contain('backslashes');
    expect(shortcodeProblem('50\u00a0%')).to.contain('non-breaking');
    expect(shortcodeProblem('a\u200bb')).to.contain('zero-width');
  });

  it('explains a widget warning in plain words, attached to its option', () => {
    // A warning as the widgets write it (src/core/campaign-element.ts warnInvalid).
    const warning = (tag: string, attribute: string, value: string, allowed: string) =>
      `campaign-widgets: <${tag}> ${attribute}="${value}" is not valid (allowed: ${allowed}); what it does instead.`;
    expect(fromWarning(warning('quick-exit', 'href', 'http://example.org/', 'an https: URL of another page'))).to.deep.equal({
      attribute: 'href',
      blocking: true,
      text: '“http://example.org/” can’t be used here. Give the https:// address of another site.',
    });
    expect(fromWarning(warning('petition-form', 'action', '', 'an https: URL'))!.text).to.equal(
      'This option is needed. Give an address starting with https://.',
    );
    // Each widget's own refusals are read in refusals.test.ts, from the widgets themselves.
    expect(fromWarning(warning('petition-form', 'method', 'GET', 'POST, PUT'))!.text).to.equal('“GET” can’t be used here. Choose from: POST, PUT.');
    expect(fromWarning(warning('x-widget', 'shape', 'odd', 'something new'))!.text).to.equal(
      '“odd” can’t be used here. The help under this option says what it takes.',
    );
    expect(fromWarning('campaign-widgets: could not load the "fr" translations')).to.equal(null);
    expect(fromError({ code: 'invalid-src', message: 'src="https://x.example/d.json" is not used: HTTP 404.' }, ['src'])).to.deep.include({
      attribute: 'src',
      blocking: false,
    });
    expect(fromError({ code: 'invalid-value', message: 'value="abc" is not a number; no figure is shown.' }, ['value'])).to.deep.include({
      attribute: 'value',
      blocking: true,
    });
  });

  it('formats a statistic as the widget does', () => {
    expect(formatFigure({ value: 150e9, format: 'compact-currency', currency: 'USD' }, 'en')).to.equal('$150 billion');
    expect(formatFigure({ value: 0.71, format: 'percent' }, 'en')).to.equal('71%');
  });
});

describe('configurator: the page', function () {
  this.timeout(30_000);
  let root: HTMLElement;
  let configurator: Configurator;
  let copied: string[];

  const field = (attribute: string) => root.querySelector<HTMLElement>(`[data-field="${attribute}"]`)!;
  const control = <T extends HTMLElement>(attribute: string) => root.querySelector<T>(`#cw-opt-${attribute}`)!;
  const status = () => root.querySelector('#cw-status')!.textContent ?? '';

  async function choose(tag: string): Promise<void> {
    const select = root.querySelector<HTMLSelectElement>('#cw-widget')!;
    select.value = tag;
    select.dispatchEvent(new Event('change'));
    await configurator.settled();
  }

  function type(attribute: string, value: string): void {
    const input = control<HTMLInputElement>(attribute);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  before(async () => {
    copied = [];
    // The clipboard is read for real in the end-to-end test; here a recorder stands in for it.
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
    ({ root, configurator } = await builtConfigurator({ widget: 'help-line' }));
  });

  after(() => root.remove());

  it('lists every widget and starts with the one asked for', () => {
    const options = [...root.querySelectorAll<HTMLOptionElement>('#cw-widget option')].map((o) => o.value);
    expect(options).to.include.members(['help-line', 'petition-form', 'trafficking-stat']);
    expect(root.querySelector<HTMLSelectElement>('#cw-widget')!.value).to.equal('help-line');
    const chosen = root.querySelector<HTMLSelectElement>('#cw-widget')!.selectedOptions[0]!.textContent;
    expect(chosen, 'its name first, which a narrow select still shows').to.equal('Help line (\u2068<help-line>\u2069)');
  });

  it('names the countries in the chosen language, and previews the widget in it', async () => {
    const gb = () => [...control<HTMLSelectElement>('country').options].find((o) => o.value === 'GB')!.textContent;
    expect(gb()).to.equal('United Kingdom (GB)');
    const locale = root.querySelector<HTMLSelectElement>('#cw-locale')!;
    locale.value = 'fr';
    locale.dispatchEvent(new Event('change'));
    await configurator.settled();
    expect(gb()).to.equal('Royaume-Uni (GB)');
    const frame = root.querySelector<HTMLIFrameElement>('.preview-frame')!;
    expect(frame.contentDocument!.documentElement.lang).to.equal('fr');
    locale.value = 'en';
    locale.dispatchEvent(new Event('change'));
    await configurator.settled();
  });

  it('puts only what differs from the defaults in the snippet, with the integrity hash and the reserved space', async () => {
    const sri = await json<Record<string, string>>(`${BUILT}dist/sri.json`);
    const country = control<HTMLSelectElement>('country');
    country.value = 'GB';
    country.dispatchEvent(new Event('change'));
    await configurator.settled();
    const snippet = configurator.snippet();
    expect(snippet).to.include(`integrity="${sri['campaign-widgets.js']}" crossorigin="anonymous"`);
    expect(snippet).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/campaign-widgets@\d+\.\d+\.\d+\/dist\/campaign-widgets\.js"/);
    expect(snippet).to.include(`<style>\n${reserveCss('help-line')}\n</style>`);
    // The room measured at a phone's column and at a wide screen's: the directory is shorter when it has more room.
    const [, narrow, wide] = snippet.match(
      /^<help-line style="--cw-reserve-narrow: (\d+(?:\.\d+)?)em; --cw-reserve-wide: (\d+(?:\.\d+)?)em" country="GB"><\/help-line>$/m,
    )!;
    expect(Number(wide)).to.be.above(0).and.below(Number(narrow));
    expect(root.querySelector<HTMLTextAreaElement>('#cw-snippet')!.value).to.equal(snippet);
  });

  it('measures the newest options when an older refresh reaches a measuring frame last', async () => {
    // Two refreshes each wait for a frame to load, so their calls can arrive in either order: the older, arriving
    // last, replaced the newer one's widget mid-measure, and the newer options got no height (a shortcode without
    // `reserve`, about one copy in four).
    const frame = await openFrame(`${BUILT}preview.html?column=300`);
    try {
      const api = await previewApi(frame);
      const newer = api.render('help-line', [['country', 'FR']], 'en', 2);
      const older = api.render('help-line', [['country', 'GB']], 'en', 1);
      const [measured, stale] = await Promise.all([newer, older]);
      expect(measured.defined).to.equal(true);
      expect(measured.heightEm).to.be.above(0);
      expect(stale.heightEm).to.equal(null);
      expect(frame.contentDocument!.querySelector('help-line')!.getAttribute('country')).to.equal('FR');
    } finally {
      frame.remove();
    }
  });

  it('lists the statistics with figure, label and source', async () => {
    await choose('trafficking-stat');
    const labels = [...control<HTMLSelectElement>('stat').options].map((o) => o.textContent ?? '');
    expect(labels.some((l) => /^\$150 billion: .+ \(ILO, 2014\)/.test(l))).to.equal(true, labels.join('\n'));
    expect(root.querySelector('.stat-source')!.textContent).to.match(/^Source: /);
  });

  it("asks for a petition's endpoint, without which no signature is sent (on WordPress the site's setting gives it)", async () => {
    await choose('petition-form');
    expect(field('action').classList.contains('invalid')).to.equal(true);
    expect(root.querySelector('#cw-opt-action-error')!.textContent).to.equal('This option is needed. Give an address starting with https://.');
    expect(await configurator.copy()).to.equal(false);
    await waitFor(() => /Not copied/.test(status()), 'the status');
    expect(document.activeElement).to.equal(control('action'));
    root.querySelector<HTMLInputElement>('#cw-target-wordpress')!.click();
    await configurator.settled();
    expect(field('action').classList.contains('invalid'), "the plugin's settings give it").to.equal(false);
    expect(await configurator.copy()).to.equal(true);
    root.querySelector<HTMLInputElement>('#cw-target-page')!.click();
    await configurator.settled();
    type('action', 'https://crm.example/sign');
    await configurator.settled();
    expect(field('action').classList.contains('invalid')).to.equal(false);
  });

  it('checks a number before the widget sees it, and explains it next to the option', async () => {
    await choose('petition-form');
    type('goal', '10 000');
    await configurator.settled();
    expect(control('goal').getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#cw-opt-goal-error')!.textContent).to.contain('Write a number with digits only');
    expect(control('goal').getAttribute('aria-describedby')).to.contain('cw-opt-goal-error');
    expect(await configurator.copy()).to.equal(false);
    await waitFor(() => /Not copied/.test(status()), 'the status');
    expect(status()).to.contain('Goal');
    expect(document.activeElement).to.equal(control('goal'));
    type('goal', '10000');
    await configurator.settled();
    expect(control('goal').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('reads a percentage typed for a figure and gives its fraction', async () => {
    await choose('trafficking-stat');
    type('value', '71%');
    await configurator.settled();
    expect(root.querySelector('#cw-opt-value-error')!.textContent).to.equal('Write a percentage as a fraction of 1: 0.71 for 71%.');
    type('value', '0.71');
    await configurator.settled();
    expect(control('value').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('says beside an option when the preview cannot show what it does', async () => {
    await choose('petition-form');
    expect(described(control('format'))).to.contain('The preview does not show this: it changes what is sent to your system');
    expect(described(control('goal'))).to.not.contain('The preview does not show this');
    await choose('quick-exit');
    expect(described(control('sticky'))).to.contain('it takes effect when your page scrolls');
    // Each option named there is still one of its widget's.
    const manifest = await json<Manifest>('/custom-elements.json');
    for (const [tag, attributes] of Object.entries(UNSEEN_IN_PREVIEW)) {
      const widget = widgetsOf(manifest).find((w) => w.tagName === tag);
      expect(widget, tag).to.not.equal(undefined);
      for (const attribute of Object.keys(attributes))
        expect(
          fieldsOf(widget!).map((f) => f.attribute),
          tag,
        ).to.include(attribute);
    }
    await choose('petition-form'); // where the next tests start
  });

  it('shows what the widget itself refuses (its own rule for addresses), in plain words', async () => {
    type('action', 'http://crm.example/sign');
    await configurator.settled();
    expect(field('action').classList.contains('invalid')).to.equal(true);
    expect(root.querySelector('#cw-opt-action-error')!.textContent).to.contain('“http://crm.example/sign” can’t be used here');
    type('action', 'https://crm.example/sign');
    await configurator.settled();
    expect(field('action').classList.contains('invalid')).to.equal(false);
  });

  it('asks for the https:// of an address typed without it: the widget would send to a page of the site it is pasted into', async () => {
    for (const [attribute, value] of [
      ['action', 'crm.example.org/sign'],
      ['privacy-url', 'ngo.example.org/privacy'],
    ]) {
      type(attribute, value);
      await configurator.settled();
      expect(control(attribute).getAttribute('aria-invalid'), value).to.equal('true');
      expect(root.querySelector(`#cw-opt-${attribute}-error`)!.textContent).to.contain('Give the full address, starting with https://');
      expect(await configurator.copy()).to.equal(false);
      type(attribute, '');
    }
    // A path on the partner's own site is meant as one.
    type('action', '/receiver/sign');
    await configurator.settled();
    expect(control('action').hasAttribute('aria-invalid')).to.equal(false);
    type('action', 'https://crm.example/sign');
    await configurator.settled();
    // The quick exit's advice page is an address too, though its description does not say "URL".
    await choose('quick-exit');
    expect(control('safety-url').getAttribute('type')).to.equal('url');
    type('safety-url', 'www.womensaid.org.uk/cover-your-tracks-online/');
    await configurator.settled();
    expect(control('safety-url').getAttribute('aria-invalid')).to.equal('true');
    type('safety-url', '');
    await configurator.settled();
    await choose('petition-form');
  });

  it('says why a goal alone shows nothing in the preview, without refusing the snippet', async () => {
    const before = ['goal', 'count', 'count-src'].map((name) => [name, control<HTMLInputElement>(name).value] as const);
    type('count', '');
    type('count-src', '');
    type('goal', '10000');
    await configurator.settled();
    const note = () => root.querySelector('#cw-opt-goal-error')!.textContent!;
    expect(note()).to.contain('The goal shows beside the number of signatures: give “Signatures so far”, or “Live count address” for a live count.');
    expect(control('goal').hasAttribute('aria-invalid'), 'a note, not an error').to.equal(false);
    expect(await configurator.copy()).to.equal(true);
    type('count', '6240');
    await configurator.settled();
    expect(note()).to.not.contain('The goal shows');
    for (const [name, value] of before) type(name, value);
    await configurator.settled();
  });

  it("asks for a quick exit's full address: a short one could lead back to the page it is pasted into", async () => {
    await choose('quick-exit');
    for (const href of ['./', '/', '#top', 'weather']) {
      type('href', href);
      await configurator.settled();
      expect(control('href').getAttribute('aria-invalid'), href).to.equal('true');
      expect(root.querySelector('#cw-opt-href-error')!.textContent).to.contain('full https:// address');
      expect(await configurator.copy()).to.equal(false);
    }
    type('href', 'https://www.bbc.co.uk/news');
    await configurator.settled();
    expect(control('href').hasAttribute('aria-invalid')).to.equal(false);
    await choose('petition-form');
  });

  it("writes a quick exit's fallback link, so a visitor can leave before the script has run, in the page's language", async () => {
    await choose('quick-exit');
    type('href', '');
    await configurator.settled();
    const element = () => withoutReserve(configurator.snippet().split('\n').at(-1));
    expect(element()).to.equal('<quick-exit><a slot="cw-fallback" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a></quick-exit>');
    type('href', 'https://www.bbc.co.uk/news');
    type('safety-url', 'https://www.womensaid.org.uk/cover-your-tracks-online/');
    const locale = root.querySelector<HTMLSelectElement>('#cw-locale')!;
    locale.value = 'fr';
    locale.dispatchEvent(new Event('change'));
    await configurator.settled();
    expect(element()).to.equal(
      '<quick-exit href="https://www.bbc.co.uk/news" safety-url="https://www.womensaid.org.uk/cover-your-tracks-online/">' +
        '<a slot="cw-fallback" href="https://www.bbc.co.uk/news" rel="noreferrer">Quitter cette page</a> ' +
        '<a slot="cw-fallback" href="https://www.womensaid.org.uk/cover-your-tracks-online/" rel="noopener noreferrer">Comment naviguer en toute sécurité</a>' +
        '</quick-exit>',
    );
    locale.value = 'en';
    locale.dispatchEvent(new Event('change'));
    type('href', '');
    type('safety-url', '');
    await configurator.settled();
    await choose('petition-form');
  });

  it('says where the quick exit in the preview left for, and brings the preview back', async () => {
    await choose('quick-exit');
    // An https address that refuses at once: the frame leaves the preview page without waiting on a network.
    const away = 'https://127.0.0.1:59999/';
    type('href', away);
    await configurator.settled();
    const frame = root.querySelector<HTMLIFrameElement>('.preview-frame')!;
    // The widget's button, not the skip link it adds at the start of the page.
    frame.contentDocument!.querySelector('quick-exit:not([skip-link])')!.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
    const notes = root.querySelector<HTMLElement>('#cw-notes')!;
    expect(notes.getAttribute('aria-live'), 'said when it comes').to.equal('polite');
    expect(getComputedStyle(notes).display, 'in the accessibility tree while empty, so what comes is announced').to.not.equal('none');
    await waitFor(() => root.querySelector('#cw-notes')!.textContent!.includes(away), 'the note under the preview');
    const note = notes.firstElementChild;
    root.querySelector<HTMLInputElement>('#cw-script-classic')!.click();
    root.querySelector<HTMLInputElement>('#cw-script-classic')!.click();
    expect(notes.firstElementChild, 'not written again (read again) when nothing changed').to.equal(note);
    expect(root.querySelector('#cw-notes')!.textContent).to.equal(
      `The quick exit worked: on your page the visitor would now be on ${away}. The preview has come back.`,
    );
    await configurator.settled();
    await waitFor(() => Boolean(frame.contentDocument?.querySelector('quick-exit')?.shadowRoot?.querySelector('[part="button"]')), 'the preview is back');
    type('href', '');
    await configurator.settled();
    expect(root.querySelector('#cw-notes')!.textContent, 'gone once an option changes').to.equal('');
    await choose('petition-form');
  });

  it('sizes the preview to its widget: smaller for a smaller one, taller as the widget grows in use', async () => {
    const frame = root.querySelector<HTMLIFrameElement>('.preview-frame')!;
    await choose('mission-contact');
    const tall = frame.getBoundingClientRect().height;
    await choose('quick-exit');
    expect(frame.getBoundingClientRect().height, 'a quick exit needs less room than a mission card').to.be.below(tall);
    await choose('petition-form');
    const before = frame.getBoundingClientRect().height;
    const form = frame.contentDocument!.querySelector('petition-form')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // Two fields are required: their error messages make the form taller, and the frame follows.
    await waitFor(() => frame.getBoundingClientRect().height > before + 20, 'the frame grows with the error messages');
  });

  it('names each field an editor can tick as the form labels it, beside the name the snippet writes', async () => {
    const fields = control<HTMLFieldSetElement>('fields');
    const boxes = [...fields.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((box) => box.labels![0]!.textContent)).to.deep.equal([
      'First name given-name',
      'Last name family-name',
      'Email email',
      'Country country',
      'Postal code postal-code',
      'Phone phone',
    ]);
    expect(boxes.map((box) => box.labels![0]!.querySelector('code')?.textContent)).to.deep.equal([
      'given-name',
      'family-name',
      'email',
      'country',
      'postal-code',
      'phone',
    ]);
  });

  it('copies the snippet and says so in the live region', async () => {
    const fields = control<HTMLFieldSetElement>('fields');
    const phone = fields.querySelector<HTMLInputElement>('input[value="phone"]')!;
    phone.checked = true;
    phone.dispatchEvent(new Event('change'));
    expect(await configurator.copy()).to.equal(true);
    await waitFor(() => /^Snippet copied/.test(status()), 'the status');
    expect(root.querySelector('#cw-status')!.getAttribute('role')).to.equal('status');
    expect(withoutReserve(copied.at(-1)!.split('\n').pop())).to.equal(
      '<petition-form action="https://crm.example/sign" fields="given-name family-name email country phone" goal="10000"></petition-form>',
    );
  });

  it('gives a WordPress site one shortcode, with the reserved height, and checks what a shortcode can hold', async () => {
    await choose('share-card');
    root.querySelector<HTMLInputElement>('#cw-target-wordpress')!.click();
    await configurator.settled();
    expect(root.querySelector('label[for="cw-snippet"]')!.textContent).to.equal('Your shortcode');
    const scriptBox = root.querySelector<HTMLFieldSetElement>('fieldset.script')!;
    expect(scriptBox.disabled, 'the plugin brings the script').to.equal(true);
    expect(document.getElementById(scriptBox.getAttribute('aria-describedby')!)!.textContent).to.contain('The WordPress plugin loads the script itself');
    type('text', 'Sign [now]');
    await configurator.settled();
    expect(root.querySelector('#cw-opt-text-error')!.textContent).to.contain('square bracket');
    expect(await configurator.copy()).to.equal(false);
    await waitFor(() => /Not copied/.test(status()), 'the status');
    type('text', 'One in four victims are "children"');
    await configurator.settled();
    expect(field('text').classList.contains('invalid')).to.equal(false);
    expect(await configurator.copy()).to.equal(true);
    await waitFor(() => /^Shortcode copied/.test(status()), 'the status');
    expect(copied.at(-1)).to.match(/^\[cw_share_card [^\]]*text='One in four victims are "children"' reserve="\d+(\.\d+)?em \d+(\.\d+)?em"\]$/);
    expect(root.querySelector('#cw-snippet')).to.have.property('value', copied.at(-1));
    // Back to an HTML page: the same text is fine in an element, escaped.
    root.querySelector<HTMLInputElement>('#cw-target-page')!.click();
    expect(scriptBox.hasAttribute('aria-describedby'), 'no hidden note read out').to.equal(false);
    type('text', 'Sign [now]');
    await configurator.settled();
    expect(field('text').classList.contains('invalid')).to.equal(false);
    expect(configurator.snippet()).to.contain('text="Sign [now]"');
  });

  it("leaves a petition's format to the WordPress site's setting unless the editor picks one", async () => {
    await choose('petition-form');
    const format = () => control<HTMLSelectElement>('format');
    const labels = () => [...format().options].map((o) => o.textContent);
    expect(format().value).to.equal('');
    const names = ['JSON', 'Form data, as a plain HTML form sends it', 'OSDI (Action Network and other OSDI systems)'];
    expect(labels()).to.deep.equal([`${names[0]} (default)`, names[1], names[2]]);
    expect([...format().options].map((o) => o.value)).to.deep.equal(['', 'form', 'osdi']);
    root.querySelector<HTMLInputElement>('#cw-target-wordpress')!.click();
    await configurator.settled();
    expect(labels()).to.deep.equal(['The site’s setting (Settings → Campaign widgets)', ...names]);
    expect(format().value).to.equal('');
    expect(configurator.snippet())
      .to.match(/^\[cw_petition_form /)
      .and.not.contain('format=');
    // json is the widget's default, but written it overrides a site set to form or osdi.
    format().value = 'json';
    format().dispatchEvent(new Event('change'));
    await configurator.settled();
    expect(configurator.snippet()).to.contain(' format="json"');
    root.querySelector<HTMLInputElement>('#cw-target-page')!.click();
    await configurator.settled();
    expect(format().value, 'the default is the unset entry on a page').to.equal('');
    expect(configurator.snippet()).to.contain('<petition-form').and.not.contain('format=');
    format().value = 'form';
    format().dispatchEvent(new Event('change'));
    await configurator.settled();
    expect(configurator.snippet()).to.contain(' format="form"');
  });

  it('names each language in itself, marked with its language so a screen reader says it in that voice', () => {
    const options = [...root.querySelectorAll<HTMLOptionElement>('#cw-locale option')];
    const french = options.find((o) => o.value === 'fr')!;
    expect(french.textContent).to.equal('français (fr)');
    expect(french.lang).to.equal('fr');
    for (const option of options) expect(option.lang, option.value).to.equal(option.value);
    expect(
      options.map((o) => o.value),
      'no pseudo-locale for an editor',
    ).not.to.include('en-XA');
  });

  it('names each option once: its name, and the attribute the snippet writes only when it says something more', async () => {
    await choose('petition-form');
    const label = (id: string) => root.querySelector(`label[for="${id}"]`)!;
    expect(heard(label('cw-opt-goal')), 'not "Goal goal"').to.equal('Goal');
    // Plain words an editor understands, with the attribute the snippet writes beside them.
    expect(heard(label('cw-opt-action'))).to.equal('Where signatures are sent action');
    expect(heard(label('cw-opt-privacy-url'))).to.equal('Privacy notice privacy-url');
    expect(heard(label('cw-opt-count-src'))).to.equal('Live count address count-src');
    expect(heard(label('cw-opt-fields-email'))).to.equal('Email');
    expect(heard(label('cw-opt-fields-given-name'))).to.equal('First name given-name');
    expect(heard(control('fields').querySelector('legend')!)).to.equal('Fields to fill in');
    expect(label('cw-opt-goal').textContent, 'the attribute is still shown').to.equal('Goal goal');
  });

  it('says what is wrong with an option once the editor leaves it (or picks a value), naming the option', async () => {
    await choose('petition-form');
    type('goal', '10 000');
    control('goal').dispatchEvent(new Event('change'));
    await waitFor(() => /^Goal: Write a number with digits only/.test(status()), 'the status');
    type('goal', '10000');
    control('goal').dispatchEvent(new Event('change'));
    await configurator.settled();
    await sleep(200);
    expect(status(), 'nothing more to fix once it is a number').to.not.contain('Write a number');
    type('action', 'http://crm.example/sign');
    control('action').dispatchEvent(new Event('change'));
    await waitFor(() => status().startsWith('Where signatures are sent: “http://crm.example/sign” can’t be used here'), 'the status');
    type('action', 'https://crm.example/sign');
    await configurator.settled();
  });

  it('reads no hidden message as the description of the address of a copy on your own site', async () => {
    root.querySelector<HTMLInputElement>('#cw-script-own')!.click();
    const own = root.querySelector<HTMLInputElement>('#cw-script-own-url')!;
    own.focus();
    own.dispatchEvent(new Event('input'));
    expect(root.querySelector<HTMLElement>('#cw-script-own-url-error')!.hidden, 'not shown while the editor starts typing').to.equal(true);
    expect(described(own)).to.not.contain('Give the address');
    own.blur();
    expect(await configurator.copy()).to.equal(false);
    expect(described(own)).to.contain('Give the address of campaign-widgets.js on your site');
    expect(own.getAttribute('aria-invalid'), 'announced as invalid when copying goes to it').to.equal('true');
    expect(root.ownerDocument.activeElement).to.equal(own);
    root.querySelector<HTMLInputElement>('#cw-script-cdn')!.click();
  });

  it('is accessible (axe), every control labelled', async () => {
    expect(await axeViolations(root)).to.deep.equal([]);
    for (const input of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
      expect(input.labels?.length ?? 0, input.id).to.be.greaterThan(0);
    }
  });
});

describe('configurator: a widget without a WordPress block', function () {
  this.timeout(30_000);

  it('offers WordPress only for a widget with a block: choosing one without goes back to the HTML snippet', async () => {
    // A catalogue in which the share card has no block (as a widget added before its block would be).
    const catalogue = await json<{ shortcodes: Record<string, string> }>(`${BUILT}catalogue.json`);
    delete catalogue.shortcodes['share-card'];
    const address = URL.createObjectURL(new Blob([JSON.stringify(catalogue)], { type: 'application/json' }));
    const { root, configurator } = await builtConfigurator({ widget: 'petition-form', catalogue: address });
    const select = root.querySelector<HTMLSelectElement>('#cw-widget')!;
    const wordpress = root.querySelector<HTMLInputElement>('#cw-target-wordpress')!;
    const choose = async (tag: string) => {
      select.value = tag;
      select.dispatchEvent(new Event('change'));
      await configurator.settled();
    };
    try {
      wordpress.click();
      await configurator.settled();
      expect(configurator.snippet()).to.match(/^\[cw_petition_form/);
      await choose('share-card');
      expect(wordpress.disabled, 'no block to choose').to.equal(true);
      expect(root.querySelector<HTMLInputElement>('#cw-target-page')!.checked).to.equal(true);
      expect(root.querySelector('label[for="cw-snippet"]')!.textContent).to.not.equal('Your shortcode');
      expect(configurator.snippet()).to.contain('<share-card');
      await choose('petition-form');
      expect(wordpress.disabled, 'a block again').to.equal(false);
      expect(configurator.snippet(), 'the editor chose the page: it stays chosen').to.contain('<petition-form');
    } finally {
      root.remove();
      URL.revokeObjectURL(address);
    }
  });
});

describe('configurator: a preview that does not load', function () {
  this.timeout(30_000);

  it('says so when the editor copies, rather than leaving the button without a word', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    try {
      const configurator = await startConfigurator(root, {
        manifest: `${BUILT}custom-elements.json`,
        catalogue: `${BUILT}catalogue.json`,
        dist: `${BUILT}dist/`,
        preview: `${BUILT}no-such-preview.html`,
        locales: `${BUILT}locales/`,
      });
      expect(await configurator.copy(), 'nothing copied without the widget’s own checks').to.equal(false);
      await waitFor(() => root.querySelector('#cw-status')!.textContent === 'The preview page did not load.', 'the status');
      expect(root.querySelector('button.copy')!.hasAttribute('aria-busy'), 'the button is free again').to.equal(false);
    } finally {
      root.remove();
    }
  });
});

describe('configurator: in the editor’s language', function () {
  this.timeout(30_000);
  let root: HTMLElement;
  let configurator: Configurator;
  let french: Record<string, string>;
  const control = <T extends HTMLElement>(attribute: string) => root.querySelector<T>(`#cw-opt-${attribute}`)!;
  /** The shipped French of an English text (the test reads what the translators wrote). */
  const fr = (english: string) => {
    expect(french[english], `French for "${english}"`).to.be.a('string').and.not.equal('');
    return french[english]!;
  };

  before(async () => {
    french = await json<Record<string, string>>(`${BUILT}locales/fr.json`);
    ({ root, configurator } = await builtConfigurator({ widget: 'petition-form', uiLocale: 'fr' }));
  });

  after(() => {
    root.remove();
    setMessages('en', {});
  });

  it('chooses its language from ?lang=, else the browser’s, as the widgets match theirs; English when none fits', () => {
    const shipped = ['ar', 'es', 'fr', 'pt-BR', 'ru', 'sw', 'zh'];
    expect(chooseUiLanguage(shipped, '?lang=pt', ['fr-CA'])).to.equal('pt-BR');
    expect(chooseUiLanguage(shipped, '', ['fr-CA', 'en'])).to.equal('fr');
    expect(chooseUiLanguage(shipped, '', ['de-DE', 'es-MX'])).to.equal('es');
    expect(chooseUiLanguage(shipped, '?lang=xx', ['de'])).to.equal('en');
  });

  it('speaks French: steps, options with their names and help, the choices, and what it says when a value is wrong', async () => {
    expect(root.querySelector('#cw-step-choose')!.textContent).to.equal(fr('1. Choose the widget and its options'));
    expect(root.querySelector<HTMLSelectElement>('#cw-widget')!.selectedOptions[0]!.textContent).to.equal(
      `${fr('Petition form')} (\u2068<petition-form>\u2069)`,
    );
    expect(root.querySelector('label[for="cw-opt-action"]')!.textContent).to.equal(`${fr('Where signatures are sent')} action`);
    expect(root.querySelector('#cw-opt-goal-help')!.textContent).to.equal(
      fr('The signature goal; once reached, the bar shows the next milestone (the goal doubled).'),
    );
    expect([...control<HTMLSelectElement>('format').options].map((o) => o.textContent)).to.deep.equal([
      fr('{value} (default)').replace('{value}', fr('JSON')),
      fr('Form data, as a plain HTML form sends it'),
      fr('OSDI (Action Network and other OSDI systems)'),
    ]);
    const required = control<HTMLFieldSetElement>('required');
    expect([...required.querySelectorAll('label')].map((label) => label.firstChild!.textContent)).to.deep.equal(
      ['First name', 'Last name', 'Email', 'Country', 'Postal code', 'Phone'].map(fr),
    );
    const goal = control<HTMLInputElement>('goal');
    goal.value = '10 000';
    goal.dispatchEvent(new Event('input'));
    await configurator.settled();
    expect(root.querySelector('#cw-opt-goal-error')!.textContent).to.equal(
      fr('Write a number with digits only, for example 10000 or 0.25: no spaces, commas, units or currency signs.'),
    );
    goal.value = '10000';
    goal.dispatchEvent(new Event('input'));
    await configurator.settled();
    // The code it writes stays code; its comments, for whoever reads the page's HTML later, are in French.
    const lines = configurator.snippet().split('\n');
    const { version } = await json<{ version: string }>(`${BUILT}catalogue.json`);
    expect(lines[0]).to.equal(
      `<!-- ${fr('campaign-widgets {version}: the script once per page, even with several widgets').replace('{version}', version)} -->`,
    );
    expect(lines[2]).to.equal(`<!-- ${fr("keeps the widget's space while the script loads, so the page does not jump")} -->`);
    expect(withoutReserve(lines.pop())).to.equal('<petition-form goal="10000"></petition-form>');
  });

  it("explains in French what the widget in the preview refuses (a petition's missing endpoint)", async () => {
    await configurator.settled();
    expect(root.querySelector('#cw-opt-action-error')!.textContent).to.equal(
      `${fr('This option is needed.')} ${fr('Give an address starting with https://.')}`,
    );
  });

  it('previews the widget in French from the start', async () => {
    expect(root.querySelector<HTMLSelectElement>('#cw-locale')!.value).to.equal('fr');
    const frame = root.querySelector<HTMLIFrameElement>('.preview-frame')!;
    expect(frame.contentDocument!.documentElement.lang).to.equal('fr');
  });

  it('has every option’s name and help, its values’ names, and every widget’s summary, in each of its languages', async () => {
    const manifest = await json<Manifest>(`${BUILT}custom-elements.json`);
    const catalogue = await json<{
      uiLocales: string[];
      labels: Record<string, Record<string, string>>;
      optionNames: Record<string, Record<string, Record<string, string>>>;
    }>(`${BUILT}catalogue.json`);
    // One per language of the widgets (lit-localize.json, without the pseudo-locale).
    const { targetLocales } = await json<{ targetLocales: string[] }>('/lit-localize.json');
    expect(catalogue.uiLocales).to.have.members(targetLocales.filter((code) => code !== 'en-XA'));
    for (const locale of catalogue.uiLocales) {
      const messages = await json<Record<string, string>>(`${BUILT}locales/${locale}.json`);
      const untranslated: string[] = [];
      for (const widget of widgetsOf(manifest)) {
        if (!messages[widget.summary ?? '']) untranslated.push(`${widget.tagName} summary`);
        for (const field of fieldsOf(widget)) {
          const label = catalogue.labels[widget.tagName]?.[field.attribute] ?? field.label;
          if (!messages[label]) untranslated.push(`${widget.tagName} ${field.attribute} label "${label}"`);
          if (!messages[field.help.replace(/`/g, '')]) untranslated.push(`${widget.tagName} ${field.attribute} help`);
          for (const name of Object.values(catalogue.optionNames[widget.tagName]?.[field.attribute] ?? {})) {
            if (!messages[name]) untranslated.push(`${widget.tagName} ${field.attribute} value "${name}"`);
          }
        }
      }
      expect(untranslated, `${locale}: translate them in wordpress/languages/ (the plugin's .po files)`).to.deep.equal([]);
    }
  });

  it('is accessible in French (axe)', async () => {
    expect(await axeViolations(root)).to.deep.equal([]);
  });
});
