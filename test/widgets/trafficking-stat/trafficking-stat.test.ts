import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/trafficking-stat/trafficking-stat.define.js';
import type { TraffickingStat } from '../../../src/widgets/trafficking-stat/trafficking-stat.js';
import { setLocale } from '../../../src/core/localization.js';
import { captureWarnings } from '../../helpers/console.js';
import { part, rectOfText, visibleText, wordsBrokenAcrossLines } from '../../helpers/shadow.js';

const ILO_URL = 'https://www.ilo.org/global/topics/forced-labour/publications/profits-of-forced-labour-2014/lang--en/index.htm';

async function statFixture(template: ReturnType<typeof html>) {
  const el = await fixture<TraffickingStat>(template);
  await el.updateComplete;
  return el;
}

describe('<trafficking-stat>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  describe('from the catalogue', () => {
    it('shows the figure in words, its label and a linked citation', async () => {
      const el = await statFixture(html`<trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent!.trim()).to.match(/^\$150\s?billion$/);
      expect(part(el, 'label')!.textContent).to.contain('Illegal profits from forced labour every year');
      const link = part<HTMLAnchorElement>(el, 'source-link')!;
      expect(link.textContent!.trim()).to.equal('Source: ILO, Profits and Poverty: The Economics of Forced Labour, 2014 · 2012 data');
      expect(link.href).to.equal(ILO_URL);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(part(el, 'estimate')!.textContent!.trim()).to.equal('estimate');
      expect(el.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('says once in the console that an older edition has a newer figure, naming its id', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await statFixture(html`<trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      const notices = warnings.filter((warning) => warning.includes('newer figure'));
      expect(notices).to.have.length(1);
      expect(notices[0]).to.include('stat="ilo-2014-forced-labour-profits" is an older edition; a newer figure exists: stat="ilo-2024-forced-labour-profits"');
    });

    it('shows the current edition with its report and data year, and names the newspaper its link leads to', async () => {
      const el = await statFixture(html`<trafficking-stat stat="ilo-2024-forced-labour-profits"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent!.trim()).to.match(/^\$236\s?billion$/);
      const link = part<HTMLAnchorElement>(el, 'source-link')!;
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Source: ILO, Profits and poverty: The economics of forced labour, 2024 · 2021 data (reported by The Daily Star)',
      );
      expect(new URL(link.href).hostname).to.equal('www.thedailystar.net');
      await expect(el).to.be.accessible();
    });

    it('names no other publication when the author links the source', async () => {
      const el = await statFixture(
        html`<trafficking-stat stat="ilo-2024-forced-labour-profits" source-url="https://www.ilo.org/publications/profits-and-poverty"></trafficking-stat>`,
      );
      expect(part(el, 'source-link')!.textContent).not.to.include('reported by');
    });

    it('says who reported the figure in the page’s language', async () => {
      await setLocale('fr');
      const el = await statFixture(html`<trafficking-stat stat="ilo-2024-cse-profits"></trafficking-stat>`);
      expect(part(el, 'source-link')!.textContent!.trim()).to.match(/ \(cité par Statista\)$/);
    });

    it('shows percentages from fractions', async () => {
      const el = await statFixture(html`<trafficking-stat stat="unodc-2016-women-girls-share"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('71%');
      expect(visibleText(el)).to.contain('Source: UNODC, Global Report on Trafficking in Persons 2016, 2016 · 2012–2014 data');
      expect(part(el, 'estimate')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('lets explicit attributes override the catalogue', async () => {
      const el = await statFixture(html`
        <trafficking-stat stat="ilo-2014-forced-labour-profits" value="236000000000" year="2024" source="ILO report" label="Profits in 2024"></trafficking-stat>
      `);
      expect(part(el, 'value')!.textContent!.trim()).to.match(/^\$236\s?billion$/);
      expect(part(el, 'label')!.textContent).to.contain('Profits in 2024');
      expect(part(el, 'source-link')!.textContent!.trim()).to.equal('Source: ILO report, 2024');
      expect(part<HTMLAnchorElement>(el, 'source-link')!.href).to.equal(ILO_URL);
    });

    it('takes the label from the default slot', async () => {
      const el = await statFixture(html`<trafficking-stat stat="unodc-2016-children-share">of <em>detected</em> victims are children</trafficking-stat>`);
      const slot = part(el, 'label')!.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.equal('of detected victims are children');
      await expect(el).to.be.accessible();
    });
  });

  describe('explicit figures', () => {
    it('formats every format for the page locale', async () => {
      const el = await statFixture(html`<trafficking-stat value="1234567" source="Partner survey" year="2025"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('1,234,567');
      el.format = 'compact';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('1.2 million');
      el.format = 'currency';
      el.currency = 'EUR';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('€1,234,567');
      el.format = 'compact-currency';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('€1.2 million');
      el.value = 0.384;
      el.format = 'percent';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('38.4%');
      expect(part(el, 'source')!.textContent!.trim()).to.equal('Source: Partner survey, 2025');
      expect(part(el, 'source-link')).to.equal(null);
    });

    it('marks a figure as an estimate on request', async () => {
      const el = await statFixture(html`<trafficking-stat value="5" source="NGO" estimate></trafficking-stat>`);
      expect(part(el, 'estimate')!.textContent!.trim()).to.equal('estimate');
    });
  });

  describe('in other languages', () => {
    it('formats and labels in French', async () => {
      await setLocale('fr');
      const el = await statFixture(html`<trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat>`);
      const value = part(el, 'value')!.textContent!.trim();
      expect(value).to.contain('150').and.to.contain('milliards').and.to.contain('$');
      expect(value.indexOf('milliards')).to.be.lessThan(value.indexOf('$'), 'French puts the currency after the figure');
      expect(part(el, 'label')!.textContent).to.contain('profits illégaux tirés chaque année du travail forcé');
      expect(part(el, 'source-link')!.textContent!.trim()).to.equal(
        'Source\u202f: ILO, Profits and Poverty: The Economics of Forced Labour, 2014 · données de 2012',
      );
      expect(part(el, 'estimate')!.textContent!.trim()).to.equal('estimation');
      expect(el.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    for (const locale of ['fr', 'es', 'ru']) {
      it(`wraps a long figure between its words on a 320 px phone, never inside one (${locale})`, async () => {
        await setLocale(locale);
        const box = await fixture<HTMLElement>(
          html`<div style="inline-size: 304px"><trafficking-stat stat="ilo-2024-forced-labour-profits"></trafficking-stat></div>`,
        );
        const el = box.querySelector('trafficking-stat') as TraffickingStat;
        await el.updateComplete;
        expect(wordsBrokenAcrossLines(part(el, 'value')!), 'words broken across lines').to.deep.equal([]);
      });
    }

    it('marks the English names in a French citation as English, so a screen reader changes voice for them', async () => {
      await setLocale('fr');
      const el = await statFixture(html`<trafficking-stat stat="ilo-2024-forced-labour-profits"></trafficking-stat>`);
      const link = part(el, 'source-link')!;
      const english = [...link.querySelectorAll('[lang="en"]')].map((node) => node.textContent);
      expect(english).to.deep.equal(['ILO', 'Profits and poverty: The economics of forced labour', 'The Daily Star']);
      expect(link.textContent).to.contain('données de 2021').and.to.contain('cité par');
      await expect(el).to.be.accessible();
    });

    it("leaves an author's own source in the page's language", async () => {
      await setLocale('fr');
      const el = await statFixture(html`<trafficking-stat stat="unodc-2024-women-girls-share" source="Nos refuges"></trafficking-stat>`);
      expect(part(el, 'source')!.textContent).to.contain('Nos refuges');
      expect(part(el, 'source')!.querySelector('[lang]')).to.equal(null);
    });

    it('changes its label and figure when the page switches language, also while counting up', async () => {
      const el = await statFixture(html`<trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat>`);
      expect(part(el, 'label')!.textContent).to.contain('Illegal profits from forced labour every year');
      await setLocale('fr');
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.contain('profits illégaux tirés chaque année du travail forcé');
      expect(part(el, 'value')!.textContent).to.contain('milliards');
      expect(part(el, 'source-link')!.textContent!.trim()).to.equal(
        'Source\u202f: ILO, Profits and Poverty: The Economics of Forced Labour, 2014 · données de 2012',
      );
    });

    it("switches to the page's own variant at once: setLocale('ar-EG') shows Eastern Arabic digits", async () => {
      const el = await statFixture(html`<trafficking-stat value="1234567"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('1,234,567');
      await setLocale('ar-EG');
      await el.updateComplete;
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'value')!.textContent!.trim()).to.equal('١٬٢٣٤٬٥٦٧');
    });

    it('changes its digits when the page moves between variants of one language (ar → ar-EG → ar)', async () => {
      await setLocale('ar');
      const el = await statFixture(html`<trafficking-stat value="1234567"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('1,234,567');
      // The messages stay Arabic: only the formatting changes, and the widget must still redraw.
      await setLocale('ar-EG');
      await waitUntil(() => part(el, 'value')!.textContent!.trim() === '١٬٢٣٤٬٥٦٧', 'Eastern Arabic digits after ar-EG');
      await setLocale('ar');
      await waitUntil(() => part(el, 'value')!.textContent!.trim() === '1,234,567', 'Latin digits again after ar');
    });

    it('renders Arabic right to left with Arabic text', async () => {
      await setLocale('ar');
      const el = await statFixture(html`<trafficking-stat stat="unodc-2024-women-girls-share"></trafficking-stat>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, 'label')!).direction).to.equal('rtl');
      expect(part(el, 'value')!.textContent!.trim()).to.equal(new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(0.61));
      expect(part(el, 'label')!.textContent).to.contain('من ضحايا الاتجار بالأشخاص المكتشفين');
      const link = part(el, 'source-link')!;
      // Each value isolated (U+2068 … U+2069), so the English title keeps its order inside the Arabic sentence.
      expect(link.textContent!.trim()).to.equal(
        'المصدر: \u2068UNODC\u2069، \u2068Global Report on Trafficking in Persons 2024\u2069، \u20682024\u2069 · بيانات \u20682022\u2069',
      );
      // Read right to left: the Arabic comma after the publisher stands to its left, not inside an English run.
      expect(rectOfText(link, '،').right).to.be.at.most(rectOfText(link, 'UNODC').left + 1);
      await expect(el).to.be.accessible();
    });

    it("keeps a partner's English label in its own order on an Arabic page: the full stop after the last word", async () => {
      await setLocale('ar');
      const el = await statFixture(html`<trafficking-stat value="120" source="Our shelters" label="Survivors supported."></trafficking-stat>`);
      const label = part(el, 'label')!;
      expect(rectOfText(label, '.').left).to.be.at.least(rectOfText(label, 'supported').right - 1);
    });

    it('gives a citation on a left-to-right page as it is, with nothing added around its values', async () => {
      const el = await statFixture(html`<trafficking-stat stat="unodc-2024-women-girls-share"></trafficking-stat>`);
      expect(part(el, 'source-link')!.textContent!.trim()).to.equal('Source: UNODC, Global Report on Trafficking in Persons 2024, 2024 · 2022 data');
    });

    it('uses Eastern Arabic digits when the page asks for a variant that writes them (ar-EG)', async () => {
      // Plain `ar` formats with Latin digits (CLDR's default); the page's own tag decides.
      await setLocale('ar-EG');
      const el = await statFixture(html`<trafficking-stat stat="unodc-2024-women-girls-share"></trafficking-stat>`);
      const value = part(el, 'value')!.textContent!.trim();
      expect(value).to.match(/^[٠-٩]+/);
      expect(value).not.to.match(/[0-9]/);
      expect(part(el, 'label')!.textContent).to.contain('من ضحايا الاتجار بالأشخاص المكتشفين');
    });

    it('re-renders in place when the page switches language', async () => {
      const el = await statFixture(html`<trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat>`);
      expect(part(el, 'value')!.textContent).to.contain('billion');
      await setLocale('fr');
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.contain('milliards');
      await setLocale('ar');
      await el.updateComplete;
      expect(el.getAttribute('dir')).to.equal('rtl');
    });

    it('keeps a dir the page author set', async () => {
      await setLocale('ar');
      const el = await statFixture(html`<trafficking-stat dir="ltr" stat="palermo-protocol-parties"></trafficking-stat>`);
      expect(el.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('bad input', () => {
    it('shows no number for an unknown stat id and fires cw-error', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const errored = oneEvent(document, 'cw-error');
      const warnings = await captureWarnings(async () => {
        host.innerHTML = '<trafficking-stat stat="no-such-stat"></trafficking-stat>';
        await (host.firstElementChild as TraffickingStat).updateComplete;
      });
      const event = await errored;
      const el = host.firstElementChild as TraffickingStat;
      expect(event.detail.code).to.equal('unknown-stat');
      expect(event.target === el, 'event target is the element').to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(part(el, 'value')).to.equal(null);
      expect(visibleText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(warnings.join('\n')).to.contain('no-such-stat');
      await expect(el).to.be.accessible();
      host.remove();
    });

    it('never shows NaN for value="abc"', async () => {
      let detail: { code: string; message: string } | undefined;
      const listener = (event: Event) => (detail = (event as CustomEvent).detail);
      document.addEventListener('cw-error', listener);
      let el!: TraffickingStat;
      const warnings = await captureWarnings(async () => {
        el = await statFixture(html`<trafficking-stat value="abc" source="X"></trafficking-stat>`);
      });
      document.removeEventListener('cw-error', listener);
      expect(detail?.code).to.equal('invalid-value');
      expect(warnings.join('\n')).to.contain('value="abc"');
      expect(el.shadowRoot!.textContent).not.to.match(/NaN/);
      expect(part(el, 'value')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('rejects a value that is a number followed by text', async () => {
      const codes: string[] = [];
      const listener = (event: Event) => codes.push((event as CustomEvent).detail.code);
      document.addEventListener('cw-error', listener);
      const el = await statFixture(html`<trafficking-stat stat="palermo-protocol-parties" value="12abc"></trafficking-stat>`);
      document.removeEventListener('cw-error', listener);
      expect(codes).to.deep.equal(['invalid-value']);
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|12/);
    });

    it('falls back to number for format="bogus" and warns once, naming what is allowed', async () => {
      let el!: TraffickingStat;
      const warnings = await captureWarnings(async () => {
        el = await statFixture(html`<trafficking-stat value="1500" format="bogus" source="X"></trafficking-stat>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(part(el, 'value')!.textContent!.trim()).to.equal('1,500');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<trafficking-stat> format="bogus"').and.to.contain('compact-currency');
    });

    it('refuses a javascript: source URL and keeps the citation as plain text', async () => {
      let el!: TraffickingStat;
      const warnings = await captureWarnings(async () => {
        el = await statFixture(html`<trafficking-stat value="10" source="Evil" source-url="javascript:alert(1)"></trafficking-stat>`);
      });
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(part(el, 'source')!.textContent!.trim()).to.equal('Source: Evil');
      expect(warnings.join('\n')).to.contain('source-url="javascript:alert(1)"');
      await expect(el).to.be.accessible();
    });

    it('ignores an invalid currency and keeps USD', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await statFixture(html`<trafficking-stat value="5" format="currency" currency="dollars" source="X"></trafficking-stat>`);
        expect(part(el, 'value')!.textContent!.trim()).to.equal('$5');
      });
      expect(warnings.join('\n')).to.contain('currency="dollars"');
    });

    it('takes a mistyped three-letter code for what it is: a warning, and USD', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await statFixture(html`<trafficking-stat value="5" format="currency" currency="UDS" source="X"></trafficking-stat>`);
        expect(part(el, 'value')!.textContent!.trim()).to.equal('$5');
      });
      expect(warnings.join('\n')).to.contain('currency="UDS"');
    });

    it('recovers when a bad attribute is corrected', async () => {
      const el = await statFixture(html`<trafficking-stat value="abc" source="X"></trafficking-stat>`);
      expect(part(el, 'value')).to.equal(null);
      el.setAttribute('value', '42');
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('42');
    });
  });
});
