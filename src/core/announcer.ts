import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region inside a widget's shadow root, for messages such as "Link copied".
 * Render `announcer.render()` once in the template, then call `announce(text)`.
 * The same text announced twice in a row is still spoken (the region is cleared first).
 */
export class Announcer implements ReactiveController {
  #message = '';
  #timer = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The current message (empty when nothing is being announced). */
  get text(): string {
    return this.#message;
  }

  announce(text: string): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.host.requestUpdate();
    // Let the empty region render first, so screen readers notice the change.
    this.#timer = window.setTimeout(() => {
      this.#message = text;
      this.host.requestUpdate();
    }, 50);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The live region; visually hidden unless `visible` is true. */
  render(options: { visible?: boolean; part?: string } = {}): TemplateResult {
    const visibility = options.visible ? 'status' : 'visually-hidden';
    // One line on purpose: the region's text is exactly the message, with no whitespace around it.
    return html`<div role="status" aria-live="polite" part=${options.part ?? 'status'} class=${visibility}>${this.#message}</div>`;
  }
}
