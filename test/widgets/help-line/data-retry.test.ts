/**
 * A help line whose data could not be loaded once (a dropped mobile connection while the page loaded) must not go
 * without its help for the rest of the visit: the next step of the visitor, or the browser coming back online, loads
 * it again, and the card says it is trying. Meanwhile, and when the data cannot be loaded at all, the emergency number
 * built into the script shows. Its own test file: each page keeps one request per data address.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/help-line/help-line.define.js';
import { HelpLine } from '../../../src/widgets/help-line/help-line.js';
import { captureWarnings } from '../../helpers/console.js';
import { requestsFor, servedFailingOnce, wasRequested } from '../../helpers/requests.js';
import { part, visibleText } from '../../helpers/shadow.js';
import { expectStatusMessage } from '../../helpers/status-line.js';

const bundled = HelpLine.dataUrl;
/** The emergency link of the card, as read and as dialled. */
const emergency = (el: HelpLine) => {
  const link = part(el, 'emergency')?.querySelector('a');
  return link ? `${link.innerText.replace(/\s+/g, ' ').trim()} → ${link.getAttribute('href')}` : null;
};

describe('<help-line> after its data failed to load', function () {
  this.timeout(15_000);

  afterEach(() => {
    HelpLine.dataUrl = bundled;
  });

  it('compact: a visitor who opens the details later gets the emergency number, fetched again', async () => {
    HelpLine.dataUrl = await servedFailingOnce(bundled);
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
    HelpLine.dataUrl = await servedFailingOnce(bundled, '?delay=1000');
    let el!: HelpLine;
    await captureWarnings(async () => {
      el = await fixture<HelpLine>(html`<help-line country="GB"><p slot="cw-fallback">Call our partner line</p></help-line>`);
      await waitUntil(() => part(el, 'directory'), 'the failure leaves the emergency number, the page’s fallback and the directory');
    });
    // The emergency number built into the script, without the sources only the data has.
    expect(emergency(el)).to.equal('In immediate danger, call 999 → tel:999');
    expect(part(el, 'emergency')!.querySelector('[part~="source"]')).to.equal(null);
    expect(el.querySelector('p')!.getClientRects().length, 'the page’s own fallback shows').to.be.greaterThan(0);
    expect(visibleText(el), 'no line is known to be missing: the data could not be read').not.to.include('We know of no');
    await expect(el).to.be.accessible();
    // Nothing asks again while nothing happens: no loop of requests against a failing server.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(1);
    const status = await expectStatusMessage(el, () => window.dispatchEvent(new Event('online')), 'Could not load the help contacts. Trying again…');
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'name'), 'the help shows once the data arrives', { timeout: 5000 });
    expect(emergency(el)).to.equal('In immediate danger, call 999 → tel:999');
    expect(part(el, 'emergency')!.querySelector('[part~="source"]')!.textContent).to.match(/^Source: \S+\. Read on /);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
    expect(status.textContent).to.equal('');
    expect(visibleText(el)).not.to.include('Trying again');
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(2);
    // Once the data is in, coming back online asks nothing more.
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('tries again when the visitor picks a country', async () => {
    HelpLine.dataUrl = await servedFailingOnce(bundled, '?delay=800');
    document.documentElement.lang = 'en-GB';
    let el!: HelpLine;
    try {
      await captureWarnings(async () => {
        el = await fixture<HelpLine>(html`<help-line></help-line>`);
        await waitUntil(() => emergency(el), 'the built-in emergency number of the page’s country shows');
      });
    } finally {
      document.documentElement.lang = 'en';
    }
    const picker = part<HTMLSelectElement>(el, 'picker')!;
    expect(picker.value).to.equal('GB');
    picker.value = 'FR';
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(part(el, 'loading')!.textContent).to.equal('Could not load the help contacts. Trying again…');
    expect(emergency(el), 'France’s emergency number meanwhile').to.equal('In immediate danger, call 17 → tel:17');
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'name'), 'France’s lines show once the data arrives', { timeout: 5000 });
    expect(part(el, 'loading')!.textContent).to.equal('');
    expect(await requestsFor(HelpLine.dataUrl)).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('without the data at all, still shows the emergency number, and a partner’s other number does not replace it', async () => {
    HelpLine.dataUrl = '/test/fixtures/helplines/gone/helplines.json';
    const src = '/test/fixtures/helplines/partner-emergency.json';
    const errors: string[] = [];
    let el!: HelpLine;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HelpLine>(
        html`<help-line country="GB" src=${src} @cw-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}></help-line>`,
      );
      await waitUntil(() => emergency(el), 'the emergency number shows');
    });
    expect(emergency(el)).to.equal('In immediate danger, call 999 → tel:999');
    expect(visibleText(el)).not.to.include('0909');
    expect(warnings.join('\n')).to.include('GB: emergency number "0909 879 0000" not shown; the bundled one (999) is kept');
    expect(errors).to.deep.equal(['helplines-unavailable']);
    expect(part(el, 'directory')!.querySelector('a')!.getAttribute('href')).to.equal('https://globalmodernslavery.org/');
    await expect(el).to.be.accessible();
    // A country with no emergency number in the bundled data gets the partner's.
    el.country = 'XK';
    await el.updateComplete;
    expect(emergency(el)).to.equal('In immediate danger, call 112 → tel:112');
  });
});
