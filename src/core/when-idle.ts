/**
 * Runs `task` once the page has loaded and the browser has a quiet moment (at the latest `timeout` ms after the load),
 * for work a visitor may need later but that must not compete with the page's first paint and input. Browsers without
 * `requestIdleCallback` (Safari) run it shortly after the load.
 */
export function whenIdle(task: () => void, timeout = 2000): void {
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
    else setTimeout(task, 250);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
