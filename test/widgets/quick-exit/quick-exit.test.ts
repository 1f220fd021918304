import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/quick-exit/quick-exit.define.js';
import { DEFAULT_EXIT_URL, type QuickExit } from '../../../src/widgets/quick-exit/quick-exit.js';
import { setLocale } from '../../../src/core/localization.js';
import { captureWarnings } from '../../helpers/console.js';
import { part } from '../../helpers/shadow.js';
import { nextLoad, openFrame, resetServerLog, serverLog } from '../../helpers/requests.js';

const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;
const marksOn = (el: Element) => part(el, 'indicator')!.querySelectorAll('.mark.on').length;

/** Shift used as a modifier: the count is back at zero, nothing was said, and what was typed is kept. */
async function expectQuietReset(el: QuickExit, field: HTMLInputElement, typed: string): Promise<void> {
  await settle();
  expect(status(el).textContent, 'nothing announced').to.equal('');
  expect(marksOn(el)).to.equal(0);
  expect(field.value).to.equal(typed);
  await expect(el).to.be.accessible();
}
/** Longer than the announcer's delay before it speaks (50 ms): what was going to be said has been said. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const RESET = 'Shift presses reset: press Shift 3 times to exit.';

/** Shift used as a modifier, as a visitor types a capital or moves back with Shift+Tab. */
async function withShift(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

describe('<quick-exit>', () => {
  afterEach(async () => {
    await setLocale('en');
    document.querySelectorAll('quick-exit[skip-link]').forEach((skip) => skip.remove());
  });

  it('shows a clearly labelled button with the shortcut as its description', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit href="https://www.bbc.co.uk/weather" no-skip-link></quick-exit>`);
    const button = part<HTMLButtonElement>(el, 'button')!;
    expect(button.textContent!.trim()).to.equal('Exit this page');
    const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Or press Shift 3 times.');
    expect(el.exitUrl).to.equal('https://www.bbc.co.uk/weather');
    await expect(el).to.be.accessible();
  });

  it('refuses an address that would keep the visitor on this page, with a warning', async () => {
    const ownName = location.pathname.split('/').pop()!;
    for (const href of ['#', '#top', '?', '?page=2', ownName, location.href]) {
      let el!: QuickExit;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QuickExit>(html`<quick-exit href=${href} no-skip-link></quick-exit>`);
      });
      expect(el.exitUrl, href).to.equal(DEFAULT_EXIT_URL);
      expect(warnings.join('\n'), href).to.contain(`<quick-exit> href="${href}" is not valid (allowed: an https: URL of another page)`);
    }
    // Another page of the same site leaves the campaign page: kept.
    const el = await fixture<QuickExit>(html`<quick-exit href="/neutral/weather" no-skip-link></quick-exit>`);
    expect(el.exitUrl).to.equal(new URL('/neutral/weather', location.href).href);
  });

  it('links to safety guidance when given, and refuses unsafe addresses with a warning', async () => {
    let el!: QuickExit;
    const warnings = await captureWarnings(async () => {
      el = await fixture<QuickExit>(
        html`<quick-exit href="javascript:alert(1)" safety-url="https://www.womensaid.org.uk/cover-your-tracks-online/" no-skip-link></quick-exit>`,
      );
    });
    expect(el.exitUrl).to.equal(DEFAULT_EXIT_URL);
    expect(warnings.join('\n')).to.contain('<quick-exit> href="javascript:alert(1)" is not valid');
    const link = part<HTMLAnchorElement>(el, 'safety-link')!;
    expect(link.textContent).to.equal('How to browse safely');
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();

    const unsafe = await captureWarnings(async () => {
      el = await fixture<QuickExit>(html`<quick-exit safety-url="data:text/html,hi" no-skip-link></quick-exit>`);
    });
    expect(part(el, 'safety-link')).to.equal(null);
    expect(unsafe.join('\n')).to.contain('safety-url="data:text/html,hi" is not valid');
  });

  it('warns once about a refused address, not again for the skip link it copies to the start of the page', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture<QuickExit>(html`<quick-exit href="javascript:alert(1)"></quick-exit>`);
      await waitUntil(() => document.querySelector('quick-exit[skip-link]'), 'the skip link');
      await document.querySelector<QuickExit>('quick-exit[skip-link]')!.updateComplete;
    });
    expect(warnings.filter((warning) => warning.includes('href="javascript:alert(1)" is not valid'))).to.have.length(1);
  });

  it('stays in view when sticky', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit sticky no-skip-link></quick-exit>`);
    expect(getComputedStyle(el).position).to.equal('sticky');
  });

  it('when sticky, scrolls a field the visitor tabs to clear of itself, and gives the scroll padding back after', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <quick-exit sticky no-skip-link></quick-exit>
        <div style="block-size: 150vh"></div>
        <input id="first" aria-label="First" /><input id="second" aria-label="Second" />
        <div style="block-size: 150vh"></div>
      </div>`,
    );
    const exit = page.querySelector<QuickExit>('quick-exit')!;
    await waitUntil(() => document.documentElement.style.scrollPaddingBlockStart !== '', 'the scroll padding');
    const first = page.querySelector<HTMLInputElement>('#first')!;
    try {
      // The first field just under the sticky button, the second in view and focused: Shift+Tab goes back to the first.
      window.scrollBy(0, first.getBoundingClientRect().top - 5);
      page.querySelector<HTMLInputElement>('#second')!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement).to.equal(first);
      expect(first.getBoundingClientRect().top, 'the focused field below the button').to.be.at.least(exit.getBoundingClientRect().bottom);
    } finally {
      window.scrollTo(0, 0);
    }
    exit.remove();
    expect(document.documentElement.style.scrollPaddingBlockStart, 'the page’s own again').to.equal('');
    // Where the next Tab starts: an empty spot of the page, not the removed field.
    page.remove();
    await sendMouse({ type: 'click', position: [300, 400] });
  });

  it('when sticky on a page with a scroll padding of its own, leaves it as the page set it', async () => {
    const root = document.documentElement;
    root.style.scrollPaddingBlockStart = '7px';
    try {
      const exit = await fixture<QuickExit>(html`<quick-exit sticky no-skip-link></quick-exit>`);
      // The widget reads the page's padding when its resize observer first reports, after the browser laid the
      // button out; an observer made after its own reports after it.
      await new Promise<void>((resolve) => {
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(exit);
      });
      expect(root.style.scrollPaddingBlockStart).to.equal('7px');
      exit.remove();
      expect(root.style.scrollPaddingBlockStart, 'still the page’s after the exit left').to.equal('7px');
    } finally {
      root.style.removeProperty('scroll-padding-block-start');
    }
  });

  it('keeps its advice link readable when sticky, over the text the page scrolls under it', async () => {
    const row = await fixture<HTMLElement>(
      html`<div style="display: grid">
        <p style="grid-area: 1 / 1; margin: 0; color: #000">Text of the page, under the bar. Text of the page, under the bar.</p>
        <quick-exit style="grid-area: 1 / 1" sticky no-skip-link safety-url="https://www.womensaid.org.uk/cover-your-tracks-online/"></quick-exit>
      </div>`,
    );
    const el = row.querySelector<QuickExit>('quick-exit')!;
    await el.updateComplete;
    const link = part(el, 'safety-link')!;
    // Opaque behind the link: the page's text does not show through it.
    expect(getComputedStyle(link).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('adds one skip link at the start of the page that keyboard users reach first', async () => {
    const wrapper = await fixture(
      html`<div>
        <button>Earlier control</button>
        <quick-exit href="https://www.bbc.co.uk/weather"></quick-exit>
        <quick-exit href="https://www.bbc.co.uk/weather"></quick-exit>
      </div>`,
    );
    const skips = document.querySelectorAll('quick-exit[skip-link]');
    expect(skips.length).to.equal(1);
    const skip = skips[0] as QuickExit;
    expect(document.body.firstElementChild === skip).to.equal(true);
    await skip.updateComplete;
    const button = part<HTMLButtonElement>(skip, 'button')!;
    expect(button.getBoundingClientRect().width).to.be.below(2);

    // From the top of the page, the first Tab reaches the skip link, which then shows itself.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(skip.shadowRoot!.activeElement === button).to.equal(true);
    expect(button.getBoundingClientRect().width).to.be.above(40);
    expect(button.textContent!.trim()).to.equal('Exit this page');
    await expect(skip).to.be.accessible();
    wrapper.remove();
  });

  it("hands the skip link to the quick exit that replaces a removed one (a single-page app's next view)", async () => {
    const first = await fixture<QuickExit>(html`<quick-exit href="https://www.bbc.co.uk/weather"></quick-exit>`);
    const skip = document.querySelector<QuickExit>('quick-exit[skip-link]')!;
    expect(skip.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    first.remove();
    const next = await fixture<QuickExit>(html`<quick-exit href="https://www.bbc.co.uk/news"></quick-exit>`);
    expect(document.querySelectorAll('quick-exit[skip-link]').length, 'still one skip link').to.equal(1);
    expect(skip.getAttribute('href'), 'it leaves for the new view’s site').to.equal('https://www.bbc.co.uk/news');
    // While its quick exit is on the page, another one does not take the skip link.
    await fixture<QuickExit>(html`<quick-exit href="https://www.bbc.co.uk/sport"></quick-exit>`);
    expect(skip.getAttribute('href')).to.equal('https://www.bbc.co.uk/news');
    next.href = 'https://www.bbc.co.uk/food';
    await next.updateComplete;
    expect(skip.getAttribute('href'), 'and follows its changes').to.equal('https://www.bbc.co.uk/food');
  });

  it('shows and announces the progress of the Shift shortcut, and forgets it when another key is pressed', async () => {
    const wrapper = await fixture(
      html`<div>
        <input aria-label="Message" />
        <quick-exit no-skip-link></quick-exit>
        <quick-exit no-skip-link></quick-exit>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('quick-exit')] as QuickExit[];
    wrapper.querySelector('input')!.focus();

    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status(first!).textContent === 'Press Shift twice more to exit.', 'first announcement');
    // Only one element speaks, so a screen reader hears each step once.
    expect(status(second!).textContent).to.equal('');
    expect(part(first!, 'indicator')!.querySelectorAll('.mark.on').length).to.equal(1);
    expect(part(second!, 'indicator')!.querySelectorAll('.mark.on').length).to.equal(1);
    await expect(first).to.be.accessible();

    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status(first!).textContent === 'Press Shift once more to exit.', 'second announcement');
    expect(part(first!, 'indicator')!.querySelectorAll('.mark.on').length).to.equal(2);

    await sendKeys({ type: 'a' });
    await waitUntil(() => status(first!).textContent === 'Shift presses reset: press Shift 3 times to exit.', 'reset announcement');
    expect(getComputedStyle(part(first!, 'indicator')!).display).to.equal('none');
    expect(wrapper.querySelector('input')!.value).to.equal('a');
  });

  it('does not count Shift used as a modifier, and says nothing about it: Shift+Tab, capitals', async () => {
    const wrapper = await fixture(
      // The button first: Shift+Tab from the name field must land in the page, not in the browser's own controls
      // (Firefox then leaves the test pages that follow without focus).
      html`<div>
        <button type="button">Before the form</button>
        <input aria-label="Name" />
        <input aria-label="Message" />
        <quick-exit no-skip-link></quick-exit>
      </div>`,
    );
    const el = wrapper.querySelector<QuickExit>('quick-exit')!;
    const [name, message] = [...wrapper.querySelectorAll('input')];
    message!.focus();
    await withShift('Tab');
    expect(document.activeElement === name, 'Shift+Tab moved back').to.equal(true);
    await withShift('B');
    await withShift('Tab');
    await expectQuietReset(el, name!, 'B');

    // Shift, Shift, then a capital: the count starts again, quietly.
    name!.focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status(el).textContent === 'Press Shift once more to exit.', 'second press announced');
    expect(marksOn(el)).to.equal(2);
    await withShift('C');
    await expectQuietReset(el, name!, 'BC');
  });

  it('counts a Shift held down (key repeat) once, when it is let go alone', async () => {
    const wrapper = await fixture(html`<div><input aria-label="Message" /><quick-exit no-skip-link></quick-exit></div>`);
    const el = wrapper.querySelector<QuickExit>('quick-exit')!;
    const input = wrapper.querySelector('input')!;
    input.focus();
    await sendKeys({ down: 'Shift' });
    // The repeats a held key sends (automation sends none of its own).
    for (let i = 0; i < 3; i += 1) {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', code: 'ShiftLeft', shiftKey: true, repeat: true, bubbles: true, composed: true }));
    }
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => status(el).textContent === 'Press Shift twice more to exit.', 'one press');
    expect(marksOn(el)).to.equal(1);
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'x' });
  });

  it('does not count Shift pressed with Control', async () => {
    const wrapper = await fixture(html`<div><input aria-label="Message" /><quick-exit no-skip-link></quick-exit></div>`);
    const el = wrapper.querySelector<QuickExit>('quick-exit')!;
    wrapper.querySelector('input')!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ up: 'Control' });
    await settle();
    expect(marksOn(el)).to.equal(0);
    expect(status(el).textContent).to.equal('');
  });

  it('does not count Shift held for a click (selecting text), and starts the count again quietly', async () => {
    const wrapper = await fixture(
      html`<div>
        <p>Text to select</p>
        <quick-exit no-skip-link></quick-exit>
      </div>`,
    );
    const el = wrapper.querySelector<QuickExit>('quick-exit')!;
    const text = wrapper.querySelector('p')!.getBoundingClientRect();
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => marksOn(el) === 1, 'one press');
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: [Math.round(text.left + 5), Math.round(text.top + text.height / 2)] });
    await sendKeys({ up: 'Shift' });
    await settle();
    expect(marksOn(el)).to.equal(0);
    expect(status(el).textContent).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('gives its shortcut hint to assistive technology once, as the button’s description, in the skip link too', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit href="https://www.bbc.co.uk/weather"></quick-exit>`);
    const skip = document.querySelector<QuickExit>('quick-exit[skip-link]')!;
    await skip.updateComplete;
    for (const exit of [el, skip]) {
      const button = part<HTMLButtonElement>(exit, 'button')!;
      const hint = exit.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.equal('Or press Shift 3 times.');
      const which = exit.skipLink ? 'skip link' : 'button';
      // Not in the reading order, where a screen reader would read it again after the button: a hidden element
      // still gives its text to aria-describedby (and so to the button's description only).
      expect(hint.hidden, which).to.equal(true);
      expect(part(exit, 'base')!.innerText, which).not.to.contain('Or press Shift');
    }
    await expect(el).to.be.accessible();
    await expect(skip).to.be.accessible();
  });

  it('announces the shortcut progress in the page language', async () => {
    await setLocale('fr');
    const el = await fixture<QuickExit>(html`<quick-exit no-skip-link></quick-exit>`);
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status(el).textContent !== '', 'announcement');
    expect(status(el).textContent).to.equal('Appuyez encore deux fois sur Maj pour quitter.');
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Quitter cette page');
    await sendKeys({ type: 'x' });
  });

  describe('leaving the page (in a frame, as a visitor would)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    async function campaignFrame() {
      frame = await openFrame('/test/fixtures/quick-exit-frame.html');
      const win = frame.contentWindow! as Window & typeof globalThis;
      await win.customElements.whenDefined('quick-exit');
      const exits: string[] = [];
      win.addEventListener('cw-exit', (event) => exits.push((event as CustomEvent<{ trigger: string }>).detail.trigger));
      const first = frame.contentDocument!.getElementById('first') as QuickExit;
      await first.updateComplete;
      await resetServerLog();
      return { frame, win, exits, first };
    }

    it('covers the page at once, fires cw-exit, replaces the history entry and sends no referrer', async () => {
      const { frame, win, exits, first } = await campaignFrame();
      const historyBefore = history.length;
      const landed = nextLoad(frame);
      part<HTMLButtonElement>(first, 'button')!.click();
      // Synchronously after the click, before the next page arrives:
      expect(exits).to.deep.equal(['button']);
      const overlay = part(first, 'overlay')!;
      expect(overlay.hidden).to.equal(false);
      const box = overlay.getBoundingClientRect();
      expect(box.width).to.equal(win.document.documentElement.clientWidth);
      expect(box.height).to.equal(win.document.documentElement.clientHeight);
      await landed;

      expect(frame.contentWindow!.location.pathname).to.equal('/__requests/landing');
      const landing = (await serverLog()).filter((request) => request.path === '/__requests/landing');
      expect(landing.length).to.equal(1);
      expect(landing[0]!.referer).to.equal(null);
      expect(history.length).to.equal(historyBefore);
    });

    it('brought back from the back/forward cache after leaving, stays covered and leaves again', async () => {
      const { frame, win, first } = await campaignFrame();
      const landed = nextLoad(frame);
      part<HTMLButtonElement>(first, 'button')!.click();
      // As when Back restores the page from the cache: whoever pressed Back may not be the visitor who left.
      win.dispatchEvent(new win.PageTransitionEvent('pageshow', { persisted: true }));
      await first.updateComplete;
      expect(part(first, 'overlay')!.hidden, 'the neutral screen stays').to.equal(false);
      await landed;
      expect(frame.contentWindow!.location.pathname).to.equal('/__requests/landing');
    });

    it('leaves with Shift pressed three times, once, however many exits the page has', async () => {
      const { frame, win, exits } = await campaignFrame();
      const doc = frame.contentDocument!;
      expect(doc.querySelectorAll('quick-exit:not([skip-link])').length).to.equal(3);
      win.focus();
      (doc.getElementById('typing') as HTMLInputElement).focus();
      const landed = nextLoad(frame);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await landed;
      expect(exits).to.deep.equal(['shortcut']);
      expect((await serverLog()).filter((request) => request.path === '/__requests/landing').length).to.equal(1);
    });

    it('stays when Shift, Shift is followed by a capital or Shift+Tab, quietly starting the count again', async () => {
      const { frame, win, exits, first } = await campaignFrame();
      const doc = frame.contentDocument!;
      const input = doc.getElementById('typing') as HTMLInputElement;
      win.focus();
      input.focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await waitUntil(() => status(first).textContent === 'Press Shift once more to exit.', 'second press announced');
      await withShift('B');
      await settle();
      expect(exits, 'still on the page').to.deep.equal([]);
      expect(input.value, 'what was typed is kept').to.equal('B');
      expect(status(first).textContent, 'no reset announced').not.to.equal(RESET);
      expect(marksOn(first)).to.equal(0);

      // The count starts again: two lone presses and Shift+Tab do not leave either.
      await sendKeys({ press: 'Shift' });
      await waitUntil(() => status(first).textContent === 'Press Shift twice more to exit.', 'counting again from one');
      await sendKeys({ press: 'Shift' });
      await withShift('Tab');
      await settle();
      expect(exits).to.deep.equal([]);
      expect(status(first).textContent).not.to.equal(RESET);
      expect(frame.contentWindow!.location.pathname).to.equal('/test/fixtures/quick-exit-frame.html');
    });

    it('covers the page even when the copy that owns the shortcut is hidden (one copy for phones, one for desktops)', async () => {
      const { frame, win, first } = await campaignFrame();
      const doc = frame.contentDocument!;
      first.style.display = 'none';
      // As the page leaves: what is on top at the page's heading, where the visitor was reading.
      const onTop: string[] = [];
      win.addEventListener('cw-exit', () => {
        const heading = doc.querySelector('h1')!.getBoundingClientRect();
        const top = doc.elementFromPoint(heading.left + 5, heading.top + 5);
        onTop.push(top?.localName === 'quick-exit' ? 'the exit screen' : (top?.localName ?? 'nothing'));
      });
      win.focus();
      (doc.getElementById('typing') as HTMLInputElement).focus();
      const landed = nextLoad(frame);
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      await landed;
      expect(onTop).to.deep.equal(['the exit screen']);
    });

    it("while the page's own modal dialog is open: its button is out of reach, one in the dialog is not, and the shortcut leaves", async () => {
      const { frame, win, exits, first } = await campaignFrame();
      frame.style.blockSize = '600px';
      const doc = frame.contentDocument!;
      const dialog = doc.createElement('dialog');
      dialog.innerHTML = '<p>Subscribe to our newsletter</p><input aria-label="Email" /><quick-exit href="/__requests/landing"></quick-exit>';
      doc.body.append(dialog);
      dialog.showModal();
      const inDialog = dialog.querySelector<QuickExit>('quick-exit')!;
      await inDialog.updateComplete;
      // The page's button is inert (docs/embedding.md): what a click where it is would reach is the dialog's backdrop.
      const box = part(first, 'button')!.getBoundingClientRect();
      expect(doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(dialog);
      const inside = part(inDialog, 'button')!.getBoundingClientRect();
      expect(doc.elementFromPoint(inside.left + inside.width / 2, inside.top + inside.height / 2)).to.equal(inDialog);

      win.focus();
      dialog.querySelector('input')!.focus();
      const landed = nextLoad(frame);
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      await landed;
      expect(exits).to.deep.equal(['shortcut']);
    });

    it('leaves from the skip link, the first thing on the page', async () => {
      const { frame, exits } = await campaignFrame();
      const skip = frame.contentDocument!.body.firstElementChild as QuickExit;
      expect(skip.localName).to.equal('quick-exit');
      expect(skip.skipLink).to.equal(true);
      await skip.updateComplete;
      const landed = nextLoad(frame);
      part<HTMLButtonElement>(skip, 'button')!.click();
      await landed;
      expect(exits).to.deep.equal(['skip-link']);
    });
  });

  it('lays out right to left in Arabic', async () => {
    await setLocale('ar');
    const el = await fixture<QuickExit>(html`<quick-exit safety-url="https://example.org/safety" no-skip-link></quick-exit>`);
    await nextFrame();
    expect(el.getAttribute('dir')).to.equal('rtl');
    const button = part(el, 'button')!.getBoundingClientRect();
    const link = part(el, 'safety-link')!.getBoundingClientRect();
    // The button comes first in reading order, so in RTL it sits to the right of the link.
    expect(button.left).to.be.greaterThan(link.left);
    await expect(el).to.be.accessible();
  });
});
