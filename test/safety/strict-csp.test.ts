/**
 * Every widget on a locked-down partner page: examples/strict-csp.html served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`
 * (test/server/10-strict-csp.middleware.mjs), loading the built bundle from dist/ as a partner does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers/requests.js';

type CspWindow = Window & typeof globalThis & { cspViolations: string[] };

const WIDGETS = ['quick-exit', 'trafficking-stat', 'share-card', 'petition-form', 'mission-contact', 'help-line'];

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: CspWindow;

  before(async () => {
    frame = await openFrame('/examples/strict-csp.html');
    win = frame.contentWindow as CspWindow;
    await waitUntil(() => win.customElements.get('trafficking-stat') !== undefined, 'the bundle registers the widgets', { timeout: 5000 });
  });
  after(() => frame.remove());

  it('is really served with the policy (an inline style is refused)', async () => {
    const doc = frame.contentDocument!;
    const before = win.cspViolations.length;
    const inline = doc.createElement('style');
    inline.textContent = 'body { --injected: yes; }';
    doc.head.append(inline);
    await waitUntil(() => win.cspViolations.length > before, 'the violation is reported');
    expect(win.getComputedStyle(doc.body).getPropertyValue('--injected')).to.equal('');
    inline.remove();
    win.cspViolations.length = before;
  });

  for (const tag of WIDGETS) {
    it(`renders <${tag}> without a violation`, async () => {
      await win.customElements.whenDefined(tag);
      const el = frame.contentDocument!.querySelector(tag) as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
      expect(el !== null).to.equal(true);
      await el!.updateComplete;
      await waitUntil(() => (el!.shadowRoot?.textContent ?? '').trim() !== '', `<${tag}> renders`, { timeout: 5000 });
      // Styles arrive as constructed stylesheets, which the policy allows; nothing was blocked.
      expect(el!.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(win.cspViolations.join('\n')).to.equal('');
    });
  }
});

describe('under the same policy, both scripts loaded twice each (issue #14)', () => {
  it('runs one copy of everything (both tags import the same modules): no violation, no uncaught error, every widget in the page language', async () => {
    const frame = await openFrame('/test/fixtures/strict-csp-twice.html');
    const win = frame.contentWindow as CspWindow & { pageErrors: string[] };
    const doc = frame.contentDocument!;
    const shadowText = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(() => /150\smilliards/.test(shadowText('trafficking-stat')), 'the statistic renders in French', { timeout: 5000 });
    await waitUntil(() => /6\s240/.test(shadowText('petition-form')), 'the petition renders its count', { timeout: 5000 });
    expect(shadowText('quick-exit')).to.include('Quitter');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });
});
