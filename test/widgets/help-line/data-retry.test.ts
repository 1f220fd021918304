/**
 * A help line whose data could not be loaded once (a dropped mobile connection while the page loaded) must not go
 * without its help for the rest of the visit: the next step of the visitor, or the browser coming back online, loads
 * it again, and the card says it is trying. Its own test file: each page keeps one request per data address.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/help-line/help-line.define.js';
import { HelpLine } from '../../../src/widgets/help-line/help-line.js';
import { captureWarnings } from '../../helpers/console.js';
import { serveJson } from '../../helpers/json-echo.js';
import { failNextRequest, resetServerLog, serverLog, wasRequested } from '../../helpers/requests.js';
import { part, visibleText } from '../../helpers/shadow.js';

const bundled = HelpLine.dataUrl;
/** How many times the server was asked for `url` since the last reset. */
const requestsFor = async (url: string) => (await serverLog()).filter((request) => request.path === new URL(url).pathname).length;
/** The emergency link of the card, as read and as dialled. */
const emergency = (el: HelpLine) => {
  const link = part(el, 'emergency')?.querySelector('a');
  return link ? `${link.innerText.replace(/\s+/g, ' ').trim()} → ${link.getAttribute('href')}` : null;
};

describe('<help-line> after its data failed to load', function () {
  this.timeout(15_000);

  /** The bundled dataset at an address of its own, whose first request will fail with a 503. */
  async function failingOnce(query = ''): Promise<string> {
    const url = await serveJson(await (await fetch(bundled)).text());
    await resetServerLog();
    await failNextRequest(new URL(url).pathname);
    return `${url}${query}`;
  }

  afterEach(() => {
    HelpLine.dataUrl = bundled;
  });

  it('compact: a visitor who opens the details later gets the emergency number, fetched again', async () => {
    HelpLine.dataUrl = await failingOnce();
    let el!: HelpLine;
    await captureWarnings(async () => {
      el = await fixture<HelpLine>(html`<help-line compact country="GB"></help-line>`);
      await waitUntil(() => wasRequested(HelpLine.dataUrl), 'the data is fetched when the page is idle, and fails', { timeout: 5000 });
      part<HTMLButtonElement>(el, 'reveal')!.click();
      await waitUntil(() => emergency(el), 'the emergency number shows', { timeout: 5000 });
    });
    expect(emergency(el)).to.equal('In immediate danger, call 999 → tel:999');
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('says it is trying again when the browser comes back online, then shows the help; it never asks again by itself', async () => {
    HelpLine.dataUrl = await failingOnce('?delay=1000');
    let el!: HelpLine;
    await captureWarnings(async () => {
      el = await fixture<HelpLine>(html`<help-line country="GB"><p slot="cw-fallback">In immediate danger, call 999</p></help-line>`);
      await waitUntil(() => part(el, 'directory'), 'the failure leaves the page’s fallback and the directory');
    });
    expect(el.querySelector('p')!.getClientRects().length, 'the page’s own fallback shows').to.be.greaterThan(0);
    // Nothing asks again while nothing happens: no loop of requests against a failing server.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(1);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    const status = part(el, 'loading')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Could not load the help contacts. Trying again…');
    expect(visibleText(el)).to.include('Could not load the help contacts. Trying again…');
    await expect(el).to.be.accessible();
    await waitUntil(() => emergency(el), 'the emergency number shows once the data arrives', { timeout: 5000 });
    expect(emergency(el)).to.equal('In immediate danger, call 999 → tel:999');
    expect(part(el, 'loading')).to.equal(null);
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(2);
    // Once the data is in, coming back online asks nothing more.
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
