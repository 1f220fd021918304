/**
 * The promise's value if it fulfils within `ms`, else undefined (a rejection within `ms` is passed on): for work a
 * widget can do without when it comes too late. The promise itself goes on; only the wait is bounded.
 */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer = 0;
  // A promise that has already settled wins over a zero wait: it resolves before any timer fires.
  const late = new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, Math.max(0, ms))));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
