import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mastodonHost } from '../../../src/widgets/share-card/networks.js';
import { captureWarnings } from '../../helpers/console.js';
import { part } from '../../helpers/shadow.js';
import { action, card, decode, html, mastodonFormOpened, watchFollowedLinks } from './helpers.js';

// Text that breaks naive URL building: separators, a fragment mark, a percent sign, emoji and Arabic.
const TEXT = 'Tom & Jerry #1? 100% sure 🧡 مرحبا بالعالم';
const URL_TO_SHARE = 'https://partner.example/campaign?ref=a&lang=ar#top';
const TAGS = 'EndTrafficking, حرية';
const TAGGED = `${TEXT} #EndTrafficking #حرية`;

describe('<share-card> share links', () => {
  it('builds the exact share URL of every network, with every field encoded', async () => {
    const el = await card(
      html`<share-card text=${TEXT} url=${URL_TO_SHARE} hashtags=${TAGS} networks="x facebook whatsapp linkedin telegram bluesky email"></share-card>`,
    );
    const expected: Record<string, { base: string; params: Record<string, string> }> = {
      x: { base: 'https://twitter.com/intent/tweet', params: { text: TEXT, url: URL_TO_SHARE, hashtags: 'EndTrafficking,حرية' } },
      facebook: { base: 'https://www.facebook.com/sharer/sharer.php', params: { u: URL_TO_SHARE } },
      whatsapp: { base: 'https://wa.me/', params: { text: `${TAGGED} ${URL_TO_SHARE}` } },
      linkedin: { base: 'https://www.linkedin.com/sharing/share-offsite/', params: { url: URL_TO_SHARE } },
      telegram: { base: 'https://t.me/share/url', params: { url: URL_TO_SHARE, text: TAGGED } },
      bluesky: { base: 'https://bsky.app/intent/compose', params: { text: `${TAGGED} ${URL_TO_SHARE}` } },
      email: { base: 'mailto:', params: { subject: TEXT, body: `${TAGGED}\n\n${URL_TO_SHARE}` } },
    };
    for (const [network, want] of Object.entries(expected)) {
      const link = action(el, network)!;
      expect(link, network).to.not.equal(null);
      expect(decode(link.href), network).to.deep.equal(want);
      // Spaces are %20 (mail clients do not decode "+"), and nothing is left raw that would end a field early.
      const query = link.getAttribute('href')!.split('?')[1]!;
      expect(query, network).not.to.match(/[ +#]|&(?![a-z]+=)/);
      expect(link.rel, network).to.equal('noopener noreferrer');
      expect(link.target, network).to.equal(network === 'email' ? '' : '_blank');
    }
    await expect(el).to.be.accessible();
  });

  it('gives every action a localized accessible name and an icon, and says links open a new tab', async () => {
    const el = await card(
      html`<share-card text="A fact" url="https://partner.example/" networks="x facebook whatsapp linkedin telegram bluesky mastodon email copy"></share-card>`,
    );
    const names = [...el.shadowRoot!.querySelectorAll('[part~="action"]')].map((control) => control.textContent!.trim());
    expect(names).to.deep.equal([
      'Share on X',
      'Share on Facebook',
      'Share on WhatsApp',
      'Share on LinkedIn',
      'Share on Telegram',
      'Share on Bluesky',
      'Share on Mastodon',
      'Share by email',
      'Copy link',
    ]);
    for (const control of el.shadowRoot!.querySelectorAll('[part~="action"]')) {
      expect(control.querySelector('svg[aria-hidden="true"] path')?.getAttribute('d'), control.textContent!).to.be.a('string');
    }
    const x = action(el, 'x')!;
    expect(el.shadowRoot!.getElementById(x.getAttribute('aria-describedby')!)!.textContent).to.equal('Opens in a new tab');
    expect(el.shadowRoot!.querySelector('svg use, svg image, img')).to.equal(null);
  });

  it('shares the canonical URL by default, else the page address', async () => {
    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = 'https://partner.example/canonical-page';
    document.head.append(canonical);
    try {
      const el = await card(html`<share-card text="Fact" networks="facebook"></share-card>`);
      expect(decode(action(el, 'facebook')!.href).params.u).to.equal('https://partner.example/canonical-page');
    } finally {
      canonical.remove();
    }
    const el = await card(html`<share-card text="Fact" networks="facebook"></share-card>`);
    expect(decode(action(el, 'facebook')!.href).params.u).to.equal(location.origin + location.pathname);
  });

  it("never shares the address bar's query or fragment, which can carry one reader's own link", async () => {
    const address = location.href;
    history.replaceState(null, '', `${location.pathname}?email=jane%40example.org&token=abc#s=private`);
    try {
      const el = await card(html`<share-card text="Fact" networks="facebook copy"></share-card>`);
      expect(el.shareTarget).to.equal(location.origin + location.pathname);
      expect(decode(action(el, 'facebook')!.href).params.u).to.equal(location.origin + location.pathname);
      expect(action(el, 'facebook')!.href).not.to.match(/jane|token|private/);
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('falls back to the page URL with a warning when `url` is unsafe', async () => {
    let el!: Awaited<ReturnType<typeof card>>;
    const warnings = await captureWarnings(async () => {
      el = await card(html`<share-card text="Fact" url="javascript:alert(1)" networks="facebook"></share-card>`);
      el.text = 'Another fact';
      await el.updateComplete;
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('<share-card> url="javascript:alert(1)" is not valid');
    expect(decode(action(el, 'facebook')!.href).params.u).to.equal(location.origin + location.pathname);
    expect(el.shareTarget).to.equal(location.origin + location.pathname);
  });

  it('adds UTM parameters only when set, with the network name in place of {network}', async () => {
    const plain = await card(html`<share-card text="Fact" url="https://partner.example/c?x=1" networks="x"></share-card>`);
    expect(decode(action(plain, 'x')!.href).params.url).to.equal('https://partner.example/c?x=1');

    const el = await card(html`
      <share-card
        text="Fact"
        url="https://partner.example/c?x=1"
        networks="x facebook"
        utm-source="{network}"
        utm-medium="social"
        utm-campaign="world-day"
      ></share-card>
    `);
    const shared = new URL(decode(action(el, 'x')!.href).params.url!);
    expect(shared.origin + shared.pathname).to.equal('https://partner.example/c');
    expect(Object.fromEntries(shared.searchParams)).to.deep.equal({ x: '1', utm_source: 'x', utm_medium: 'social', utm_campaign: 'world-day' });
    expect(new URL(decode(action(el, 'facebook')!.href).params.u!).searchParams.get('utm_source')).to.equal('facebook');
  });

  it('drops unknown networks and bad hashtags with one warning each, and never shows `native` without a share sheet', async () => {
    let el!: Awaited<ReturnType<typeof card>>;
    const warnings = await captureWarnings(async () => {
      el = await card(
        html`<share-card text="Fact" networks="x myspace native facebook friendster x" hashtags="#EndTrafficking, two words, ok_1"></share-card>`,
      );
      el.text = 'Re-rendered';
      await el.updateComplete;
    });
    expect([...el.shadowRoot!.querySelectorAll('[part~="action"]')].map((a) => a.getAttribute('part'))).to.deep.equal([
      'action action-x',
      'action action-facebook',
    ]);
    expect(warnings.length).to.equal(2);
    expect(warnings[0]).to.contain('networks="myspace friendster" is not valid');
    expect(warnings[1]).to.contain('hashtags="two words" is not valid');
    expect(decode(action(el, 'x')!.href).params.hashtags).to.equal('EndTrafficking,ok_1');
  });

  it('uses the default networks when none is known', async () => {
    let el!: Awaited<ReturnType<typeof card>>;
    const warnings = await captureWarnings(async () => {
      el = await card(html`<share-card text="Fact" networks="myspace"></share-card>`);
    });
    expect(warnings[0]).to.contain('showing the default networks');
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="action"]')].map((a) => a.getAttribute('part')!.split('action-')[1]);
    expect(shown).to.deep.equal(['x', 'facebook', 'whatsapp', 'linkedin', 'telegram', 'bluesky', 'email', 'copy']);
  });

  it('fires cw-share with the network when a share link is followed', async () => {
    const el = await card(html`<share-card text="Fact" url="https://partner.example/" networks="whatsapp"></share-card>`);
    const cancelNavigation = (event: Event) => event.preventDefault();
    el.shadowRoot!.addEventListener('click', cancelNavigation, { capture: true });
    setTimeout(() => action(el, 'whatsapp')!.click());
    const event = await oneEvent(el, 'cw-share');
    expect(event.detail).to.deep.equal({ network: 'whatsapp' });
    expect(event.bubbles && event.composed).to.equal(true);
  });
});

describe('<share-card> Mastodon', () => {
  it('accepts host names as people paste them and refuses everything else', () => {
    const accepted: Record<string, string> = {
      'mastodon.social': 'mastodon.social',
      ' https://Mastodon.Social/ ': 'mastodon.social',
      'http://fosstodon.org/@someone': 'fosstodon.org',
      '@someone@mas.to': 'mas.to',
      'someone@social.example.org': 'social.example.org',
      'bücher.example': 'xn--bcher-kva.example',
    };
    for (const [typed, host] of Object.entries(accepted)) expect(mastodonHost(typed), typed).to.equal(host);
    for (const typed of ['', 'localhost', '127.0.0.1', 'javascript:alert(1)', 'mastodon', 'evil.com:8080', 'a b.social', '-bad.social', 'x.y.1']) {
      expect(mastodonHost(typed), typed).to.equal(null);
    }
  });

  it('opens a small form, checks the server, then follows the share link on it', async () => {
    const el = await card(html`<share-card text=${TEXT} url=${URL_TO_SHARE} hashtags="EndTrafficking" networks="mastodon"></share-card>`);
    const toggle = action<HTMLButtonElement>(el, 'mastodon')!;
    // Closed, the form is not there yet (its code loads on the first press), and the button controls nothing.
    expect(part(el, 'form')).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.hasAttribute('aria-controls')).to.equal(false);
    await expect(el).to.be.accessible();

    toggle.click();
    const form = await mastodonFormOpened(el);
    expect(form.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const input = part<HTMLInputElement>(el, 'input')!;
    expect(el.shadowRoot!.activeElement === input).to.equal(true);
    expect(input.autocomplete).to.equal('off');

    const followed = watchFollowedLinks(el);
    try {
      await sendKeys({ type: 'not a server' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(followed.links.length).to.equal(0);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(error.textContent!.trim()).to.equal('Enter the address of your server, such as mastodon.social.');
      expect(error.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();

      input.select();
      await sendKeys({ type: '@me@mastodon.social' });
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'cw-share');
      expect(event.detail).to.deep.equal({ network: 'mastodon' });
      expect(followed.links.length).to.equal(1);
      const link = followed.links[0]!;
      expect(decode(link.href)).to.deep.equal({ base: 'https://mastodon.social/share', params: { text: `${TEXT} #EndTrafficking ${URL_TO_SHARE}` } });
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    } finally {
      followed.stop();
    }
  });

  it('forgets the typed server when the visitor quick-exits', async () => {
    const el = await card(html`<share-card text="Fact" networks="mastodon copy"></share-card>`);
    action<HTMLButtonElement>(el, 'mastodon')!.click();
    await mastodonFormOpened(el);
    const input = part<HTMLInputElement>(el, 'input')!;
    input.value = 'my.private.server';
    window.dispatchEvent(new CustomEvent('cw-exit', { detail: { trigger: 'button' } }));
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(part<HTMLFormElement>(el, 'form')!.hidden).to.equal(true);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });
});
