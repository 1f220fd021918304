/**
 * What a person at risk sees and can do with <help-line>: the emergency number first, the country's helplines with
 * every way to reach them (labelled for what they are), the picker, the discreet mode, a partner's own data, bad data,
 * and the quick exit.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/help-line/help-line.define.js';
import { HelpLine } from '../../../src/widgets/help-line/help-line.js';
import { setLocale } from '../../../src/core/localization.js';
import { HELP_DIRECTORY } from '../../../src/data/help-directory.js';
import { captureWarnings } from '../../helpers/console.js';
import { serveJson } from '../../helpers/json-echo.js';
import { resetServerLog, wasRequested } from '../../helpers/requests.js';
import { part, visibleText } from '../../helpers/shadow.js';
import { expectStatusMessage } from '../../helpers/status-line.js';

/** Renders an element and waits until its data has loaded and it has rendered. */
async function helpLine(template: ReturnType<typeof html>): Promise<HelpLine> {
  const el = await fixture<HelpLine>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.base'), 'the help data loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Runs `check` with the widgets and the page in `locale`, then back in English. */
async function inLanguage(locale: string, check: () => Promise<void>): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
  try {
    await check();
  } finally {
    await setLocale('en');
  }
}

/** Keeps a click on a link from leaving the test page (the widget's own click handler still runs first). */
function stayOnPage(el: Element) {
  el.addEventListener('click', (event) => event.preventDefault());
}

/** The headings a screen reader lists in the widget, as level and text. */
const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map(
    (heading) => `${heading.getAttribute('aria-level')} ${heading.textContent!.replace(/\s+/g, ' ').trim()}`,
  );

const links = (el: HelpLine, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));

