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

export async function waitFor(check: () => boolean, what: string, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export { html };
