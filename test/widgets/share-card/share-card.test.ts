import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../../src/core/localization.js';
import type { ShareCard } from '../../../src/widgets/share-card/share-card.js';
import { captureWarnings } from '../../helpers/console.js';
import { linesOfText, part, wordsBrokenAcrossLines } from '../../helpers/shadow.js';
import { resetServerLog, serverLog } from '../../helpers/requests.js';
import { action, card, controls, decode, html, mastodonFormOpened } from './helpers.js';

/** What a sighted visitor sees: text of the rendered, non-hidden parts of the card. */
function shown(el: Element): string {
  const visible = (node: Element) => node.getClientRects().length > 0;
  return [...el.shadowRoot!.querySelectorAll('[part]')]
    .filter((node) => visible(node) && !node.closest('[hidden]'))
    .map((node) => {
      const slot = node.querySelector('slot');
      const assigned = slot
        ?.assignedNodes({ flatten: true })
        .map((n) => n.textContent)
        .join('');
      return slot && node.children.length === 1 ? assigned : node.textContent;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const pngPixel = (color: string) => {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 20;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 40, 20);
  return canvas.toDataURL('image/png');
};

describe('<share-card>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  describe('content', () => {
    it('shows a catalogue figure, its label and a linked citation from two attributes', async () => {
      const el = await card(html`<share-card stat="unodc-2016-women-girls-share" url="https://partner.example/campaign"></share-card>`);
      expect(part(el, 'headline')!.textContent!.trim()).to.equal('71%');
      expect(part(el, 'text')!.textContent!.trim()).to.equal('Of trafficking victims detected in 2012–2014 were women and girls');
      const source = part<HTMLAnchorElement>(el, 'source-link')!;
      expect(source.textContent!.trim()).to.equal('Source: UNODC, Global Report on Trafficking in Persons 2016, 2016 · 2012–2014 data');
      expect(source.rel).to.equal('noopener noreferrer');
      expect(part(el, 'estimate')).to.equal(null);
      // The shared text is one sentence: the figure, what it counts, and its source.
      expect(decode(action(el, 'x')!.href).params.text).to.equal(
        '71% of trafficking victims detected in 2012–2014 were women and girls (Source: UNODC, Global Report on Trafficking in Persons 2016, 2016 · 2012–2014 data)',
      );
      await expect(el).to.be.accessible();
    });

    it('marks the English publisher and report title of its citation on a Spanish page, and shares plain text', async () => {
      await setLocale('es');
      const el = await card(html`<share-card stat="unodc-2024-women-girls-share" url="https://partner.example/campaign"></share-card>`);
      const source = part<HTMLAnchorElement>(el, 'source-link')!;
      expect([...source.querySelectorAll('[lang="en"]')].map((node) => node.textContent)).to.deep.equal([
        'UNODC',
        'Global Report on Trafficking in Persons 2024',
      ]);
      expect(source.textContent).to.contain('Fuente');
      expect(decode(action(el, 'x')!.href).params.text).to.contain('UNODC, Global Report on Trafficking in Persons 2024');
      await expect(el).to.be.accessible();
    });

    it('says once in the console that an older edition has a newer figure, and still shows the one asked for', async () => {
      let el!: ShareCard;
      const warnings = await captureWarnings(async () => {
        el = await card(html`<share-card stat="unodc-2016-women-girls-share"></share-card>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      const notices = warnings.filter((warning) => warning.includes('newer figure'));
      expect(notices).to.have.length(1);
      expect(notices[0]).to.include('stat="unodc-2016-women-girls-share" is an older edition; a newer figure exists: stat="unodc-2024-women-girls-share"');
      expect(part(el, 'headline')!.textContent!.trim()).to.equal('71%');
    });

    it('formats the figure like <trafficking-stat> and marks estimates', async () => {
      const el = await card(html`<share-card stat="ilo-2014-forced-labour-profits"></share-card>`);
      expect(part(el, 'headline')!.textContent!.trim()).to.match(/^\$150\s?billion$/);
      expect(part(el, 'estimate')!.textContent).to.equal('estimate');
    });

    it('takes headline, text and image from slots', async () => {
      const el = await card(html`
        <share-card url="https://partner.example/">
          <strong slot="headline">1 in 4</strong>
          victims of modern slavery are <em>children</em>
          <img slot="image" alt="A hand reaching out" src=${pngPixel('#345')} />
        </share-card>
      `);
      expect(shown(el)).to.contain('1 in 4');
      expect(shown(el)).to.contain('victims of modern slavery are children');
      expect(part(el, 'media')!.hidden).to.equal(false);
      expect(part(el, 'source')!.hidden).to.equal(true);
      expect(decode(action(el, 'x')!.href).params.text).to.equal('1 in 4 victims of modern slavery are children');
      await expect(el).to.be.accessible();
    });

    it('follows slots added later', async () => {
      const el = await card(html`<share-card text="Shared text"></share-card>`);
      expect(part(el, 'headline')!.hidden).to.equal(true);
      const headline = document.createElement('span');
      headline.slot = 'headline';
      headline.textContent = '50 million';
      el.append(headline);
      await waitUntil(() => !part(el, 'headline')!.hidden, 'the headline shows once its slot is filled');
    });

    it('shows nothing misleading when there is no content: no empty boxes, no image to save', async () => {
      const el = await card(html`<share-card download></share-card>`);
      for (const name of ['headline', 'text', 'source', 'media']) expect(part(el, name)!.hidden, name).to.equal(true);
      expect(shown(el)).not.to.match(/undefined|null|NaN/);
      expect(part(el, 'download')).to.equal(null);
      // Sharing the page itself is still true.
      expect(decode(action(el, 'facebook')!.href).params.u).to.equal(location.origin + location.pathname);
      expect(decode(action(el, 'x')!.href).params).to.deep.equal({ url: location.origin + location.pathname });
      await expect(el).to.be.accessible();
    });

    it('fires cw-error and shows no figure for an unknown stat', async () => {
      const el = document.createElement('share-card');
      el.setAttribute('stat', 'no-such-stat');
      el.setAttribute('text', 'Our own text');
      const errored = oneEvent(el, 'cw-error');
      const warnings = await captureWarnings(async () => {
        document.body.append(el);
        const event = await errored;
        expect(event.detail.code).to.equal('unknown-stat');
        await el.updateComplete;
      });
      try {
        expect(warnings.length).to.equal(1);
        expect(part(el, 'headline')!.hidden).to.equal(true);
        expect(shown(el)).to.contain('Our own text');
        expect(shown(el)).not.to.match(/\d|undefined|NaN/);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });

  describe('layout', () => {
    it('stacks the image above the text at 280 px and puts it beside at 800 px, without overflow', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 280px">
          <share-card stat="gems-2022-modern-slavery" networks="x facebook whatsapp linkedin telegram bluesky email copy" download>
            <img slot="image" alt="" src=${pngPixel('#345')} />
          </share-card>
        </div>
      `);
      const el = wrapper.querySelector('share-card')!;
      await el.updateComplete;
      const media = part(el, 'media')!.getBoundingClientRect();
      const body = part(el, 'headline')!.parentElement!.getBoundingClientRect();
      const base = part(el, 'base')!;
      expect(media.bottom <= body.top + 0.5).to.equal(true);
      expect(base.scrollWidth <= base.clientWidth).to.equal(true);
      expect(el.getBoundingClientRect().width).to.equal(280);
      for (const control of controls(el)) expect(control.getBoundingClientRect().right <= base.getBoundingClientRect().right + 0.5).to.equal(true);

      // Measuring lays the card out again at the new width (its layout is CSS alone).
      wrapper.style.inlineSize = '800px';
      const wideMedia = part(el, 'media')!.getBoundingClientRect();
      const wideBody = part(el, 'headline')!.parentElement!.getBoundingClientRect();
      expect(Math.abs(wideMedia.top - wideBody.top) < 1).to.equal(true);
      expect(wideMedia.right <= wideBody.left + 0.5).to.equal(true);
      expect(base.scrollWidth <= base.clientWidth).to.equal(true);
    });

    // Wide enough for the longest word at the headline's size, too narrow for the words the formats join with
    // no-break spaces ("milliards $US", "миллиардов $"), which broke inside a word.
    for (const [locale, width] of [
      ['ru', 440],
      ['fr', 400],
      ['es', 400],
    ] as const) {
      it(`wraps a long headline between its words at ${width} px (${locale})`, async () => {
        await setLocale(locale);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width - 16}px"><share-card stat="ilo-2024-forced-labour-profits"></share-card></div>`,
        );
        const el = wrapper.querySelector('share-card')!;
        await el.updateComplete;
        expect(wordsBrokenAcrossLines(part(el, 'headline')!), 'words broken across lines').to.deep.equal([]);
      });
    }

    it('keeps its "Save image" buttons whole on a 320 px phone: the icon its size, "1200 × 630" on one line', async () => {
      await setLocale('ru');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 304px"><share-card stat="ilo-2024-forced-labour-profits" download></share-card></div>`,
      );
      const el = wrapper.querySelector('share-card')!;
      await el.updateComplete;
      const buttons = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="download"]');
      expect(buttons).to.have.length(2);
      for (const button of buttons) {
        const icon = button.querySelector('svg')!.getBoundingClientRect();
        expect(icon.width, 'the icon keeps its size').to.be.closeTo(icon.height, 0.5);
        const size = button.querySelector('.size')!;
        expect(linesOfText(size), `"${size.textContent}" on one line`).to.equal(1);
      }
    });

    it('mirrors in Arabic: actions run right to left and text starts on the right', async () => {
      await setLocale('ar');
      const el = await card(html`<share-card stat="unodc-2016-women-girls-share" networks="x facebook email copy" download></share-card>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      const rects = controls(el).map((control) => control.getBoundingClientRect());
      expect(rects.length).to.equal(6);
      let pairs = 0;
      for (let i = 1; i < rects.length; i++) {
        if (Math.abs(rects[i]!.top - rects[i - 1]!.top) >= 1) continue;
        pairs++;
        expect(rects[i]!.right <= rects[i - 1]!.left + 0.5, `action ${i}`).to.equal(true);
      }
      expect(pairs).to.be.greaterThan(3);
      const base = part(el, 'base')!.getBoundingClientRect();
      const first = rects[0]!;
      expect(base.right - first.right < base.width / 4).to.equal(true);
      expect(getComputedStyle(part(el, 'headline')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('takes its colours and fonts from --cw-share-card-* properties set on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div
          style="--cw-share-card-background: rgb(10, 30, 60); --cw-share-card-color: rgb(250, 250, 250); --cw-share-card-headline-color: rgb(255, 200, 0); --cw-font-family: serif"
        >
          <share-card stat="palermo-protocol-parties"></share-card>
        </div>
      `);
      const el = wrapper.querySelector('share-card')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(10, 30, 60)');
      expect(getComputedStyle(part(el, 'text')!).color).to.equal('rgb(250, 250, 250)');
      expect(getComputedStyle(part(el, 'headline')!).color).to.equal('rgb(255, 200, 0)');
      expect(getComputedStyle(part(el, 'headline')!).fontFamily).to.equal('serif');
    });
  });

  describe('privacy', () => {
    it('sends no request and loads nothing before the visitor clicks', async () => {
      await resetServerLog();
      await aTimeout(50);
      const entries: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type: 'resource' });
      const before = performance.getEntriesByType('resource').length;
      const el = await card(html`
        <share-card
          stat="ilo-2014-forced-labour-profits"
          url="https://partner.example/"
          hashtags="EndTrafficking"
          networks="x facebook whatsapp linkedin telegram bluesky mastodon email copy"
          download
        ></share-card>
      `);
      await aTimeout(300);
      // (The test's own calls to the request log may be recorded late under load: they are not the card's.)
      const byTheCard = (names: string[]) => names.filter((name) => !new URL(name).pathname.startsWith('/__requests/'));
      expect(
        byTheCard(
          performance
            .getEntriesByType('resource')
            .slice(before)
            .map((entry) => entry.name),
        ),
      ).to.deep.equal([]);
      expect(byTheCard(entries.map((entry) => entry.name))).to.deep.equal([]);
      expect(await serverLog()).to.deep.equal([]);
      // Opening the Mastodon form (a visitor's click) loads only its own code, from the page's origin.
      await resetServerLog();
      entries.length = 0;
      action<HTMLButtonElement>(el, 'mastodon')!.click();
      await mastodonFormOpened(el);
      await aTimeout(100);
      observer.disconnect();
      const loaded = entries.map((entry) => new URL(entry.name)).filter((url) => !url.pathname.startsWith('/__requests/'));
      expect(loaded.filter((url) => url.origin !== location.origin || !/\.(ts|js)$/.test(url.pathname)).map(String)).to.deep.equal([]);
      expect((await serverLog()).every((request) => /\.(ts|js)$/.test(request.path))).to.equal(true);
      // Nothing in the card could load anything: no images, frames, scripts, styles or media of its own.
      expect(el.shadowRoot!.querySelectorAll('img, iframe, script, link, object, embed, video, audio, source, image, use').length).to.equal(0);
      expect(document.cookie).to.equal('');
      for (const link of el.shadowRoot!.querySelectorAll('a')) expect(link.rel, link.href).to.equal('noopener noreferrer');
    });
  });

  describe('keyboard', () => {
    it('reaches every action with Tab, in order', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>Before</button>
          <share-card stat="unodc-2016-women-girls-share" networks="x facebook whatsapp linkedin telegram bluesky mastodon email copy" download></share-card>
        </div>`,
      );
      const el = wrapper.querySelector<ShareCard>('share-card')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const expected = [part(el, 'source-link')!, ...controls(el)];
      expect(expected.length).to.equal(12);
      for (const control of expected) {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement === control, control.textContent!.trim()).to.equal(true);
      }
    });

    it('follows a share link with Enter', async () => {
      const el = await card(html`<share-card text="Fact" url="https://partner.example/" networks="telegram"></share-card>`);
      const followed: string[] = [];
      // The test cannot leave the page: it records the followed link and cancels the navigation.
      const cancel = (event: Event) => {
        followed.push((event.composedPath()[0] as HTMLAnchorElement).href);
        event.preventDefault();
      };
      el.shadowRoot!.addEventListener('click', cancel, { capture: true });
      const link = action(el, 'telegram')!;
      link.focus();
      const shared = oneEvent(el, 'cw-share');
      await sendKeys({ press: 'Enter' });
      expect((await shared).detail).to.deep.equal({ network: 'telegram' });
      expect(followed).to.deep.equal([link.href]);
    });

    it('opens the Mastodon form with Space and closes it again with Enter', async () => {
      const el = await card(html`<share-card text="Fact" networks="mastodon"></share-card>`);
      const toggle = action<HTMLButtonElement>(el, 'mastodon')!;
      toggle.focus();
      await sendKeys({ press: ' ' });
      await mastodonFormOpened(el);
      expect(part<HTMLFormElement>(el, 'form')!.hidden).to.equal(false);
      expect(el.shadowRoot!.activeElement === part(el, 'input')).to.equal(true);
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part<HTMLFormElement>(el, 'form')!.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });
  });
});
