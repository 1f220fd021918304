/*
 * The configurator page's script (index.html): the data sit beside the page, so the folder works from any host
 * (npm start's /configurator/, the Storybook build, a partner's own site). The page speaks the editor's language
 * when the configurator ships it (`?lang=` or the browser's languages), else English.
 */
import { startConfigurator } from './app.js';
import { localeName } from './catalogue.js';
import { applyLanguage, chooseUiLanguage, t, uiLanguage } from './i18n.js';

/** The page's own texts (index.html holds them in English for a browser without JavaScript). */
function translateHeader(): void {
  document.title = t('Widget configurator — campaign-widgets');
  document.querySelector('h1')!.textContent = t('Widget configurator');
  document.getElementById('cw-intro')!.textContent = t(
    "Choose a widget and its options, check it in the preview, then copy one snippet into your page: the script, a few lines of CSS that keep the widget's space, and the widget itself.",
  );
}

/** A list of the configurator's languages, each in itself; choosing one reloads the page in it. */
function languageChoice(current: string, shipped: readonly string[]): HTMLElement {
  const select = document.createElement('select');
  select.id = 'cw-ui-language';
  for (const code of ['en', ...shipped]) {
    // Named in itself, so said in its own voice by a screen reader.
    const option = new Option(localeName(code), code, false, code === current);
    option.lang = code;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const address = new URL(location.href);
    address.searchParams.set('lang', select.value);
    location.assign(address.href);
  });
  const label = document.createElement('label');
  label.htmlFor = select.id;
  label.textContent = t('Language of this page');
  const box = document.createElement('p');
  box.className = 'ui-language';
  box.append(label, ' ', select);
  return box;
}

async function start(root: HTMLElement): Promise<void> {
  // The language is chosen once the catalogue (which lists the shipped ones) has come with the other data.
  const configurator = await startConfigurator(root, {
    manifest: './custom-elements.json',
    catalogue: './catalogue.json',
    dist: './dist/',
    preview: './preview.html',
    uiLocale: (shipped) => chooseUiLanguage(shipped),
    locales: './locales/',
    address: true,
  });
  applyLanguage(document, uiLanguage());
  translateHeader();
  if (configurator.uiLocales.length) document.querySelector('.page-header')!.append(languageChoice(uiLanguage(), configurator.uiLocales));
}

const root = document.getElementById('configurator');
if (root) {
  // An editor whose browser (or ?lang=) asks for another language than English sees no English title first.
  const asked = new URLSearchParams(location.search).get('lang') ?? navigator.languages[0] ?? 'en';
  if (!/^en\b/i.test(asked)) document.documentElement.classList.add('choosing-language');
  start(root)
    .finally(() => document.documentElement.classList.remove('choosing-language'))
    .catch((error: unknown) => {
      root.textContent = `The configurator could not start: ${error instanceof Error ? error.message : String(error)}`;
      root.setAttribute('role', 'alert');
    });
}
