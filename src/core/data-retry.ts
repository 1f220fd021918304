import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Loading a widget's bundled dataset again after it could not be used (a dropped mobile connection while the page
 * loaded, a server error), so that one failure does not leave the card without its data for the rest of the visit. A
 * failed request is not kept (src/core/fetch-json.ts), so loading again asks the server again.
 *
 * Nothing retries by itself: a request on a timer would tell the data's server the page is still open. The browser
 * coming back online retries, and so does any step of the visitor the widget passes to `retry()` (opening the
 * details, picking a country). One retry at a time; the widget shows `retrying` (and says so) until `settled()`.
 */
export class DataRetryController implements ReactiveController {
  /** True when the bundled data could not be used: the widget sets it each time it reads the data. */
  failed = false;
  /** True while the data is loaded again. */
  retrying = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.retry);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.retry);
  }

  /** Loads the data again if it could not be used and no retry is under way. */
  readonly retry = (): void => {
    if (!this.failed || this.retrying) return;
    this.retrying = true;
    this.host.requestUpdate();
    this.load();
  };

  /** The data (usable or not) has been shown: the retry, if any, is over. */
  settled(): void {
    this.retrying = false;
  }
}
