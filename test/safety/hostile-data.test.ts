/**
 * A partner's data file (`src`) written to mislead, served as a real file by the test server: a shown number must be
 * the number dialled, no hidden character may make a number read as another, and the bundled emergency number is never
 * replaced by a partner's. Fixtures: test/fixtures/helplines/, test/fixtures/missions/.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/help-line/help-line.define.js';
import '../../src/widgets/mission-contact/mission-contact.define.js';
import type { HelpLine } from '../../src/widgets/help-line/help-line.js';
import type { MissionContact } from '../../src/widgets/mission-contact/mission-contact.js';
import { hiddenCharacter } from '../../src/core/shown-number.js';
import { captureWarnings } from '../helpers/console.js';
import { serveJson } from '../helpers/json-echo.js';
import { part, visibleText } from '../helpers/shadow.js';

const HELPLINES = '/test/fixtures/helplines';
const MISSIONS = '/test/fixtures/missions';

/** Renders a widget with a partner's file and waits for its card, recording what it warned. */
async function withSrc<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<{ el: T; warnings: string }> {
  let el!: T;
  const warnings = await captureWarnings(async () => {
    el = await fixture<T>(template);
    await waitUntil(() => part(el, 'card'), 'the card shows', { timeout: 5000 });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  });
  return { el, warnings: warnings.join('\n') };
}

/** Each phone link of a widget as a visitor meets it: the number read on screen, and what the link dials. */
function phoneLinks(el: Element): { reads: string; dials: string }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) => ({
    reads: (link.querySelector('.number') as HTMLElement).innerText.trim(),
    dials: link.getAttribute('href')!,
  }));
}

/** Whatever the data says, no number in the widget hides a character that changes how it reads. */
function expectNothingHidden(el: Element): void {
  const numbers = [...el.shadowRoot!.querySelectorAll('.number')].map((number) => number.textContent!);
  expect(numbers.length).to.be.greaterThan(0);
  for (const number of numbers) expect(hiddenCharacter(number), JSON.stringify(number)).to.equal(undefined);
}

describe('a partner dataset that shows one number and dials another', () => {
  it('<help-line>: every link dials what it shows, and a number hiding characters is not shown', async () => {
    const src = `${HELPLINES}/hostile-numbers.json`;
    const { el, warnings } = await withSrc<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
    expect(phoneLinks(el)).to.deep.equal([
      // "999" shown, tel 99 given: the 99 is dropped, the link dials the 999 shown.
      { reads: '999', dials: 'tel:999' },
      // The helpline's number shown, a mobile ending in the same digits given: dialled as shown.
      { reads: '08000 121 700', dials: 'tel:08000121700' },
      // A national number whose tel is in another country: dialled as shown.
      { reads: '020 7946 0000', dials: 'tel:02079460000' },
    ]);
    // An international number whose tel is another number: shown as text to dial, without a link.
    const abroad = [...el.shadowRoot!.querySelectorAll('span[part~="phone"]')].map((span) => span.textContent!.replace(/\s+/g, ' ').trim());
    expect(abroad).to.deep.equal(['Call +44 20 7946 0000']);
    // A number with a right-to-left override (it read 08000 121 700) or isolates is not shown at all; the line that
    // had no other way to reach it goes with it.
    expect(visibleText(el)).not.to.include('Victim Support').and.not.to.include('7946 0002');
    expectNothingHidden(el);
    for (const expected of [
      'entries[0].emergency.tel "99" does not dial the number shown ("999"); ignored.',
      'entries[0].lines[0].tel "+447700121700" does not dial the number shown ("08000 121 700"); ignored.',
      'entries[0].lines[0].otherPhones[0].tel "+442079460001" does not dial the number shown ("+44 20 7946 0000"); ignored.',
      'entries[0].lines[0].otherPhones[1].phone contains an invisible or direction-changing character (U+2066); ignored.',
      'entries[0].lines[1].phone contains an invisible or direction-changing character (U+202E); ignored.',
      'entries[0].lines[2].tel "+332079460000" does not dial the number shown ("020 7946 0000"); ignored.',
    ])
      expect(warnings).to.include(expected);
    await expect(el).to.be.accessible();
  });

  it('<mission-contact>: the phone link dials the number shown, and a number hiding characters is not shown', async () => {
    const src = `${MISSIONS}/hostile-numbers.json`;
    const { el, warnings } = await withSrc<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
    // "+1 212-421-4741" shown, a premium-rate tel given: the tel is dropped, the link dials the number shown.
    expect(phoneLinks(el)).to.deep.equal([{ reads: '+1 212-421-4741', dials: 'tel:+12124214741' }]);
    expect(warnings).to.include('entries[0].mission.tel "+19005550199" does not dial the number shown ("+1 212-421-4741"); ignored.');
    await expect(el).to.be.accessible();
    // A phone written with a right-to-left override is refused (reported when the country is shown); the card shows
    // the number its link dials.
    const later = await captureWarnings(async () => {
      el.country = 'AF';
      await el.updateComplete;
    });
    expect(phoneLinks(el)).to.deep.equal([{ reads: '+12124214741', dials: 'tel:+12124214741' }]);
    expectNothingHidden(el);
    expect(later.join('\n')).to.include('entries[1].mission.phone contains an invisible or direction-changing character (U+202E); ignored.');
    await expect(el).to.be.accessible();
  });
});

