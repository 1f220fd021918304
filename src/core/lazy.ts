import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * What a lazy module may use from Lit and @lit/localize. In the built script a lazy module (`*.lazy.ts`, built on its
 * own as dist/lazy/<name>.js) carries no copy of them: it gets the page bundle's own through `__cwHostRuntime`, so its
 * templates and messages go through the same Lit and the same loaded translations. See scripts/lazy-beside-script.mjs.
 */
const hostRuntime = { css, html, nothing, msg, str };

export type HostRuntime = typeof hostRuntime;

/**
 * A shared, one-time loader for a lazy module (`lazyLoader(() => import('./name.lazy.js'))`): every caller gets the
 * same load, the module is lent Lit, and after a failure (offline) the next call tries again. From source (tests,
 * Storybook) the module imports Lit itself and has nothing to be lent.
 */
export function lazyLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().then(
      (loaded) => {
        (loaded as { __cwHostRuntime?: (runtime: HostRuntime) => void }).__cwHostRuntime?.(hostRuntime);
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
}
