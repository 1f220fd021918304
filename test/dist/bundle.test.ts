/**
 * Loads the built script from dist/ exactly as a partner page does (run `npm run build` first; `npm test` does): the
 * entry loads each widget's chunk only when its tag is on the page, and translations as chunks of their own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { failNextRequest, openFrame } from '../helpers/requests.js';

type Entry = {
  ready: Promise<string>;
  setLocale(tag: string): Promise<string>;
  getLocale(): string;
  watchWidgetsIn(root: Document | ShadowRoot | Element): void;
  VERSION: string;
};

/** The ES module entry, loaded into this page as a partner's page loads it, once the widgets on the page are defined. */
async function loadEntry(): Promise<Entry> {
  const entry: Entry = await import(/* @vite-ignore */ `${location.origin}/dist/campaign-widgets.js`);
  await entry.ready;
  return entry;
}

/** The paths this page has requested under /dist/, in order. */
const distRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

/** True once a chunk whose name starts with `name-` was requested. */
const chunkLoaded = (name: string) => distRequests().some((path) => path.startsWith(`/dist/chunks/${name}-`));

/** A `<share-card>` with these attributes, added to the page and rendered. */
async function shareCard(attributes: Record<string, string>): Promise<HTMLElement> {
  const card = document.createElement('share-card');
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  document.body.append(card);
  await waitUntil(() => card.shadowRoot?.querySelector('[part~="action"]'), 'the card renders', { timeout: 5000 });
  return card;
}

const valueText = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() ?? '';

describe('dist: the one-script entry', () => {
  it('loads only the chunks of the widgets on the page, then each new tag when it appears', async () => {
    const stat = document.createElement('trafficking-stat');
    stat.setAttribute('stat', 'ilo-2014-forced-labour-profits');
    document.body.append(stat);
    const entry = await loadEntry();
    await waitUntil(() => valueText(stat) !== '', 'the statistic renders');
    expect(valueText(stat)).to.match(/^\$150\s?billion$/);
    expect(chunkLoaded('trafficking-stat')).to.equal(true);
    for (const other of ['petition-form', 'mission-contact', 'share-card', 'quick-exit']) expect(chunkLoaded(other), other).to.equal(false);
    // A tag added later (a single-page app, a CMS block) is found and loaded.
    const mission = document.createElement('mission-contact');
    mission.setAttribute('country', 'KE');
    document.body.append(mission);
    await waitUntil(() => mission.shadowRoot?.querySelector('[part~="card"]'), 'the mission card renders', { timeout: 5000 });
    expect(chunkLoaded('mission-contact')).to.equal(true);
    expect(chunkLoaded('petition-form')).to.equal(false);
    // The language switches for every widget; the French messages are a chunk of their own.
    await entry.setLocale('fr');
    await waitUntil(() => valueText(stat).includes('milliards'), 'French loads as a chunk beside the script');
    expect(chunkLoaded('fr')).to.equal(true);
    const copy = () => mission.shadowRoot!.querySelector('[part~="copy"]')!;
    await waitUntil(() => copy().textContent!.trim() === 'Copier le message', 'the mission card speaks French');
    expect(getComputedStyle(copy()).fontWeight, 'the card is styled').to.equal('700');
    await entry.setLocale('en');
    stat.remove();
    mission.remove();
  });

  it('loads the widgets inside a partner’s own shadow root after watchWidgetsIn()', async () => {
    const entry = await loadEntry();
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    entry.watchWidgetsIn(root);
    root.innerHTML = '<petition-form action="/__petition/none/sign" count="12"></petition-form>';
    const petition = root.querySelector('petition-form')!;
    await waitUntil(() => petition.shadowRoot?.querySelector('[part~="count"]'), 'the petition renders inside the shadow root', { timeout: 5000 });
    expect(petition.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('12 signatures');
    const names = [...petition.shadowRoot!.querySelectorAll('#country option')].map((option) => option.textContent);
    expect(names.length).to.be.greaterThan(240);
    host.remove();
  });

  it('tells the visitor when the picture-drawing code, loaded on first use, cannot load', async () => {
    // In a page of its own: a browser remembers a module's failed load for the page's lifetime.
    const chunks: string[] = Object.keys(await (await fetch('/dist/sri.json')).json());
    const drawing = chunks.find((file) => file.startsWith('chunks/share-image-'))!;
    await failNextRequest(`/dist/${drawing}`);
    const frame = await openFrame('/test/fixtures/share-card-page.html');
    const card = frame.contentDocument!.querySelector('share-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="download"]'), 'the card renders', { timeout: 5000 });
    const status = () => card.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download"]')!.click();
    await waitUntil(() => status() !== '', 'the failure is announced', { timeout: 5000 });
    expect(status()).to.equal('The image could not be saved.');
    frame.remove();
  });

  it('fetches the picture-drawing code when focus reaches "Save image", before any click', async () => {
    await loadEntry();
    const card = await shareCard({ text: 'Fact', networks: 'copy', download: '' });
    expect(chunkLoaded('share-image')).to.equal(false);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download"]')!.focus();
    await waitUntil(() => chunkLoaded('share-image'), 'the drawing code is fetched on focus', { timeout: 5000 });
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

  it('the classic script loads the same modules, negotiates the page language and survives being loaded twice', async () => {
    const frame = await openFrame('/test/fixtures/iife-page.html');
    const win = frame.contentWindow as Window & typeof globalThis & { CampaignWidgets: { ready: Promise<string>; getLocale(): string | undefined } };
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    const locale = await win.CampaignWidgets.ready;
    expect(locale).to.equal('fr');
    expect(win.CampaignWidgets.getLocale()).to.equal('fr');
    const el = frame.contentDocument!.querySelector('trafficking-stat');
    await waitUntil(() => valueText(el).includes('milliards'), 'the French figure renders');
    expect(el!.shadowRoot!.textContent).to.contain('profits illégaux');
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // Both script tags share one entry (one request), which loaded one French chunk.
    expect(requested.filter((path) => path === '/dist/campaign-widgets.js').length).to.equal(1);
    expect(requested.filter((path) => /^\/dist\/chunks\/fr-/.test(path)).length).to.equal(1);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
