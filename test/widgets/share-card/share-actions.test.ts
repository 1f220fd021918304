import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../../src/core/localization.js';
import type { ShareCard } from '../../../src/widgets/share-card/share-card.js';
import { part } from '../../helpers/shadow.js';
import { pasteClipboard, refuseClipboard } from '../../helpers/clipboard.js';
import { action, card, encodeCanvasAtOnce, html, waitFor, watchFollowedLinks } from './helpers.js';

const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

const BLOCKED = 'Copying is blocked here. Copy the selected link yourself.';

/** Every message the live region says, in order (a screen reader speaks additions, not the region going blank). */
function listen(el: Element): string[] {
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  const heard: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) heard.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

/** The link to copy by hand: in a labelled, read-only field that has focus, its whole text selected. */
function expectLinkToCopy(el: ShareCard, link: string): void {
  const field = part<HTMLInputElement>(el, 'link-input');
  expect(field, 'the field with the link').to.not.equal(null);
  expect(el.shadowRoot!.activeElement === field, 'focus on the field').to.equal(true);
  expect(field!.value).to.equal(link);
  expect(field!.readOnly).to.equal(true);
  expect([field!.selectionStart, field!.selectionEnd]).to.deep.equal([0, link.length]);
  expect([...field!.labels!].map((label) => label.textContent!.trim())).to.deep.equal(['Link to copy']);
  expect(field!.getClientRects().length).to.be.greaterThan(0);
}

/** Ctrl+C, as a visitor copies a selection. */
async function copyWithKeyboard(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'c' });
  await sendKeys({ up: 'Control' });
}

/** Presses Enter on a control, as a keyboard user does: a real key press, so the browser grants user activation. */
async function pressEnterOn(control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
}

/** Presses the card's `network` button with every way of copying refused, until the card says something. */
async function pressWithCopyBlocked(el: ShareCard, network: string, what: string): Promise<void> {
  const restoreClipboard = refuseClipboard();
  try {
    await pressEnterOn(action<HTMLButtonElement>(el, network)!);
    await waitFor(() => status(el) !== '', what);
  } finally {
    restoreClipboard();
  }
}

interface Pixels {
  width: number;
  height: number;
  at: (x: number, y: number) => [number, number, number];
  colours: number;
}

/** Decodes a PNG blob as the browser does and reads its pixels. */
async function readPng(blob: Blob): Promise<Pixels> {
  expect(blob.type).to.equal('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return {
    width: bitmap.width,
    height: bitmap.height,
    at: (x, y) => {
      const i = (y * bitmap.width + x) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
    colours: seen.size,
  };
}

/** Share of the pixels in a box that differ from the background colour. */
function ink(png: Pixels, x0: number, y0: number, x1: number, y1: number, background: [number, number, number]): number {
  let inked = 0;
  let total = 0;
  for (let y = y0; y < y1; y += 3) {
    for (let x = x0; x < x1; x += 3) {
      total++;
      const [r, g, b] = png.at(x, y);
      if (Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 60) inked++;
    }
  }
  return inked / total;
}

/** Clicks "Save image" for a size and returns the link the card followed to download it, with its PNG. */
async function save(el: ShareCard, index: number): Promise<{ link: HTMLAnchorElement; png: Pixels }> {
  const followed = watchFollowedLinks(el);
  try {
    const saved = oneEvent(el, 'cw-share');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="download"]')[index]!.click();
    expect((await saved).detail).to.deep.equal({ network: 'download' });
    expect(followed.links.length).to.equal(1);
    const link = followed.links[0]!;
    const blob = await (await fetch(link.href)).blob();
    return { link, png: await readPng(blob) };
  } finally {
    followed.stop();
  }
}

const THEME =
  'display: block; --cw-share-card-background: rgb(255, 255, 255); --cw-share-card-headline-color: rgb(200, 0, 0); --cw-share-card-color: rgb(0, 0, 0)';

