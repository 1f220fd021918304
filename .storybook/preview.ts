import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { allLocales, setLocale } from '../src/core/localization.js';
import { directionOf } from '../src/core/locale-negotiation.js';
import { argTypesFor, descriptionOf, eventNames, publicManifest, type Manifest } from './manifest.js';
import { partnerSnippet } from './source.js';
import { withEventDetails } from './event-actions.js';
import '../src/define.js';

// The widgets' public API only: no private members, statics or methods as rows with controls (see manifest.ts).
const manifest = publicManifest(customElements as Manifest);
setCustomElementsManifest(manifest);

const localeNames = new Intl.DisplayNames(['en'], { type: 'language' });

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: {
      toc: true,
      // Play functions run on Docs pages too, so a story that describes a state (validation errors, sending, thank
      // you, an opened form) shows that state there and not the blank widget. Stories whose play would disturb the
      // others on a shared page (the offline one fires a window event) are kept off Docs pages with `!autodocs`.
      story: { autoplay: true },
      // Rows in the order a designer reads them, controls only for what a page writes (attributes, custom properties).
      extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName),
      // A Docs page opens with what the widget does (its JSDoc), then what is particular to it in Storybook.
      extractComponentDescription: (tagName: string, { parameters }: { parameters?: { storybookNote?: string } }) =>
        [descriptionOf(manifest, tagName), parameters?.storybookNote].filter(Boolean).join('\n\n'),
      // "Show code": the widget's tag as a partner pastes it, without the toolbar's wrapper or a story's frame.
      source: { excludeDecorators: true, transform: (code: string) => partnerSnippet(code) },
    },
    // Every `cw-*` event any widget fires shows in the Actions panel of a story's own page, with its detail.
    actions: { handles: eventNames(manifest) },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of every widget (setLocale)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: allLocales.map((code) => ({ value: code, title: `${localeNames.of(code) ?? code} (${code})` })),
        dynamicTitle: true,
      },
    },
    pageDir: {
      description: 'Writing direction of the partner page around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from the language' },
          { value: 'ltr', title: 'Direction: left to right' },
          { value: 'rtl', title: 'Direction: right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', pageDir: 'auto' },
  // Load the chosen locale before the story renders, so nothing flashes in English.
  loaders: [
    async ({ globals }) => {
      await setLocale(globals.locale ?? 'en');
      return {};
    },
  ],
  decorators: [
    withEventDetails,
    (story, { globals }) => {
      const dir = globals.pageDir === 'auto' || !globals.pageDir ? directionOf(globals.locale ?? 'en') : globals.pageDir;
      return html`<div dir=${dir} lang=${globals.locale ?? 'en'}>${story()}</div>`;
    },
  ],
};

export default preview;
