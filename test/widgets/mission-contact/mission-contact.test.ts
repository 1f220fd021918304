import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/mission-contact/mission-contact.define.js';
import { MissionContact, UN_DIRECTORY_URL, type CwContactDetail } from '../../../src/widgets/mission-contact/mission-contact.js';
import { setLocale } from '../../../src/core/localization.js';
import { pasteClipboard, refuseClipboard } from '../../helpers/clipboard.js';
import { captureWarnings } from '../../helpers/console.js';
import { serveJson } from '../../helpers/json-echo.js';
import { part, rectOfText, visibleText } from '../../helpers/shadow.js';

const FIXTURES = '/test/fixtures/missions';
const KENYA = 'The Permanent Mission of the Republic of Kenya to the United Nations';
/** The ask of the default message, by the country's status under the Protocol (see mission-message.ts). */
const ASKS = {
  party:
    'I ask my government to lead at the United Nations in ending human trafficking and to implement the UN Trafficking in Persons Protocol in full: fund services for survivors, carry out a national action plan, and bring traffickers to justice.',
  signatory:
    'Our country signed the UN Trafficking in Persons Protocol but has not ratified it. I ask my government to ratify it without delay, and to lead at the United Nations in ending human trafficking: to protect and support survivors and bring traffickers to justice.',
  'not-party':
    'Our country is not yet a party to the UN Trafficking in Persons Protocol. I ask my government to accede to it without delay, and to lead at the United Nations in ending human trafficking: to protect and support survivors and bring traffickers to justice.',
  unknown:
    'I ask my government to lead at the United Nations in ending human trafficking: to protect and support survivors, bring traffickers to justice, and join and fully implement the UN Trafficking in Persons Protocol.',
};
const MESSAGE = (status: keyof typeof ASKS) => `Dear Permanent Mission,\n\n${ASKS[status]}\n\nThank you.`;
const normalized = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

/** Renders an element and waits until its data has loaded and it has rendered. */
async function missionFixture(template: ReturnType<typeof html>): Promise<MissionContact> {
  const el = await fixture<MissionContact>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.base'), 'the mission data loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Renders while recording console warnings and cw-error events. */
async function withWarnings(template: ReturnType<typeof html>) {
  const errors: string[] = [];
  const onError = (event: CustomEvent<{ code: string }>) => void errors.push(event.detail.code);
  document.addEventListener('cw-error', onError);
  let el!: MissionContact;
  const warnings = await captureWarnings(async () => {
    el = await missionFixture(template);
  });
  document.removeEventListener('cw-error', onError);
  return { el, warnings: warnings.join('\n'), errors };
}

const picker = (el: Element) => part<HTMLSelectElement>(el, 'picker');
const optionNames = (el: Element) => [...picker(el)!.options].slice(1).map((option) => option.textContent!.trim());

/** Keeps a click on a link from leaving the test page (the widget's own click handler still runs first). */
function stayOnPage(el: Element) {
  el.addEventListener('click', (event) => event.preventDefault());
}

/** Makes the browser report these languages, as a visitor's settings would (undone with `delete navigator.languages`). */
function browserLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => Object.freeze([...languages]) });
}

