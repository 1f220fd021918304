/**
 * A real quick exit from a page where a signature is waiting to be sent: the page leaves at once (no "Leave site?"
 * prompt is asked for), and nothing of the signature is left, in the form or in the browser's storage, for someone
 * who opens it later; also when a listener of the partner's page swallows `cw-exit`. The other tests dispatch
 * `cw-exit` themselves; this one presses the keys and follows the page out. Headless browsers may show no prompt, so
 * the page records every request for one (test/fixtures/partner-page.js).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PetitionForm } from '../../src/widgets/petition-form/petition-form.js';
import { nextLoad, openFrame } from '../helpers/requests.js';
import { ADA, autofill, PetitionServer, statusText, submit } from '../widgets/petition-form/helpers.js';

type PartnerWindow = Window & typeof globalThis & { asked: string[] };

describe('quick exit while a kept signature waits', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [query, page] of [
    ['', 'a page'],
    ['?stop-cw-exit', 'a page that swallows cw-exit (a tag manager)'],
  ]) {
    it(`leaves at once with Shift pressed three times and clears the signature, on ${page}`, async () => {
      const server = new PetitionServer();
      const key = `cw-petition-form:${new URL(server.sign, location.href).href}`;
      await server.scenario([{ status: 503, repeat: true }]);
      frame = await openFrame(`/test/fixtures/quick-exit-petition-frame.html${query}`);
      const win = frame.contentWindow! as PartnerWindow;
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

      // Outlive the page: the prompts asked for, and the form as the page goes (what a Back that restores it from
      // the back/forward cache would show).
      const asked: string[] = [];
      win.asked = asked;
      const email = el.shadowRoot!.getElementById('email') as HTMLInputElement;
      const left: string[] = [];
      win.addEventListener('pagehide', () => left.push(email.value));
      win.focus();
      email.focus();
      const landed = nextLoad(frame);
      for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
      await landed;
      expect(asked, 'no "Leave site?" prompt asked for').to.deep.equal([]);
      expect(frame.contentWindow!.location.pathname).to.equal('/__requests/landing');
      expect(left, 'the email typed is gone').to.deep.equal(['']);
      expect(localStorage.getItem(key), 'nothing of the signature is left').to.equal(null);
    });
  }
});
