/*
 * The configurator's page, in the three steps an editor follows: 1. choose the widget, its options and where the
 * script comes from; 2. check it in the preview; 3. copy the snippet (or the shortcode). Built once: the
 * configurator keeps the parts it rewrites later, and is told what the editor chooses.
 */
import { localeName, type Catalogue } from './catalogue.js';
import { h, radio, rich, type Child } from './dom.js';
import { t } from './i18n.js';
import type { WidgetDeclaration } from './manifest.js';
import { widgetName } from './names.js';
import type { ScriptKind, ScriptSource } from './snippet.js';
import type { Target } from './values.js';
import { PHONE_COLUMN_PX, WIDE_COLUMN_PX } from '../../src/core/reserved-height.js';

/** The page's parts the configurator fills in or reads after building it. */
export interface PageParts {
  widgetSelect: HTMLSelectElement;
  widgetSummary: HTMLElement;
  optionsBox: HTMLFieldSetElement;
  ownInput: HTMLInputElement;
  ownField: HTMLElement;
  scriptBox: HTMLFieldSetElement;
  wordpressRadio: HTMLInputElement;
  snippetLabel: HTMLLabelElement;
  snippetHelp: HTMLElement;
  frame: HTMLIFrameElement;
  /** The same widget, never seen, in a phone's column and in a wide screen's: the room the snippet keeps. */
  measureFrames: { narrow: HTMLIFrameElement; wide: HTMLIFrameElement };
  notes: HTMLUListElement;
  snippetBox: HTMLTextAreaElement;
  status: HTMLElement;
  copyButton: HTMLButtonElement;
}

/** What the page is built from, and the choices it starts with. */
export interface LayoutStart {
  widgets: readonly WidgetDeclaration[];
  catalogue: Catalogue;
  locale: string;
  scriptSource: ScriptSource;
  target: Target;
  /** The preview page; for a measuring frame, with the column (in px) the widget's room is measured at. */
  previewUrl(column?: number): string;
}

/** What the editor chooses on the page, and what happens in its frames. */
export interface LayoutEvents {
  widget(widget: WidgetDeclaration): void;
  locale(locale: string): void;
  scriptSource(source: ScriptSource): void;
  ownScript(address: string): void;
  scriptKind(kind: ScriptKind): void;
  target(target: Target): void;
  frameLoaded(frame: HTMLIFrameElement): void;
  copy(): void;
}

/** A link to a step's heading that moves the focus there too, so the next Tab continues from it. */
function jumpLink(headingId: string, text: string): HTMLElement {
  const link = h('a', { href: `#${headingId}` }, text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  });
  return h('p', { class: 'jump' }, link);
}

/** Where the editor will paste: the snippet for any HTML page, or a shortcode for WordPress with the plugin. */
function targetChoice(start: LayoutStart, on: LayoutEvents): { box: HTMLFieldSetElement; wordpressRadio: HTMLInputElement } {
  const targetRadio = (value: Target, label: string, help: string) => radio('cw-target', value, value === start.target, [label], help, () => on.target(value));
  const [, page] = targetRadio(
    'page',
    t('An HTML page'),
    t('Any site that takes HTML: a WordPress Custom HTML block, a Drupal text format that allows scripts…'),
  );
  const [wordpressRadio, wordpress] = targetRadio(
    'wordpress',
    t('WordPress with the campaign-widgets plugin'),
    t(
      'A shortcode, for the classic editor (its Text tab), a Shortcode block or a page builder. The plugin loads the script; options left empty take the plugin’s settings (the petition’s endpoint, the quick exit’s sites).',
    ),
  );
  return { box: h('fieldset', { class: 'target' }, h('legend', {}, t('Where you will paste it')), page, wordpress), wordpressRadio };
}

