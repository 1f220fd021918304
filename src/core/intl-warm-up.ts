/**
 * The first `Intl.NumberFormat` a Chromium page creates takes ~50 ms (~200 ms on a slow phone): V8 builds its
 * table of locales once, for the whole process. Any thread can build it, so a short-lived worker does it
 * here, off the main thread, while the page's messages load; the widgets that format numbers render after it
 * answers. The same holds, on a smaller scale, for the other `Intl` services the widgets use.
 */
// Number formatting first (every figure needs it), then says so; then the services drawn later (plurals, country
// names and their order, dates), and says it is done.
const WARM_UP = `new Intl.NumberFormat;postMessage(0);new Intl.PluralRules;new Intl.Collator;new Intl.DisplayNames(0,{type:"region"});new Intl.DateTimeFormat(0,{timeZone:"America/New_York"}).format();postMessage(1)`;

/**
 * Starts the warm-up. Resolves once numbers are ready to format, when the warm-up has failed (no workers, or
 * refused by a Content Security Policy: the main thread then simply pays the start-up itself) or after a second.
 *
 * A refused worker is reported as a policy violation, so there is none on a page that declares its policy in a
 * `<meta>` tag or says `<html data-cw-worker="off">`; a policy sent as a header cannot be read from the page.
 */
export function warmUpIntl(): Promise<void> {
  return new Promise((resolve) => {
    if (document.documentElement.dataset.cwWorker === 'off' || document.querySelector('meta[http-equiv="content-security-policy" i]')) return resolve();
    try {
      const url = URL.createObjectURL(new Blob([WARM_UP], { type: 'text/javascript' }));
      const worker = new Worker(url);
      const done = () => {
        worker.terminate();
        URL.revokeObjectURL(url);
        resolve();
      };
      worker.onmessage = (event) => (event.data ? done() : resolve());
      worker.onerror = done;
      setTimeout(done, 1000);
    } catch {
      resolve();
    }
  });
}
