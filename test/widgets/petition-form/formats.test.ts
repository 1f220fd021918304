/**
 * What a partner's endpoint receives, byte for byte, in each format: JSON (our documented body), form-encoded
 * (for common form back-ends) and OSDI (record_signature_helper), over real HTTP to the test petition server.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { PetitionServer, petition, autofill, ADA, submit, thanksShown, control, type Recorded } from './helpers.js';

const ISO_NOW = (time: unknown) =>
  typeof time === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(time) && Math.abs(Date.parse(time) - Date.now()) < 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const CONSENT = 'Keep me informed about this campaign by email.';

async function signOnce(template: ReturnType<typeof html>, server: PetitionServer, values: Record<string, string> = ADA, tick = false): Promise<Recorded> {
  const el = await petition(template);
  autofill(el, values);
  if (tick) control(el, 'consent').click();
  submit(el);
  const [request] = await server.waitFor(1);
  await waitUntil(() => thanksShown(el), 'the thank-you shows');
  expect((await server.log()).length).to.equal(1);
  return request!;
}

/** The screening the test form sends: filled by a test at once, with no minimum fill time (see petition()). */
function expectScreening(screening: { fill_ms: number; honeypot: boolean; too_fast: boolean }): typeof screening {
  expect(screening.fill_ms).to.be.a('number').and.to.be.at.least(0);
  expect(screening.honeypot).to.equal(false);
  expect(screening.too_fast).to.equal(false);
  return screening;
}

function expectCommonHeaders(request: Recorded, type: string): string {
  const key = request.headers['idempotency-key']!;
  expect(key).to.match(UUID);
  expect(request.headers['content-type']).to.equal(type);
  expect(request.headers.accept).to.equal('application/json');
  expect(request.cookie, 'no cookie is sent').to.equal(false);
  expect(request.headerNames, 'no referrer: the address of the page signed on stays with the page').not.to.include('referer');
  return key;
}

