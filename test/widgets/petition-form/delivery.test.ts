/**
 * Delivery that loses nothing and duplicates nothing, proved against the real test petition server: retries on
 * 5xx / 429 / network errors / timeouts with one Idempotency-Key, offline then online, a double click, refusals
 * with field errors, the close-page warning, and the opt-in `persist` storage.
 */
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { PetitionForm } from '../../../src/widgets/petition-form/petition-form.js';
import { part } from '../../helpers/shadow.js';
import { captureWarnings } from '../../helpers/console.js';
import { MAX_ATTEMPTS } from '../../../src/widgets/petition-form/delivery.js';
import { PetitionServer, petition, autofill, ADA, submit, thanksShown, control, statusText, announcements, focusElsewhere, type Recorded } from './helpers.js';

/** Every request carried the same key, and the server accepted exactly one of them. */
function expectOneSignature(log: Recorded[]): void {
  const keys = new Set(log.map((request) => request.headers['idempotency-key']));
  expect(keys.size, 'one Idempotency-Key across all attempts').to.equal(1);
  const ids = new Set(log.map((request) => (request.body as { submission_id?: string } | null)?.submission_id));
  expect([...ids], 'the body carries the same submission_id').to.deep.equal([...keys]);
  expect(log.filter((request) => typeof request.outcome === 'number' && request.outcome < 300).length, 'accepted once').to.equal(1);
}

/** Records every cw-* event the element fires. */
function recordEvents(el: PetitionForm): { name: string; detail: unknown }[] {
  const events: { name: string; detail: unknown }[] = [];
  for (const name of ['cw-petition-submit', 'cw-petition-success', 'cw-petition-error', 'cw-error']) {
    el.addEventListener(name, (event) => events.push({ name, detail: (event as CustomEvent).detail }));
  }
  return events;
}

const unloadPrevented = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

const storageKeys = () => Object.keys(localStorage);