describe('<share-card> actions', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  describe('copy link', () => {
    it('copies the link with the Clipboard API and says so politely', async () => {
      const el = await card(html`<share-card text="Fact" url="https://partner.example/campaign" networks="copy" utm-source="{network}"></share-card>`);
      const copied = oneEvent(el, 'cw-share');
      await pressEnterOn(action<HTMLButtonElement>(el, 'copy')!);
      expect((await copied).detail).to.deep.equal({ network: 'copy' });
      await waitFor(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('Link copied');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
      expect(await pasteClipboard()).to.equal('https://partner.example/campaign?utm_source=copy');
      await expect(el).to.be.accessible();
    });

    it('falls back to copying a selection when the Clipboard API refuses', async () => {
      const el = await card(html`<share-card text="Fact" url="https://partner.example/fallback" networks="copy"></share-card>`);
      // Make the browser's API refuse, as a permissions policy or an insecure context would: this exercises our fallback.
      const clipboard = navigator.clipboard;
      let refused = 0;
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: () => {
          refused++;
          return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        },
      });
      try {
        await pressEnterOn(action<HTMLButtonElement>(el, 'copy')!);
        await waitFor(() => status(el) !== '', 'the announcement');
      } finally {
        delete (clipboard as unknown as Record<string, unknown>).writeText;
      }
      expect(refused).to.equal(1);
      expect(status(el)).to.equal('Link copied');
      expect(el.shadowRoot!.activeElement === action(el, 'copy')).to.equal(true);
      expect(await pasteClipboard()).to.equal('https://partner.example/fallback');
    });

    it('puts the link in a focused, selected field when every way of copying is refused', async () => {
      const el = await card(html`<share-card text="Fact" url="https://partner.example/manual" networks="copy"></share-card>`);
      const heard = listen(el);
      const shares: string[] = [];
      el.addEventListener('cw-share', (event) => shares.push(event.detail.network));
      await pressWithCopyBlocked(el, 'copy', 'the announcement');
      expect(status(el)).to.equal(BLOCKED);
      expect(part(el, 'status')!.getClientRects().length).to.be.greaterThan(0);
      expectLinkToCopy(el, 'https://partner.example/manual');
      expect(shares).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // What the message asks for works: the keyboard's own copy shortcut copies the selected link.
      await copyWithKeyboard();
      expect(await pasteClipboard()).to.equal('https://partner.example/manual');
      expect(heard).to.deep.equal([BLOCKED]);
    });

    it('lets "Link copied" go after a few seconds, unspoken, and keeps the link to copy by hand', async function () {
      this.timeout(20_000);
      const blocked = await card(html`<share-card text="Fact" url="https://partner.example/blocked" networks="copy"></share-card>`);
      await pressWithCopyBlocked(blocked, 'copy', 'the blocked message');
      const el = await card(html`<share-card text="Fact" url="https://partner.example/copied" networks="copy"></share-card>`);
      const heard = listen(el);
      await pressEnterOn(action<HTMLButtonElement>(el, 'copy')!);
      await waitFor(() => status(el) === 'Link copied', 'the announcement');
      await expect(el).to.be.accessible();
      await waitFor(() => status(el) === '', 'the message to go', 10_000);
      // Said once, then gone from the screen without a word; the visitor stays where they were.
      expect(heard).to.deep.equal(['Link copied']);
      expect(el.shadowRoot!.activeElement === action(el, 'copy')).to.equal(true);
      expect(part(el, 'link-input')).to.equal(null);
      await expect(el).to.be.accessible();
      // The way out of a blocked copy stays as long as the visitor may need it.
      expect(status(blocked)).to.equal(BLOCKED);
      expect(part<HTMLInputElement>(blocked, 'link-input')!.value).to.equal('https://partner.example/blocked');
    });
  });

  describe('native share', () => {
    // Desktop Linux browsers have no share sheet, so the test gives the page one: it records what the card
    // hands to the platform, which is the part of the path that is ours.
    let calls: ShareData[];
    let outcome: () => Promise<void>;
    let canShareFiles: boolean;
    beforeEach(() => {
      calls = [];
      outcome = () => Promise.resolve();
      canShareFiles = true;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          calls.push(data);
          return outcome();
        },
      });
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: ShareData) => (data.files?.length ? canShareFiles : true) });
    });
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).share;
      delete (navigator as unknown as Record<string, unknown>).canShare;
    });

    it('appears only where the browser has a share sheet, first in the list', async () => {
      const el = await card(html`<share-card text="Fact"></share-card>`);
      const first = el.shadowRoot!.querySelector('[part~="action"]')!;
      expect(first.getAttribute('part')).to.equal('action action-native');
      expect(first.textContent!.trim()).to.equal('Share…');
      await expect(el).to.be.accessible();
    });

    it('shares the text, the link and the card as a 1200×630 PNG file', async () => {
      const el = await card(
        html`<share-card stat="gems-2022-modern-slavery" url="https://partner.example/" hashtags="EndTrafficking" networks="native"></share-card>`,
      );
      const shared = oneEvent(el, 'cw-share');
      // Encoded at once: a busy machine's idle-time encoding could outlast the card's wait for the picture (below).
      const restoreCanvas = encodeCanvasAtOnce();
      try {
        await pressEnterOn(action<HTMLButtonElement>(el, 'native')!);
        expect((await shared).detail).to.deep.equal({ network: 'native' });
      } finally {
        restoreCanvas();
      }
      expect(calls.length).to.equal(1);
      const data = calls[0]!;
      expect(data.url).to.equal('https://partner.example/');
      expect(data.text).to.equal(
        '50 million people living in modern slavery in 2021 (Source: ILO, Walk Free, IOM, Global Estimates of Modern Slavery: Forced Labour and Forced Marriage, 2022 · 2021 data)',
      );
      expect(data.files!.length).to.equal(1);
      const file = data.files![0]!;
      expect(file.name).to.equal('image-1200x630.png');
      const png = await readPng(file);
      expect([png.width, png.height]).to.deep.equal([1200, 630]);
      expect(png.colours).to.be.greaterThan(2);
    });

    it('shares without the image where files cannot be shared, and stays quiet when the visitor cancels', async () => {
      canShareFiles = false;
      outcome = () => Promise.reject(new DOMException('Share canceled', 'AbortError'));
      const el = await card(html`<share-card text="Fact" url="https://partner.example/"></share-card>`);
      const shares: string[] = [];
      el.addEventListener('cw-share', (event) => shares.push(event.detail.network));
      await pressEnterOn(action<HTMLButtonElement>(el, 'native')!);
      await waitFor(() => calls.length === 1, 'the share call');
      // A window for a cw-share or an announcement, which a cancelled share must not give.
      await aTimeout(50);
      expect(calls[0]!.files).to.equal(undefined);
      expect(shares).to.deep.equal([]);
      expect(status(el)).to.equal('');
    });

    it('offers the link to copy when the share sheet refuses, and says the share menu did not open', async () => {
      outcome = () => Promise.reject(new DOMException('Share failed', 'DataError'));
      const el = await card(html`<share-card text="Fact" url="https://partner.example/refused"></share-card>`);
      const heard = listen(el);
      await pressEnterOn(action<HTMLButtonElement>(el, 'native')!);
      await waitFor(() => calls.length === 1, 'the share call');
      await waitFor(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('The share menu could not open. Link copied.');
      expect(el.shadowRoot!.activeElement === action(el, 'native')).to.equal(true);
      await expect(el).to.be.accessible();
      expect(await pasteClipboard()).to.equal('https://partner.example/refused');
      expect(heard).to.deep.equal(['The share menu could not open. Link copied.']);
    });

    it('puts the link in a focused, selected field when the share sheet refuses and copying is blocked', async () => {
      outcome = () => Promise.reject(new DOMException('Share failed', 'DataError'));
      const el = await card(html`<share-card text="Fact" url="https://partner.example/nowhere"></share-card>`);
      const heard = listen(el);
      await pressWithCopyBlocked(el, 'native', 'the announcement');
      const said = 'The share menu could not open, and copying is blocked here. Copy the selected link yourself.';
      expect(status(el)).to.equal(said);
      expectLinkToCopy(el, 'https://partner.example/nowhere');
      await expect(el).to.be.accessible();
      await copyWithKeyboard();
      expect(await pasteClipboard()).to.equal('https://partner.example/nowhere');
      expect(heard).to.deep.equal([said]);
    });

    it('opens the share sheet without the picture when the picture is slow, while the click still allows it', async () => {
      // A browser that never finishes encoding (Chromium encodes in idle time: seconds on a busy page).
      const toBlob = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'toBlob')!;
      Object.defineProperty(HTMLCanvasElement.prototype, 'toBlob', { configurable: true, value: () => undefined });
      try {
        const el = await card(html`<share-card text="Fact" url="https://partner.example/slow"></share-card>`);
        const shared = oneEvent(el, 'cw-share');
        await pressEnterOn(action<HTMLButtonElement>(el, 'native')!);
        // Well within the 5 s a click allows (Chrome's user activation).
        await waitFor(() => calls.length === 1, 'the share call', 4000);
        expect(calls[0]!.files).to.equal(undefined);
        expect(calls[0]!.url).to.equal('https://partner.example/slow');
        expect((await shared).detail).to.deep.equal({ network: 'native' });
      } finally {
        Object.defineProperty(HTMLCanvasElement.prototype, 'toBlob', toBlob);
      }
    });
  });

  describe('save image', () => {
    it('saves the card as PNGs of 1200×630 and 1080×1080 that are not blank', async () => {
      const el = await card(html`<share-card style=${THEME} stat="unodc-2024-women-girls-share" url="https://partner.example/" download></share-card>`);
      const buttons = [...el.shadowRoot!.querySelectorAll('[part~="download"]')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
      expect(buttons).to.deep.equal(['Save image 1200 × 630', 'Save image 1080 × 1080']);
      await expect(el).to.be.accessible();

      const wide = await save(el, 0);
      // A neutral name: a watched device's Downloads folder must not say what the page was about, nor whose figure.
      expect(wide.link.download).to.equal('image-1200x630.png');
      expect(wide.link.href.startsWith('blob:')).to.equal(true);
      expect(wide.link.rel).to.equal('noopener noreferrer');
      expect([wide.png.width, wide.png.height]).to.deep.equal([1200, 630]);
      // Background from the theme, accent bar in the headline colour, and text drawn on it.
      expect(wide.png.at(600, 3)).to.deep.equal([255, 255, 255]);
      expect(wide.png.at(4, 300)).to.deep.equal([200, 0, 0]);
      expect(ink(wide.png, 40, 40, 1160, 590, [255, 255, 255])).to.be.greaterThan(0.03);

      const square = await save(el, 1);
      expect(square.link.download).to.equal('image-1080x1080.png');
      expect([square.png.width, square.png.height]).to.deep.equal([1080, 1080]);
      expect(ink(square.png, 40, 40, 1040, 1040, [255, 255, 255])).to.be.greaterThan(0.02);
    });

    it('draws right to left in Arabic: the accent bar and the text start on the right', async () => {
      await setLocale('ar');
      const el = await card(html`<share-card style=${THEME} text="مرحبا بالعالم" download><span slot="headline">٧١٪</span></share-card>`);
      const { png } = await save(el, 0);
      expect(png.at(1195, 300)).to.deep.equal([200, 0, 0]);
      expect(png.at(4, 300)).to.deep.equal([255, 255, 255]);
      // The headline block sits at the right-hand start of the line, the left half stays empty.
      const right = ink(png, 600, 40, 1160, 300, [255, 255, 255]);
      const left = ink(png, 40, 40, 600, 300, [255, 255, 255]);
      expect(right).to.be.greaterThan(0.02);
      expect(left).to.be.lessThan(right / 4);
    });

    it('draws the card image beside the text, and still saves when the image may not be read', async () => {
      const source = document.createElement('canvas');
      source.width = source.height = 10;
      const ctx = source.getContext('2d')!;
      ctx.fillStyle = 'rgb(0, 90, 0)';
      ctx.fillRect(0, 0, 10, 10);
      const el = await card(
        html`<share-card style=${THEME} text="A fact with a picture" download><img slot="image" alt="" src=${source.toDataURL()} /></share-card>`,
      );
      const image = el.querySelector('img')!;
      await image.decode();
      const { png } = await save(el, 0);
      expect(png.at(1100, 300)).to.deep.equal([0, 90, 0]);
      expect(png.at(300, 600)).to.deep.equal([255, 255, 255]);

      // The same image from another origin (127.0.0.1 is not localhost) without CORS: the browser forbids reading
      // it back, so the card is saved without it rather than not at all.
      const foreign = new URL('./fixture-photo.svg', import.meta.url);
      foreign.hostname = foreign.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      image.src = foreign.href;
      await image.decode();
      const { png: withoutImage } = await save(el, 0);
      expect(withoutImage.at(1100, 300)).to.deep.equal([255, 255, 255]);
      expect(ink(withoutImage, 40, 40, 1160, 590, [255, 255, 255])).to.be.greaterThan(0.01);
    });
  });
});
