/**
 * Inputs that once broke a widget (issue #14): a hostile page author, a broken data source, a flaky network. Each
 * test names what a visitor or partner would have met before the fix.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/petition-form/petition-form.define.js';
import '../../src/widgets/mission-contact/mission-contact.define.js';
import '../../src/widgets/share-card/share-card.define.js';
import '../../src/widgets/trafficking-stat/trafficking-stat.define.js';
import '../../src/widgets/quick-exit/quick-exit.define.js';
import type { PetitionForm } from '../../src/widgets/petition-form/petition-form.js';
import type { MissionContact } from '../../src/widgets/mission-contact/mission-contact.js';
import type { ShareCard } from '../../src/widgets/share-card/share-card.js';
import type { TraffickingStat } from '../../src/widgets/trafficking-stat/trafficking-stat.js';
import type { QuickExit } from '../../src/widgets/quick-exit/quick-exit.js';
import { captureWarnings } from '../helpers/console.js';
import { serveJson } from '../helpers/json-echo.js';
import { part, visibleText } from '../helpers/shadow.js';
import { ADA, PetitionServer, autofill, petition, statusText, submit, thanksShown } from '../widgets/petition-form/helpers.js';

/** Collects the `cw-error` codes fired anywhere on the page while `run` runs (`run` sees them as they come). */
async function errorsDuring(run: (codes: string[]) => Promise<unknown>): Promise<string[]> {
  const codes: string[] = [];
  const record = (event: CustomEvent<{ code: string }>) => void codes.push(event.detail.code);
  document.addEventListener('cw-error', record);
  try {
    await run(codes);
  } finally {
    document.removeEventListener('cw-error', record);
  }
  return codes;
}

/** Whether something on the page would show the browser's "Leave site?" dialog now. */
function wouldAskBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const KENYA_PARTNER = (mission: Record<string, unknown>) =>
  JSON.stringify({ entries: [{ country: 'KE', mission: { sources: [{ label: 'Partner check' }], retrieved: '2026-11-20', ...mission } }] });

async function missionWith(dataset: string): Promise<{ el: MissionContact; warnings: string[]; errors: string[] }> {
  const src = await serveJson(dataset);
  let el!: MissionContact;
  let warnings: string[] = [];
  const errors = await errorsDuring(async () => {
    warnings = await captureWarnings(async () => {
      el = await fixture<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
      await waitUntil(() => part(el, 'card'), 'the card renders', { timeout: 5000 });
      await el.updateComplete;
    });
  });
  return { el, warnings, errors };
}

