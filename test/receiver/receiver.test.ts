/**
 * The real <petition-form> against the self-hosted receiver (receiver/), started by test/server/receiver.plugin.mjs
 * on 127.0.0.1 and its own port: another origin than this page, so every signature goes through a real CORS
 * preflight. All three body formats, then the count the receiver serves to `count-src`, then a refusal's field error.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { part } from '../helpers/shadow.js';
import { ADA, autofill, control, petition, submit, thanksShown } from '../widgets/petition-form/helpers.js';

interface Started {
  id: string;
  url: string;
}
interface Stored {
  submission_id: string;
  consent_given: string;
  consent_text: string;
  consent_locale: string;
  format: string;
  signer: Record<string, string>;
  tags: string[];
}

const CONSENT = 'Keep me informed about this campaign by email.';

describe('<petition-form> with the self-hosted receiver on another origin', function () {
  // The first receiver start may install and build it, and initialise an embedded database template.
  this.timeout(120_000);
  let receiver: Started;

  before(async () => {
    receiver = await executeServerCommand<Started, { origin: string }>('receiver-start', { origin: location.origin });
    expect(new URL(receiver.url).origin).to.not.equal(location.origin);
  });
  after(() => executeServerCommand('receiver-stop', { id: receiver.id }));

  it('signs in json, form (PUT) and osdi: each stored once, with its fields and consent', async () => {
    const formats = [
      ['json', 'POST', true],
      ['form', 'PUT', false],
      ['osdi', 'POST', true],
    ] as const;
    for (const [format, method, tick] of formats) {
      const el = await petition(
        html`<petition-form action=${`${receiver.url}/sign`} format=${format} method=${method} consent=${CONSENT} tags="receiver-test"></petition-form>`,
      );
      autofill(el, { ...ADA, email: `ada.${format}@example.org` });
      if (tick) control(el, 'consent').click();
      submit(el);
      await waitUntil(() => thanksShown(el), `the ${format} signature is acknowledged`, { timeout: 15_000 });
    }
    const { rows, preflights } = await executeServerCommand<{ rows: Stored[]; preflights: number }, { id: string }>('receiver-rows', { id: receiver.id });
    expect(preflights, 'the browser asked the receiver first (CORS preflight)').to.be.greaterThan(0);
    expect(rows.map((row) => row.format)).to.deep.equal(['json', 'form', 'osdi']);
    for (const row of rows) {
      const format = row.format;
      expect(row.signer).to.deep.equal({ given_name: 'Ada', family_name: 'Lovelace', email: `ada.${format}@example.org`, country: 'GB' });
      expect(row.consent_given).to.equal(format === 'form' ? 'false' : 'true');
      expect(row.consent_text).to.equal(CONSENT);
      expect(row.consent_locale).to.equal('en');
      expect(row.tags).to.deep.equal(['receiver-test']);
    }
    expect(new Set(rows.map((row) => row.submission_id)).size).to.equal(3);
  });

  it("count-src shows the receiver's count", async () => {
    const el = await petition(html`<petition-form action=${`${receiver.url}/sign`} count-src=${`${receiver.url}/count`} goal="100"></petition-form>`);
    await waitUntil(() => /\b3\b/.test(part(el, 'count')?.textContent ?? ''), 'the counter shows 3', { timeout: 10_000 });
    expect(part(el, 'count')!.textContent!.trim()).to.equal('3 signatures');
  });

  it('a field the receiver requires and the form left empty: its error shows under that field', async () => {
    const strict = await executeServerCommand<Started, { origin: string; required: string[] }>('receiver-start', {
      origin: location.origin,
      required: ['given_name', 'email', 'postal_code'],
    });
    try {
      const el = await petition(html`<petition-form action=${`${strict.url}/sign`} fields="given-name family-name email country postal-code"></petition-form>`);
      autofill(el, ADA);
      submit(el);
      await waitUntil(() => part(el, 'error') !== null, 'a field error shows', { timeout: 15_000 });
      expect(part(el, 'error')!.id).to.equal('postal-code-error');
      expect(part(el, 'error')!.textContent!.trim()).to.equal('Enter your postal code.');
      expect(thanksShown(el)).to.equal(false);
    } finally {
      await executeServerCommand('receiver-stop', { id: strict.id });
    }
  });
});
