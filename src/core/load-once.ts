/**
 * One shared load of a module that is needed only after a visitor acts (`loadOnce(() => import('./x.js'))`): every
 * caller gets the same promise, and after a failure (offline) the next call tries again rather than repeating the
 * failure. Some browsers remember a failed module fetch for the page's lifetime; the caller then tells the visitor.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
