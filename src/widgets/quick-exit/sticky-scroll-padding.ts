import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * While a quick exit is `sticky`, the page scrolls a focused element clear of it: the page's scroll padding at the
 * top follows the exit's height (WCAG 2.4.11, focus not obscured; the same padding keeps an in-page link's target in
 * view). A page that sets its own scroll padding keeps it; the padding goes when the exit stops being sticky or
 * leaves the page.
 */
export class StickyScrollPadding implements ReactiveController {
  #observer?: ResizeObserver;
  /** Whether the page has a scroll padding of its own: read once, in the observer's first callback. */
  #pageHasOwn?: boolean;
  /** Whether the padding on the page is ours, to take back. */
  #written = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { sticky: boolean; skipLink: boolean }) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.host.sticky && !this.host.skipLink && this.host.isConnected) this.#start();
    else this.#stop();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #start(): void {
    if (this.#observer || this.#pageHasOwn) return;
    const root = document.documentElement;
    // Styles are read in the observer's callback, which runs after the browser's own style and layout: read in the
    // first render, they forced the whole page's style to be worked out while the page was still loading.
    this.#observer = new ResizeObserver(() => {
      this.#pageHasOwn ??= getComputedStyle(root).scrollPaddingBlockStart !== 'auto';
      if (this.#pageHasOwn) return this.#stop();
      const inset = Number.parseFloat(getComputedStyle(this.host).insetBlockStart) || 0;
      root.style.scrollPaddingBlockStart = `${Math.ceil(this.host.getBoundingClientRect().height + inset)}px`;
      this.#written = true;
    });
    this.#observer.observe(this.host);
  }

  #stop(): void {
    if (!this.#observer) return;
    this.#observer.disconnect();
    this.#observer = undefined;
    if (this.#written) document.documentElement.style.removeProperty('scroll-padding-block-start');
    this.#written = false;
  }
}