describe('<petition-form> delivery', () => {
  afterEach(() => {
    // Forget whatever a test left unsent, then leave the (simulated) offline state.
    window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
    window.dispatchEvent(new Event('online'));
  });

  it('retries 5xx and 429 (honouring Retry-After) with the same key, and counts one signature', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 500 }, { status: 503 }, { status: 429, retryAfter: 1 }, { status: 201 }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    const events = recordEvents(el);
    autofill(el, ADA);
    submit(el);
    await statusText(el, /could not be sent yet\. Trying again/);
    await expect(el).to.be.accessible();
    await waitUntil(() => thanksShown(el), 'the signature is accepted after the retries', { timeout: 8000 });
    const final = await server.log();
    expect(final.length).to.equal(4);
    expect(final[3]!.at - final[2]!.at, 'waited for Retry-After: 1 (s)').to.be.at.least(950);
    expect(final[1]!.at - final[0]!.at, 'backoff stays short for a 20 ms retry delay').to.be.below(900);
    expectOneSignature(final);
    expect(final.map((request) => request.outcome)).to.deep.equal([500, 503, 429, 201]);
    expect(events.map((event) => [event.name, event.detail])).to.deep.equal([
      ['cw-petition-submit', { format: 'json', submissionId: final[0]!.headers['idempotency-key'] }],
      ['cw-petition-error', { status: 500, retrying: true }],
      ['cw-petition-error', { status: 503, retrying: true }],
      ['cw-petition-error', { status: 429, retrying: true }],
      ['cw-petition-success', { format: 'json', submissionId: final[0]!.headers['idempotency-key'] }],
    ]);
  });

  it('a server answering 500 again and again: the retry is announced once, in words true for a server error', async () => {
    const server = new PetitionServer();
    // The first answer waits long enough for "Sending…" to be heard before it is replaced.
    await server.scenario([{ status: 500, delay: 200 }, { status: 500 }, { status: 500 }, { status: 500 }, { status: 201 }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    // Retries 150, 300, 600 ms apart: each one would be heard if the message were announced again.
    el.retryDelay = 150;
    autofill(el, ADA);
    const status = announcements(el);
    control(el, 'email').focus();
    submit(el);
    await statusText(el, /^Your signature could not be sent yet\. Trying again…$/);
    const button = part(el, 'submit')!;
    expect(button.getAttribute('aria-disabled'), 'while sending, the sign button says it cannot be pressed').to.equal('true');
    expect(button.hasAttribute('disabled'), 'and stays focusable').to.equal(false);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
    await server.waitFor(4);
    await waitUntil(() => thanksShown(el), 'accepted after four 500s', { timeout: 8000 });
    status.stop();
    expect(status.heard, 'each state heard once; the thank-you itself takes the focus').to.deep.equal([
      'Sending your signature…',
      'Your signature could not be sent yet. Trying again…',
    ]);
    expect(part(el, 'status')!.textContent!.trim()).to.equal('');
    expect((await server.log()).map((request) => request.outcome)).to.deep.equal([500, 500, 500, 500, 201]);
    await expect(el).to.be.accessible();
  });

  it('a success after retries, with focus elsewhere on the page, is announced in the status region', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 503, delay: 200 }, { status: 201 }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    el.retryDelay = 300;
    autofill(el, ADA);
    const status = announcements(el);
    submit(el);
    await statusText(el, /Trying again/);
    const elsewhere = focusElsewhere();
    try {
      await waitUntil(() => thanksShown(el), 'accepted on the retry', { timeout: 8000 });
      await statusText(el, /^Thank you for signing!$/);
      expect(document.activeElement, 'focus stays where the signer is').to.equal(elsewhere);
      status.stop();
      expect(status.heard).to.deep.equal(['Sending your signature…', 'Your signature could not be sent yet. Trying again…', 'Thank you for signing!']);
      await expect(el).to.be.accessible();
    } finally {
      elsewhere.remove();
    }
  });

  it('abandons an attempt after the timeout and retries it with the same key', async () => {
    const server = new PetitionServer();
    await server.scenario([{ hang: true }, { status: 200 }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    // Long enough that the answered retry is never itself abandoned on a busy machine (400 ms once was).
    el.timeout = 2000;
    autofill(el, ADA);
    submit(el);
    await statusText(el, /Sending your signature/);
    await expect(el).to.be.accessible();
    await waitUntil(() => thanksShown(el), 'sent after the timed-out attempt', { timeout: 8000 });
    const log = await server.log();
    expect(log.length).to.equal(2);
    expectOneSignature(log);
  });

  it('offline: keeps the signature, tells the signer, stops retrying, and sends it once when back online', async () => {
    const server = new PetitionServer();
    // The server destroys every connection: fetch rejects with a TypeError, as with a lost network.
    await server.scenario([{ destroy: true, repeat: true }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    el.retryDelay = 150;
    const events = recordEvents(el);
    autofill(el, ADA);
    submit(el);
    await server.waitFor(1);
    await statusText(el, /Trying again/);
    window.dispatchEvent(new Event('offline'));
    await statusText(el, /You are offline\. Your signature is kept on this page/);
    await expect(el).to.be.accessible();
    expect(unloadPrevented(), 'closing the page asks first').to.equal(true);
    // While offline nothing more is attempted.
    await aTimeout(100);
    const before = (await server.log()).length;
    await aTimeout(600);
    expect((await server.log()).length, 'no attempts while offline').to.equal(before);
    // The signer's input is untouched.
    expect(control(el, 'email').value).to.equal('ada@example.org');

    await server.scenario([{ status: 201 }]);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => thanksShown(el), 'sent when the connection returns', { timeout: 8000 });
    const log = await server.log();
    expect(log.filter((request) => request.outcome === 'destroyed').length).to.be.greaterThan(0);
    expectOneSignature(log);
    expect(unloadPrevented(), 'nothing unsent: closing the page is free').to.equal(false);
    expect(events.filter((event) => event.name === 'cw-petition-success').length).to.equal(1);
    expect(events.some((event) => event.name === 'cw-petition-error' && (event.detail as { status: number }).status === 0)).to.equal(true);
  });

  it('sent after an offline wait, with focus elsewhere on the page: the thank-you is announced, focus is left alone', async () => {
    const server = new PetitionServer();
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    window.dispatchEvent(new Event('offline'));
    autofill(el, ADA);
    const status = announcements(el);
    submit(el);
    await statusText(el, /^You are offline\. Your signature is kept on this page/);
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    const elsewhere = focusElsewhere();
    try {
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => thanksShown(el), 'sent once online');
      await statusText(el, /^Thank you for signing!$/);
      expect(document.activeElement, 'focus is not pulled away from where the signer is').to.equal(elsewhere);
      expect(part(el, 'status')!.classList.contains('visually-hidden'), 'on screen the thank-you block says it, once').to.equal(true);
      await aTimeout(100);
      status.stop();
      expect(status.heard, 'the offline notice, then the thank-you, each once').to.deep.equal([
        'You are offline. Your signature is kept on this page and will be sent when the connection returns: please keep this page open.',
        'Thank you for signing!',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      elsewhere.remove();
    }
  });

  it('signed while already offline: nothing is attempted until the online event, then one request', async () => {
    const server = new PetitionServer();
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    window.dispatchEvent(new Event('offline'));
    autofill(el, ADA);
    submit(el);
    await statusText(el, /You are offline/);
    // A window in which nothing may be sent while the page is offline.
    await aTimeout(300);
    expect(await server.log()).to.deep.equal([]);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => thanksShown(el), 'sent once online');
    expectOneSignature(await server.log());
    expect((await server.log()).length).to.equal(1);
  });

  it('a real double click on the sign button sends one request', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 201, delay: 400 }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    autofill(el, ADA);
    const button = part(el, 'submit')!;
    button.scrollIntoView();
    const box = button.getBoundingClientRect();
    const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position });
    await sendMouse({ type: 'click', position });
    // And Enter in a field on top of it.
    control(el, 'email').form?.requestSubmit();
    await waitUntil(() => thanksShown(el), 'signed');
    // A window for a second request, which must not come.
    await aTimeout(200);
    const log = await server.log();
    expect(log.length).to.equal(1);
    expectOneSignature(log);
  });

  it('a refusal with field errors shows them under the fields, keeps the input, and a corrected signature goes through', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 422, body: { errors: { email: ['This address cannot receive email.'] } } }, { status: 201 }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    const events = recordEvents(el);
    autofill(el, ADA);
    submit(el);
    await waitUntil(() => part(el, 'error') !== null, 'the server error is shown');
    const email = control(el, 'email');
    const error = part(el, 'error')!;
    expect(error.textContent!.trim()).to.equal('This address cannot receive email.');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal(error.id);
    await waitUntil(() => el.shadowRoot!.activeElement === email, 'focus moves to the field to fix');
    expect(email.value, 'input kept').to.equal('ada@example.org');
    expect(control(el, 'given-name').value).to.equal('Ada');
    await statusText(el, /Please correct 1 field\./);
    await expect(el).to.be.accessible();
    expect(events.filter((event) => event.name === 'cw-petition-error').map((event) => event.detail)).to.deep.equal([{ status: 422, retrying: false }]);

    autofill(el, { email: 'ada@lovelace.example' });
    submit(el);
    await waitUntil(() => thanksShown(el), 'the corrected signature is accepted');
    const log = await server.log();
    expect(log.length).to.equal(2);
    // A changed signature is a new submission: a reused key with another body would be refused by the server.
    expect(log[0]!.headers['idempotency-key']).not.to.equal(log[1]!.headers['idempotency-key']);
  });

  for (const status of [400, 422]) {
    it(`a ${status} without field errors asks the signer to check their details and keeps everything typed`, async () => {
      const server = new PetitionServer();
      await server.scenario([{ status, body: { error: 'bad request' } }]);
      const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
      const errors: string[] = [];
      el.addEventListener('cw-error', (event) => errors.push(event.detail.code));
      autofill(el, ADA);
      submit(el);
      await statusText(el, /could not be sent\. Please check your details and try again\./);
      expect(errors, 'their details may be at fault: not a misconfiguration').to.deep.equal([]);
      expect(thanksShown(el)).to.equal(false);
      expect(control(el, 'given-name').value).to.equal('Ada');
      expect(control(el, 'country').value).to.equal('GB');
      expect((await server.log()).length, 'a 4xx is not retried').to.equal(1);
      expect(unloadPrevented()).to.equal(false);
      expect(part(el, 'submit')!.hasAttribute('aria-disabled'), 'the sign button can be pressed again').to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('warns before the page closes while a signature is unsent, and not after', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 503, repeat: true }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    el.retryDelay = 100;
    expect(unloadPrevented()).to.equal(false);
    autofill(el, ADA);
    submit(el);
    await server.waitFor(1);
    expect(unloadPrevented()).to.equal(true);
    await server.scenario([{ status: 201 }]);
    await waitUntil(() => thanksShown(el), 'delivered', { timeout: 8000 });
    expect(unloadPrevented()).to.equal(false);
  });

  it('writes no cookie and no storage without persist, even while a signature waits offline', async () => {
    const server = new PetitionServer();
    const cookies = document.cookie;
    const local = storageKeys();
    const session = Object.keys(sessionStorage);
    const el = await petition(html`<petition-form action=${server.sign} count="10" goal="100"></petition-form>`);
    window.dispatchEvent(new Event('offline'));
    autofill(el, ADA);
    submit(el);
    await statusText(el, /offline/);
    expect(storageKeys()).to.deep.equal(local);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => thanksShown(el), 'delivered');
    expect(document.cookie).to.equal(cookies);
    expect(storageKeys()).to.deep.equal(local);
    expect(Object.keys(sessionStorage)).to.deep.equal(session);
  });

  it('persist: keeps an unsent signature in localStorage, sends it on the next visit, then clears it', async () => {
    const server = new PetitionServer();
    const key = `cw-petition-form:${new URL(server.sign, location.href).href}`;
    await server.scenario([{ destroy: true, repeat: true }]);
    const first = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    window.dispatchEvent(new Event('offline'));
    autofill(first, ADA);
    submit(first);
    await statusText(first, /offline/);
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.url).to.equal(new URL(server.sign, location.href).href);
    expect(JSON.parse(stored.body).signer.email).to.equal('ada@example.org');
    // The next visit (a new element, while the first one stays offline and silent) finds the stored signature.
    await server.scenario([{ status: 201 }]);
    const before = (await server.log()).length;
    const next = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    await waitUntil(() => thanksShown(next) && localStorage.getItem(key) === null, 'the stored signature is sent and forgotten', { timeout: 8000 });
    const log = await server.log();
    expect(log.length).to.be.greaterThan(before);
    expectOneSignature(log);
    expect(log[log.length - 1]!.headers['idempotency-key']).to.equal(stored.id);
  });

  it('persist: a signature the service turned away through its own fault is kept for the next visit', async () => {
    const server = new PetitionServer();
    const key = `cw-petition-form:${new URL(server.sign, location.href).href}`;
    await server.scenario([{ status: 404 }]);
    const first = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    autofill(first, ADA);
    submit(first);
    await statusText(first, /problem with the petition service/);
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(JSON.parse(stored.body).signer.email).to.equal('ada@example.org');
    expect(unloadPrevented(), 'nothing is under way: the page may close').to.equal(false);
    // The next visit, once the service is mended, sends it with the same id.
    await server.scenario([{ status: 201 }]);
    const next = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    await waitUntil(() => thanksShown(next) && localStorage.getItem(key) === null, 'the kept signature is sent and forgotten', { timeout: 8000 });
    const log = await server.log();
    expect(log.map((request) => request.outcome)).to.deep.equal([404, 201]);
    expect(log[1]!.headers['idempotency-key']).to.equal(stored.id);
  });

  it('persist: a delivered signature leaves nothing behind', async () => {
    const server = new PetitionServer();
    const el = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    const local = storageKeys();
    autofill(el, ADA);
    submit(el);
    await waitUntil(() => thanksShown(el), 'delivered');
    expect(storageKeys()).to.deep.equal(local.filter((name) => !name.startsWith('cw-petition-form:')));
  });

  it('cw-exit drops the unsent signature, its storage, the fields and the close-page warning', async () => {
    const server = new PetitionServer();
    const key = `cw-petition-form:${new URL(server.sign, location.href).href}`;
    await server.scenario([{ status: 503, repeat: true }]);
    const el = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    el.retryDelay = 100;
    autofill(el, ADA);
    submit(el);
    await server.waitFor(2);
    expect(localStorage.getItem(key)).not.to.equal(null);
    window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
    expect(localStorage.getItem(key)).to.equal(null);
    expect(unloadPrevented(), 'the quick exit is never held up by a prompt').to.equal(false);
    await el.updateComplete;
    expect(control(el, 'given-name').value).to.equal('');
    expect(control(el, 'email').value).to.equal('');
    const count = (await server.log()).length;
    await aTimeout(500);
    expect((await server.log()).length, 'no more attempts').to.equal(count);
  });

  it('no event detail carries personal data, through failures, retries and success', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 500 }, { status: 422, body: { errors: { email: 'Ada, this ada@example.org is taken' } } }, { status: 201 }]);
    const el = await petition(
      html`<petition-form action=${server.sign} fields="given-name family-name email country postal-code phone" consent="Keep me informed"></petition-form>`,
    );
    const events = recordEvents(el);
    const onDocument: unknown[] = [];
    const listener = (event: Event) => onDocument.push((event as CustomEvent).detail);
    for (const name of ['cw-petition-submit', 'cw-petition-success', 'cw-petition-error']) document.addEventListener(name, listener);
    autofill(el, { ...ADA, 'postal-code': 'N1 9GU', phone: '+44 20 7946 0958' });
    control(el, 'consent').click();
    submit(el);
    await waitUntil(() => part(el, 'error') !== null, 'refused after a retry', { timeout: 8000 });
    submit(el);
    await waitUntil(() => thanksShown(el), 'signed');
    for (const name of ['cw-petition-submit', 'cw-petition-success', 'cw-petition-error']) document.removeEventListener(name, listener);
    expect(onDocument.length, 'events reach the document').to.equal(events.length);
    const text = JSON.stringify(events);
    for (const personal of ['Ada', 'Lovelace', 'ada@', 'N1 9GU', '7946', 'GB', 'Keep me']) expect(text).not.to.include(personal);
    for (const event of events) {
      const keys = Object.keys(event.detail as object).sort();
      expect(keys.join()).to.be.oneOf(['format,submissionId', 'retrying,status']);
    }
  });
});

