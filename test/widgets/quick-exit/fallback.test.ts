/**
 * The quick exit before its script has run: on a partner page that takes seconds to finish loading, the campaign is on
 * screen long before the element upgrades, so the page puts a plain link inside it (docs/embedding.md, "Beside a quick
 * exit"; the configurator and the WordPress plugin write it). This file imports the element only once the test has
 * looked at the link, as a slow page would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuickExit } from '../../../src/widgets/quick-exit/quick-exit.js';
import { part } from '../../helpers/shadow.js';

/** Every control the keyboard reaches from the button before the element, in order: what Tab finds. */
async function tabStops(start: HTMLElement, count: number): Promise<string[]> {
  start.focus();
  const stops: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await sendKeys({ press: 'Tab' });
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    stops.push(`${active?.localName}: ${active?.textContent?.trim()}`);
  }
  return stops;
}

describe('<quick-exit> before its script has run', () => {
  it('shows its fallback link until the widget upgrades, then one exit button in its place', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <button>Before</button>
        <quick-exit href="https://www.bbc.co.uk/weather" no-skip-link>
          <a slot="cw-fallback" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a>
        </quick-exit>
        <button>After</button>
      </div>
    `);
    const [before] = page.querySelectorAll('button');
    const exit = page.querySelector<QuickExit>('quick-exit')!;
    const link = exit.querySelector('a')!;
    expect(customElements.get('quick-exit'), 'not defined yet').to.equal(undefined);
    expect(link.getClientRects().length, 'the link is on screen').to.be.greaterThan(0);
    expect(await tabStops(before!, 2)).to.deep.equal(['a: Exit this page', 'button: After']);
    await expect(page).to.be.accessible();

    await import('../../../src/widgets/quick-exit/quick-exit.define.js');
    await customElements.whenDefined('quick-exit');
    await exit.updateComplete;
    expect(link.getClientRects().length, 'the link is gone').to.equal(0);
    expect(part(exit, 'button')!.getClientRects().length, 'the button is there').to.be.greaterThan(0);
    // One way out for the keyboard and for a screen reader, not the link and the button.
    expect(await tabStops(before!, 2)).to.deep.equal(['button: Exit this page', 'button: After']);
    await expect(page).to.be.accessible();
  });
});
