import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { allLocales, setLocale } from '../src/core/localization.js';
import '../src/define.js';

type Manifest = { modules: { declarations?: { cssParts?: { name: string }[] }[] }[] };

/**
 * Shows CSS parts as `::part(name)` in the docs tables. Storybook keys every row by name, so a part named like an
 * attribute (`value`, `label`, `source`) would otherwise hide that attribute's row (docs/toolchain.md, trap 8).
 */
function withPartSelectors(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return copy;
}

setCustomElementsManifest(withPartSelectors(manifest as Manifest));

const localeNames = new Intl.DisplayNames(['en'], { type: 'language' });

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Play functions run on Docs pages too, so a story that describes a state (validation errors, sending, thank
    // you, an opened form) shows that state there and not the blank widget. Stories whose play would disturb the
    // others on a shared page (the offline one fires a window event) are kept off Docs pages with `!autodocs`.
    docs: { toc: true, story: { autoplay: true } },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of every widget (setLocale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: allLocales.map((code) => ({ value: code, title: `${code} — ${localeNames.of(code) ?? code}` })),
        dynamicTitle: true,
      },
    },
    pageDir: {
      description: 'Writing direction of the partner page around the widget',
      toolbar: {
        title: 'Page direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Page direction: from locale' },
          { value: 'ltr', title: 'Page direction: ltr' },
          { value: 'rtl', title: 'Page direction: rtl' },
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
    (story, { globals }) => {
      const dir = globals.pageDir === 'auto' || !globals.pageDir ? (globals.locale === 'ar' ? 'rtl' : 'ltr') : globals.pageDir;
      return html`<div dir=${dir} lang=${globals.locale ?? 'en'}>${story()}</div>`;
    },
  ],
};

export default preview;
