import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `clear` when a `<quick-exit>` fires `cw-exit`, so every widget drops what it holds (form values, queues,
 * opted-in storage) before the page is replaced. Listens on window so it also hears exits from another copy of
 * the library on the same page.
 */
export class PageExitController implements ReactiveController {
  readonly #clear: () => void;
  readonly #listener = () => this.#clear();

  constructor(host: ReactiveControllerHost, clear: () => void) {
    this.#clear = clear;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('cw-exit', this.#listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('cw-exit', this.#listener);
  }
}
