/**
 * A real quick exit from a partner's page with a close-page guard of its own ("unsaved changes", "Leave site?"),
 * added once the visitor types: the page must still leave at once, with nothing asking the visitor to stay. Headless
 * browsers may show no prompt, so the page records every request for one (test/fixtures/partner-page.js). A guard
 * the page added before the widgets' script ran cannot be stopped in Chromium (docs/embedding.md): not tested here.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuickExit } from '../../src/widgets/quick-exit/quick-exit.js';
import { part } from '../helpers/shadow.js';
import { nextLoad, openFrame } from '../helpers/requests.js';

type PartnerWindow = Window & typeof globalThis & { asked: string[] };

describe('quick exit on a page with its own close-page guard', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('leaves without the guard asking the visitor to stay, however the page added it', async () => {
    frame = await openFrame('/test/fixtures/quick-exit-petition-frame.html');
    const win = frame.contentWindow! as PartnerWindow;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('quick-exit');
    const exit = doc.querySelector<QuickExit>('quick-exit')!;
    await exit.updateComplete;
    // Outlives the page, so the test can read it once the neutral site has loaded.
    const asked: string[] = [];
    win.asked = asked;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = 'Unsaved changes';
    };
    win.addEventListener('beforeunload', guard);
    win.addEventListener('beforeunload', guard, { capture: true });
    // As older plugins set it: its answer asks the browser to prompt, with no call the page could record.
    win.onbeforeunload = () => {
      asked.push('onbeforeunload');
      return 'Unsaved changes';
    };

    // The visitor types (which lets a page prompt), then presses Shift three times.
    win.focus();
    (doc.getElementById('comment') as HTMLInputElement).focus();
    await sendKeys({ type: 'x' });
    const landed = nextLoad(frame);
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    expect(part(exit, 'overlay')!.hidden, 'the page is covered at once').to.equal(false);
    await landed;
    expect(frame.contentWindow!.location.pathname).to.equal('/__requests/landing');
    expect(asked, 'no "Leave site?" prompt asked for').to.deep.equal([]);
  });
});
