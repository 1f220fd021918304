import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * The quick exit, and what must never stand in its way: every widget drops what it holds, and no "Leave site?" dialog
 * is shown, whether the widget holding the data is still on the page or was removed meanwhile (a single-page app
 * changing route).
 *
 * The quick exit clears this copy's widgets itself (`clearBeforeLeaving`), not only through `cw-exit`: a partner's
 * listener that stops that event (a tag manager swallowing custom events) can neither keep a field filled nor leave a
 * signature's close-page warning armed. `cw-exit` then tells the page, and any other copy of the library, whose
 * widgets clear on it.
 *
 * The page's own close-page warnings: the quick exit empties `onbeforeunload` (src/widgets/quick-exit/leave-page.ts),
 * and while the page leaves, a `beforeunload` listener of ours registered as the first quick exit connects stops the
 * page's listeners that run after it. No script can remove another's listener, so one that runs first can still ask
 * "Leave site?": in Chromium, which runs a target's listeners in the order they were added, one the page added
 * before the widgets' script ran; in Firefox, which runs capture listeners first, only such a capture listener.
 * docs/embedding.md asks partners not to add such guards beside a quick exit. (Our listener does not keep the page out
 * of the back/forward cache, where a Back after the exit finds it covered and leaving again: checked in both browsers.
 * Chromium leaves out a page served with `Cache-Control: no-store` that has one, but such a page that has fetched
 * anything, as the widgets do, it leaves out anyway.)
 */

const clearers = new Set<() => void>();
const holders = new Set<object>();
let listening = false;
/** This copy's quick exit has cleared the page and is leaving: the page's close-page warnings stay silent. */
let leaving = false;
/** This copy's quick exit is firing `cw-exit` after clearing: the widgets, cleared already, do not clear again. */
let announcing = false;

const warnBeforeClosing = (event: BeforeUnloadEvent) => {
  if (!holders.size) return;
  event.preventDefault();
  event.returnValue = '';
};

/** Stops the page's `beforeunload` listeners that run after this one while the page leaves: none asks "Leave site?". */
const silenceWhileLeaving = (event: Event) => {
  if (leaving) event.stopImmediatePropagation();
};

function clearAll(): void {
  holders.clear();
  removeEventListener('beforeunload', warnBeforeClosing);
  for (const clear of [...clearers]) {
    // One widget's failure never keeps the others' data on screen, nor the visitor on the page.
    try {
      clear();
    } catch (error) {
      // Reported as uncaught, once the exit is under way.
      setTimeout(() => {
        throw error;
      });
    }
  }
}

/**
 * Registers this copy's listeners, once per page: `cw-exit` in the capture phase (fired by another copy's quick exit,
 * it clears this copy's widgets too), and the one that silences the page's close-page warnings as the page leaves,
 * which stops only those that run after it. The quick exit calls it as it connects: the earlier, the more it stops.
 */
export function listenForExit(): void {
  if (listening) return;
  listening = true;
  addEventListener(
    'cw-exit',
    () => {
      if (!announcing) clearAll();
    },
    { capture: true },
  );
  addEventListener('beforeunload', silenceWhileLeaving, { capture: true });
}

/**
 * What the quick exit does before it leaves: every widget of this copy drops what it holds, no close-page warning of
 * the widgets stays armed, and from now on the page's own are stopped where they can be. Then `announce` fires
 * `cw-exit` for the page and other copies of the library.
 */
export function clearBeforeLeaving(announce: () => void): void {
  listenForExit();
  leaving = true;
  clearAll();
  announcing = true;
  try {
    announce();
  } finally {
    announcing = false;
  }
}

/** Runs `clear` when the visitor leaves with the quick exit. Returns the function that stops listening. */
export function onPageExit(clear: () => void): () => void {
  listenForExit();
  clearers.add(clear);
  return () => clearers.delete(clear);
}

/**
 * Asks the browser to confirm before the page closes while `holder` has something unsent (a signature). A quick
 * exit clears every holder before the page is replaced: a dialog would keep the visitor on the page.
 */
export function keepPageOpen(holder: object): void {
  listenForExit();
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
