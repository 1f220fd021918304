import type { Decorator } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';

/**
 * Logs each event of `parameters.actions.handles` in the Actions panel with its `detail` (`cw-share {network: "x"}`),
 * which is what a partner's listener reads. Storybook's own `withActions` logs the event object, whose `detail` the
 * panel does not show. Every `cw-*` event bubbles out of the shadow DOM, so one listener on the story's root hears
 * them all; only on a story's own page, where the Actions panel is.
 */
export const withEventDetails: Decorator = (story, { parameters, viewMode }) => {
  const handles: string[] = parameters.actions?.handles ?? [];
  const key = handles.join(' ');
  useEffect(() => {
    const root = document.getElementById('storybook-root');
    if (viewMode !== 'story' || !root) return undefined;
    const listeners = handles.map((name) => {
      const log = action(name);
      const listener = (event: Event) => log((event as CustomEvent).detail ?? null);
      root.addEventListener(name, listener);
      return () => root.removeEventListener(name, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, [key, viewMode]);
  return story();
};
