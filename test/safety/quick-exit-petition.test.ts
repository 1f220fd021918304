/**
 * A real quick exit from a page where a signature is waiting to be sent: the page leaves at once (no "Leave site?"
 * prompt is asked for), and nothing of the signature is left in the browser's storage for someone who opens it later.
 * The other tests dispatch `cw-exit` themselves; this one presses the keys and follows the page out.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PetitionForm } from '../../src/widgets/petition-form/petition-form.js';
import { nextLoad, openFrame } from '../helpers/requests.js';
import { ADA, autofill, PetitionServer, statusText, submit } from '../widgets/petition-form/helpers.js';

describe('quick exit while a kept signature waits', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('leaves at once with Shift pressed three times and clears the kept signature', async () => {
    const server = new PetitionServer();
    const key = `cw-petition-form:${new URL(server.sign, location.href).href}`;
    await server.scenario([{ status: 503, repeat: true }]);
    frame = await openFrame('/test/fixtures/quick-exit-petition-frame.html');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await Promise.all([win.customElements.whenDefined('quick-exit'), win.customElements.whenDefined('petition-form')]);
    const el = doc.createElement('petition-form') as PetitionForm;
    el.setAttribute('action', server.sign);
    el.setAttribute('persist', '');
    doc.body.append(el);
    await el.updateComplete;
    el.minFillTime = 0;
    el.retryDelay = 100;

    autofill(el, ADA);
    submit(el);
    await server.waitFor(2, 'the server refused two attempts');
    await statusText(el, /Trying again/);
    expect(win.localStorage.getItem(key), 'kept while it waits').not.to.equal(null);

    win.focus();
    (el.shadowRoot!.getElementById('email') as HTMLInputElement).focus();
    // Registered after the petition's own close-page warning, so it sees whether that warning asked the browser to
    // prompt ("Leave site?") as the page really unloads. Headless browsers never show the prompt, so ask the event.
    const prompted: boolean[] = [];
    win.addEventListener('beforeunload', (event) => prompted.push(event.defaultPrevented));
    const landed = nextLoad(frame);
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    await landed;
    expect(prompted, 'the page unloaded once, with no "Leave site?" prompt asked for').to.deep.equal([false]);
    expect(frame.contentWindow!.location.pathname).to.equal('/__requests/landing');
    expect(localStorage.getItem(key), 'nothing of the signature is left').to.equal(null);
  });
});
