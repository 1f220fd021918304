/**
 * The Mastodon form's code loads on the first press of its button. This file is its own page, so nothing here has
 * loaded that code yet when the server fails to deliver it once. (Loaded from source, a failed module stays failed
 * for the page's life; the built script tries again under a fresh URL, which test/dist/bundle.test.ts checks.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { failNextRequest } from '../../helpers/requests.js';
import { part } from '../../helpers/shadow.js';
import { action, card, html } from './helpers.js';

const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';

describe('<share-card> Mastodon form that cannot load', () => {
  it('tells the visitor and keeps the button closed', async () => {
    const el = await card(html`<share-card text="Fact" networks="mastodon copy"></share-card>`);
    const toggle = action<HTMLButtonElement>(el, 'mastodon')!;
    await failNextRequest('/src/widgets/share-card/mastodon.lazy.ts');
    toggle.click();
    await waitUntil(() => status(el) !== '', 'the failure is announced', { timeout: 5000 });
    expect(status(el)).to.equal('The Mastodon form could not load. Check your connection and try again.');
    expect(part(el, 'form')).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });
});
