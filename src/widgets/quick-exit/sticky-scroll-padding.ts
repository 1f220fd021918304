import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * While a quick exit is `sticky`, the page scrolls a focused element clear of it: the page's scroll padding at the
 * top follows the exit's height (WCAG 2.4.11, focus not obscured; the same padding keeps an in-page link's target in
 * view). A page that sets its own scroll padding keeps it; the padding goes when the exit stops being sticky or
 * leaves the page.
 */
export class StickyScrollPadding implements ReactiveController {
  #observer?: ResizeObserver;

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
    const root = document.documentElement;
    if (this.#observer || getComputedStyle(root).scrollPaddingBlockStart !== 'auto') return;
    this.#observer = new ResizeObserver(() => {
      const inset = Number.parseFloat(getComputedStyle(this.host).insetBlockStart) || 0;
      root.style.scrollPaddingBlockStart = `${Math.ceil(this.host.getBoundingClientRect().height + inset)}px`;
    });
    this.#observer.observe(this.host);
  }

  #stop(): void {
    if (!this.#observer) return;
    this.#observer.disconnect();
    this.#observer = undefined;
    document.documentElement.style.removeProperty('scroll-padding-block-start');
  }
}