/** Builds the page: its element, and the parts the configurator keeps. */
export function layout(start: LayoutStart, on: LayoutEvents): { element: HTMLElement; page: PageParts } {
  const { catalogue } = start;
  const widgetSelect = h('select', { id: 'cw-widget', 'aria-describedby': 'cw-widget-summary' });
  for (const widget of start.widgets) widgetSelect.append(h('option', { value: widget.tagName }, widgetName(catalogue, widget)));
  widgetSelect.addEventListener('change', () => on.widget(start.widgets.find((w) => w.tagName === widgetSelect.value)!));
  const widgetSummary = h('p', { class: 'help', id: 'cw-widget-summary' });

  const localeSelect = h('select', { id: 'cw-locale', 'aria-describedby': 'cw-locale-help' });
  // Each language named in itself, in its own voice for a screen reader.
  for (const code of catalogue.locales) localeSelect.append(h('option', { value: code, lang: code }, localeName(code)));
  localeSelect.value = start.locale;
  localeSelect.addEventListener('change', () => on.locale(localeSelect.value));

  const optionsBox = h('fieldset', { class: 'widget-options' });

  const scriptRadio = (value: ScriptSource, label: Child[], help: string) =>
    radio('cw-script', value, value === start.scriptSource, label, help, () => {
      ownField.hidden = value !== 'own';
      on.scriptSource(value);
    })[1];
  const ownInput = h('input', {
    type: 'url',
    id: 'cw-script-own-url',
    inputmode: 'url',
    autocomplete: 'url',
    spellcheck: 'false',
    placeholder: 'https://www.example.org/campaign-widgets/dist/campaign-widgets.js',
    'aria-describedby': 'cw-script-own-url-help cw-script-own-url-error',
  });
  ownInput.addEventListener('input', () => on.ownScript(ownInput.value.trim()));
  const ownField = h(
    'div',
    { class: 'field', hidden: true },
    h('label', { for: ownInput.id }, t('Address of campaign-widgets.js on your site')),
    h(
      'p',
      { class: 'help', id: 'cw-script-own-url-help' },
      ...rich(
        t(
          'Copy the whole `dist/` folder of version {version} to your site (the script loads its other files from beside itself), then give the address of `campaign-widgets.js` in it.',
          { version: catalogue.version },
        ),
      ),
    ),
    ownInput,
    h('p', { class: 'error', id: 'cw-script-own-url-error', hidden: true }),
  );
  const classic = h('input', { type: 'checkbox', id: 'cw-script-classic', 'aria-describedby': 'cw-script-classic-help' });
  classic.addEventListener('change', () => on.scriptKind(classic.checked ? 'classic' : 'module'));

  const frame = h('iframe', { class: 'preview-frame', title: t('Preview of the widget'), src: start.previewUrl() });
  const measureFrame = (column: number, title: string) =>
    h('iframe', { class: 'measure-frame', title, src: start.previewUrl(column), 'aria-hidden': 'true', tabindex: '-1', inert: true });
  const measureFrames = {
    narrow: measureFrame(PHONE_COLUMN_PX, t('Measuring the widget at phone width')),
    wide: measureFrame(WIDE_COLUMN_PX, t('Measuring the widget on a wide screen')),
  };
  for (const each of [frame, measureFrames.narrow, measureFrames.wide]) each.addEventListener('load', () => on.frameLoaded(each));
  // What the preview says (a quick exit followed, a widget that did not load) is announced when it comes.
  const notes = h('ul', { class: 'notes', id: 'cw-notes', 'aria-live': 'polite' });

  const snippetBox = h('textarea', { id: 'cw-snippet', readonly: true, rows: '9', spellcheck: 'false', 'aria-describedby': 'cw-snippet-help' });
  const snippetLabel = h('label', { for: 'cw-snippet' });
  const snippetHelp = h('p', { class: 'help', id: 'cw-snippet-help' });
  const copyButton = h('button', { type: 'button', class: 'copy' }, t('Copy snippet'));
  copyButton.addEventListener('click', () => on.copy());
  const status = h('p', { class: 'status', id: 'cw-status', role: 'status' });

  const scriptBox = h(
    'fieldset',
    { class: 'script' },
    h('legend', {}, t('Where the script comes from')),
    h('p', { class: 'help', id: 'cw-script-help', hidden: true }, t('The WordPress plugin loads the script itself: nothing to choose here.')),
    scriptRadio(
      'cdn',
      [t('The jsDelivr CDN, version {version}', { version: catalogue.version })],
      t('The published package on jsDelivr, pinned to version {version} and checked by its integrity hash.', { version: catalogue.version }),
    ),
    scriptRadio('own', [t('A copy on your own site')], t('For sites that load nothing from other hosts, or must work if the CDN is down.')),
    ownField,
    h(
      'div',
      { class: 'check' },
      classic,
      h('label', { for: classic.id }, t('Classic script')),
      h('p', { class: 'help', id: 'cw-script-classic-help' }, ...rich(t('Only if your CMS removes `type="module"` from scripts.'))),
    ),
  );
  const form = h(
    'form',
    { class: 'options', novalidate: true, 'aria-labelledby': 'cw-step-choose' },
    h('h2', { id: 'cw-step-choose' }, t('1. Choose the widget and its options')),
    h('div', { class: 'field' }, h('label', { for: 'cw-widget' }, t('Widget')), widgetSelect, widgetSummary),
    optionsBox,
    scriptBox,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  // On a phone the preview sits far below the options: a way there and back (hidden where both are in view).
  form.insertBefore(jumpLink('cw-step-check', t('See the preview')), scriptBox);

  const target = targetChoice(start, on);
  const element = h(
    'div',
    { class: 'layout' },
    form,
    h(
      'section',
      { class: 'preview', 'aria-labelledby': 'cw-step-check' },
      h('h2', { id: 'cw-step-check' }, t('2. Check it')),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'cw-locale' }, t('Language of the preview')),
        localeSelect,
        h(
          'p',
          { class: 'help', id: 'cw-locale-help' },
          ...rich(t("On your site the widget speaks your page's language (its `<html lang>`): this changes only the preview and the names in the lists.")),
        ),
      ),
      frame,
      h('div', { class: 'measure' }, measureFrames.narrow, measureFrames.wide),
      notes,
      jumpLink('cw-step-choose', t('Back to the options')),
    ),
    h(
      'section',
      { class: 'copy-step', 'aria-labelledby': 'cw-step-copy' },
      h('h2', { id: 'cw-step-copy' }, t('3. Copy it into your page')),
      target.box,
      snippetLabel,
      snippetBox,
      snippetHelp,
      copyButton,
      status,
    ),
  );
  const page: PageParts = {
    widgetSelect,
    widgetSummary,
    optionsBox,
    ownInput,
    ownField,
    scriptBox,
    wordpressRadio: target.wordpressRadio,
    snippetLabel,
    snippetHelp,
    frame,
    measureFrames,
    notes,
    snippetBox,
    status,
    copyButton,
  };
  return { element, page };
}

