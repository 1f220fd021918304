/**
 * dist/campaign-widgets.iife.js: the classic script, for pages and CMSs that cannot use `type="module"`. It loads the
 * one-script entry (dist/campaign-widgets.js, beside this file) with a dynamic import, which classic scripts may
 * use, so both tags run the very same modules: loading either one twice, or both, gives one copy of everything.
 * Exposes the entry's API on `window.CampaignWidgets`, asynchronously where the entry must load first.
 */
import { VERSION } from './core/version.js';

type Entry = typeof import('./embed.js');

/** The API on `window.CampaignWidgets`. */
export interface CampaignWidgetsGlobal {
  VERSION: string;
  /** Resolves with the page's locale once the widgets on the page are defined. */
  ready: Promise<string>;
  setLocale(tag: string): Promise<string>;
  /** The page's locale once the entry has loaded (`undefined` before). */
  getLocale(): string | undefined;
  /** Loads the widgets inside one of your own shadow roots, and those added to it later. */
  watchWidgetsIn(root: Document | ShadowRoot | Element): Promise<void>;
}

declare global {
  interface Window {
    CampaignWidgets?: CampaignWidgetsGlobal;
  }
}

if (!window.CampaignWidgets) {
  // document.currentScript is only set while a classic script first runs: read it now.
  const script = document.currentScript as HTMLScriptElement | null;
  const entryUrl = new URL('campaign-widgets.js', script?.src || document.baseURI).href;
  let entry: Entry | undefined;
  const loaded = import(/* @vite-ignore */ entryUrl).then((module: Entry) => (entry = module));
  window.CampaignWidgets = {
    VERSION,
    ready: loaded.then((module) => module.ready),
    setLocale: (tag) => loaded.then((module) => module.setLocale(tag)),
    getLocale: () => entry?.getLocale(),
    watchWidgetsIn: (root) => loaded.then((module) => module.watchWidgetsIn(root)),
  };
}
