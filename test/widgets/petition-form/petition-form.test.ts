/**
 * What a signer and a partner see: the fields (out of the browser's autofill unless the partner opts in), our localized validation, the opt-in, the
 * counter and goal, the thank-you, bot traps, the cancelable submit event, and bad attributes.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PetitionForm } from '../../../src/widgets/petition-form/petition-form.js';
import { setLocale } from '../../../src/core/localization.js';
import { captureWarnings } from '../../helpers/console.js';
import { part, rectOfText } from '../../helpers/shadow.js';
import { PetitionServer, petition, autofill, ADA, submit, thanksShown, control, statusText, nextEvent } from './helpers.js';

const labelOf = (el: PetitionForm, id: string) => el.shadowRoot!.querySelector(`label[for="${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
/**
 * What assistive technology reads in a subtree, in order: the text outside aria-hidden, and the name an element takes
 * from aria-labelledby (a progress bar's name is read with it, so text it names is heard twice).
 */
function heardIn(root: Element): string[] {
  const heard: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') === 'true') return;
      const ids = node.getAttribute('aria-labelledby');
      if (ids)
        heard.push(
          ids
            .split(' ')
            .map((id) => (node.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.trim())
            .join(' '),
        );
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) heard.push(node.textContent!.trim());
    node.childNodes.forEach(visit);
  };
  visit(root);
  return heard;
}
const fieldIds = (el: PetitionForm) => [...el.shadowRoot!.querySelectorAll('[part="input"]')].map((input) => input.id);