describe('hostile inputs', () => {
  describe('a counter answer', () => {
    for (const answer of ['{"count": 1e309}', '{"count": -1e309}', '{"count": 1e15}', '{"count": 12.5}']) {
      it(`${answer} is refused like any bad answer: no counter, cw-error, and the page stays responsive`, async () => {
        const countSrc = await serveJson(answer);
        let el!: PetitionForm;
        const errors = await errorsDuring(async (codes) => {
          await captureWarnings(async () => {
            el = await petition(html`<petition-form action="/__petition/none/sign" count-src=${countSrc} goal="10000"></petition-form>`);
            await waitUntil(() => codes.length > 0, 'the bad count is reported', { timeout: 5000 });
          });
        });
        await el.updateComplete;
        expect(errors).to.deep.equal(['invalid-count']);
        expect(part(el, 'counter')).to.equal(null);
        expect(visibleText(el)).not.to.include('∞');
      });
    }

    it('an absurd count attribute is not shown', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await petition(html`<petition-form action="/__petition/none/sign" count="1e20" goal="10"></petition-form>`);
        expect(part(el, 'counter')).to.equal(null);
      });
      expect(warnings.join('\n')).to.include('count="1e20"');
    });
  });

  describe('the quick exit', () => {
    it('is never held up by a "Leave site?" dialog, even from a petition removed while its signature waits to be retried', async () => {
      const server = new PetitionServer();
      await server.scenario([{ status: 503, repeat: true }]);
      const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
      el.retryDelay = 200;
      autofill(el, ADA);
      submit(el);
      await server.waitFor(1);
      expect(wouldAskBeforeLeaving(), 'an unsent signature warns before the page closes').to.equal(true);
      // A single-page app changes route: the form goes, its delivery keeps retrying.
      el.remove();
      window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
      expect(wouldAskBeforeLeaving()).to.equal(false);
      const sent = (await server.log()).length;
      await aTimeout(600);
      expect((await server.log()).length, 'the signature was dropped on exit, not retried').to.equal(sent);
    });
  });

  describe('a mission dataset', () => {
    it('with "__proto__" and "constructor" keys is read with own keys only: the card shows, nothing odd is kept', async () => {
      const dataset = `{"entries": [{"country": "KE", "__proto__": {"polluted": true}, "mission": {"__proto__": {"x": 1}, "constructor": "Evil", "name": "Partner Kenya mission", "sources": [{"label": "Partner"}], "retrieved": "2026-11-20"}}]}`;
      const { el, errors } = await missionWith(dataset);
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Partner Kenya mission');
      expect(visibleText(el)).not.to.include('Evil');
      expect(errors).to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('whose entries are all unusable falls back to the bundled data with one cw-error', async () => {
      const { el, errors } = await missionWith('{"entries": {"__proto__": []}}');
      expect(errors).to.deep.equal(['invalid-src']);
      expect(part(el, 'name')!.textContent!.trim()).to.equal('The Permanent Mission of the Republic of Kenya to the United Nations');
    });

    it('with a stray "%" in a phone number shows the number without a link', async () => {
      const { el, warnings } = await missionWith(KENYA_PARTNER({ phone: '+1 212 %E0 0100' }));
      expect(part(el, 'card')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(part(el, 'phone')!.textContent).to.include('+1 212 %E0 0100');
      expect(warnings.join('\n')).to.include('cannot be dialled');
    });

    it('with a comma in an email address gives no mail link that could reach a second recipient', async () => {
      const { el, warnings } = await missionWith(KENYA_PARTNER({ email: 'kenya@un.int,evil' }));
      expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')).to.equal(null);
      expect(visibleText(el)).not.to.include('evil');
      expect(warnings.join('\n')).to.include('email');
    });
  });

  it('an unparseable canonical link does not blank a share card: it shares the page address', async () => {
    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.setAttribute('href', 'http://[');
    document.head.append(canonical);
    try {
      const el = await fixture<ShareCard>(html`<share-card stat="gems-2022-modern-slavery" networks="facebook"></share-card>`);
      expect(part(el, 'headline')).not.to.equal(null);
      expect(el.shareTarget).to.equal(location.origin + location.pathname);
      const link = new URL(part<HTMLAnchorElement>(el, 'action-facebook')!.href);
      expect(link.searchParams.get('u')).to.equal(location.origin + location.pathname);
    } finally {
      canonical.remove();
    }
  });

  describe('properties set before the element upgrades survive the upgrade', () => {
    /** An element made where no custom element is defined, given properties, then moved into this page. */
    function beforeUpgrade<T extends HTMLElement>(tag: string, properties: Record<string, unknown>): T {
      const inert = document.implementation.createHTMLDocument('');
      const el = inert.createElement(tag);
      Object.assign(el, properties);
      return document.adoptNode(el) as T;
    }

    it('on <petition-form>: timings and attributes', async () => {
      const el = beforeUpgrade<PetitionForm>('petition-form', { minFillTime: 0, timeout: 1234, retryDelay: 20, action: '/x', persist: true });
      document.body.append(el);
      await el.updateComplete;
      expect([el.minFillTime, el.timeout, el.retryDelay, el.action, el.persist]).to.deep.equal([0, 1234, 20, '/x', true]);
      el.remove();
    });

    it('on every other widget', async () => {
      const cases: [string, Record<string, unknown>][] = [
        ['trafficking-stat', { value: 5, label: 'Five', estimate: true, countUp: true }],
        ['share-card', { text: 'Shared', download: true, networks: 'copy' }],
        ['mission-contact', { country: 'KE', subject: 'Hello' }],
        ['quick-exit', { href: 'https://example.org/', sticky: true, noSkipLink: true }],
      ];
      for (const [tag, properties] of cases) {
        const el = beforeUpgrade<HTMLElement & { updateComplete: Promise<unknown> }>(tag, properties);
        document.body.append(el);
        await el.updateComplete;
        for (const [name, value] of Object.entries(properties)) expect((el as unknown as Record<string, unknown>)[name], `${tag}.${name}`).to.equal(value);
        el.remove();
      }
    });
  });

  describe('a signer faster than the minimum fill time', () => {
    it('is sent, with the fill time and the honeypot state for the partner’s server to judge; the thank-you follows the answer', async () => {
      const server = new PetitionServer();
      const el = await fixture<PetitionForm>(html`<petition-form action=${server.sign}></petition-form>`);
      el.minFillTime = 60_000;
      autofill(el, ADA);
      submit(el);
      const [request] = await server.waitFor(1);
      const body = request!.body as { signer: Record<string, string>; screening: { fill_ms: number; honeypot: boolean; too_fast: boolean } };
      expect(body.signer.email).to.equal('ada@example.org');
      expect(body.screening.honeypot).to.equal(false);
      expect(body.screening.too_fast).to.equal(true);
      expect(body.screening.fill_ms).to.be.within(0, 60_000);
      await waitUntil(() => thanksShown(el), 'thanked once the server accepted it');
    });

    it('with a filled honeypot (autofill can fill hidden fields) is sent and flagged, never dropped with a thank-you', async () => {
      const server = new PetitionServer();
      await server.scenario([{ status: 422, body: { errors: { signature: 'refused' } } }]);
      const el = await petition(html`<petition-form action=${server.sign}></petition-form>`);
      autofill(el, ADA);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!.value = 'https://spam.example';
      submit(el);
      const [request] = await server.waitFor(1);
      expect((request!.body as { screening: { honeypot: boolean } }).screening.honeypot).to.equal(true);
      await statusText(el, /could not be sent/);
      expect(thanksShown(el), 'refused by the server: no thank-you').to.equal(false);
    });
  });

  it('the skip link follows the exit’s href when it changes', async () => {
    document.querySelectorAll('quick-exit[skip-link]').forEach((skip) => skip.remove());
    const el = await fixture<QuickExit>(html`<quick-exit href="https://first.example/"></quick-exit>`);
    const skip = document.querySelector<QuickExit>('body > quick-exit[skip-link]')!;
    expect(skip.exitUrl).to.equal('https://first.example/');
    el.href = 'https://second.example/';
    await el.updateComplete;
    await skip.updateComplete;
    expect(skip.exitUrl).to.equal('https://second.example/');
    el.removeAttribute('href');
    el.href = undefined;
    await el.updateComplete;
    expect(skip.exitUrl).to.equal(el.exitUrl);
    skip.remove();
  });

  describe('whitespace is no content', () => {
    it('a statistic whose only content is a line break keeps the catalogue label', async () => {
      const el = await fixture<TraffickingStat>(html`<trafficking-stat stat="gems-2022-modern-slavery"> </trafficking-stat>`);
      // innerText is what is rendered: a slot's fallback that is not shown is left out.
      expect(part(el, 'label')!.innerText).to.include('modern slavery');
    });

    it('a share card with only whitespace and a slotted image keeps the catalogue label', async () => {
      const el = await fixture<ShareCard>(
        html`<share-card stat="gems-2022-modern-slavery" networks="copy">
          <img slot="image" alt="" src="/test/widgets/share-card/fixture-photo.svg" />
        </share-card>`,
      );
      const text = part(el, 'text')!;
      expect(text.hidden).to.equal(false);
      expect(text.innerText).to.include('modern slavery');
      expect(text.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  it('fields stay inside the petition under a page rule `* { box-sizing: content-box }`', async () => {
    const rule = document.createElement('style');
    rule.textContent = '* { box-sizing: content-box; }';
    document.head.append(rule);
    try {
      const el = await petition(
        html`<div style="inline-size: 320px"><petition-form action="/__petition/none/sign" fields="given-name email country"></petition-form></div>`,
      );
      const form = el.querySelector('petition-form')!;
      const edge = form.shadowRoot!.querySelector('form')!.getBoundingClientRect().right;
      for (const input of form.shadowRoot!.querySelectorAll('[part="input"]')) {
        expect(input.getBoundingClientRect().right, (input as HTMLElement).id).to.be.at.most(edge + 0.5);
      }
    } finally {
      rule.remove();
    }
  });
});