/** The copy step's words for where the snippet goes: a page (the HTML snippet) or WordPress (the shortcode). */
export function showCopyStep(page: PageParts, wordpress: boolean): void {
  page.scriptBox.disabled = wordpress;
  page.scriptBox.querySelector<HTMLElement>('#cw-script-help')!.hidden = !wordpress;
  // Described by the note only while it shows: a hidden description would still be read out.
  if (wordpress) page.scriptBox.setAttribute('aria-describedby', 'cw-script-help');
  else page.scriptBox.removeAttribute('aria-describedby');
  page.snippetLabel.textContent = wordpress ? t('Your shortcode') : t('Your snippet');
  // A shortcode is one line: wrapped in a smaller box, where the HTML snippet keeps its lines as written.
  page.snippetBox.classList.toggle('wraps', wordpress);
  page.snippetBox.rows = wordpress ? 4 : 9;
  page.snippetHelp.textContent = wordpress
    ? t('Paste it into your post: in the block editor a Shortcode block, in the classic editor its Text tab, in a page builder its shortcode element.')
    : t('Paste it where your page takes HTML. With several widgets on one page, keep the script once.');
  page.copyButton.textContent = wordpress ? t('Copy shortcode') : t('Copy snippet');
}

/** The problem with the address of the editor's own copy of the script, under its field (none while `hidden`). */
export function showScriptProblem(page: PageParts, problem: string | null, hidden: boolean): void {
  const ownError = page.ownField.querySelector<HTMLElement>('.error')!;
  ownError.hidden = hidden;
  // Emptied while hidden: the input's description names it, and a hidden description is still read out.
  ownError.textContent = ownError.hidden ? '' : problem;
  if (problem && !ownError.hidden) page.ownInput.setAttribute('aria-invalid', 'true');
  else page.ownInput.removeAttribute('aria-invalid');
}

/** Under the preview: what the preview says, and the problems that are about no option shown. */
export function showNotes(page: PageParts, texts: string[]): void {
  // A live region: rewritten only when what it says changes, so it is not read again at each keystroke.
  if ([...page.notes.children].map((li) => li.textContent).join('\n') !== texts.join('\n'))
    page.notes.replaceChildren(...texts.map((text) => h('li', {}, text)));
}
