import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * The quick exit (`cw-exit`, fired by any <quick-exit>, even one from another copy of the library) and what must
 * never stand in its way: every widget drops what it holds, and no "Leave site?" dialog is shown, whether the
 * widget holding the data is still on the page or was removed meanwhile (a single-page app changing route).
 */

const clearers = new Set<() => void>();
const holders = new Set<object>();
let listening = false;

const warnBeforeClosing = (event: BeforeUnloadEvent) => {
  if (!holders.size) return;
  event.preventDefault();
  event.returnValue = '';
};

function exit(): void {
  holders.clear();
  removeEventListener('beforeunload', warnBeforeClosing);
  for (const clear of [...clearers]) clear();
}

/** Listens once per page, in the capture phase, so a partner's handler that stops the event cannot hide an exit. */
function listen(): void {
  if (listening) return;
  listening = true;
  addEventListener('cw-exit', exit, { capture: true });
}

/** Runs `clear` when the visitor leaves with the quick exit. Returns the function that stops listening. */
export function onPageExit(clear: () => void): () => void {
  listen();
  clearers.add(clear);
  return () => clearers.delete(clear);
}

/**
 * Asks the browser to confirm before the page closes while `holder` has something unsent (a signature). A quick
 * exit clears every holder before the page is replaced: a dialog would keep the visitor on the page.
 */
export function keepPageOpen(holder: object): void {
  listen();
  holders.add(holder);
  addEventListener('beforeunload', warnBeforeClosing);
}

/** `holder` has nothing unsent any more. */
export function letPageClose(holder: object): void {
  holders.delete(holder);
  if (!holders.size) removeEventListener('beforeunload', warnBeforeClosing);
}

/**
 * Runs `clear` on a quick exit while the host is connected, so every widget drops what it shows (form values,
 * messages) before the page is replaced. What outlives the element (a signature still being delivered) subscribes
 * with `onPageExit()` itself.
 */
export class PageExitController implements ReactiveController {
  readonly #clear: () => void;
  #stop?: () => void;

  constructor(host: ReactiveControllerHost, clear: () => void) {
    this.#clear = clear;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = onPageExit(this.#clear);
  }

  hostDisconnected(): void {
    this.#stop?.();
  }
}