describe('<petition-form> body formats', () => {
  before(() => {
    // A cookie on the partner's page must never travel with a signature.
    document.cookie = 'partner-session=secret; path=/';
  });
  after(() => {
    document.cookie = 'partner-session=; path=/; max-age=0';
  });

  it('json (default): the documented body, application/json, POST', async () => {
    const server = new PetitionServer();
    const request = await signOnce(
      html`<petition-form
        action=${server.sign}
        fields="given-name family-name email country postal-code phone"
        consent=${CONSENT}
        tags="anti-trafficking, petition-2026"
        source-code="newsletter-nov"
      ></petition-form>`,
      server,
      { ...ADA, 'postal-code': 'N1 9GU', phone: '+44 20 7946 0958' },
      true,
    );
    expect(request.method).to.equal('POST');
    const key = expectCommonHeaders(request, 'application/json');
    const body = request.body as { consent: { time: string }; screening: { fill_ms: number; honeypot: boolean; too_fast: boolean } };
    expect(ISO_NOW(body.consent.time), 'consent time is now, ISO 8601').to.equal(true);
    expect(request.raw).to.equal(
      JSON.stringify({
        submission_id: key,
        signer: { given_name: 'Ada', family_name: 'Lovelace', email: 'ada@example.org', country: 'GB', postal_code: 'N1 9GU', phone: '+44 20 7946 0958' },
        consent: { given: true, text: CONSENT, locale: 'en', time: body.consent.time },
        tags: ['anti-trafficking', 'petition-2026'],
        source_code: 'newsletter-nov',
        screening: expectScreening(body.screening),
      }),
    );
  });

  it('json: empty optional fields, no source code and no opt-in offered are sent as such', async () => {
    const server = new PetitionServer();
    const request = await signOnce(html`<petition-form action=${server.sign}></petition-form>`, server, { 'given-name': 'Ada', email: 'ada@example.org' });
    const body = request.body as { consent: { time: string }; screening: { fill_ms: number; honeypot: boolean; too_fast: boolean } };
    expect(request.body).to.deep.equal({
      submission_id: request.headers['idempotency-key'],
      signer: { given_name: 'Ada', email: 'ada@example.org' },
      consent: { given: false, text: '', locale: 'en', time: body.consent.time },
      tags: [],
      screening: expectScreening(body.screening),
    });
  });

  it('form: flat application/x-www-form-urlencoded fields, with PUT when asked', async () => {
    const server = new PetitionServer();
    const request = await signOnce(
      html`<petition-form
        action=${server.sign}
        format="form"
        method="put"
        fields="given-name family-name email country postal-code"
        consent=${CONSENT}
        tags="a,b"
        source-code="sc-1"
      ></petition-form>`,
      server,
      { ...ADA, 'postal-code': '75011' },
    );
    expect(request.method).to.equal('PUT');
    const key = expectCommonHeaders(request, 'application/x-www-form-urlencoded;charset=UTF-8');
    const time = (request.body as Record<string, string>).consent_time!;
    expect(ISO_NOW(time)).to.equal(true);
    const expected = new URLSearchParams({
      submission_id: key,
      given_name: 'Ada',
      family_name: 'Lovelace',
      email: 'ada@example.org',
      country: 'GB',
      postal_code: '75011',
      consent: 'no',
      consent_text: CONSENT,
      consent_locale: 'en',
      consent_time: time,
      tags: 'a,b',
      source_code: 'sc-1',
      screening_fill_ms: (request.body as Record<string, string>).screening_fill_ms!,
      screening_honeypot: 'no',
      screening_too_fast: 'no',
    });
    expect(Number((request.body as Record<string, string>).screening_fill_ms)).to.be.at.least(0);
    expect(request.raw).to.equal(expected.toString());
  });

  it('osdi: a record_signature_helper body with our consent record beside it', async () => {
    const server = new PetitionServer();
    const request = await signOnce(
      html`<petition-form
        action=${server.sign}
        format="osdi"
        fields="given-name family-name email country postal-code phone"
        consent=${CONSENT}
        tags="volunteer, member"
        source-code="fb-post-12"
      ></petition-form>`,
      server,
      { ...ADA, 'postal-code': '20009', phone: '+1 202 555 0100' },
      true,
    );
    const key = expectCommonHeaders(request, 'application/json');
    const time = (request.body as { action_date: string }).action_date;
    expect(ISO_NOW(time)).to.equal(true);
    expect(request.raw).to.equal(
      JSON.stringify({
        person: {
          given_name: 'Ada',
          family_name: 'Lovelace',
          email_addresses: [{ address: 'ada@example.org', status: 'subscribed' }],
          postal_addresses: [{ postal_code: '20009', country: 'GB' }],
          phone_numbers: [{ number: '+1 202 555 0100' }],
        },
        add_tags: ['volunteer', 'member'],
        action_date: time,
        referrer_data: { source: 'fb-post-12' },
        submission_id: key,
        consent: { given: true, text: CONSENT, locale: 'en', time },
        screening: expectScreening((request.body as { screening: { fill_ms: number; honeypot: boolean; too_fast: boolean } }).screening),
      }),
    );
  });

  it('osdi: without the opt-in the email is sent unsubscribed, so no list is joined', async () => {
    const server = new PetitionServer();
    const request = await signOnce(
      html`<petition-form action=${server.sign} format="osdi" fields="given-name email" consent=${CONSENT}></petition-form>`,
      server,
      {
        'given-name': 'Ada',
        email: 'ada@example.org',
      },
    );
    const body = request.body as { person: unknown; add_tags: unknown; consent: { given: boolean } };
    expect(body.person).to.deep.equal({ given_name: 'Ada', email_addresses: [{ address: 'ada@example.org', status: 'unsubscribed' }] });
    expect(body.add_tags).to.deep.equal([]);
    expect(body.consent.given).to.equal(false);
    expect('referrer_data' in body).to.equal(false);
  });

  it('cleans what it sends: trimmed, control characters removed, lengths bounded', async () => {
    const server = new PetitionServer();
    const request = await signOnce(html`<petition-form action=${server.sign} fields="given-name family-name email"></petition-form>`, server, {
      'given-name': '  A\u0000d\u0007a\u202Fz\u200C ',
      'family-name': 'L'.repeat(300),
      email: ' ada@example.org\n',
    });
    const signer = (request.body as { signer: Record<string, string> }).signer;
    // The narrow no-break space and the zero-width non-joiner are text, not control characters: they stay.
    expect(signer.given_name).to.equal('Ada\u202Fz\u200C');
    expect(signer.family_name).to.equal('L'.repeat(100));
    expect(signer.email).to.equal('ada@example.org');
  });

  it('sends to an endpoint on another origin (CORS preflight with Idempotency-Key), without cookies', async () => {
    const server = new PetitionServer();
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const url = `${location.protocol}//${other}:${location.port}${server.sign}`;
    const el = await petition(html`<petition-form action=${url}></petition-form>`);
    autofill(el, ADA);
    submit(el);
    await waitUntil(() => thanksShown(el), 'the cross-origin endpoint accepted the signature', { timeout: 8000 });
    const [request] = await server.log();
    expect(request!.headers.origin).to.equal(location.origin);
    expect(request!.cookie).to.equal(false);
    expect(request!.headerNames).not.to.include('referer');
    expect(request!.headers['idempotency-key']).to.match(UUID);
  });
});
