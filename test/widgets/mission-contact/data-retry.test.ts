/**
 * A mission card whose data could not be loaded once (a dropped mobile connection while the page loaded) must not go
 * without the mission's phone and address for the rest of the visit: the visitor reaching the card, or the browser
 * coming back online, loads it again, and the card says it is trying. Its own test file: each page keeps one request
 * per data address.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/mission-contact/mission-contact.define.js';
import { MissionContact } from '../../../src/widgets/mission-contact/mission-contact.js';
import { captureWarnings } from '../../helpers/console.js';
import { requestsFor, servedFailingOnce, wasRequested } from '../../helpers/requests.js';
import { part, visibleText } from '../../helpers/shadow.js';
import { expectStatusMessage } from '../../helpers/status-line.js';

const bundled = MissionContact.dataUrl;
const RETRYING = 'Could not load the mission contacts. Trying again…';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<mission-contact> after its data failed to load', function () {
  this.timeout(15_000);

  /** Renders the widget while its data fails once; resolves when the card shows without the data. */
  async function afterFailure(template: ReturnType<typeof html>): Promise<{ el: MissionContact; errors: string[] }> {
    const errors: string[] = [];
    let el!: MissionContact;
    await captureWarnings(async () => {
      el = await fixture<MissionContact>(template);
      el.addEventListener('cw-error', (event) => errors.push(event.detail.code));
      await waitUntil(() => wasRequested(MissionContact.dataUrl), 'the data is fetched, and fails');
      await waitUntil(() => part(el, 'directory'), 'the card without data links the UN directory');
    });
    return { el, errors };
  }

  afterEach(async () => {
    MissionContact.dataUrl = bundled;
    await resetMouse();
  });

  it('tries again when the visitor reaches the card with the keyboard, and keeps their focus', async () => {
    MissionContact.dataUrl = await servedFailingOnce(bundled, '?delay=800');
    const { el, errors } = await afterFailure(html`<mission-contact country="KE"></mission-contact>`);
    expect(errors).to.deep.equal(['missions-unavailable']);
    expect(part(el, 'phone'), 'no phone without the data').to.equal(null);
    expect(visibleText(el)).to.include('Kenya');
    await expect(el).to.be.accessible();
    // Nothing asks again while nothing happens: no loop of requests against a failing server.
    await pause(1000);
    expect(await requestsFor(MissionContact.dataUrl)).to.equal(1);
    const copy = part<HTMLButtonElement>(el, 'copy')!;
    const status = await expectStatusMessage(el, () => copy.focus(), RETRYING);
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'phone'), 'the mission’s phone shows once the data arrives', { timeout: 5000 });
    expect(part(el, 'phone')!.getAttribute('href')).to.match(/^tel:\+1\d{10}$/);
    expect(status.textContent).to.equal('');
    expect(el.shadowRoot!.activeElement, 'the focus stays on the copy button').to.equal(copy);
    expect(await requestsFor(MissionContact.dataUrl)).to.equal(2);
    // Once the data is in, reaching the card again asks nothing more.
    copy.blur();
    copy.focus();
    window.dispatchEvent(new Event('online'));
    await pause(300);
    expect(await requestsFor(MissionContact.dataUrl)).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('tries again when the pointer reaches the card, or the browser comes back online', async () => {
    MissionContact.dataUrl = await servedFailingOnce(bundled);
    const { el } = await afterFailure(html`<mission-contact></mission-contact>`);
    expect(part(el, 'picker'), 'no list of countries without the data').to.equal(null);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    await waitUntil(() => part(el, 'picker'), 'the list of countries shows once the data arrives', { timeout: 5000 });
    expect(await requestsFor(MissionContact.dataUrl)).to.equal(2);
    await expect(el).to.be.accessible();

    // Failing again (a new page, the same dropped connection): coming back online loads it.
    MissionContact.dataUrl = await servedFailingOnce(bundled);
    const { el: other } = await afterFailure(html`<mission-contact country="KE"></mission-contact>`);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => part(other, 'phone'), 'the phone shows after the connection came back', { timeout: 5000 });
    expect(await requestsFor(MissionContact.dataUrl)).to.equal(2);
    await expect(other).to.be.accessible();
  });
});