/** Copies with a real key press on the copy button, as a keyboard user does (the browser then allows the copy). */
async function copyWithKeyboard(el: MissionContact): Promise<void> {
  part<HTMLButtonElement>(el, 'copy')!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<mission-contact>', () => {
  const lang = document.documentElement.lang;
  afterEach(async () => {
    document.documentElement.lang = lang;
    await setLocale('en');
  });

  describe('a country with contact data', () => {
    it('shows the mission, its Palermo status, address, phone, email, website, the message and where the details come from', async () => {
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      expect(picker(el)).to.equal(null);
      expect(part(el, 'name')!.textContent).to.equal(KENYA);
      expect(part(el, 'palermo')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Party to the UN Trafficking in Persons Protocol since January 5, 2005. Source: whatconvention.org.',
      );
      // Its source is an older page: the card says so beside the value.
      expect(normalized(part(el, 'address'))).to.equal('866 United Nations Plaza, Room 304, New York, NY 10017 (may be out of date)');
      const phone = part<HTMLAnchorElement>(el, 'phone')!;
      expect(phone.getAttribute('href')).to.equal('tel:+12124214741');
      expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call (212) 421-4741');
      expect(phone.querySelector('[dir="ltr"]')!.textContent).to.equal('(212) 421-4741');
      const email = part<HTMLAnchorElement>(el, 'email')!;
      // Kenya is a party: the message asks for the Protocol to be implemented.
      expect(email.getAttribute('href')).to.equal(
        `mailto:info@kenyaun.org?subject=Kenya%20and%20the%20fight%20against%20human%20trafficking&body=${encodeURIComponent(MESSAGE('party').replace(/\n/g, '\r\n'))}`,
      );
      expect(email.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Email info@kenyaun.org');
      const website = part<HTMLAnchorElement>(el, 'website')!;
      expect(website.href).to.equal('https://www.un.int/kenya');
      expect(website.rel).to.equal('noopener noreferrer');
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('party'));
      expect(normalized(part(el, 'source'))).to.equal(
        'Source: un.int and kenyaun.org. Details read on December 5, 2026. Some come from an older or secondary source and may be out of date.',
      );
      const sourceLink = part(el, 'source')!.querySelector('a')!;
      expect(sourceLink.href).to.equal('https://www.un.int/kenya/about');
      expect(part<HTMLAnchorElement>(el, 'directory')!.href).to.equal(UN_DIRECTORY_URL);
      expect(part(el, 'report')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('tells the time in New York beside the phone, for office hours', async () => {
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      const format = () => new Intl.DateTimeFormat('en', { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format();
      const before = format();
      const note = part(el, 'hours')!.textContent!.trim();
      expect([before, format()].map((now) => `The mission is in New York, where it is now ${now}: call during office hours.`)).to.include(note);
    });

    it('builds the email from the subject and message templates, with {country} and {mission}', async () => {
      const el = await missionFixture(html`
        <mission-contact country="KE" subject="{country}: end trafficking" message="Dear {mission},&#10;please act now, {country}. & more?"></mission-contact>
      `);
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.equal(
        'mailto:info@kenyaun.org?subject=Kenya%3A%20end%20trafficking&body=' +
          'Dear%20The%20Permanent%20Mission%20of%20the%20Republic%20of%20Kenya%20to%20the%20United%20Nations%2C%0D%0Aplease%20act%20now%2C%20Kenya.%20%26%20more%3F',
      );
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(`Dear ${KENYA},\nplease act now, Kenya. & more?`);
    });

    it('fires cw-contact with the country and channel, and nothing personal', async () => {
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      stayOnPage(el);
      const details: CwContactDetail[] = [];
      el.addEventListener('cw-contact', (event) => details.push(event.detail));
      part<HTMLElement>(el, 'phone')!.click();
      part<HTMLElement>(el, 'email')!.click();
      part<HTMLElement>(el, 'website')!.click();
      expect(details).to.deep.equal([
        { country: 'KE', channel: 'phone' },
        { country: 'KE', channel: 'email' },
        { country: 'KE', channel: 'website' },
      ]);
    });

    it('copies the message, announces it and fires cw-contact "copy"', async () => {
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      const events: CwContactDetail[] = [];
      el.addEventListener('cw-contact', (event) => events.push(event.detail));
      await copyWithKeyboard(el);
      await waitUntil(() => part(el, 'status')!.textContent === 'Message copied.', 'the copy is announced');
      expect(events).to.deep.equal([{ country: 'KE', channel: 'copy' }]);
      await expect(el).to.be.accessible();
      expect(await pasteClipboard()).to.equal(MESSAGE('party'));
    });

    it('says so when the browser refuses to copy, and reports no contact', async () => {
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      const events: CwContactDetail[] = [];
      el.addEventListener('cw-contact', (event) => events.push(event.detail));
      const restoreClipboard = refuseClipboard();
      try {
        await copyWithKeyboard(el);
        await waitUntil(() => part(el, 'status')!.textContent !== '', 'the refusal is announced');
      } finally {
        restoreClipboard();
      }
      expect(part(el, 'status')!.textContent).to.equal('Could not copy. Select the text and copy it.');
      expect(events).to.deep.equal([]);
      // The message stays on the card to select by hand, and focus stays on the button.
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('party'));
      expect(el.shadowRoot!.activeElement === part(el, 'copy')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("copies the partner's call script from the script slot", async () => {
      const el = await missionFixture(
        html`<mission-contact country="KE"><p slot="script">Hello, I am calling about the trafficking bill.</p></mission-contact>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="script"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Hello, I am calling about the trafficking bill.');
      await copyWithKeyboard(el);
      await waitUntil(() => part(el, 'status')!.textContent === 'Message copied.', 'the copy is announced');
      expect(await pasteClipboard()).to.equal('Hello, I am calling about the trafficking bill.');
    });

    it("links to the partner's page for reporting wrong details, and refuses an unsafe one", async () => {
      const el = await missionFixture(html`<mission-contact country="KE" report-url="https://example.org/report"></mission-contact>`);
      const report = part<HTMLAnchorElement>(el, 'report')!;
      expect(report.href).to.equal('https://example.org/report');
      expect(report.textContent).to.equal('Report wrong details');
      expect(report.rel).to.equal('noopener noreferrer');
      const byEmail = await missionFixture(html`<mission-contact country="KE" report-url="mailto:data@partner.example"></mission-contact>`);
      expect(part<HTMLAnchorElement>(byEmail, 'report')!.getAttribute('href')).to.equal('mailto:data@partner.example');
      const bad = await withWarnings(html`<mission-contact country="KE" report-url="javascript:alert(1)"></mission-contact>`);
      expect(part(bad.el, 'report')).to.equal(null);
      expect(bad.warnings).to.contain('<mission-contact> report-url="javascript:alert(1)" is not valid (allowed: https: or mailto:); no report link.');
    });
  });

  describe('every level of contact data', () => {
    it('without any: still names the mission, gives the message to copy and links to the UN directory', async () => {
      const el = await missionFixture(html`<mission-contact country="BR"></mission-contact>`);
      expect(part(el, 'name')!.textContent).to.equal('Permanent Mission of Brazil to the United Nations');
      for (const name of ['phone', 'email', 'website', 'address', 'source']) expect(part(el, name), name).to.equal(null);
      expect(el.shadowRoot!.querySelector('ul')).to.equal(null, 'no empty list');
      const directory = part<HTMLAnchorElement>(el, 'directory')!;
      expect(directory.href).to.equal('https://bluebook.e-delegate.un.org/');
      expect(directory.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'We have no contact details for this mission yet. UN directory of Permanent Missions',
      );
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('party'));
      await expect(el).to.be.accessible();
    });

    it('with only an address: the message is a letter, headed with the address, ready to copy', async () => {
      // An address only, and no source read gave the Protocol status.
      const el = await missionFixture(html`<mission-contact country="KP"></mission-contact>`);
      const address = part(el, 'address')!.textContent!.trim();
      expect(part(el, 'address')!.querySelector('bdi')!.lang, 'a New York address, read as English on any page').to.equal('en');
      expect(visibleText(el)).to.include('Write to the mission at this address: the letter below is ready to copy and print.');
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(`${address}\n\n${MESSAGE('unknown')}`);
      await copyWithKeyboard(el);
      await waitUntil(() => part(el, 'status')!.textContent === 'Message copied.', 'the copy is announced');
      await expect(el).to.be.accessible();
      expect(await pasteClipboard()).to.equal(`${address}\n\n${MESSAGE('unknown')}`);
    });

    it('with only a website: contact the mission through it', async () => {
      const el = await missionFixture(html`<mission-contact country="FR"></mission-contact>`);
      expect(normalized(part(el, 'website'))).to.equal('Contact the mission through its website');
      expect(part(el, 'phone')).to.equal(null);
    });
  });

  describe('the ask follows the Palermo Protocol status', () => {
    it('a non-party is asked to accede, and the card says it is not a party, with the source and its date', async () => {
      const el = await missionFixture(html`<mission-contact country="TV"></mission-contact>`);
      expect(normalized(part(el, 'palermo'))).to.match(/^Not a party to the UN Trafficking in Persons Protocol\. Status as of \w+ \d+, \d{4}\. Source: \S+\.$/);
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('not-party'));
    });

    it('a signatory is asked to ratify', async () => {
      const el = await missionFixture(html`<mission-contact country="CG"></mission-contact>`);
      expect(normalized(part(el, 'palermo'))).to.match(/^Signed the UN Trafficking in Persons Protocol on December 14, 2000, but has not ratified it\./);
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('signatory'));
    });

    it('where no source gave the status, the card says nothing about it and the ask claims neither', async () => {
      // A country the bundled data gives no status for (the research fills them in over time).
      const { entries } = (await (await fetch('/src/data/missions.json')).json()) as { entries: { country: string; palermo?: unknown }[] };
      const unknown = entries.find((entry) => !entry.palermo)!.country;
      const el = await missionFixture(html`<mission-contact country=${unknown}></mission-contact>`);
      expect(part(el, 'name'), `the card for ${unknown}`).not.to.equal(null);
      expect(part(el, 'palermo')).to.equal(null);
      expect(visibleText(el)).not.to.match(/not a party|Protocol since/i);
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('unknown'));
    });
  });

  describe('the country attribute', () => {
    it('accepts a lower-case code without complaint', async () => {
      const { el, warnings } = await withWarnings(html`<mission-contact country=" ke "></mission-contact>`);
      expect(part(el, 'name')!.textContent).to.equal(KENYA);
      expect(warnings).to.equal('');
    });

    for (const bad of ['ZZ', 'TW', 'Kenya', 'K']) {
      it(`warns about "${bad}" and offers the picker instead`, async () => {
        const { el, warnings, errors } = await withWarnings(html`<mission-contact country=${bad}></mission-contact>`);
        expect(warnings).to.contain(
          `<mission-contact> country="${bad}" is not valid (allowed: the ISO code of a UN member state, e.g. KE); showing the picker.`,
        );
        expect(picker(el)).to.not.equal(null);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the country picker', () => {
    it("lists the 193 member states by localized name, labelled, preselected from the page language's region", async () => {
      document.documentElement.lang = 'fr-SN';
      const el = await missionFixture(html`<mission-contact></mission-contact>`);
      const select = picker(el)!;
      expect(select.options.length).to.equal(194);
      expect(select.labels[0].textContent).to.equal('Your country');
      expect(select.value).to.equal('SN');
      expect(part(el, 'name')!.textContent).to.match(/S[eé]n[eé]gal/);
      await expect(el).to.be.accessible();
    });

    describe("without a region in the page's language", () => {
      afterEach(() => {
        delete (navigator as { languages?: unknown }).languages;
      });

      it("falls back to the first browser language's region that is a member state", async () => {
        document.documentElement.lang = 'en';
        // Kosovo (XK) has a region code but no mission.
        browserLanguages(['sw', 'sq-XK', 'pt-BR', 'fr-SN']);
        const el = await missionFixture(html`<mission-contact></mission-contact>`);
        expect(picker(el)!.value).to.equal('BR');
        expect(part(el, 'name')!.textContent).to.match(/Brazil/);
        await expect(el).to.be.accessible();
      });

      it('chooses nothing when no browser language names a region either', async () => {
        document.documentElement.lang = 'en';
        browserLanguages(['en', 'sw']);
        const el = await missionFixture(html`<mission-contact></mission-contact>`);
        expect(picker(el)!.value).to.equal('');
        expect(part(el, 'card')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    });

    it('forgets the country picked and what it said when the visitor leaves with the quick exit', async () => {
      document.documentElement.lang = 'fr-SN';
      const el = await missionFixture(html`<mission-contact></mission-contact>`);
      const select = picker(el)!;
      select.value = 'KE';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await copyWithKeyboard(el);
      await waitUntil(() => part(el, 'status')!.textContent !== '', 'the copy is announced');
      window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
      await el.updateComplete;
      expect(picker(el)!.value, 'no country chosen').to.equal('');
      expect(part(el, 'card'), 'no mission shown').to.equal(null);
      expect(part(el, 'status')?.textContent ?? '', 'nothing announced').to.equal('');
      await expect(el).to.be.accessible();
    });

    it('is used with the keyboard: type to search, arrows to move', async () => {
      document.documentElement.lang = 'en';
      const el = await missionFixture(html`<mission-contact></mission-contact>`);
      const select = picker(el)!;
      select.focus();
      await sendKeys({ type: 'Ken' });
      await waitUntil(() => select.value === 'KE', 'typing selects Kenya', { timeout: 2000 });
      await el.updateComplete;
      expect(part(el, 'name')!.textContent).to.equal(KENYA);
      await aTimeout(1100); // the browser's type-to-search buffer expires
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => select.value === 'KI', 'ArrowDown moves to Kiribati', { timeout: 2000 });
      await el.updateComplete;
      expect(part(el, 'name')!.textContent).to.match(/Kiribati/);
      expect(el.shadowRoot!.activeElement === select).to.equal(true);
    });

    it('sorts names the French way in French, also after the page switches language', async () => {
      document.documentElement.lang = 'fr';
      const el = await missionFixture(html`<mission-contact></mission-contact>`);
      expect(optionNames(el)).to.include('Egypt');
      await setLocale('fr');
      await el.updateComplete;
      const names = optionNames(el);
      expect(names).to.include('Égypte').and.to.include('Afrique du Sud');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('fr').compare));
      // Code-point order would put "Égypte" after "Zimbabwe"; French order puts it among the E.
      expect(names.indexOf('Égypte')).to.be.lessThan(names.indexOf('Espagne'));
      expect(names.indexOf('Équateur')).to.be.greaterThan(names.indexOf('Égypte'));
      expect(names[0]).to.equal('Afghanistan');
      await expect(el).to.be.accessible();
    });

    it("keeps a letter's English address left to right above the Arabic message", async () => {
      await setLocale('ar');
      document.documentElement.lang = 'ar';
      // Afghanistan's mission has only an address: the text to copy is a letter that starts with it.
      const el = await missionFixture(html`<mission-contact country="AF"></mission-contact>`);
      const message = el.shadowRoot!.querySelector('.message')!;
      const text = [...message.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')!;
      expect(text.data.startsWith('633 Third Avenue')).to.equal(true);
      const rectOf = (word: string) => rectOfText(message, word);
      // Read left to right, the house number comes first, not after the street at the end of the line.
      expect(rectOf('633').left).to.be.below(rectOf('Third').left);
      expect(rectOf('Third').top).to.equal(rectOf('633').top);
      await expect(el).to.be.accessible();
    });

    it('stands an English address on the right of an Arabic card, in its own order (no note beside it)', async () => {
      await setLocale('ar');
      document.documentElement.lang = 'ar';
      const el = await missionFixture(html`<mission-contact country="US"></mission-contact>`);
      const address = part(el, 'address')!;
      expect(address.textContent).to.contain('799 United Nations Plaza');
      const range = document.createRange();
      range.selectNodeContents(address);
      expect(range.getBoundingClientRect().right).to.be.closeTo(address.getBoundingClientRect().right, 1);
      expect(rectOfText(address, '799').left).to.be.below(rectOfText(address, 'United').left);
      await expect(el).to.be.accessible();
    });

    it('sorts Arabic names the Arabic way and lays out right to left', async () => {
      await setLocale('ar');
      document.documentElement.lang = 'ar';
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, 'card')!).direction).to.equal('rtl');
      // Names and addresses from the data keep their own direction (English text stays left to right)...
      expect(getComputedStyle(part(el, 'name')!.querySelector('bdi')!).direction).to.equal('ltr');
      // ...and stand on the card's right-hand side, where the Arabic lines around them start.
      const lineEnd = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect().right;
      };
      for (const name of ['name', 'address']) {
        expect(lineEnd(part(el, name)!), name).to.be.closeTo(part(el, name)!.getBoundingClientRect().right, 1);
      }
      // The script's rule (border-inline-start, from the styles that load with the card) sits on the right.
      const script = getComputedStyle(part(el, 'script')!);
      expect([script.borderRightStyle, script.borderLeftStyle]).to.deep.equal(['solid', 'none']);
      expect(part(el, 'phone')!.querySelector('[dir="ltr"]')!.textContent).to.equal('(212) 421-4741');
      el.country = undefined;
      await el.updateComplete;
      const names = optionNames(el);
      expect(names.every((name) => /[\u0600-\u06FF]/.test(name))).to.equal(true);
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('ar').compare));
      expect(names).to.not.deep.equal([...names].sort());
      await expect(el).to.be.accessible();
    });

    it("lists the sources with the language's own separators and full stop, a link where it has one", async () => {
      await setLocale('zh');
      document.documentElement.lang = 'zh';
      const el = await missionFixture(html`<mission-contact country="KE"></mission-contact>`);
      const source = part(el, 'source')!;
      expect(normalized(source)).to.match(/^来源：un\.int和kenyaun\.org。/);
      expect([...source.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal(['un.int']);
      await expect(el).to.be.accessible();
    });
  });

  describe('a partner dataset (src)', () => {
    it('overrides and fills the bundled entries', async () => {
      const el = await missionFixture(html`<mission-contact country="KE" src="${FIXTURES}/partner.json"></mission-contact>`);
      expect(part(el, 'name')!.textContent).to.equal('Permanent Mission of Kenya (partner data)');
      expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:+12125550100');
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.match(/^mailto:kenya@example\.org\?subject=/);
      expect(normalized(part(el, 'source'))).to.equal('Source: Partner phone check. Details read on November 20, 2026.');
      expect(part(el, 'palermo')!.textContent).to.contain('January 5, 2005'); // the bundled status stays
      el.country = 'FR';
      await el.updateComplete;
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.match(/^mailto:france@example\.org\?/);
      expect(part(el, 'name')!.textContent).to.equal('Permanent Mission of France to the United Nations');
      await expect(el).to.be.accessible();
    });

    for (const [name, src, reason] of [
      ['answers 404', `${FIXTURES}/missing.json`, 'answered HTTP 404'],
      ['is not JSON', `${FIXTURES}/not-json.json`, 'did not return valid JSON'],
      ['has no entries list', `${FIXTURES}/no-entries.json`, 'it has no "entries" list.'],
      ['is not https', 'javascript:alert(1)', 'is not an https: URL'],
    ]) {
      it(`that ${name} is reported, and the bundled data is used`, async () => {
        const { el, warnings, errors } = await withWarnings(html`<mission-contact country="KE" src=${src}></mission-contact>`);
        expect(warnings).to.contain(`<mission-contact> src="${src}" is not used: `).and.to.contain(reason).and.to.contain('The bundled data is shown.');
        expect(errors).to.deep.equal(['invalid-src']);
        expect(part(el, 'name')!.textContent).to.equal(KENYA);
        expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:+12124214741');
      });
    }

    it('with values of the wrong kind drops them with warnings and renders safely', async () => {
      const src = `${FIXTURES}/partner-bad-types.json`;
      const { el, warnings } = await withWarnings(html`<mission-contact country="KE" src=${src}></mission-contact>`);
      // One warning for the list of entries when it arrives, one for a country's entry when it is first shown.
      expect(warnings).to.contain(`<mission-contact> src="${src}": 3 problems:`);
      expect(warnings).to.contain(`<mission-contact> src="${src}": 9 problems:`);
      for (const expected of [
        'entries[0].mission.name 42 is not valid; ignored.',
        'entries[0].mission.tel "+1 212 SHIP" is not valid; ignored.',
        'entries[0].mission.email "not an email" is not valid; ignored.',
        'entries[0].mission.website "http://example.org/kenya" is not valid; ignored.',
        'entries[0].mission.sources "Partner" is not valid; ignored.',
        'entries[0].mission.retrieved "yesterday" is not valid; ignored.',
        'entries[0].mission.current "no" is not valid; ignored.',
        'entries[0].palermo.since "long ago" is not valid; ignored.',
        'entries[0].palermo needs a status, at least one source (with a label) and the date it was read; ignored.',
        'entries[1].country 12 is not an ISO 3166-1 alpha-2 code; entry ignored.',
        'entries[2].country undefined is not an ISO 3166-1 alpha-2 code; entry ignored.',
        'entries[3].country "Kenya" is not an ISO 3166-1 alpha-2 code; entry ignored.',
        '<mission-contact> phone "212-555-SHIP" cannot be dialled; shown without a link.',
      ]) {
        expect(warnings).to.contain(expected);
      }
      // The partner's block replaced the bundled one: only its valid values remain, and nothing is a broken link.
      expect(part(el, 'name')!.textContent).to.equal('Permanent Mission of Kenya to the United Nations');
      const phone = part(el, 'phone')!;
      expect(phone.localName).to.equal('span');
      expect(phone.textContent).to.equal('212-555-SHIP');
      expect(part(el, 'email')).to.equal(null);
      expect(part(el, 'website')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('a:not([href^="https:"]):not([href^="tel:"]):not([href^="mailto:"])').length).to.equal(0);
      expect(part(el, 'palermo')!.textContent).to.contain('January 5, 2005');
      expect(visibleText(el)).not.to.match(/undefined|NaN|null/);
      await expect(el).to.be.accessible();
      // France's entry is checked, and its problem reported, when France is shown; its bundled mission stays.
      expect(warnings).not.to.contain('entries[4]');
      const later = await captureWarnings(async () => {
        el.country = 'FR';
        await el.updateComplete;
      });
      expect(later.join('\n')).to.contain(`<mission-contact> src="${src}": 1 problem:\n- entries[4].mission is not valid; ignored.`);
      expect(part(el, 'name')!.textContent).to.equal('Permanent Mission of France to the United Nations');
      await expect(el).to.be.accessible();
    });
  });

  describe('a partner dataset (src) that is wrong or slow', () => {
    const PALERMO_SOURCE = { sources: [{ label: 'Partner' }], retrieved: '2026-11-20' };

    it('never says a country is not a party without a source: a status without one is dropped, the bundled one stays', async () => {
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'FR', palermo: { status: 'not-party', retrieved: '2025-01-01' } }] }));
      const { el, warnings } = await withWarnings(html`<mission-contact country="FR" src=${src}></mission-contact>`);
      expect(visibleText(el)).not.to.match(/not a party|not yet a party|accede/i);
      expect(normalized(part(el, 'palermo'))).to.match(/^Party to the UN Trafficking in Persons Protocol/);
      expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal(MESSAGE('party'));
      expect(warnings).to.contain('entries[0].palermo needs a status, at least one source (with a label) and the date it was read; ignored.');
      await expect(el).to.be.accessible();
    });

    it('drops a date that does not exist rather than rolling it over to the next month', async () => {
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'KE', palermo: { status: 'party', since: '2004-02-30', ...PALERMO_SOURCE } }] }));
      const { el, warnings } = await withWarnings(html`<mission-contact country="KE" src=${src}></mission-contact>`);
      expect(visibleText(el)).not.to.include('March 1, 2004');
      expect(normalized(part(el, 'palermo'))).to.equal('Party to the UN Trafficking in Persons Protocol. Source: Partner.');
      expect(warnings).to.contain('entries[0].palermo.since "2004-02-30" is not valid; ignored.');
      await expect(el).to.be.accessible();
    });

    it('reports hundreds of bad entries in one warning that says how many, and uses the good ones', async () => {
      const bad = Array.from({ length: 990 }, (_, index) => ({ country: `Z${index}` }));
      const kenya = { country: 'KE', mission: { name: 'Partner Kenya mission', sources: [{ label: 'Partner' }], retrieved: '2026-11-20' } };
      const src = await serveJson(JSON.stringify({ entries: [...bad, kenya] }));
      const logged = await captureWarnings(async () => {
        const el = await missionFixture(html`<mission-contact country="KE" src=${src}></mission-contact>`);
        expect(part(el, 'name')!.textContent).to.equal('Partner Kenya mission');
      });
      expect(logged, logged.slice(0, 3).join('\n')).to.have.length(1);
      expect(logged[0]).to.include(`<mission-contact> src="${src}": 990 problems (the first 10 below, 980 more not listed):`);
      expect(logged[0]).to.include('entries[9].country "Z9" is not an ISO 3166-1 alpha-2 code').and.not.to.include('entries[10].');
    });

    describe('from a slow server', function () {
      // The partner's server answers late or breaks off: these tests wait for it (past the grace period of 1.5 s).
      this.timeout(15_000);

      it('shows the bundled card within the grace period, then the partner’s, and keeps the focus where the visitor put it', async () => {
        const partner = await (await fetch(`${FIXTURES}/partner.json`)).text();
        const src = `${await serveJson(partner)}?delay=5000`;
        const el = await fixture<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
        // The partner answers after 5 s: the bundled card must show long before.
        await waitUntil(() => part(el, 'name')?.textContent === KENYA, 'the bundled card shows while the partner is late', { timeout: 3500 });
        expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:+12124214741');
        await expect(el).to.be.accessible();
        part<HTMLButtonElement>(el, 'copy')!.focus();
        await waitUntil(() => part(el, 'name')?.textContent === 'Permanent Mission of Kenya (partner data)', 'the partner’s data shows when it comes', {
          timeout: 8000,
        });
        expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:+12125550100');
        expect(el.shadowRoot!.activeElement, 'the focus stays on the copy button').to.equal(part(el, 'copy'));
        await expect(el).to.be.accessible();
      });

      it('that breaks off its answer: the bundled card meanwhile, then one warning and cw-error, and the bundled card stays', async () => {
        const partner = await (await fetch(`${FIXTURES}/partner.json`)).text();
        // Half the body, then nothing for 4 s, then the connection breaks.
        const src = `${await serveJson(partner)}?stall=4000`;
        const errors: string[] = [];
        let el!: MissionContact;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
          el.addEventListener('cw-error', (event) => errors.push(event.detail.code));
          await waitUntil(() => part(el, 'name')?.textContent === KENYA, 'the bundled card shows while the partner stalls', { timeout: 3500 });
          expect(errors).to.deep.equal([]);
          await expect(el).to.be.accessible();
          await waitUntil(() => errors.length > 0, 'the broken answer is reported', { timeout: 8000 });
        });
        expect(errors).to.deep.equal(['invalid-src']);
        const reported = warnings.filter((warning) => warning.includes(`src="${src}" is not used`));
        expect(reported).to.have.length(1);
        expect(reported[0]).to.include('broke off its answer').and.to.include('The bundled data is shown.');
        expect(part(el, 'name')!.textContent).to.equal(KENYA);
        await expect(el).to.be.accessible();
      });
    });
  });

  describe("the page's own fallback", () => {
    const bundled = MissionContact.dataUrl;
    afterEach(() => {
      MissionContact.dataUrl = bundled;
    });

    it('stays on show while the data loads, and the card then replaces it', async () => {
      MissionContact.dataUrl = `${await serveJson(await (await fetch(bundled)).text())}?delay=1500`;
      const el = await fixture<MissionContact>(html`<mission-contact country="KE"><p slot="cw-fallback">${KENYA}</p></mission-contact>`);
      await el.updateComplete;
      const fallback = el.querySelector('p')!;
      expect(fallback.getClientRects().length, 'the name does not vanish when the widget upgrades').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'name'), 'the card shows once the data arrives', { timeout: 5000 });
      expect(fallback.getClientRects().length, 'the card replaces the fallback').to.equal(0);
    });
  });

  describe('heading-level', () => {
    const headings = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((heading) => `${heading.getAttribute('aria-level')} ${heading.textContent!.trim()}`);

    it('makes no headings without it: the widget cannot know its place in the page', async () => {
      expect(headings(await missionFixture(html`<mission-contact country="ke"></mission-contact>`))).to.deep.equal([]);
    });

    it('makes the mission\'s name a heading of that level and "What to say" one below, for moving by headings', async () => {
      const el = await missionFixture(html`<mission-contact country="ke" heading-level="2"></mission-contact>`);
      expect(headings(el)).to.deep.equal(['2 The Permanent Mission of the Republic of Kenya to the United Nations', '3 What to say']);
      await expect(el).to.be.accessible();
      el.headingLevel = 6;
      await el.updateComplete;
      expect(headings(el), 'no level past 6').to.deep.equal(['6 The Permanent Mission of the Republic of Kenya to the United Nations', '6 What to say']);
    });

    it('warns once about a value that is not a level, and makes no headings', async () => {
      const { el, warnings } = await withWarnings(html`<mission-contact country="ke" heading-level="h3"></mission-contact>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.split('heading-level="h3" is not valid (allowed: a whole number from 1 to 6)').length - 1, 'one warning').to.equal(1);
      expect(headings(el)).to.deep.equal([]);
    });
  });

  describe('when the bundled dataset cannot be loaded', () => {
    const bundled = MissionContact.dataUrl;
    afterEach(() => {
      MissionContact.dataUrl = bundled;
    });

    it("reports it and still shows the mission's name, the message and the UN directory", async () => {
      MissionContact.dataUrl = `${FIXTURES}/gone/missions.json`;
      const { el, warnings, errors } = await withWarnings(html`<mission-contact country="ke"></mission-contact>`);
      expect(errors).to.deep.equal(['missions-unavailable']);
      expect(warnings).to.contain('<mission-contact> has no mission data: ').and.to.contain('answered HTTP 404');
      expect(part(el, 'name')!.textContent).to.equal('Permanent Mission of Kenya to the United Nations');
      expect(part<HTMLAnchorElement>(el, 'directory')!.href).to.equal(UN_DIRECTORY_URL);
      expect(part(el, 'phone')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('without a country shows no empty picker, only the directory', async () => {
      MissionContact.dataUrl = `${FIXTURES}/not-json.json`;
      const { el, errors } = await withWarnings(html`<mission-contact></mission-contact>`);
      expect(errors).to.deep.equal(['missions-unavailable']);
      expect(picker(el)).to.equal(null);
      expect(part(el, 'directory')!.textContent).to.equal('UN directory of Permanent Missions');
      await expect(el).to.be.accessible();
    });
  });
});
