/**
 * Resolves in a later task, so the browser can paint and handle input in between: `scheduler.yield()` where
 * there is one (its continuation runs before other queued work), else a zero-delay timer.
 */
export const nextTask = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