describe('<help-line>', () => {
  const lang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = lang;
  });

  it('shows the emergency number first, then the national anti-trafficking line with every way to reach it and its sources', async () => {
    const el = await helpLine(html`<help-line country="gb"></help-line>`);
    const text = visibleText(el);
    expect(part(el, 'picker'), 'a given country needs no picker').to.equal(null);
    const country = part(el, 'country')!;
    expect(country.textContent!.trim(), 'with no picker, the card says whose numbers these are').to.equal('Country: United Kingdom');
    expect(part(el, 'card')!.firstElementChild, 'first in the card').to.equal(country);
    const emergency = part(el, 'emergency')!;
    expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    expect(emergency.textContent).to.match(/In immediate danger, call\s+999/);
    expect(emergency.compareDocumentPosition(part(el, 'line')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the emergency number comes first').to.be.greaterThan(0);
    expect(part(el, 'kind')!.textContent!.trim()).to.equal('Anti-trafficking helpline');
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
    expect(text).to.include('Run by Unseen');
    expect(links(el, '[part~="phone"]')).to.deep.equal(['tel:08000121700']);
    expect(text).to.include('08000 121 700');
    expect(text).to.include('Open 24 hours a day, every day').and.to.include('Free to call').and.to.include('Confidential');
    expect(links(el, '[part~="website"]')).to.deep.equal(['https://www.modernslaveryhelpline.org/']);
    expect(part(el, 'source')!.querySelector('a')).not.to.equal(null);
    expect(text).to.match(/Read on \w+ \d+, 2026\./);
    await expect(el).to.be.accessible();
  });

  it('on an Arabic page, sets an English line name on the right, where the Arabic lines around it start', async () => {
    await inLanguage('ar', async () => {
      const el = await helpLine(html`<help-line country="GB"></help-line>`);
      const name = part(el, 'name')!;
      expect(getComputedStyle(name.querySelector('bdi')!).direction, 'the name reads left to right').to.equal('ltr');
      const text = document.createRange();
      text.selectNodeContents(name);
      expect(text.getBoundingClientRect().right).to.be.closeTo(name.getBoundingClientRect().right, 1);
      await expect(el).to.be.accessible();
    });
  });

  it('names the page’s country in the page’s language', async () => {
    await inLanguage('fr', async () => {
      const el = await helpLine(html`<help-line country="GB"></help-line>`);
      expect(part(el, 'country')!.textContent!.trim()).to.equal('Pays\u202f: Royaume-Uni');
      await expect(el).to.be.accessible();
    });
  });

  it('on an Arabic page, keeps an English operator’s brackets with its name', async () => {
    await inLanguage('ar', async () => {
      const el = await helpLine(html`<help-line country="AE"></help-line>`);
      const note = [...el.shadowRoot!.querySelectorAll('[part~="line"] .note')].find((p) => p.textContent!.includes('Ewaa'))!;
      // Isolated, the operator reads as one left-to-right run: "Ewaa (Abu Dhabi … Care)", not "(Ewaa (Abu Dhabi…".
      expect(note.textContent).to.include('\u2068Ewaa (Abu Dhabi Center for Shelter and Humanitarian Care)\u2069');
      // And on screen: the closing bracket stands right after "Care", not at the far (left) end of the line.
      const node = [...note.childNodes].find((child) => child.textContent!.includes('Ewaa'))!;
      const rect = (from: number, length: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + length);
        return range.getBoundingClientRect();
      };
      const care = node.textContent!.indexOf('Care)');
      expect(rect(care + 'Care'.length, 1).left).to.be.closeTo(rect(care, 'Care'.length).right, 2);
      await expect(el).to.be.accessible();
    });
  });

  it('fires cw-help with the country and the channel only', async () => {
    const el = await helpLine(html`<help-line country="GB"></help-line>`);
    stayOnPage(el);
    const details: unknown[] = [];
    el.addEventListener('cw-help', (event) => details.push(event.detail));
    part<HTMLAnchorElement>(el, 'phone')!.click();
    part(el, 'emergency')!.querySelector<HTMLAnchorElement>('a')!.click();
    part<HTMLAnchorElement>(el, 'website')!.click();
    expect(details).to.deep.equal([
      { country: 'GB', channel: 'phone' },
      { country: 'GB', channel: 'emergency' },
      { country: 'GB', channel: 'web' },
    ]);
  });

  it('offers a text message and an online chat where the line has them, and reports which one the visitor used', async () => {
    // The United States' national hotline takes texts and has an online chat (src/data/helplines.json).
    const el = await helpLine(html`<help-line country="US"></help-line>`);
    stayOnPage(el);
    const sms = part<HTMLAnchorElement>(el, 'sms')!;
    expect(sms.getAttribute('href')).to.equal('sms:233733');
    expect(sms.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Send a text message 233733');
    expect(visibleText(el)).to.include('text BEFREE or HELP');
    const chat = part<HTMLAnchorElement>(el, 'chat')!;
    expect(chat.getAttribute('href')).to.equal('https://humantraffickinghotline.org/chat');
    expect(chat.textContent!.trim()).to.equal('Chat online');
    expect(chat.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
    const details: unknown[] = [];
    el.addEventListener('cw-help', (event) => details.push(event.detail));
    sms.click();
    chat.click();
    expect(details).to.deep.equal([
      { country: 'US', channel: 'sms' },
      { country: 'US', channel: 'chat' },
    ]);
  });

  it('labels a child or violence line as what it is, and adds a directory where no anti-trafficking line is known', async () => {
    const el = await helpLine(html`<help-line country="KE"></help-line>`);
    const kinds = [...el.shadowRoot!.querySelectorAll('[part~="kind"]')].map((kind) => kind.textContent!.trim());
    expect(kinds.sort()).to.deep.equal(['Child helpline', 'Helpline for violence against women']);
    expect(kinds).not.to.include('Anti-trafficking helpline');
    const directory = part(el, 'directory')!;
    expect(directory.querySelector('a')!.getAttribute('href')).to.equal('https://globalmodernslavery.org/');
    expect(directory.textContent).not.to.include('We know of no');
    await expect(el).to.be.accessible();
  });

  it('never shows an empty card: a country without any known line gets its emergency number and the directory', async () => {
    // Research keeps adding lines, so the country is one the shipped data has none for today.
    const dataset = (await (await fetch(HelpLine.dataUrl)).json()) as { entries: { country: string; lines?: unknown[]; emergency?: { tel?: string } }[] };
    const withoutLine = dataset.entries.find((entry) => !entry.lines && entry.emergency?.tel)!.country;
    const el = await helpLine(html`<help-line country=${withoutLine}></help-line>`);
    expect(part(el, 'line')).to.equal(null);
    expect(part(el, 'emergency')!.querySelector('a[href^="tel:"]')).not.to.equal(null);
    expect(part(el, 'directory')!.textContent).to.include('We know of no anti-trafficking helpline in this country yet.');
    await expect(el).to.be.accessible();
  });

  it('without a country, the visitor picks one, preselected from the page’s region', async () => {
    document.documentElement.lang = 'en-KE';
    const el = await helpLine(html`<help-line></help-line>`);
    const picker = part<HTMLSelectElement>(el, 'picker')!;
    expect(picker.options.length).to.be.greaterThan(190);
    expect(picker.value).to.equal('KE');
    expect(part(el, 'card')).not.to.equal(null);
    expect(part(el, 'country'), 'the picker already names the country').to.equal(null);
    picker.value = 'GB';
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
    await expect(el).to.be.accessible();
  });

  it('on a page in another language than the browser, guesses no country from the browser', async () => {
    // The test browsers speak English (navigator.languages): on an Arabic page their region says little.
    expect(navigator.languages.every((tag) => !tag.startsWith('ar'))).to.equal(true);
    document.documentElement.lang = 'ar';
    const arabic = await helpLine(html`<help-line></help-line>`);
    expect(part<HTMLSelectElement>(arabic, 'picker')!.value, 'nothing preselected').to.equal('');
    expect(part(arabic, 'emergency'), 'no emergency number of a guessed country').to.equal(null);
    // On an English page the English browser's region is the guess.
    document.documentElement.lang = 'en';
    const region = navigator.languages.map((tag) => new Intl.Locale(tag)).find((tag) => tag.language === 'en' && tag.region)?.region;
    const english = await helpLine(html`<help-line></help-line>`);
    if (region) expect(part<HTMLSelectElement>(english, 'picker')!.value).to.equal(region);
  });

  it('warns once about a country it does not know, and offers the picker', async () => {
    let el!: HelpLine;
    const warnings = await captureWarnings(async () => {
      el = await helpLine(html`<help-line country="ZZ"></help-line>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((warning) => warning.includes('country="ZZ"')).length).to.equal(1);
    expect(part(el, 'picker')).not.to.equal(null);
  });

  describe('compact', () => {
    it('shows one discreet line until the visitor reveals the details, and hides them again on a quick exit', async () => {
      const el = await helpLine(html`<help-line compact country="GB"></help-line>`);
      expect(visibleText(el)).to.equal('Confidential help is available. Show help contacts');
      expect(visibleText(el)).not.to.match(/traffick|slavery/i);
      const reveal = part<HTMLButtonElement>(el, 'reveal')!;
      expect(reveal.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
      reveal.click();
      await el.updateComplete;
      expect(part(el, 'reveal')!.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => part(el, 'name'), 'the details show');
      expect(part(el, 'name')!.textContent).to.include('Modern Slavery');
      await expect(el).to.be.accessible();
      window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
      await el.updateComplete;
      expect(part(el, 'card')).to.equal(null);
      expect(part(el, 'reveal')!.getAttribute('aria-expanded')).to.equal('false');
    });

    describe('loading the details', () => {
      const bundled = HelpLine.dataUrl;
      afterEach(() => {
        HelpLine.dataUrl = bundled;
      });

      /** The bundled dataset, served afresh at its own address (each address is fetched once per page). */
      const servedAfresh = async () => serveJson(await (await fetch(bundled)).text());

      it('keeps the keyboard on its button while the details open, load and close', async () => {
        HelpLine.dataUrl = `${await servedAfresh()}?delay=800`;
        const el = await fixture<HelpLine>(html`<help-line compact country="GB"></help-line>`);
        const reveal = part<HTMLButtonElement>(el, 'reveal')!;
        reveal.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(part(el, 'loading')!.textContent, 'opened before the data came').to.equal('Loading…');
        expect(el.shadowRoot!.activeElement, 'the same button, still focused, while loading').to.equal(reveal);
        await waitUntil(() => part(el, 'name'), 'the details show once the data arrives', { timeout: 5000 });
        expect(el.shadowRoot!.activeElement, 'still focused when the details show').to.equal(reveal);
        expect(reveal.getAttribute('aria-expanded')).to.equal('true');
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(part(el, 'card')).to.equal(null);
        expect(el.shadowRoot!.activeElement, 'still focused when the details close').to.equal(reveal);
        expect(reveal.getAttribute('aria-expanded')).to.equal('false');
        await expect(el).to.be.accessible();
      });

      it('shows its line at once, and a visitor who opens it before the data arrives is told it is loading', async () => {
        HelpLine.dataUrl = `${await servedAfresh()}?delay=1500`;
        const el = await fixture<HelpLine>(html`<help-line compact country="GB"></help-line>`);
        expect(visibleText(el), 'the line does not wait for the data').to.equal('Confidential help is available. Show help contacts');
        const loading = await expectStatusMessage(el, () => part<HTMLButtonElement>(el, 'reveal')!.click(), 'Loading…');
        await expect(el).to.be.accessible();
        await waitUntil(() => part(el, 'name'), 'the details show once the data arrives', { timeout: 5000 });
        expect(loading.textContent).to.equal('');
        expect(visibleText(el)).not.to.include('Loading…');
        expect(part(el, 'emergency')!.textContent).to.include('999');
      });

      it('fetches the data when the page is idle, whether or not the visitor opens it, so no request tells who did', async () => {
        HelpLine.dataUrl = await servedAfresh();
        await resetServerLog();
        const el = await fixture<HelpLine>(html`<help-line compact country="GB"></help-line>`);
        await waitUntil(() => wasRequested(HelpLine.dataUrl), 'the data is fetched without a click', { timeout: 5000 });
        expect(part(el, 'reveal')!.getAttribute('aria-expanded')).to.equal('false');
        expect(part(el, 'card')).to.equal(null);
      });

      it('checks the data only when the visitor reaches the button, then reports a broken dataset and shows the directory', async () => {
        HelpLine.dataUrl = await serveJson('{"schema": 1, "entries": 42');
        await resetServerLog();
        const errors: string[] = [];
        const el = await fixture<HelpLine>(
          html`<help-line compact country="GB" @cw-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}></help-line>`,
        );
        await waitUntil(() => wasRequested(HelpLine.dataUrl), 'the data is fetched when the page is idle');
        expect(errors, 'fetched, but not checked while the details are closed').to.deep.equal([]);
        part<HTMLButtonElement>(el, 'reveal')!.focus();
        await waitUntil(() => errors.length > 0, 'the broken data is reported once the visitor reaches the button');
        expect(errors).to.deep.equal(['helplines-unavailable']);
        part<HTMLButtonElement>(el, 'reveal')!.click();
        await waitUntil(() => part(el, 'directory'), 'the directory shows instead of lines');
        expect(part(el, 'directory')!.querySelector('a')!.getAttribute('href')).to.equal('https://globalmodernslavery.org/');
        expect(visibleText(el), 'an unusable dataset is not "no helpline in this country"').not.to.include('We know of no');
        await expect(el).to.be.accessible();
      });

      // ZZ ("Unknown Region") and EU are codes the browser has a name for, yet no country.
      for (const notACountry of ['XY', 'ZZ', 'EU']) {
        it(`warns about country="${notACountry}" at once, before any data`, async () => {
          HelpLine.dataUrl = `${await servedAfresh()}?delay=1500`;
          const warnings = await captureWarnings(async () => {
            const el = await fixture<HelpLine>(html`<help-line compact country=${notACountry}></help-line>`);
            await el.updateComplete;
          });
          expect(warnings.filter((warning) => warning.includes(`country="${notACountry}"`)).length).to.equal(1);
        });
      }

      it('offers, without usable data, the same directory the dataset names', async () => {
        const dataset = (await (await fetch(bundled)).json()) as { directory: unknown };
        expect(HELP_DIRECTORY).to.deep.equal(dataset.directory);
      });
    });
  });

  describe("the page's own fallback", () => {
    const bundled = HelpLine.dataUrl;
    afterEach(() => {
      HelpLine.dataUrl = bundled;
    });

    it('stays on show while the data loads, and the card then replaces it', async () => {
      HelpLine.dataUrl = `${await serveJson(await (await fetch(bundled)).text())}?delay=1500`;
      const el = await fixture<HelpLine>(html`<help-line country="GB"><p slot="cw-fallback">In immediate danger, call 999</p></help-line>`);
      await el.updateComplete;
      const fallback = el.querySelector('p')!;
      expect(fallback.getClientRects().length, 'the emergency number does not vanish when the widget upgrades').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'emergency'), 'the card shows once the data arrives', { timeout: 5000 });
      expect(fallback.getClientRects().length, 'the card replaces the fallback').to.equal(0);
      expect(visibleText(el)).to.include('999');
    });

    it('stays beside the directory when the data cannot be used', async () => {
      HelpLine.dataUrl = await serveJson('{"schema": 1, "entries": 42');
      const el = await fixture<HelpLine>(html`<help-line country="GB"><p slot="cw-fallback">In immediate danger, call 999</p></help-line>`);
      await waitUntil(() => part(el, 'directory'), 'the directory shows');
      expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  it('forgets the country a visitor picked on a quick exit', async () => {
    const el = await helpLine(html`<help-line></help-line>`);
    const picker = part<HTMLSelectElement>(el, 'picker')!;
    picker.value = 'GB';
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
    await el.updateComplete;
    expect(part<HTMLSelectElement>(el, 'picker')!.value).to.equal('');
    expect(part(el, 'card')).to.equal(null);
  });

  describe('a partner dataset (src)', () => {
    const partnerLine = {
      id: 'gb-campaign-line',
      kind: 'trafficking',
      name: 'Campaign support line',
      phone: '+44 20 7946 0000',
      tel: '+442079460000',
      sources: [{ label: 'partner.example', url: 'https://partner.example/help' }],
      retrieved: '2026-12-01',
    };

    it('adds its lines before the bundled ones and keeps the emergency number', async () => {
      const src = await serveJson(JSON.stringify({ schema: 1, entries: [{ country: 'GB', lines: [partnerLine] }] }));
      const el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      const names = [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
      expect(names).to.deep.equal(['Campaign support line', 'Modern Slavery & Exploitation Helpline']);
      expect(links(el, '[part~="phone"]')[0]).to.equal('tel:+442079460000');
      expect(part(el, 'emergency')).not.to.equal(null);
    });

    it('checks a country’s entry when it is shown, so a problem elsewhere is reported only once someone looks there', async () => {
      const broken = { ...partnerLine, id: 'fr-partner', tel: 'not a number' };
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'FR', lines: [broken] }] }));
      let el!: HelpLine;
      const onGreatBritain = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      });
      expect(onGreatBritain.join('\n')).not.to.include('tel');
      const onFrance = await captureWarnings(async () => {
        el.country = 'FR';
        await el.updateComplete;
      });
      expect(onFrance.join('\n')).to.include('entries[0].lines[0].tel');
      expect(visibleText(el)).to.include(partnerLine.name);
    });

    it('says to check an emergency number that no recent page confirms', async () => {
      // Equatorial Guinea has no emergency number in the bundled data, so the partner's is shown (it never replaces one).
      const emergency = { number: '117', tel: '117', sources: [{ label: 'partner.example' }], retrieved: '2026-12-06', kind: 'secondary' };
      const check = 'check them with the service';
      const unconfirmed = await serveJson(JSON.stringify({ entries: [{ country: 'GQ', emergency: { ...emergency, current: false } }] }));
      const el = await helpLine(html`<help-line country="GQ" src=${unconfirmed}></help-line>`);
      expect(part(el, 'emergency')!.textContent).to.include('117').and.to.include(check);
      await expect(el).to.be.accessible();
      const confirmed = await serveJson(JSON.stringify({ entries: [{ country: 'GQ', emergency }] }));
      const other = await helpLine(html`<help-line country="GQ" src=${confirmed}></help-line>`);
      expect(part(other, 'emergency')!.textContent).to.include('117').and.not.to.include(check);
    });

    it('replaces a bundled line with the same id, and drops values that are not safe to show', async () => {
      const replaced = {
        ...partnerLine,
        id: 'gb-modern-slavery-exploitation-helpline',
        name: 'Replaced',
        tel: '+44 800 ABC',
        website: 'javascript:alert(1)',
        chat: 'https://partner.example/chat',
      };
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [replaced] }] }));
      let el!: HelpLine;
      const warnings = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      });
      const names = [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
      expect(names).to.deep.equal(['Replaced']);
      expect(el.shadowRoot!.querySelector('a[href^="javascript:"]')).to.equal(null);
      expect(links(el, '[part~="chat"]')).to.deep.equal(['https://partner.example/chat']);
      // Its tel was not a number and the written one is not digits only: shown as text to dial, not as a link.
      expect(part(el, 'phone')!.tagName).to.equal('SPAN');
      expect(warnings.join('\n')).to.include('tel').and.to.include('website');
    });

    it('drops a line read on a day that does not exist, rather than rolling it over to the next month', async () => {
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [{ ...partnerLine, retrieved: '2026-02-30' }] }] }));
      let el!: HelpLine;
      const warnings = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      });
      expect(visibleText(el)).not.to.include(partnerLine.name).and.not.to.include('March 2, 2026');
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
      expect(warnings.join('\n')).to.include('entries[0].lines[0] needs a name, a kind');
      await expect(el).to.be.accessible();
    });

    it('never shows one number and dials another', async () => {
      const mismatched = { ...partnerLine, phone: '020 7946 0000', tel: '+449999999999' };
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [mismatched] }] }));
      let el!: HelpLine;
      const warnings = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      });
      // The written number (digits and spaces) is dialled as written instead.
      expect(links(el, '[part~="phone"]')[0]).to.equal('tel:02079460000');
      expect(warnings.join('\n')).to.include('entries[0].lines[0].tel "+449999999999" does not dial the number shown ("020 7946 0000")');
      await expect(el).to.be.accessible();
    });

    it('keeps the bundled emergency number when the partner’s is not a number to call', async () => {
      const emergency = { sources: [{ label: 'partner.example' }], retrieved: '2026-12-01', kind: 'secondary' };
      const src = await serveJson(JSON.stringify({ entries: [{ country: 'GB', emergency: { ...emergency, number: 'CALL-NOW', tel: 'CALL-NOW' } }] }));
      let el!: HelpLine;
      const warnings = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      });
      const block = part(el, 'emergency')!;
      expect(block.textContent).to.match(/In immediate danger, call\s+999/);
      expect(block.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
      expect(visibleText(el)).not.to.include('CALL-NOW');
      expect(warnings.join('\n')).to.include('entries[0].emergency.number "CALL-NOW" is not a number to call');
      await expect(el).to.be.accessible();
      // A link that shows one number and dials another is not kept: it dials the number shown.
      const mismatched = await serveJson(JSON.stringify({ entries: [{ country: 'GB', emergency: { ...emergency, number: '999', tel: '112' } }] }));
      const mixed = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${mismatched}></help-line>`);
      });
      expect(part(el, 'emergency')!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
      expect(mixed.join('\n')).to.include('entries[0].emergency.tel "112" does not dial the number shown ("999")');
      // Digits with spaces are a number as people write it: a partner's such number is shown (for a country the bundled
      // data has none for: it never replaces one).
      const spaced = await serveJson(JSON.stringify({ entries: [{ country: 'GQ', emergency: { ...emergency, number: '10 111', tel: '10111' } }] }));
      const other = await helpLine(html`<help-line country="GQ" src=${spaced}></help-line>`);
      expect(part(other, 'emergency')!.textContent).to.match(/In immediate danger, call\s+10 111/);
    });

    it('reports hundreds of bad entries in one warning that says how many, and uses the good ones', async () => {
      const bad = Array.from({ length: 990 }, (_, index) => ({ country: `Z${index}` }));
      const src = await serveJson(JSON.stringify({ entries: [...bad, { country: 'GB', lines: [partnerLine] }] }));
      let el!: HelpLine;
      const warnings = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src=${src}></help-line>`);
      });
      expect(warnings, warnings.slice(0, 3).join('\n')).to.have.length(1);
      expect(warnings[0]).to.include(`<help-line> src="${src}": 990 problems (the first 10 below, 980 more not listed):`);
      expect(warnings[0]).to.include('entries[0].country "Z0" is not an ISO 3166-1 alpha-2 code').and.not.to.include('entries[10].');
      expect(part(el, 'name')!.textContent!.trim()).to.equal(partnerLine.name);
    });

    describe('from a slow server', function () {
      // The partner's server is made to answer late (past the grace period of 1.5 s) or never finish: these tests wait
      // for it, up to the 10 s every fetch of a dataset is given.
      this.timeout(20_000);

      /** Records the cw-error codes an element fires. */
      const errorsOf = (el: HelpLine) => {
        const codes: string[] = [];
        el.addEventListener('cw-error', (event) => codes.push(event.detail.code));
        return codes;
      };
      const names = (el: HelpLine) => [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
      /** Whether the card shows Great Britain's bundled help: the emergency number and the national line. */
      const bundledHelp = (el: HelpLine) =>
        /In immediate danger, call\s+999/.test(part(el, 'emergency')?.textContent ?? '') && names(el).includes('Modern Slavery & Exploitation Helpline');

      it('shows the bundled help within the grace period, then adds the partner’s line when it comes', async () => {
        const src = `${await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [partnerLine] }] }))}?delay=5000`;
        const el = await fixture<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
        const errors = errorsOf(el);
        // The partner answers after 5 s: the bundled help must show long before.
        await waitUntil(() => bundledHelp(el), 'the bundled help shows while the partner is late', { timeout: 3500 });
        expect(names(el)).not.to.include(partnerLine.name);
        await expect(el).to.be.accessible();
        await waitUntil(() => names(el).includes(partnerLine.name), 'the partner’s line is added when it comes', { timeout: 8000 });
        expect(names(el)).to.deep.equal([partnerLine.name, 'Modern Slavery & Exploitation Helpline']);
        expect(part(el, 'emergency')!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('that never finishes its answer: the bundled help at once, then one warning and cw-error when the fetch times out', async () => {
        const src = `${await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [partnerLine] }] }))}?stall=30000`;
        let el!: HelpLine;
        let errors!: string[];
        const warnings = await captureWarnings(async () => {
          el = await fixture<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
          errors = errorsOf(el);
          await waitUntil(() => bundledHelp(el), 'the bundled help shows while the partner stalls', { timeout: 3500 });
          expect(errors).to.deep.equal([]);
          await expect(el).to.be.accessible();
          await waitUntil(() => errors.length > 0, 'the stalled answer is given up on', { timeout: 12_000 });
        });
        expect(errors).to.deep.equal(['invalid-src']);
        const reported = warnings.filter((warning) => warning.includes(`src="${src}" is not used`));
        expect(reported).to.have.length(1);
        expect(reported[0]).to.include('did not finish its answer in time').and.to.include('The bundled data is shown.');
        expect(bundledHelp(el), 'the bundled help stays').to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('in compact mode, a visitor who opens the details while the partner stalls gets the bundled help, not “Loading…” for ever', async () => {
        const src = `${await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [partnerLine] }] }))}?stall=30000`;
        const el = await fixture<HelpLine>(html`<help-line compact country="GB" src=${src}></help-line>`);
        part<HTMLButtonElement>(el, 'reveal')!.click();
        await waitUntil(() => bundledHelp(el), 'the details show while the partner stalls', { timeout: 3500 });
        expect(part(el, 'loading')!.textContent).to.equal('');
        expect(part(el, 'reveal')!.getAttribute('aria-expanded')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it('shows a country only the partner’s data has as that country while it is late, never another one or the picker', async () => {
        // Kosovo is no UN member state, so the bundled data has no entry for it; a partner's may.
        const kosovo = {
          country: 'XK',
          emergency: { number: '112', tel: '112', sources: [{ label: 'partner.example' }], retrieved: '2026-12-01', kind: 'secondary' },
          lines: [{ ...partnerLine, id: 'xk-partner-line', phone: '+383 38 000 000', tel: '+38338000000' }],
        };
        const src = `${await serveJson(JSON.stringify({ entries: [kosovo] }))}?delay=5000`;
        let el!: HelpLine;
        const warnings = await captureWarnings(async () => {
          el = await fixture<HelpLine>(html`<help-line country="XK" src=${src}></help-line>`);
          await waitUntil(() => part(el, 'card'), 'a card shows while the partner is late', { timeout: 3500 });
        });
        expect(part(el, 'picker')).to.equal(null);
        expect(warnings.filter((warning) => warning.includes('country="XK"'))).to.deep.equal([]);
        // Nothing is known yet: the directory, without claiming that no line exists.
        expect(part(el, 'directory')).not.to.equal(null);
        expect(visibleText(el)).not.to.include('We know of no');
        await expect(el).to.be.accessible();
        await waitUntil(() => names(el).includes(partnerLine.name), 'the partner’s line for Kosovo shows when it comes', { timeout: 8000 });
        expect(part(el, 'emergency')!.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
        await expect(el).to.be.accessible();
      });
    });

    it('at a plain http: address (not this computer) is never requested: it says why and shows the bundled data', async () => {
      let el!: HelpLine;
      const warnings = await captureWarnings(async () => {
        el = await helpLine(html`<help-line country="GB" src="http://partner.example/helplines.json"></help-line>`);
      });
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
      expect(warnings.join('\n')).to.include('"http://partner.example/helplines.json" is not an https: URL');
      const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requested.filter((name) => name.includes('partner.example'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('that cannot be used is reported once with cw-error, and the bundled data is shown', async () => {
      const src = await serveJson('{"entries": "not a list"}');
      // Every report is recorded, so a second one would show.
      const errors: string[] = [];
      const el = await helpLine(
        html`<help-line country="GB" src=${src} @cw-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}></help-line>`,
      );
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
      // Rendered again, and showing another country of the same data: still the one report.
      el.requestUpdate();
      await el.updateComplete;
      el.country = 'US';
      await el.updateComplete;
      expect(part(el, 'name')!.textContent!.trim()).to.equal('National Human Trafficking Hotline');
      expect(errors).to.deep.equal(['invalid-src']);
    });
  });

  describe('heading-level', () => {
    it('makes no headings without it: the widget cannot know its place in the page', async () => {
      const el = await helpLine(html`<help-line country="KE"></help-line>`);
      expect(headings(el)).to.deep.equal([]);
    });

    it('makes the emergency number and each line (its kind and name) headings of that level, for moving by headings', async () => {
      const el = await helpLine(html`<help-line country="KE" heading-level="3"></help-line>`);
      const found = headings(el);
      expect(found[0]).to.match(/^3 In immediate danger, call 999$/);
      const lines = [...part(el, 'card')!.querySelectorAll('[part="line"]')].map(
        (line) => `3 ${line.querySelector('[part="kind"]')!.textContent!.trim()} ${line.querySelector('[part="name"]')!.textContent!.trim()}`,
      );
      expect(lines.length, "Kenya's lines").to.be.greaterThan(1);
      expect(found.slice(1), 'one per line, each saying what kind of line it is').to.deep.equal(lines);
      await expect(el).to.be.accessible();
      el.headingLevel = 6;
      await el.updateComplete;
      expect(headings(el).every((heading) => heading.startsWith('6 '))).to.equal(true);
    });

    it('in compact mode, once the details are shown', async () => {
      const el = await fixture<HelpLine>(html`<help-line compact country="GB" heading-level="2"></help-line>`);
      expect(headings(el), 'the discreet line names nothing').to.deep.equal([]);
      part(el, 'reveal')!.click();
      await waitUntil(() => part(el, 'card'), 'the details show');
      expect(headings(el)).to.deep.equal(['2 In immediate danger, call 999', '2 Anti-trafficking helpline Modern Slavery & Exploitation Helpline']);
      await expect(el).to.be.accessible();
    });

    for (const wrong of ['0', '7', '2.5', 'h2', '']) {
      it(`warns once about heading-level="${wrong}" and makes no headings`, async () => {
        let el!: HelpLine;
        const warnings = await captureWarnings(async () => {
          el = await helpLine(html`<help-line country="GB" heading-level=${wrong}></help-line>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings.filter((warning) => warning.includes(`heading-level="${wrong}"`) && warning.includes('1 to 6'))).to.have.length(1);
        expect(headings(el)).to.deep.equal([]);
        expect(part(el, 'name')!.textContent!.trim(), 'the card still shows').to.equal('Modern Slavery & Exploitation Helpline');
      });
    }
  });

  it('asks nothing of anyone before the visitor acts, but its data from beside the script', async () => {
    const before = performance.getEntriesByType('resource').length;
    await helpLine(html`<help-line country="FR"></help-line>`);
    const requested = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name));
    expect(requested.filter((url) => url.origin !== location.origin).map(String)).to.deep.equal([]);
  });
});
