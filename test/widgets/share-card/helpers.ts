import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/widgets/share-card/share-card.define.js';
import type { ShareCard } from '../../../src/widgets/share-card/share-card.js';

export async function card(template: TemplateResult): Promise<ShareCard> {
  const el = await fixture<ShareCard>(template);
  await el.updateComplete;
  return el;
}

/** The share action of a network (`action-x`, `action-copy`…). */
export function action<T extends HTMLElement = HTMLAnchorElement>(el: Element, network: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="action-${network}"]`);
}

/**
 * Waits for the Mastodon form after its button was pressed: its code loads on the first press, so the form appears
 * a moment later (open, with the field focused).
 */
export async function mastodonFormOpened(el: ShareCard): Promise<HTMLFormElement> {
  await waitUntil(() => el.shadowRoot!.querySelector<HTMLFormElement>('[part~="form"]:not([hidden])'), 'the Mastodon form opens', { timeout: 5000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLFormElement>('[part~="form"]')!;
}

/** Every focusable share control in visual order. */
export function controls(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="action"], [part~="download"]')];
}

/** A share link decoded into the address it opens and its query fields, compared field by field in the tests. */
export function decode(href: string): { base: string; params: Record<string, string> } {
  const url = new URL(href);
  return { base: url.protocol === 'mailto:' ? 'mailto:' : `${url.origin}${url.pathname}`, params: Object.fromEntries(url.searchParams) };
}

/**
 * Watches the links the card follows by script (the Mastodon share page, a saved image): records each one and
 * cancels the navigation or download, as a test cannot leave the page. Returns the list and a stop function.
 */
export function watchFollowedLinks(el: Element): { links: HTMLAnchorElement[]; stop: () => void } {
  const links: HTMLAnchorElement[] = [];
  const listener = (event: Event) => {
    const anchor = event.composedPath()[0];
    if (anchor instanceof HTMLAnchorElement) {
      links.push(anchor);
      event.preventDefault();
    }
  };
  el.shadowRoot!.addEventListener('click', listener, { capture: true });
  return { links, stop: () => el.shadowRoot!.removeEventListener('click', listener, { capture: true }) };
}

/**
 * Makes `canvas.toBlob` encode at once, through `toDataURL` (the same PNG encoder), for tests of what happens after
 * the card's picture is made rather than of the picture. Chromium encodes toBlob in idle time: when the machine is
 * busy (a full CI run, two browsers on two cores) it waits up to 1 s for an idle moment and may take 5.7 s more.
 * That outlasts a 3 s wait, and the 5 s of user activation a key press gives, after which copying is refused too.
 * Returns the function that gives toBlob back.
 */
export function encodeCanvasAtOnce(): () => void {
  const toBlob = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'toBlob')!;
  Object.defineProperty(HTMLCanvasElement.prototype, 'toBlob', {
    configurable: true,
    value(this: HTMLCanvasElement, callback: BlobCallback, type?: string, quality?: number) {
      // Throws on a canvas the page may not read, as toBlob does.
      const [header, base64] = this.toDataURL(type, quality).split(',') as [string, string];
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      // Still asynchronous, as toBlob is, but in the next task rather than in idle time.
      setTimeout(() => callback(new Blob([bytes], { type: header.slice('data:'.length, -';base64'.length) })));
    },
  });
  return () => Object.defineProperty(HTMLCanvasElement.prototype, 'toBlob', toBlob);
}

export async function waitFor(check: () => boolean, what: string, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export { html };