describe('<petition-form>', () => {
  it('shows the default fields with labels, names and autofill off, the asks above, and sends nothing', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await petition(html`<petition-form action="/__petition/none/sign"><p>Fund survivor services.</p></petition-form>`);
    expect(fieldIds(el)).to.deep.equal(['given-name', 'family-name', 'email', 'country']);
    expect(labelOf(el, 'given-name')).to.equal('First name');
    expect(labelOf(el, 'family-name')).to.equal('Last name (optional)');
    expect(labelOf(el, 'email')).to.equal('Email');
    expect(labelOf(el, 'country')).to.equal('Country (optional)');
    const tokens = fieldIds(el).map((id) => [control(el, id).getAttribute('autocomplete'), control(el, id).name, control(el, id).type]);
    // Off by default: the browser would keep what was typed in its form history and offer it on other sites.
    expect(tokens).to.deep.equal([
      ['off', 'given_name', 'text'],
      ['off', 'family_name', 'text'],
      ['off', 'email', 'email'],
      ['off', 'country', 'select-one'],
    ]);
    expect(control(el, 'given-name').required).to.equal(true);
    expect(control(el, 'family-name').required).to.equal(false);
    expect(control(el, 'email').required).to.equal(true);
    expect(el.shadowRoot!.querySelector('form')!.noValidate, 'our messages, not the browser bubbles').to.equal(true);
    expect(el.shadowRoot!.getElementById('consent'), 'no opt-in without the partner text').to.equal(null);
    expect(part(el, 'submit')!.textContent!.trim()).to.equal('Sign the petition');
    expect(el.textContent!.trim()).to.equal('Fund survivor services.');
    expect(part(el, 'asks')!.querySelector('slot')!.assignedElements().length).to.equal(1);
    expect(part(el, 'counter')).to.equal(null);
    await aTimeout(100);
    // Before the signer acts, the form asks nothing of anyone.
    const requested = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name));
    expect(
      requested.filter((url) => url.origin !== location.origin || !/\.(ts|js)$/.test(url.pathname)).map(String),
      'no request before the signer acts',
    ).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the fields a partner asks for, in a fixed order, with the required ones marked', async () => {
    const el = await petition(
      html`<petition-form action="/__petition/none/sign" fields="phone postal-code email given-name" required="email phone"></petition-form>`,
    );
    expect(fieldIds(el)).to.deep.equal(['given-name', 'email', 'postal-code', 'phone']);
    expect(labelOf(el, 'phone')).to.equal('Phone');
    expect(labelOf(el, 'postal-code')).to.equal('Postal code (optional)');
    expect(labelOf(el, 'given-name')).to.equal('First name (optional)');
    expect([control(el, 'phone').type, control(el, 'phone').autocomplete, control(el, 'phone').name]).to.deep.equal(['tel', 'off', 'phone']);
    expect([control(el, 'postal-code').autocomplete, control(el, 'postal-code').name]).to.deep.equal(['off', 'postal_code']);
    const none = await petition(html`<petition-form action="/__petition/none/sign" required=""></petition-form>`);
    expect(fieldIds(none).every((id) => !control(none, id).required)).to.equal(true);
  });

  it('every field has autocomplete="off" by default, and each its purpose with autofill (WCAG 1.3.5), accessible both ways', async () => {
    const fields = 'given-name family-name email country postal-code phone';
    const tokensOf = (el: PetitionForm) => fieldIds(el).map((id) => control(el, id).getAttribute('autocomplete'));
    const plain = await petition(html`<petition-form action="/__petition/none/sign" fields=${fields}></petition-form>`);
    expect(tokensOf(plain)).to.deep.equal(['off', 'off', 'off', 'off', 'off', 'off']);
    await expect(plain).to.be.accessible();
    const opted = await petition(html`<petition-form action="/__petition/none/sign" fields=${fields} autofill></petition-form>`);
    expect(opted.autofill).to.equal(true);
    expect(tokensOf(opted)).to.deep.equal(['given-name', 'family-name', 'email', 'country', 'postal-code', 'tel']);
    await expect(opted).to.be.accessible();
    // The honeypot stays out of autofill either way.
    expect(opted.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!.autocomplete).to.equal('off');
    // The property works as the attribute does.
    plain.autofill = true;
    await plain.updateComplete;
    expect(tokensOf(plain)).to.deep.equal(['given-name', 'family-name', 'email', 'country', 'postal-code', 'tel']);
  });

  it('with autofill, a quick exit turns autofill off and empties every field at once, before the page is left', async () => {
    const el = await petition(html`<petition-form action="/__petition/none/sign" fields="given-name family-name email phone" autofill></petition-form>`);
    autofill(el, { 'given-name': 'Ada', 'family-name': 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' });
    window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'shortcut' } }));
    // Checked before any re-render: the quick exit's navigation starts right after the event, and Chromium saves the
    // fields it may autofill as they are then.
    const ids = fieldIds(el);
    expect(ids.map((id) => control(el, id).autocomplete)).to.deep.equal(['off', 'off', 'off', 'off']);
    expect(ids.map((id) => control(el, id).value)).to.deep.equal(['', '', '', '']);
    await el.updateComplete;
    expect(
      ids.map((id) => control(el, id).getAttribute('autocomplete')),
      'and they stay off',
    ).to.deep.equal(['off', 'off', 'off', 'off']);
    await expect(el).to.be.accessible();
  });

  it('lists countries by their names in the page language, sorted for its readers', async () => {
    const el = await petition(html`<petition-form action="/__petition/none/sign" fields="country"></petition-form>`);
    const select = control(el, 'country');
    const options = [...select.options];
    expect(options[0]!.value).to.equal('');
    expect(options[0]!.textContent).to.equal('Choose a country');
    expect(options.length).to.equal(251);
    expect(options.find((option) => option.value === 'KE')!.textContent).to.equal('Kenya');
    const names = options.slice(1).map((option) => option.textContent!);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare));
    autofill(el, { country: 'KE' });
    try {
      await setLocale('fr');
      await el.updateComplete;
      await el.updateComplete;
      expect(control(el, 'country').value, 'the choice survives the language change').to.equal('KE');
      const french = [...control(el, 'country').options];
      expect(french.find((option) => option.value === 'DE')!.textContent).to.equal(new Intl.DisplayNames(['fr'], { type: 'region' }).of('DE'));
      const frenchNames = french.slice(1).map((option) => option.textContent!);
      expect(frenchNames).to.deep.equal([...frenchNames].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare));
    } finally {
      await setLocale('en');
    }
  });

  it('on submit: our messages under each invalid field, linked and flagged, a summary, focus on the first; nothing sent', async () => {
    const server = new PetitionServer();
    const el = await petition(
      html`<petition-form action=${server.sign} fields="given-name family-name email phone" required="given-name email phone"></petition-form>`,
    );
    autofill(el, { 'family-name': 'Lovelace', phone: 'call me' });
    submit(el);
    await statusText(el, /^Please correct 3 fields\.$/);
    const errors = [...el.shadowRoot!.querySelectorAll('[part="error"]')].map((error) => [error.id, error.textContent!.trim()]);
    expect(errors).to.deep.equal([
      ['given-name-error', 'Enter your first name.'],
      ['email-error', 'Enter your email address.'],
      ['phone-error', 'Enter a phone number using digits, like +44 20 7946 0958.'],
    ]);
    for (const id of ['given-name', 'email', 'phone']) {
      expect(control(el, id).getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, id).getAttribute('aria-describedby')).to.equal(`${id}-error`);
    }
    expect(control(el, 'family-name').hasAttribute('aria-invalid')).to.equal(false);
    expect(control(el, 'family-name').hasAttribute('aria-describedby')).to.equal(false);
    await waitUntil(() => el.shadowRoot!.activeElement === control(el, 'given-name'), 'focus on the first invalid field');
    expect(part(el, 'status')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
    // A window in which nothing may be sent: an invalid form sends no request.
    await aTimeout(100);
    expect(await server.log()).to.deep.equal([]);
  });

  it('after interaction: an error appears when the signer leaves a field, and clears as they fix it', async () => {
    const el = await petition(html`<petition-form action="/__petition/none/sign"></petition-form>`);
    const email = control(el, 'email');
    email.focus();
    await sendKeys({ type: 'ada@example' });
    expect(part(el, 'error'), 'no error while typing').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => part(el, 'error') !== null, 'error after leaving the field');
    expect(part(el, 'error')!.textContent!.trim()).to.equal('Enter an email address like name@example.org.');
    expect(part(el, 'error')!.id).to.equal('email-error');
    // Untouched fields stay quiet.
    expect(el.shadowRoot!.querySelectorAll('[part="error"]').length).to.equal(1);
    email.focus();
    await sendKeys({ type: '.org' });
    await waitUntil(() => part(el, 'error') === null, 'the error clears once the address is valid');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
    // Spaces around a value are trimmed when the signer leaves the field.
    const name = control(el, 'given-name');
    name.focus();
    await sendKeys({ type: '  Ada  ' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => name.value === 'Ada', 'trimmed');
  });

  it('browser autofill: values filled at once (with or without events) are what gets sent; Enter submits', async () => {
    const server = new PetitionServer();
    const el = await petition(html`<petition-form action=${server.sign} fields="given-name family-name email country postal-code"></petition-form>`);
    autofill(el, { 'given-name': 'Grace', 'family-name': 'Hopper', country: 'US' });
    // Some autofill fills without firing events until the page is touched: the form reads the fields themselves.
    control(el, 'email').value = 'grace@example.org';
    control(el, 'postal-code').value = '20009';
    control(el, 'given-name').focus();
    await sendKeys({ press: 'Enter' });
    const [request] = await server.waitFor(1);
    expect((request!.body as { signer: unknown }).signer).to.deep.equal({
      given_name: 'Grace',
      family_name: 'Hopper',
      email: 'grace@example.org',
      country: 'US',
      postal_code: '20009',
    });
    await waitUntil(() => thanksShown(el), 'signed');
  });

  it('offers the opt-in unticked with the partner text, and links the privacy notice safely', async () => {
    const el = await petition(
      html`<petition-form
        action="/__petition/none/sign"
        consent="Keep me informed about this campaign by email."
        privacy-url="https://partner.example/privacy"
      ></petition-form>`,
    );
    const box = control(el, 'consent');
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    expect(box.required).to.equal(false);
    expect(labelOf(el, 'consent')).to.equal('Keep me informed about this campaign by email.');
    const link = part<HTMLAnchorElement>(el, 'privacy-link')!;
    expect(link.href).to.equal('https://partner.example/privacy');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('_blank');
    expect(link.textContent!.trim()).to.equal('Privacy notice (opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  it('keeps an English opt-in in its own order on an Arabic page: the full stop after the last word', async () => {
    await setLocale('ar');
    try {
      const el = await petition(html`<petition-form action="/__petition/none/sign" consent="Keep me informed by email."></petition-form>`);
      const label = el.shadowRoot!.querySelector('label[for="consent"]')!;
      expect(rectOfText(label, '.').left).to.be.at.least(rectOfText(label, 'email').right - 1);
      await expect(el).to.be.accessible();
    } finally {
      await setLocale('en');
    }
  });

  describe('counter and goal', () => {
    it('shows the count in the page locale and a progress bar towards the goal, count and goal heard once', async () => {
      const el = await petition(html`<petition-form action="/__petition/none/sign" count="6240" goal="10000"></petition-form>`);
      expect(part(el, 'count')!.textContent!.trim()).to.equal('6,240 signatures');
      const bar = part<HTMLProgressElement>(el, 'progress')!;
      expect([bar.value, bar.max]).to.deep.equal([6240, 10000]);
      expect(part(el, 'goal')!.textContent!.trim()).to.equal('Goal: 10,000');
      // Heard once each: the two lines are read, and the bar, which says nothing they do not, is hidden from
      // assistive technology rather than named after them (it used to repeat both).
      expect(heardIn(part(el, 'counter')!)).to.deep.equal(['6,240 signatures', 'Goal: 10,000']);
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      el.setAttribute('count', '12500');
      await el.updateComplete;
      expect(heardIn(part(el, 'counter')!)).to.deep.equal(['12,500 signatures', 'We reached our goal of 10,000! Next goal: 20,000.']);
      await expect(el).to.be.accessible();
    });

    it('after the goal, shows the next milestone; one signature is singular', async () => {
      const el = await petition(html`<petition-form action="/__petition/none/sign" count="12500" goal="10000"></petition-form>`);
      expect(part(el, 'goal')!.textContent!.trim()).to.equal('We reached our goal of 10,000! Next goal: 20,000.');
      expect(part<HTMLProgressElement>(el, 'progress')!.max).to.equal(20000);
      el.setAttribute('count', '1');
      await el.updateComplete;
      expect(part(el, 'count')!.textContent!.trim()).to.equal('1 signature');
    });

    it('counts the new signature after success', async () => {
      const server = new PetitionServer();
      const el = await petition(html`<petition-form action=${server.sign} count="9999" goal="10000"></petition-form>`);
      autofill(el, ADA);
      submit(el);
      await waitUntil(() => thanksShown(el), 'signed');
      expect(part(el, 'count')!.textContent!.trim()).to.equal('10,000 signatures');
      expect(part(el, 'goal')!.textContent!.trim()).to.equal('We reached our goal of 10,000! Next goal: 20,000.');
    });

    it('loads the count from count-src without cookies', async () => {
      const server = new PetitionServer();
      await server.count({ body: { count: 8765 } });
      const el = await petition(html`<petition-form action=${server.sign} count-src=${server.countUrl} goal="10000"></petition-form>`);
      await waitUntil(() => part(el, 'count') !== null, 'the count arrives');
      expect(part(el, 'count')!.textContent!.trim()).to.equal('8,765 signatures');
      const [request] = await server.countRequests();
      expect(request!.method).to.equal('GET');
      expect(request!.cookie).to.equal(false);
    });

    it('shows no counter and fires cw-error when count-src does not give {"count": n}', async () => {
      const server = new PetitionServer();
      await server.count({ body: { count: 'many' } });
      const errors: string[] = [];
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture(
          html`<div @cw-error=${(event: CustomEvent) => errors.push(event.detail.code)}>
            <petition-form action=${server.sign} count-src=${server.countUrl} goal="10000"></petition-form>
          </div>`,
        );
        await waitUntil(() => errors.length > 0, 'cw-error fires');
        expect(part(wrapper.querySelector('petition-form')!, 'counter')).to.equal(null);
      });
      expect(errors).to.deep.equal(['invalid-count']);
      // The warning names the address that answered badly, so a partner with several counters knows which.
      expect(warnings.some((warning) => warning.includes(`count-src: ${server.countUrl} answered no {"count": n}`))).to.equal(true);
    });
  });

  it('a count that could not load at first is asked again after signing, and shown as the server gives it', async () => {
    const server = new PetitionServer();
    await server.count({ status: 503, body: { error: 'busy' } });
    const errors: string[] = [];
    const wrapper = await fixture(
      html`<div @cw-error=${(event: CustomEvent) => errors.push(event.detail.code)}>
        <petition-form action=${server.sign} count-src=${server.countUrl} goal="10000"></petition-form>
      </div>`,
    );
    const el = wrapper.querySelector<PetitionForm>('petition-form')!;
    await waitUntil(() => errors.includes('invalid-count'), 'the first count fails');
    expect(part(el, 'count')).to.equal(null);
    // The server counts the new signature at once: 5,001 holds it, and the page must not add one again.
    await server.count({ body: { count: 5001 } });
    autofill(el, ADA);
    submit(el);
    await waitUntil(() => thanksShown(el), 'signed');
    await waitUntil(() => part(el, 'count') !== null, 'the count arrives');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('5,001 signatures');
    expect((await server.countRequests()).length).to.equal(2);
  });

  it('thank-you: the after slot appears and focus moves to the thanks', async () => {
    const server = new PetitionServer();
    const el = await petition(
      html`<petition-form action=${server.sign}>
        <p>Our asks</p>
        <div slot="after"><a href="https://partner.example/share">Share the petition</a></div>
      </petition-form>`,
    );
    const after = el.querySelector('[slot="after"]') as HTMLElement;
    expect(after.offsetParent, 'the after slot is hidden before signing').to.equal(null);
    autofill(el, ADA);
    control(el, 'email').focus();
    submit(el);
    await waitUntil(() => thanksShown(el), 'signed');
    expect(part(el, 'thanks')!.textContent!.trim()).to.equal('Thank you for signing!');
    expect(after.offsetParent === null, 'the after slot shows').to.equal(false);
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'thanks')!.querySelector('.title'), 'focus on the thank-you');
    // The focused thank-you is read; the same words are not announced a second time.
    await aTimeout(100);
    expect(part(el, 'status')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  describe('bots', () => {
    it('the honeypot is hidden from people and assistive technology, and a filled one is reported with the signature', async () => {
      const server = new PetitionServer();
      const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
      const honeypot = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!;
      const wrapper = honeypot.closest('[aria-hidden="true"]') as HTMLElement;
      expect(wrapper === null).to.equal(false);
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.autocomplete).to.equal('off');
      // Clipped to nothing: no sighted person sees it.
      expect(wrapper.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(wrapper).overflow).to.equal('hidden');
      autofill(el, ADA);
      honeypot.value = 'https://spam.example';
      submit(el);
      const [request] = await server.waitFor(1);
      expect((request!.body as { screening: { honeypot: boolean } }).screening.honeypot).to.equal(true);
      // The partner's server judges; this one accepts, so the signer is thanked.
      await waitUntil(() => thanksShown(el), 'thanked after the server accepted it');
    });

    it('a form sent faster than the minimum fill time (3 s by default) is sent marked too_fast, never dropped', async () => {
      const server = new PetitionServer();
      const el = await fixture<PetitionForm>(html`<petition-form action=${server.sign}></petition-form>`);
      expect(el.minFillTime).to.equal(3000);
      autofill(el, ADA);
      submit(el);
      const [request] = await server.waitFor(1);
      expect((request!.body as { screening: { too_fast: boolean } }).screening.too_fast).to.equal(true);
      await waitUntil(() => thanksShown(el), 'thanked after the server accepted it');
    });
  });

  describe('cw-petition-submit', () => {
    it('is cancelable: the partner sends the signature from getSubmission() and reports back', async () => {
      const server = new PetitionServer();
      const el = await petition(html`<petition-form action=${server.sign} format="form"></petition-form>`);
      el.addEventListener('cw-petition-submit', (event) => event.preventDefault());
      const submitted = nextEvent<{ format: string; submissionId: string }>(el, 'cw-petition-submit');
      autofill(el, ADA);
      submit(el);
      const event = await submitted;
      expect(event.cancelable).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['format', 'submissionId']);
      const submission = el.getSubmission()!;
      expect(submission.id).to.equal(event.detail.submissionId);
      expect(submission.action).to.equal(new URL(server.sign, location.href).href);
      expect(submission.headers).to.deep.equal({
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
        accept: 'application/json',
        'idempotency-key': submission.id,
      });
      expect(new URLSearchParams(submission.body).get('email')).to.equal('ada@example.org');
      expect(submission.signature.signer.email).to.equal('ada@example.org');
      await statusText(el, /Sending your signature/);
      await aTimeout(200);
      expect(await server.log(), 'the element sent nothing itself').to.deep.equal([]);

      // The partner's own sending failed: the signer can try again, with everything still filled in, and is not
      // blamed for it (the page knows nothing of their details being wrong).
      el.finishSubmission(false);
      await statusText(el, /problem with the petition service, not your details/);
      expect(control(el, 'email').value).to.equal('ada@example.org');
      expect(el.getSubmission()).to.equal(null);
      await expect(el).to.be.accessible();

      const success = nextEvent<{ submissionId: string }>(el, 'cw-petition-success');
      const resubmitted = nextEvent(el, 'cw-petition-submit');
      submit(el);
      await resubmitted;
      const id = el.getSubmission()!.id;
      el.finishSubmission(true);
      expect((await success).detail.submissionId).to.equal(id);
      await waitUntil(() => thanksShown(el), 'thank-you');
      expect(await server.log()).to.deep.equal([]);
    });
  });

  it('warns at once, before anyone signs, when it has no action to send signatures to', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await petition(html`<petition-form></petition-form>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('campaign-widgets: <petition-form> action="" is not valid (allowed: an https: URL); no signature can be sent.');
  });

  it('bad attributes warn once each and fall back to safe behaviour', async () => {
    let el!: PetitionForm;
    const warnings = await captureWarnings(async () => {
      el = await petition(
        html`<petition-form
          action="javascript:alert(1)"
          format="xml"
          method="GET"
          fields="given-name shoe-size email"
          goal="lots"
          count="-5"
          privacy-url="javascript:alert(2)"
        ></petition-form>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    const text = warnings.join('\n');
    for (const expected of [
      'format="xml"',
      'method="GET"',
      'fields="shoe-size"',
      'goal="lots"',
      'count="-5"',
      'action="javascript:alert(1)"',
      'privacy-url="javascript:alert(2)"',
    ]) {
      expect(text).to.include(expected);
    }
    expect(warnings.length, 'once each').to.equal(7);
    expect(fieldIds(el)).to.deep.equal(['given-name', 'email']);
    expect(part(el, 'counter')).to.equal(null);
    expect(part(el, 'privacy-link')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');

    const errors: string[] = [];
    el.addEventListener('cw-error', (event) => errors.push(event.detail.code));
    autofill(el, { 'given-name': 'Ada', email: 'ada@example.org' });
    await captureWarnings(async () => {
      submit(el);
      // Nothing the signer types can fix a missing action: they are not asked to check their details.
      await statusText(el, /could not be sent because of a problem with the petition service, not your details/);
    });
    expect(errors).to.deep.equal(['invalid-action']);
    expect(thanksShown(el)).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
