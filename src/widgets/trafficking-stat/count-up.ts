import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DURATION_MS = 1600;
const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * Counts a figure up from zero once, the first time its host scrolls into view.
 * `progress` goes from 0 to 1; it is 1 at once when motion is reduced or the browser cannot observe visibility.
 */
export class CountUpController implements ReactiveController {
  progress = 1;
  #observer?: IntersectionObserver;
  #frame = 0;
  #started = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** True while the visible figure is not yet the final one. */
  get running(): boolean {
    return this.progress < 1;
  }

  /** Arms the count-up (call when `animate` is set). Does nothing after it has run once. */
  arm(): void {
    if (this.#started || this.#observer) return;
    if (prefersReducedMotion() || typeof IntersectionObserver === 'undefined') {
      this.#started = true;
      return;
    }
    this.progress = 0;
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.#start();
    });
    this.#observer.observe(this.host);
  }

  /** Shows the final figure immediately (used when `animate` is removed). */
  finish(): void {
    if (!this.running && !this.#observer) return;
    this.#stopObserving();
    cancelAnimationFrame(this.#frame);
    this.#started = true;
    if (this.progress !== 1) {
      this.progress = 1;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    if (this.#observer) this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    // Leaving the page mid-count: show the final figure if it comes back.
    if (this.#started && this.running) this.finish();
    this.#observer?.disconnect();
  }

  #start(): void {
    this.#stopObserving();
    this.#started = true;
    const begin = performance.now();
    const step = (now: number) => {
      // A frame's time can be a little before `begin` (it is when the frame started): never count below zero.
      const t = Math.min(1, Math.max(0, (now - begin) / DURATION_MS));
      this.progress = t >= 1 ? 1 : easeOutCubic(t);
      this.host.requestUpdate();
      if (t < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  #stopObserving(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