/** Direction controls (embeddings, overrides, isolates) in a widget's text: a left-to-right page's card has none of its own. */
const directionControls = (el: Element) => el.shadowRoot!.textContent!.match(/[\u202a-\u202e\u2066-\u2069]/gu) ?? [];

describe('a partner dataset whose text would reorder the card or swamp it', () => {
  const source = { label: 'partner.example\u202e', url: 'https://partner.example/help' };

  it('<help-line>: no direction control reaches the card (the date after a source still reads 2026), and long text is cut', async () => {
    const line = {
      id: 'gb-hostile-text',
      kind: 'trafficking',
      name: `Modern Slavery Helpline ${'x'.repeat(10_000)}`,
      operator: '\u202eUnseen',
      phone: '08000 121 700',
      tel: '+448000121700',
      phoneLabel: 'from abroad\u2067',
      hours: 'Mon\u202d–Fri 9–17',
      retrieved: '2026-11-01',
      sources: [source],
    };
    const src = await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines: [line] }] }));
    const { el } = await withSrc<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="line"]')].find((section) => section.textContent!.includes('Unseen'))!;
    expect(shown, 'the partner’s line is shown').to.exist;
    expect(directionControls(el)).to.deep.equal([]);
    expect(shown.querySelector('[part~="source"]')!.textContent).to.include('partner.example').and.to.include('2026');
    expect(shown.querySelector('[part~="name"]')!.textContent!.trim()).to.have.length(200);
    expect(shown.querySelector('a[part~="phone"] .number')!.textContent).to.equal('08000 121 700');
    await expect(el).to.be.accessible();
  });

  it('<mission-contact>: no direction control reaches the card, and a megabyte address is cut', async () => {
    const mission = {
      name: 'Permanent Mission of Kenya\u202e (partner data)',
      address: `866 UN Plaza ${'x'.repeat(1_000_000)}`,
      phone: '+1 212-421-4741',
      tel: '+12124214741',
      retrieved: '2026-11-01',
      sources: [source],
    };
    const src = await serveJson(JSON.stringify({ entries: [{ country: 'KE', mission }] }));
    const { el } = await withSrc<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
    expect(directionControls(el)).to.deep.equal([]);
    expect(part(el, 'name')!.textContent).to.include('Permanent Mission of Kenya (partner data)');
    expect(part(el, 'address')!.querySelector('bdi')!.textContent).to.have.length(300);
    expect(phoneLinks(el)).to.deep.equal([{ reads: '+1 212-421-4741', dials: 'tel:+12124214741' }]);
    await expect(el).to.be.accessible();
  });
});

describe('a partner dataset with emergency numbers', () => {
  const src = `${HELPLINES}/partner-emergency.json`;

  it('never replaces the bundled emergency number: it stays, and the partner’s is reported, not shown', async () => {
    const { el, warnings } = await withSrc<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
    expect(phoneLinks(el)).to.deep.equal([
      { reads: '999', dials: 'tel:999' },
      { reads: '08000 121 700', dials: 'tel:08000121700' },
    ]);
    expect(part(el, 'emergency')!.innerText).to.match(/In immediate danger, call\s+999/);
    expect(visibleText(el)).not.to.include('0909');
    expect(warnings).to.include(`src="${src}": 1 problem:`);
    expect(warnings).to.include('GB: emergency number "0909 879 0000" not shown; the bundled one (999) is kept');
    await expect(el).to.be.accessible();
  });

  it('the same number as the bundled one is no problem, and a country the bundled data has none for gets the partner’s', async () => {
    const { el, warnings } = await withSrc<HelpLine>(html`<help-line country="FR" src=${src}></help-line>`);
    expect(phoneLinks(el)[0]).to.deep.equal({ reads: '17', dials: 'tel:17' });
    expect(warnings).not.to.include('FR: emergency number');
    el.country = 'XK';
    await el.updateComplete;
    expect(phoneLinks(el)).to.deep.equal([{ reads: '112', dials: 'tel:112' }]);
    await expect(el).to.be.accessible();
  });
});

/** Runs `during` while a timer ticks every 20 ms; returns the longest time between two ticks: how long the page froze. */
async function longestFreeze(during: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (ticking) setTimeout(tick, 20);
  };
  setTimeout(tick, 20);
  try {
    await during();
  } finally {
    ticking = false;
  }
  return longest;
}