describe('<petition-form> when the fault is the service’s, not the signer’s', () => {
  afterEach(() => window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } })));

  const SERVICE_FAULT = /could not be sent because of a problem with the petition service, not your details\. Please try again later\./;

  it('a 303 redirect is not a delivery: no thanks, nothing followed or retried, the input kept, the partner told', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 303, location: server.moved }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    const events = recordEvents(el);
    autofill(el, ADA);
    const warnings = await captureWarnings(async () => {
      submit(el);
      await statusText(el, SERVICE_FAULT);
    });
    expect(thanksShown(el), 'never thanked for a signature the service did not take').to.equal(false);
    expect(warnings.length, 'the partner’s developer is told once').to.equal(1);
    expect(warnings[0]).to.include(new URL(server.sign, location.href).href).and.to.include('must answer the POST itself');
    await expect(el).to.be.accessible();
    expect(control(el, 'given-name').value).to.equal('Ada');
    expect(control(el, 'email').value).to.equal('ada@example.org');
    expect(control(el, 'country').value).to.equal('GB');
    const log = await server.log();
    expect(log.map((request) => request.outcome)).to.deep.equal([303]);
    expect(await server.movedRequests(), 'the redirect is not followed').to.deep.equal([]);
    const id = log[0]!.headers['idempotency-key'];
    expect(events.map((event) => [event.name, event.name === 'cw-error' ? (event.detail as { code: string }).code : event.detail])).to.deep.equal([
      ['cw-petition-submit', { format: 'json', submissionId: id }],
      ['cw-error', 'action-redirected'],
      ['cw-petition-error', { status: 0, retrying: false }],
    ]);
    expect(unloadPrevented(), 'nothing is being sent any more').to.equal(false);
    // A configuration fault is not retried: nothing more arrives.
    await aTimeout(300);
    expect((await server.log()).length, 'not retried').to.equal(1);

    // Once the service answers the POST itself, the kept signature goes through with one more click.
    submit(el);
    await waitUntil(() => thanksShown(el), 'signed on the second try');
    expect((await server.log()).map((request) => request.outcome)).to.deep.equal([303, 201]);
  });

  for (const status of [301, 302, 307, 308]) {
    it(`a ${status} redirect is treated the same: not followed, not thanked, action-redirected`, async () => {
      const server = new PetitionServer();
      await server.scenario([{ status, location: server.moved }]);
      const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
      const errors: string[] = [];
      el.addEventListener('cw-error', (event) => errors.push(event.detail.code));
      autofill(el, ADA);
      await captureWarnings(async () => {
        submit(el);
        await statusText(el, SERVICE_FAULT);
      });
      expect(thanksShown(el)).to.equal(false);
      expect(errors).to.deep.equal(['action-redirected']);
      expect(await server.movedRequests()).to.deep.equal([]);
      expect(control(el, 'email').value).to.equal('ada@example.org');
    });
  }

  for (const status of [401, 403, 404, 405, 410]) {
    it(`a ${status} without field errors blames the service, not the signer, keeps the input, and tells the partner`, async () => {
      const server = new PetitionServer();
      await server.scenario([{ status, body: { error: 'no' } }]);
      const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
      const events = recordEvents(el);
      autofill(el, ADA);
      let text = '';
      const warnings = await captureWarnings(async () => {
        submit(el);
        text = await statusText(el, SERVICE_FAULT);
      });
      expect(warnings.length, 'the partner’s developer is told once').to.equal(1);
      expect(text).not.to.include('check your details');
      await expect(el).to.be.accessible();
      expect(thanksShown(el)).to.equal(false);
      expect(control(el, 'given-name').value).to.equal('Ada');
      expect(control(el, 'email').value).to.equal('ada@example.org');
      expect((await server.log()).length, 'not retried').to.equal(1);
      const error = events.find((event) => event.name === 'cw-error')?.detail as { code: string; message: string } | undefined;
      expect(error?.code).to.equal('action-refused');
      expect(error?.message).to.include(String(status));
      expect(events.filter((event) => event.name === 'cw-petition-error').map((event) => event.detail)).to.deep.equal([{ status, retrying: false }]);
    });
  }
});

