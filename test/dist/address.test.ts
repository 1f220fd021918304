/**
 * The entry loaded under an address with a query (as a CMS adds `?ver=1`): the widgets' chunks import it by its
 * plain address, so the browser runs a second copy. The partner is told, in the console, which address to use.
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('dist: the entry under another address', () => {
  // One warning: the copy the chunks load, by the plain address, says nothing.
  it('warns once, naming the plain address, and the widgets still work', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    try {
      const exit = document.createElement('quick-exit');
      document.body.append(exit);
      const entry = await import(/* @vite-ignore */ `${location.origin}/dist/campaign-widgets.js?ver=1.2.3`);
      await entry.ready;
      await waitUntil(() => exit.shadowRoot?.querySelector('button'), 'the quick exit renders');
      const ours = warnings.filter((warning) => warning.includes('the browser runs it twice'));
      expect(ours).to.deep.equal([`campaign-widgets: load ${location.origin}/dist/campaign-widgets.js without "?ver=1.2.3": the browser runs it twice.`]);
    } finally {
      console.warn = warn;
    }
  });

});