describe('a partner dataset too big to read', function () {
  // Each file is 20 MB of valid JSON (test/server/30-big-json.middleware.mjs); the widget reads at most 2 MB of it.
  this.timeout(20_000);
  const KENYA = 'The Permanent Mission of the Republic of Kenya to the United Nations';

  for (const [how, query] of [
    ['with an honest Content-Length', ''],
    ['compressed, so its Content-Length is small', '&gzip=1'],
    ['without a Content-Length', '&chunked=1'],
  ]) {
    it(`<mission-contact>: one ${how} is not read; the page never freezes and the bundled card shows`, async () => {
      const src = `/__big-json?mb=20${query}`;
      const errors: string[] = [];
      let el!: MissionContact;
      let warnings!: string[];
      const freeze = await longestFreeze(async () => {
        warnings = await captureWarnings(async (warned) => {
          el = await fixture<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
          el.addEventListener('cw-error', (event) => errors.push(event.detail.code));
          await waitUntil(() => warned.some((warning) => warning.includes(`src="${src}" is not used`)), 'the file is refused', { timeout: 15_000 });
        });
      });
      expect(freeze, 'the longest the page did not answer, in ms').to.be.below(1000);
      expect(warnings.join('\n')).to.include('is larger than 2 MB, the most a dataset may be; not read.').and.to.include('The bundled data is shown.');
      expect(errors).to.deep.equal(['invalid-src']);
      expect(part(el, 'name')!.textContent).to.equal(KENYA);
      expect(phoneLinks(el)).to.deep.equal([{ reads: '(212) 421-4741', dials: 'tel:+12124214741' }]);
      await expect(el).to.be.accessible();
    });
  }

  it('<help-line>: one without a Content-Length is not read, and the bundled help shows', async () => {
    const src = '/__big-json?mb=20&chunked=1';
    const { el, warnings } = await withSrc<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
    await waitUntil(() => part(el, 'emergency'), 'the bundled help shows');
    expect(phoneLinks(el)[0]).to.deep.equal({ reads: '999', dials: 'tel:999' });
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Modern Slavery & Exploitation Helpline');
    expect(warnings).to.include('is larger than 2 MB, the most a dataset may be; not read.');
    await expect(el).to.be.accessible();
  });

  it('with more entries than there are countries is not used: one warning, and the bundled data', async () => {
    const kenya = { country: 'KE', mission: { name: 'Partner Kenya mission', sources: [{ label: 'Partner' }], retrieved: '2026-11-20' } };
    const src = await serveJson(JSON.stringify({ entries: [kenya, ...Array.from({ length: 1499 }, () => ({ country: 'ZZ' }))] }));
    const { el, warnings } = await withSrc<MissionContact>(html`<mission-contact country="KE" src=${src}></mission-contact>`);
    expect(warnings).to.include(`src="${src}" is not used: it has 1500 entries, more than the 1000 a dataset may have (one per country).`);
    expect(part(el, 'name')!.textContent).to.equal(KENYA);
    const help = await withSrc<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
    expect(help.warnings).to.include(`src="${src}" is not used: it has 1500 entries, more than the 1000 a dataset may have (one per country).`);
    expect(phoneLinks(help.el)[0]).to.deep.equal({ reads: '999', dials: 'tel:999' });
  });

  it('under both limits but with thousands of items in one entry: the first 20 are read, and the page never freezes', async () => {
    const line = { kind: 'general', name: 'Partner line', phone: '+44 20 7946 0000', tel: '+442079460000', retrieved: '2026-11-01' };
    const many = <T>(make: (index: number) => T) => Array.from({ length: 5000 }, (_, index) => make(index));
    const lines = many((index) => ({ ...line, id: `gb-${index}`, sources: [{ label: 'partner.example' }] }));
    lines[0]!.sources = many(() => ({ label: 'partner.example' }));
    const src = await serveJson(JSON.stringify({ entries: [{ country: 'GB', lines }] }));
    let help!: { el: HelpLine; warnings: string };
    const freeze = await longestFreeze(async () => {
      help = await withSrc<HelpLine>(html`<help-line country="GB" src=${src}></help-line>`);
    });
    expect(freeze, 'the longest the page did not answer, in ms').to.be.below(1000);
    expect(help.el.shadowRoot!.querySelectorAll('[part~="line"]')).to.have.length(21);
    expect(help.warnings).to.include('entries[0].lines has 5000 items; only the first 20 are read.');
    expect(help.warnings).to.include('entries[0].lines[0].sources has 5000 items; only the first 20 are read.');
    expect(phoneLinks(help.el)[0]).to.deep.equal({ reads: '999', dials: 'tel:999' });
    await expect(help.el).to.be.accessible();
    const mission = { name: 'Partner Kenya mission', sources: many(() => ({ label: 'partner.example' })), retrieved: '2026-11-20' };
    const missions = await serveJson(JSON.stringify({ entries: [{ country: 'KE', mission }] }));
    const { el, warnings } = await withSrc<MissionContact>(html`<mission-contact country="KE" src=${missions}></mission-contact>`);
    expect(warnings).to.include('entries[0].mission.sources has 5000 items; only the first 20 are read.');
    expect(part(el, 'name')!.textContent).to.equal('Partner Kenya mission');
    await expect(el).to.be.accessible();
  });
});