describe('<petition-form> against a server that never takes the signature', () => {
  afterEach(() => window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } })));

  const SERVICE_FAULT = /could not be sent because of a problem with the petition service, not your details\. Please try again later\./;

  it('a 503 with Retry-After: 0 waits the first backoff step between attempts, not none', async () => {
    const server = new PetitionServer();
    await server.scenario([{ status: 503, retryAfter: 0, repeat: true }]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    el.retryDelay = 200;
    autofill(el, ADA);
    submit(el);
    const [first] = await server.waitFor(1);
    // A window of 1 s after the first attempt: one more every 200 ms at most (a safety review counted ~700 in 5 s).
    await aTimeout(1000);
    const log = (await server.log()).filter((request) => request.at <= first!.at + 1000);
    expect(log.length, 'attempts in the first second').to.be.within(2, 6);
    const gaps = log.slice(1).map((request, index) => request.at - log[index]!.at);
    expect(Math.min(...gaps), 'never sooner than the first backoff step').to.be.at.least(190);
    expect(log.every((request) => request.outcome === 503)).to.equal(true);
    expect(new Set(log.map((request) => request.headers['idempotency-key'])).size, 'one Idempotency-Key').to.equal(1);
  });

  it(`after ${MAX_ATTEMPTS} attempts (Retry-After: 0 each time) it stops, tells the signer, and keeps what they typed`, async () => {
    const server = new PetitionServer();
    // The first answer waits long enough for "Sending…" to be heard before it is replaced.
    await server.scenario([
      { status: 503, retryAfter: 0, delay: 200 },
      { status: 503, retryAfter: 0, repeat: true },
    ]);
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    el.retryDelay = 50;
    const events = recordEvents(el);
    autofill(el, ADA);
    const status = announcements(el);
    submit(el);
    await statusText(el, SERVICE_FAULT);
    status.stop();
    expect(status.heard).to.deep.equal([
      'Sending your signature…',
      'Your signature could not be sent yet. Trying again…',
      'Your signature could not be sent because of a problem with the petition service, not your details. Please try again later.',
    ]);
    // A window in which no more may come.
    await aTimeout(500);
    const log = await server.log();
    expect(log.length, 'attempts in all').to.equal(MAX_ATTEMPTS);
    expect(thanksShown(el)).to.equal(false);
    expect(control(el, 'given-name').value).to.equal('Ada');
    expect(control(el, 'email').value).to.equal('ada@example.org');
    expect(unloadPrevented(), 'nothing is being sent any more: the page may close').to.equal(false);
    expect(part(el, 'submit')!.hasAttribute('aria-disabled'), 'the sign button can be pressed again').to.equal(false);
    const errors = events.filter((event) => event.name === 'cw-petition-error').map((event) => event.detail);
    expect(errors.length).to.equal(MAX_ATTEMPTS);
    expect(errors[errors.length - 1], 'the last one says retrying stopped').to.deep.equal({ status: 503, retrying: false });
    await expect(el).to.be.accessible();

    // Pressed again once the service is mended, the signature goes through.
    await server.scenario([{ status: 201 }]);
    submit(el);
    await waitUntil(() => thanksShown(el), 'signed on the second try');
  });

  it(`a server answering 500 without Retry-After is tried ${MAX_ATTEMPTS} times too; with persist the signature stays for the next visit`, async function () {
    this.timeout(20_000);
    const server = new PetitionServer();
    const key = `cw-petition-form:${new URL(server.sign, location.href).href}`;
    await server.scenario([{ status: 500, repeat: true }]);
    const first = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    // The backoff doubles from 5 ms to its ceiling (64 times that): the whole course in about 4 s.
    first.retryDelay = 5;
    autofill(first, ADA);
    submit(first);
    await statusText(first, SERVICE_FAULT);
    await aTimeout(500);
    expect((await server.log()).length).to.equal(MAX_ATTEMPTS);
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(JSON.parse(stored.body).signer.email, 'kept, not lost').to.equal('ada@example.org');
    await server.scenario([{ status: 201 }]);
    const next = await petition(html`<petition-form action=${server.sign} persist></petition-form>`);
    await waitUntil(() => thanksShown(next) && localStorage.getItem(key) === null, 'the kept signature is sent and forgotten', { timeout: 8000 });
    const log = await server.log();
    expect(log.length).to.equal(MAX_ATTEMPTS + 1);
    expectOneSignature(log);
  });
});

