/**
 * Loads the built bundles from dist/ exactly as a partner page does (run `npm run build` first; `npm test` does).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { failNextRequest, openFrame } from '../helpers/requests.js';

/** The workers this page starts (each still a real worker): the bundle starts one to warm up `Intl`. */
const workersStarted: string[] = [];
window.Worker = class RecordedWorker extends Worker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workersStarted.push(String(url));
  }
};

/** The ES module bundle, loaded into this page as a partner's page loads it, once its widgets are registered. */
async function loadBundle() {
  const bundle = await import(/* @vite-ignore */ `${location.origin}/dist/campaign-widgets.js`);
  await bundle.ready;
  return bundle;
}

/** Every file this page has requested (its URLs), in order: what the bundle loaded and when. */
const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name));

/** A `<share-card>` with these attributes, added to the page and rendered. */
async function shareCard(attributes: Record<string, string>): Promise<HTMLElement> {
  const card = document.createElement('share-card');
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  document.body.append(card);
  await waitUntil(() => card.shadowRoot?.querySelector('[part~="action"]'), 'the card renders');
  return card;
}

const valueText = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() ?? '';

describe('dist bundles', () => {
  it('the ES module upgrades a widget on the page and exposes setLocale', async () => {
    const el = document.createElement('trafficking-stat');
    el.setAttribute('stat', 'ilo-2014-forced-labour-profits');
    document.body.append(el);
    const bundle = await loadBundle();
    // One worker prepared the browser's number formatting off the main thread (src/core/intl-warm-up.ts).
    expect(workersStarted.length).to.equal(1);
    expect(workersStarted[0]).to.match(/^blob:/);
    await waitUntil(() => valueText(el) !== '', 'the widget renders');
    expect(valueText(el)).to.match(/^\$150\s?billion$/);
    await bundle.setLocale('fr');
    await waitUntil(() => valueText(el).includes('milliards'), 'French loads from dist/locales beside the script');
    // Every widget's messages are found in the locale module (ids are shortened alike in both files).
    const exit = document.createElement('quick-exit');
    exit.setAttribute('no-skip-link', '');
    document.body.append(exit);
    await waitUntil(() => (exit.shadowRoot?.querySelector('[part~="button"]')?.textContent ?? '').includes('Quitter'), 'the quick exit speaks French');
    exit.remove();
    // The mission card is drawn by dist/lazy/mission.js with the bundle's own Lit, in the bundle's language.
    const mission = document.createElement('mission-contact');
    mission.setAttribute('country', 'KE');
    document.body.append(mission);
    const card = () => mission.shadowRoot?.querySelector('[part~="card"]');
    await waitUntil(() => card(), 'the lazily loaded card renders', { timeout: 5000 });
    const copy = card()!.querySelector('[part~="copy"]')!;
    expect(copy.textContent!.trim()).to.equal('Copier le message');
    // The card's styles come with its code: the copy button is drawn as a button, not as plain text.
    expect(getComputedStyle(copy).fontWeight).to.equal('700');
    expect(card()!.querySelector('[part~="palermo"]')!.textContent).to.match(/^\s*État partie au Protocole .* depuis le \d+ \S+ \d{4}\./);
    const lazy = requested().map((url) => url.pathname).filter((path) => path.startsWith('/dist/lazy/'));
    expect(lazy).to.deep.equal(['/dist/lazy/mission.js']);
    mission.remove();
    // The petition's country list comes from dist/lazy/country-options.js, in French.
    const petition = document.createElement('petition-form') as HTMLElement & { updateComplete: Promise<unknown> };
    document.body.append(petition);
    await petition.updateComplete;
    const names = [...petition.shadowRoot!.querySelectorAll('#country option')].map((option) => option.textContent);
    expect(names.length).to.be.greaterThan(240);
    expect(names).to.include('Allemagne').and.to.include('Royaume-Uni');
    petition.remove();
    await bundle.setLocale('en');
    el.remove();
  });

  it('tells the visitor when a lazy module fails to load, and tries it again under a fresh URL', async () => {
    await loadBundle();
    const card = await shareCard({ text: 'Fact', networks: 'mastodon' });
    const shadow = () => card.shadowRoot!;
    const toggle = shadow().querySelector<HTMLButtonElement>('[part~="action-mastodon"]')!;
    await failNextRequest('/dist/lazy/mastodon.js');
    toggle.click();
    await waitUntil(() => shadow().querySelector('[role="status"]')!.textContent!.trim() !== '', 'the failure is announced', { timeout: 5000 });
    // The visitor is told, and the button stays closed.
    expect(shadow().querySelector('[role="status"]')!.textContent!.trim()).to.equal('The Mastodon form could not load. Check your connection and try again.');
    expect(shadow().querySelector('form')).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expect(card).to.be.accessible();
    toggle.click();
    await waitUntil(() => shadow().querySelector('form:not([hidden])'), 'the second press opens the form', { timeout: 5000 });
    const loads = requested().filter((url) => url.pathname === '/dist/lazy/mastodon.js');
    expect(loads.map((url) => url.search.replace(/\d+$/, 'N'))).to.deep.equal(['', '?retry=N']);
    card.remove();
  });

  it('fetches the picture-drawing code when focus reaches "Save image", before any click', async () => {
    await loadBundle();
    const card = await shareCard({ text: 'Fact', networks: 'copy', download: '' });
    const loaded = () => requested().some((url) => url.pathname === '/dist/lazy/share-image.js');
    expect(loaded()).to.equal(false);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download"]')!.focus();
    await waitUntil(loaded, 'the drawing code is fetched on focus', { timeout: 5000 });
    card.remove();
  });

  it('never paints English on a French page while the French messages load', async () => {
    const frame = await openFrame('/test/fixtures/first-paint-fr.html');
    const win = frame.contentWindow as Window & { paintedTexts: string[]; stopRecording?: boolean };
    const stat = () => frame.contentDocument!.querySelector('trafficking-stat')!.shadowRoot?.textContent ?? '';
    await waitUntil(() => stat().includes('milliards'), 'the French figure renders', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    win.stopRecording = true;
    expect(win.paintedTexts.length).to.be.greaterThan(0);
    for (const text of win.paintedTexts) expect(text).not.to.match(/Source:|billion|Illegal|Share on|Copy link/);
    frame.remove();
  });

  it('the classic script negotiates the page language, loads its locale beside itself and survives being loaded twice', async () => {
    const errors: string[] = [];
    const frame = await openFrame('/test/fixtures/iife-page.html');
    const win = frame.contentWindow as Window & typeof globalThis & { CampaignWidgets: { ready: Promise<string> } };
    win.addEventListener('error', (event) => errors.push(event.message));
    const locale = await win.CampaignWidgets.ready;
    expect(locale).to.equal('fr');
    const el = frame.contentDocument!.querySelector('trafficking-stat');
    await waitUntil(() => valueText(el).includes('milliards'), 'the French figure renders');
    expect(el!.shadowRoot!.textContent).to.contain('Profits illégaux');
    const locales = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/locales/'));
    expect(locales).to.deep.equal(['/dist/locales/fr.js']);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
