/**
 * The clipboard after a quick exit: the visitor copied the campaign's link, then left. On the neutral site, the next
 * paste (theirs, or the next person's on the device) must not show where they were.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ShareCard } from '../../src/widgets/share-card/share-card.js';
import { pasteClipboard } from '../helpers/clipboard.js';
import { part } from '../helpers/shadow.js';
import { nextLoad, openFrame } from '../helpers/requests.js';

describe('quick exit after copying', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('leaves nothing of the campaign to paste', async () => {
    frame = await openFrame('/test/fixtures/quick-exit-share-frame.html');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await Promise.all([win.customElements.whenDefined('quick-exit'), win.customElements.whenDefined('share-card')]);
    const card = doc.querySelector<ShareCard>('share-card')!;
    await card.updateComplete;
    win.focus();
    part<HTMLButtonElement>(card, 'action-copy')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(await pasteClipboard(), 'copied').to.equal('https://partner.example/campaign');

    win.focus();
    part<HTMLButtonElement>(card, 'action-copy')!.focus();
    const landed = nextLoad(frame);
    for (let press = 0; press < 3; press += 1) await sendKeys({ press: 'Shift' });
    await landed;
    expect(frame.contentWindow!.location.pathname).to.equal('/__requests/landing');
    expect((await pasteClipboard()).trim(), 'nothing to paste').to.equal('');
  });
});