describe('<petition-form> with a large non-ASCII body', () => {
  afterEach(() => window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } })));

  it('a consent text of 25,000 CJK characters (about 75 KB of UTF-8) reaches the server once', async () => {
    const server = new PetitionServer();
    // Under 60,000 UTF-16 code units, over the 64 KiB browsers allow a keepalive request.
    const consent = '我同意接收有关本次运动的电子邮件。'.repeat(1_500).slice(0, 25_000);
    const el = await petition(html`<petition-form action=${server.sign} consent=${consent}></petition-form>`);
    autofill(el, ADA);
    submit(el);
    await waitUntil(() => thanksShown(el), 'the long signature is delivered', { timeout: 8000 });
    await expect(el).to.be.accessible();
    const log = await server.log();
    expect(log.length, 'sent once, not retried').to.equal(1);
    expect(new TextEncoder().encode(log[0]!.raw).length).to.be.above(65_536);
    expect((log[0]!.body as { consent: { text: string } }).consent.text).to.equal(consent);
  });
});

describe('<petition-form> with the browser really offline', () => {
  it('sees navigator.onLine false, sends nothing, and delivers once when the browser comes back online', async function () {
    const server = new PetitionServer();
    const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
    const events: unknown[] = [];
    el.addEventListener('cw-petition-error', (event) => events.push(event.detail));
    autofill(el, ADA);
    const offlineFor = 1500;
    const wentOfflineAt = performance.now();
    if (!(await executeServerCommand<boolean, { ms: number }>('petition-offline', { ms: offlineFor }))) this.skip();
    const wentOffline = await new Promise((resolve) => {
      if (!navigator.onLine) resolve(true);
      else window.addEventListener('offline', () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 1000);
    });
    if (!wentOffline) {
      // Headless Chromium blocks requests but keeps navigator.onLine true: wait for the network to return, skip.
      await aTimeout(800);
      this.skip();
    }
    if (performance.now() - wentOfflineAt > offlineFor - 700) {
      // The `offline` event came too late (Chromium sometimes fires it just before going back online): too little
      // time offline left to observe the offline state. Wait for the network to return and skip.
      await waitUntil(() => navigator.onLine, 'back online', { timeout: 5000 });
      this.skip();
    }
    submit(el);
    await statusText(el, /You are offline/);
    // Offline is seen before any attempt: one error event with status 0, and no retries scheduled.
    expect(events).to.deep.equal([{ status: 0, retrying: true }]);
    // The browser fires `online` itself when the connection returns.
    await waitUntil(() => navigator.onLine, 'back online', { timeout: 5000 });
    await waitUntil(() => thanksShown(el), 'sent when the browser is back online', { timeout: 8000 });
    const log = await server.log();
    expect(log.length).to.equal(1);
    expectOneSignature(log);
    expect(events.length, 'no failed attempts').to.equal(1);
  });
});
