/*
 * The configurator: a web editor chooses a widget, fills its options in a form generated from custom-elements.json
 * and the bundled catalogues, sees the widget live in any shipped language, and copies one snippet (script tag with
 * its integrity hash, space-reserving CSS, the element with the options that differ from the defaults), or for a
 * WordPress site with the plugin, one shortcode.
 * Plain DOM, no inline script or style (it runs under a strict Content-Security-Policy), native controls with
 * labels, errors linked to their fields, and a polite live region for what happened.
 */
import { countriesByName, formatFigure, localeName, type Catalogue, type CatalogueStat } from './catalogue.js';
import { fieldsOf, isNumberText, widgetsOf, type Field, type Manifest, type WidgetDeclaration } from './manifest.js';
import { exitNeedsFullAddress, fromError, fromWarning, goalNeedsCount, needsFullAddress, notANumber, type Problem } from './problems.js';
import { shortcode, shortcodeProblem } from './shortcode.js';
import { unseenInPreview } from './unseen.js';
import { cdnBase, snippet, type ReservedHeights, type ScriptKind } from './snippet.js';
import { PHONE_COLUMN_PX, WIDE_COLUMN_PX, roundUpToQuarterEm } from '../../src/core/reserved-height.js';
import type { PreviewApi, WidgetReports } from './preview.js';
import { hasTranslation, setMessages, t, tElements, uiLanguage } from './i18n.js';

export interface ConfiguratorOptions {
  /** custom-elements.json: its URL, or the manifest itself. */
  manifest: string | Manifest;
  /** catalogue.json: its URL, or the catalogue itself. */
  catalogue: string | Catalogue;
  /** The folder of the one-script build the preview loads (with sri.json), ending with `/`. */
  dist: string;
  /** preview.html. */
  preview: string;
  /** The widget to start with (else `?widget=` in the page's address, else the first). */
  widget?: string;
  /**
   * The configurator's own language, one of the catalogue's `uiLocales` (default English), or how to choose it from
   * them once the catalogue has come; and the folder of its translations (`locales/`, with `LOCALE.json`).
   */
  uiLocale?: string | ((shipped: readonly string[]) => string);
  locales?: string;
  /**
   * Keep the chosen widget, where it goes and its options in the page's address (`?widget=help-line&country=GB&
   * compact=`), so a reload, a change of the page's language or a link sent to a colleague shows the same. The
   * configurator page sets it; a page that embeds the configurator for something else leaves its address alone.
   */
  address?: boolean;
}

/** What a widget in the preview reported (nothing yet), and the attributes it was shown with. */
const noReports = (): { reports: WidgetReports; written: string[] } => ({ reports: { warnings: [], errors: [] }, written: [] });

/** Query parameters of the page's address that are not a widget's attributes. */
const ADDRESS_KEYS = new Set(['lang', 'widget', 'target', 'preview']);

type Value = string | boolean | string[];
type Child = Node | string | null | undefined | false;

/** An element with attributes (a boolean sets or leaves out the attribute) and children. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** Text with `backticked` spans shown as code. */
function rich(text: string): Node[] {
  return text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : document.createTextNode(part)));
}

/** A radio button of group `name` with its label and help (its id: `name-value`), and its box. */
function radio(name: string, value: string, checked: boolean, label: Child[], help: string, onChoose: () => void): [HTMLInputElement, HTMLElement] {
  const id = `${name}-${value}`;
  const input = h('input', { type: 'radio', name, id, value, 'aria-describedby': `${id}-help`, checked });
  input.addEventListener('change', onChoose);
  return [input, h('div', { class: 'check' }, input, h('label', { for: id }, ...label), h('p', { class: 'help', id: `${id}-help` }, ...rich(help)))];
}

async function load<T>(source: string | T): Promise<T> {
  if (typeof source !== 'string') return source;
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The widgets' rule for web addresses (src/core/safe-url.ts): https, or http on this computer only. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Letters and digits only, in lower case: "Source URL" and `source-url` read the same. */
const spoken = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A name with the code the snippet writes beside it (`goal`, `given-name`), shown to all; a screen reader hears the
 * code only when it says more than the name ("Count URL count-src"), not "Goal goal" or "Email email".
 */
function named(name: string, code: string): Child[] {
  const repeats = spoken(name).includes(spoken(code));
  return [name, ' ', h('code', { class: 'attribute', 'aria-hidden': repeats ? 'true' : undefined }, code)];
}

export class Configurator {
  readonly widgets: WidgetDeclaration[];
  /** The languages the configurator itself speaks besides English. */
  readonly uiLocales: readonly string[];
  #catalogue: Catalogue;
  #sri: Record<string, string>;
  #options: ConfiguratorOptions;
  #root: HTMLElement;

  #widget!: WidgetDeclaration;
  #fields: Field[] = [];
  /** The values typed for each widget, kept when the editor switches widgets and back. */
  #values = new Map<string, Record<string, Value>>();
  /** The language the widget is previewed (and its lists named) in, and the one it starts in. */
  #locale: string;
  #defaultLocale: string;
  #scriptSource: 'cdn' | 'own' = 'cdn';
  #ownScript = '';
  #scriptKind: ScriptKind = 'module';
  /** A link to a step's heading that moves the focus there too, so the next Tab continues from it. */
  #jumpLink(headingId: string, text: string): HTMLElement {
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

  /** Where the editor will paste: any HTML page (the snippet) or WordPress with the plugin (a shortcode). */
  #target: 'page' | 'wordpress' = 'page';

  /** What the widget in the preview last reported, and the attributes it was shown with. */
  #widgetReports = noReports();
  /** The widget's room as last measured, at a phone's column and at a wide screen's. */
  #reserved: ReservedHeights = { narrow: null, wide: null };
  /** After the quick exit in the preview left: where a visitor would now be (until an option changes). */
  #exitNote: string | null = null;
  /** The address's options, read once when the page opens (`address`). */
  #fromAddress?: URLSearchParams;
  #defined = true;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #refreshing: Promise<void> = Promise.resolve();
  #copying = false;

  // The page's parts.
  #widgetSelect!: HTMLSelectElement;
  #widgetSummary!: HTMLElement;
  #localeSelect!: HTMLSelectElement;
  #optionsBox!: HTMLFieldSetElement;
  #ownInput!: HTMLInputElement;
  #ownField!: HTMLElement;
  #scriptBox!: HTMLFieldSetElement;
  #wordpressRadio!: HTMLInputElement;
  #snippetLabel!: HTMLLabelElement;
  #snippetHelp!: HTMLElement;
  #frame!: HTMLIFrameElement;
  /** The same widget, never seen, in a phone's column and in a wide screen's: the room the snippet keeps. */
  #measureFrames!: { narrow: HTMLIFrameElement; wide: HTMLIFrameElement };
  #notes!: HTMLUListElement;
  #snippetBox!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #copyButton!: HTMLButtonElement;

  constructor(root: HTMLElement, options: ConfiguratorOptions, manifest: Manifest, catalogue: Catalogue, sri: Record<string, string>) {
    this.#root = root;
    this.#options = options;
    this.#catalogue = catalogue;
    this.#sri = sri;
    this.widgets = widgetsOf(manifest);
    this.uiLocales = catalogue.uiLocales ?? [];
    // The preview starts in the editor's own language when the widgets speak it (or in the one the address names).
    this.#defaultLocale = catalogue.locales.includes(uiLanguage()) ? uiLanguage() : catalogue.sourceLocale;
    this.#locale = this.#defaultLocale;
    if (!this.widgets.length) throw new Error('custom-elements.json declares no widget.');
  }

  /** Builds the page and shows the first widget. */
  mount(): void {
    if (this.#options.address) {
      this.#fromAddress = new URLSearchParams(location.search);
      if (this.#fromAddress.get('target') === 'wordpress') this.#target = 'wordpress';
      const previewLocale = this.#fromAddress.get('preview');
      if (previewLocale && this.#catalogue.locales.includes(previewLocale)) this.#locale = previewLocale;
    }
    const wanted = this.#options.widget ?? new URLSearchParams(location.search).get('widget');
    const first = this.widgets.find((w) => w.tagName === wanted) ?? this.widgets.find((w) => w.tagName === 'trafficking-stat') ?? this.widgets[0]!;
    this.#root.replaceChildren(this.#layout());
    this.#widgetSelect.value = first.tagName;
    this.#choose(first);
  }

  // --- Layout -------------------------------------------------------------------------------------------------

  #layout(): HTMLElement {
    this.#widgetSelect = h('select', { id: 'cw-widget', 'aria-describedby': 'cw-widget-summary' });
    for (const widget of this.widgets) this.#widgetSelect.append(h('option', { value: widget.tagName }, this.#widgetName(widget)));
    this.#widgetSelect.addEventListener('change', () => this.#choose(this.widgets.find((w) => w.tagName === this.#widgetSelect.value)!));
    this.#widgetSummary = h('p', { class: 'help', id: 'cw-widget-summary' });

    this.#localeSelect = h('select', { id: 'cw-locale', 'aria-describedby': 'cw-locale-help' });
    // Each language named in itself, in its own voice for a screen reader.
    for (const code of this.#catalogue.locales) this.#localeSelect.append(h('option', { value: code, lang: code }, localeName(code)));
    this.#localeSelect.value = this.#locale;
    this.#localeSelect.addEventListener('change', () => {
      this.#locale = this.#localeSelect.value;
      this.#renderFields();
      this.#schedule();
    });

    this.#optionsBox = h('fieldset', { class: 'widget-options' });

    const scriptRadio = (value: 'cdn' | 'own', label: Child[], help: string) =>
      radio('cw-script', value, value === this.#scriptSource, label, help, () => {
        this.#scriptSource = value;
        this.#ownField.hidden = value !== 'own';
        this.#update();
      })[1];
    this.#ownInput = h('input', {
      type: 'url',
      id: 'cw-script-own-url',
      inputmode: 'url',
      autocomplete: 'url',
      spellcheck: 'false',
      placeholder: 'https://www.example.org/campaign-widgets/dist/campaign-widgets.js',
      'aria-describedby': 'cw-script-own-url-help cw-script-own-url-error',
    });
    this.#ownInput.addEventListener('input', () => {
      this.#ownScript = this.#ownInput.value.trim();
      this.#update();
    });
    this.#ownField = h(
      'div',
      { class: 'field', hidden: true },
      h('label', { for: this.#ownInput.id }, t('Address of campaign-widgets.js on your site')),
      h(
        'p',
        { class: 'help', id: 'cw-script-own-url-help' },
        ...rich(
          t(
            'Copy the whole `dist/` folder of version {version} to your site (the script loads its other files from beside itself), then give the address of `campaign-widgets.js` in it.',
            { version: this.#catalogue.version },
          ),
        ),
      ),
      this.#ownInput,
      h('p', { class: 'error', id: 'cw-script-own-url-error', hidden: true }),
    );
    const classic = h('input', { type: 'checkbox', id: 'cw-script-classic', 'aria-describedby': 'cw-script-classic-help' });
    classic.addEventListener('change', () => {
      this.#scriptKind = classic.checked ? 'classic' : 'module';
      this.#update();
    });

    this.#frame = h('iframe', { class: 'preview-frame', title: t('Preview of the widget'), src: this.#previewUrl() });
    const measureFrame = (column: number, title: string) =>
      h('iframe', { class: 'measure-frame', title, src: this.#previewUrl(column), 'aria-hidden': 'true', tabindex: '-1', inert: true });
    this.#measureFrames = {
      narrow: measureFrame(PHONE_COLUMN_PX, t('Measuring the widget at phone width')),
      wide: measureFrame(WIDE_COLUMN_PX, t('Measuring the widget on a wide screen')),
    };
    for (const frame of [this.#frame, this.#measureFrames.narrow, this.#measureFrames.wide]) frame.addEventListener('load', () => this.#frameLoaded(frame));
    // What the preview says (a quick exit followed, a widget that did not load) is announced when it comes.
    this.#notes = h('ul', { class: 'notes', id: 'cw-notes', 'aria-live': 'polite' });

    this.#snippetBox = h('textarea', { id: 'cw-snippet', readonly: true, rows: '9', spellcheck: 'false', 'aria-describedby': 'cw-snippet-help' });
    this.#snippetLabel = h('label', { for: 'cw-snippet' });
    this.#snippetHelp = h('p', { class: 'help', id: 'cw-snippet-help' });
    this.#copyButton = h('button', { type: 'button', class: 'copy' }, t('Copy snippet'));
    this.#copyButton.addEventListener('click', () => void this.copy());
    this.#status = h('p', { class: 'status', id: 'cw-status', role: 'status' });

    const form = h(
      'form',
      { class: 'options', novalidate: true, 'aria-labelledby': 'cw-step-choose' },
      h('h2', { id: 'cw-step-choose' }, t('1. Choose the widget and its options')),
      h('div', { class: 'field' }, h('label', { for: 'cw-widget' }, t('Widget')), this.#widgetSelect, this.#widgetSummary),
      this.#optionsBox,
      (this.#scriptBox = h(
        'fieldset',
        { class: 'script' },
        h('legend', {}, t('Where the script comes from')),
        h('p', { class: 'help', id: 'cw-script-help', hidden: true }, t('The WordPress plugin loads the script itself: nothing to choose here.')),
        scriptRadio(
          'cdn',
          [t('The jsDelivr CDN, version {version}', { version: this.#catalogue.version })],
          t('The published package on jsDelivr, pinned to version {version} and checked by its integrity hash.', { version: this.#catalogue.version }),
        ),
        scriptRadio('own', [t('A copy on your own site')], t('For sites that load nothing from other hosts, or must work if the CDN is down.')),
        this.#ownField,
        h(
          'div',
          { class: 'check' },
          classic,
          h('label', { for: classic.id }, t('Classic script')),
          h('p', { class: 'help', id: 'cw-script-classic-help' }, ...rich(t('Only if your CMS removes `type="module"` from scripts.'))),
        ),
      )),
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    // On a phone the preview sits far below the options: a way there and back (hidden where both are in view).
    form.insertBefore(this.#jumpLink('cw-step-check', t('See the preview')), this.#scriptBox);

    return h(
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
          this.#localeSelect,
          h(
            'p',
            { class: 'help', id: 'cw-locale-help' },
            ...rich(t("On your site the widget speaks your page's language (its `<html lang>`): this changes only the preview and the names in the lists.")),
          ),
        ),
        this.#frame,
        h('div', { class: 'measure' }, this.#measureFrames.narrow, this.#measureFrames.wide),
        this.#notes,
        this.#jumpLink('cw-step-choose', t('Back to the options')),
      ),
      h(
        'section',
        { class: 'copy-step', 'aria-labelledby': 'cw-step-copy' },
        h('h2', { id: 'cw-step-copy' }, t('3. Copy it into your page')),
        this.#targetChoice(),
        this.#snippetLabel,
        this.#snippetBox,
        this.#snippetHelp,
        this.#copyButton,
        this.#status,
      ),
    );
  }

  /** Where the editor will paste: the snippet for any HTML page, or a shortcode for WordPress with the plugin. */
  #targetChoice(): HTMLFieldSetElement {
    const targetRadio = (value: 'page' | 'wordpress', label: string, help: string) =>
      radio('cw-target', value, value === this.#target, [label], help, () => {
        this.#target = value;
        // A choice the plugin's settings can make (a petition's format) offers "the site's setting" in WordPress.
        this.#renderFields();
      });
    const [, page] = targetRadio(
      'page',
      t('An HTML page'),
      t('Any site that takes HTML: a WordPress Custom HTML block, a Drupal text format that allows scripts…'),
    );
    const [wordpressInput, wordpress] = targetRadio(
      'wordpress',
      t('WordPress with the campaign-widgets plugin'),
      t(
        'A shortcode, for the classic editor (its Text tab), a Shortcode block or a page builder. The plugin loads the script; options left empty take the plugin’s settings (the petition’s endpoint, the quick exit’s sites).',
      ),
    );
    this.#wordpressRadio = wordpressInput;
    return h('fieldset', { class: 'target' }, h('legend', {}, t('Where you will paste it')), page, wordpress);
  }

  /** The preview page; for a measuring frame, with the column (in px) the widget's room is measured at. */
  #previewUrl(column?: number): string {
    const script = new URL('campaign-widgets.js', new URL(this.#options.dist, location.href)).href;
    return `${this.#options.preview}?script=${encodeURIComponent(script)}${column ? `&column=${column}` : ''}`;
  }

  // --- The widget and its fields ------------------------------------------------------------------------------

  /**
   * A widget as the list names it: its name first, so a phone's narrow select still shows which one it is
   * ("Help line (<help-line>)"; the summary is under the select). The tag is isolated so a right-to-left name keeps
   * it whole. A widget without a WordPress block has no name: its tag and summary.
   */
  #widgetName(widget: WidgetDeclaration): string {
    const title = this.#catalogue.titles?.[widget.tagName];
    return title ? `${t(title)} (\u2068<${widget.tagName}>\u2069)` : `<${widget.tagName}>: ${t(widget.summary ?? widget.name)}`;
  }

  #choose(widget: WidgetDeclaration): void {
    this.#widget = widget;
    this.#fields = fieldsOf(widget);
    if (!this.#values.has(widget.tagName)) this.#values.set(widget.tagName, this.#initialValues());
    this.#widgetSummary.replaceChildren(...rich(t(widget.summary ?? '')));
    this.#widgetReports = noReports();
    this.#exitNote = null;
    this.#reserved = { narrow: null, wide: null };
    this.#renderFields();
    this.#schedule();
  }

  #initialValues(): Record<string, Value> {
    const values: Record<string, Value> = {};
    for (const field of this.#fields) {
      const { control } = field;
      if (control.kind === 'checkbox') values[field.attribute] = field.defaultValue === 'true';
      else if (control.kind === 'tokens') values[field.attribute] = [...control.defaults];
      // A statistic to start from (the first current one), so the preview shows something true at once.
      else if (control.kind === 'stat')
        values[field.attribute] = (this.#catalogue.stats.find((s) => !s.supersededBy && s.tier === 'primary') ?? this.#catalogue.stats[0])?.id ?? '';
      // Left unset when the WordPress plugin's settings may choose it: '' is the widget's default on an HTML page.
      else if (control.kind === 'choice')
        values[field.attribute] =
          field.defaultValue && control.options.includes(field.defaultValue) && !this.#takesSiteSetting(field) ? field.defaultValue : '';
      else values[field.attribute] = '';
    }
    this.#valuesFromAddress(values);
    return values;
  }

  /** The options the page's address gives for the widget it names (the address the configurator keeps, `address`). */
  #valuesFromAddress(values: Record<string, Value>): void {
    const params = this.#fromAddress;
    if (!params || params.get('widget') !== this.#widget.tagName) return;
    for (const field of this.#fields) {
      const text = params.get(field.attribute);
      if (text === null || ADDRESS_KEYS.has(field.attribute)) continue;
      const { control } = field;
      if (control.kind === 'checkbox') values[field.attribute] = text === '' || text === 'true';
      else if (control.kind === 'tokens') values[field.attribute] = text.split(/\s+/).filter((value) => control.options.includes(value));
      else values[field.attribute] = text;
    }
  }

  /** Writes the widget, where it goes and its options into the page's address, replacing the history entry. */
  #writeAddress(): void {
    const address = new URL(location.href);
    const params = new URLSearchParams();
    const lang = address.searchParams.get('lang');
    if (lang) params.set('lang', lang);
    params.set('widget', this.#widget.tagName);
    if (this.#target === 'wordpress') params.set('target', 'wordpress');
    // The preview's language, so a colleague opening the link sees the widget as it was checked.
    if (this.#locale !== this.#defaultLocale) params.set('preview', this.#locale);
    for (const [name, value] of this.attributes()) if (!ADDRESS_KEYS.has(name)) params.set(name, value === true ? '' : value);
    address.search = params.toString();
    if (address.href !== location.href) history.replaceState(history.state, '', address.href);
  }

  get #current(): Record<string, Value> {
    return this.#values.get(this.#widget.tagName)!;
  }

  #set(attribute: string, value: Value): void {
    this.#current[attribute] = value;
    this.#exitNote = null;
    this.#update();
    this.#schedule();
  }

  #renderFields(): void {
    const focused = document.activeElement?.id;
    const tag = this.#widget.tagName;
    this.#optionsBox.replaceChildren(
      h('legend', {}, ...tElements('Options of {tag}', {}, { tag: h('code', {}, `<${tag}>`) })),
      h(
        'p',
        { class: 'help' },
        this.#target === 'wordpress'
          ? t('Leave an option empty for the site’s setting or the widget’s default: only what you set goes into the shortcode.')
          : t('Leave an option empty for the widget’s default: only what you set goes into the snippet.'),
      ),
      ...this.#fields.map((field) => this.#fieldElement(field)),
    );
    if (focused) document.getElementById(focused)?.focus();
    this.#update();
  }

  /** Whether the WordPress plugin's settings page gives this attribute a value when a shortcode leaves it out. */
  #takesSiteSetting(field: Field): boolean {
    return this.#catalogue.siteSettings?.[this.#widget.tagName]?.includes(field.attribute) ?? false;
  }

  /**
   * A choice's list. Unset ('') is the widget's default on an HTML page; for WordPress, when the plugin's settings
   * can choose it, unset is "the site's setting" and the default itself is written, since it overrides that setting.
   */
  #choiceSelect(id: string, field: Field, value: string): HTMLSelectElement {
    const { defaultValue } = field;
    const options = field.control.kind === 'choice' ? field.control.options : [];
    const hasDefault = !!defaultValue && options.includes(defaultValue);
    const select = h('select', { id });
    if (this.#takesSiteSetting(field)) {
      const wordpress = this.#target === 'wordpress';
      select.append(
        h(
          'option',
          { value: '' },
          wordpress
            ? t('The site’s setting (Settings → Campaign widgets)')
            : hasDefault
              ? t('{value} (default)', { value: this.#optionName(field, defaultValue!) })
              : t('(not set)'),
        ),
      );
      for (const option of options) if (wordpress || option !== defaultValue) select.append(h('option', { value: option }, this.#optionName(field, option)));
      // Chosen for WordPress, then shown for a page: the default is the unset entry there.
      select.value = !wordpress && value === defaultValue ? '' : value;
      return select;
    }
    if (!hasDefault) select.append(h('option', { value: '' }, t('(not set)')));
    for (const option of options) {
      const name = this.#optionName(field, option);
      select.append(h('option', { value: option }, option === defaultValue ? t('{value} (default)', { value: name }) : name));
    }
    select.value = value;
    return select;
  }

  /** An option's name: as the WordPress plugin's blocks name it (and translate it), else made from the attribute. */
  #label(field: Field): string {
    return this.#catalogue.labels?.[this.#widget.tagName]?.[field.attribute] ?? field.label;
  }

  /** A listed value as an editor reads it, in the configurator's language (`given-name` → "First name"), else the value. */
  #optionName(field: Field, value: string): string {
    const name = this.#catalogue.optionNames?.[this.#widget.tagName]?.[field.attribute]?.[value];
    return name ? t(name) : value;
  }

  /**
   * An option's help: its description, code in backticks shown as code; in another language, the WordPress plugin's
   * translation of the same text (written there without backticks), when there is one.
   */
  #helpText(field: Field): Node[] {
    const plain = field.help.replace(/`/g, '');
    return hasTranslation(plain) ? [document.createTextNode(t(plain))] : rich(field.help);
  }

  #fieldElement(field: Field): HTMLElement {
    const id = `cw-opt-${field.attribute}`;
    const helpId = `${id}-help`;
    const errorId = `${id}-error`;
    const value = this.#current[field.attribute];
    const label = named(t(this.#label(field)), field.attribute);
    const unseen = unseenInPreview(this.#widget.tagName, field.attribute);
    const help = h('p', { class: 'help', id: helpId }, ...this.#helpText(field), unseen && h('span', { class: 'unseen' }, ` ${unseen}`));
    const error = h('p', { class: 'error', id: errorId, hidden: true });
    const describedBy = `${helpId} ${errorId}`;
    const { control } = field;

    if (control.kind === 'checkbox') {
      const input = h('input', { type: 'checkbox', id, 'aria-describedby': describedBy, checked: value === true, 'data-attribute': field.attribute });
      input.addEventListener('change', () => {
        this.#set(field.attribute, input.checked);
        void this.#announce(field);
      });
      return h('div', { class: 'field check', 'data-field': field.attribute }, input, h('label', { for: id }, ...label), help, error);
    }
    if (control.kind === 'tokens') {
      const chosen = new Set(value as string[]);
      const boxes = control.options.map((option) => {
        const input = h('input', { type: 'checkbox', id: `${id}-${option}`, value: option, checked: chosen.has(option), 'data-attribute': field.attribute });
        input.addEventListener('change', () => {
          const selected = control.options.filter((o) => (o === option ? input.checked : (this.#current[field.attribute] as string[]).includes(o)));
          this.#set(field.attribute, selected);
          void this.#announce(field);
        });
        // The name an editor reads, then the value the snippet writes.
        const name = this.#optionName(field, option);
        return h('div', { class: 'check' }, input, h('label', { for: input.id }, ...(name === option ? [h('code', {}, option)] : named(name, option))));
      });
      return h(
        'fieldset',
        { class: 'field tokens', id, 'data-field': field.attribute, 'aria-describedby': describedBy, tabindex: '-1' },
        h('legend', {}, ...label),
        help,
        h('div', { class: 'choices' }, ...boxes),
        error,
      );
    }

    let input: HTMLInputElement | HTMLSelectElement;
    if (control.kind === 'stat') input = this.#statSelect(id, value as string);
    else if (control.kind === 'country') input = this.#countrySelect(id, value as string);
    else if (control.kind === 'choice') input = this.#choiceSelect(id, field, value as string);
    else {
      input = h('input', {
        id,
        type: control.kind === 'text' && control.url ? 'url' : 'text',
        inputmode: control.kind === 'number' ? 'decimal' : control.kind === 'text' && control.url ? 'url' : undefined,
        spellcheck: 'false',
        autocomplete: 'off',
        placeholder: field.defaultValue,
      });
      input.value = value as string;
    }
    input.setAttribute('aria-describedby', describedBy);
    input.dataset.attribute = field.attribute;
    input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => this.#set(field.attribute, input.value));
    // A text is checked as it is typed but said once, when the editor leaves it (or presses Enter); a list's choice at once.
    input.addEventListener('change', () => void this.#announce(field));
    const extra = control.kind === 'stat' ? h('p', { class: 'stat-source', id: `${id}-source` }) : null;
    if (extra) input.setAttribute('aria-describedby', `${describedBy} ${extra.id}`);
    return h('div', { class: 'field', 'data-field': field.attribute }, h('label', { for: id }, ...label), help, input, extra, error);
  }

  #statLabel(stat: CatalogueStat): string {
    const label = stat.labels[this.#locale] ?? stat.labels[this.#catalogue.sourceLocale] ?? stat.id;
    const older = stat.supersededBy ? ` · ${t('older edition')}` : '';
    return `${formatFigure(stat, this.#locale)}: ${label} (${stat.publisher}, ${stat.year})${older}`;
  }

  #statSelect(id: string, value: string): HTMLSelectElement {
    const select = h('select', { id });
    select.append(h('option', { value: '' }, t('(none)')));
    for (const stat of this.#catalogue.stats) select.append(h('option', { value: stat.id }, this.#statLabel(stat)));
    select.value = value;
    return select;
  }

  #countrySelect(id: string, value: string): HTMLSelectElement {
    const select = h('select', { id });
    select.append(h('option', { value: '' }, t('(none: each visitor picks their country)')));
    for (const { code, name } of countriesByName(this.#catalogue.countries, this.#locale)) select.append(h('option', { value: code }, `${name} (${code})`));
    select.value = value;
    return select;
  }

  /** Under the statistic: where the selected figure comes from. */
  #showStatSource(): void {
    for (const field of this.#fields) {
      if (field.control.kind !== 'stat') continue;
      const box = document.getElementById(`cw-opt-${field.attribute}-source`);
      if (!box) continue;
      const stat = this.#catalogue.stats.find((s) => s.id === this.#current[field.attribute]);
      if (!stat) {
        box.replaceChildren();
        continue;
      }
      const newer = stat.supersededBy ? this.#catalogue.stats.find((s) => s.id === stat.supersededBy) : undefined;
      const cited = { publisher: stat.publisher, report: stat.report, year: stat.year, dataYear: stat.dataYear, retrieved: stat.retrieved };
      const link = { link: h('a', { href: stat.url, target: '_blank', rel: 'noopener noreferrer' }, t('the page it was read on')) };
      box.replaceChildren(
        ...(stat.estimate
          ? tElements('Source: {publisher}, {report} ({year}; {dataYear} data, an estimate), read on {retrieved}: {link}.', cited, link)
          : tElements('Source: {publisher}, {report} ({year}; {dataYear} data), read on {retrieved}: {link}.', cited, link)),
        ' ',
        stat.tier === 'secondary' ? `${t('Read on a page that quotes the publisher: check it against the report before featuring it.')} ` : '',
        newer ? t('A newer edition exists: {statistic}.', { statistic: this.#statLabel(newer) }) : '',
      );
    }
  }

  // --- Values → attributes, problems, snippet -----------------------------------------------------------------

  /** The attributes that differ from the widget's defaults, in the manifest's order. */
  attributes(): [string, string | true][] {
    const out: [string, string | true][] = [];
    for (const field of this.#fields) {
      const value = this.#current[field.attribute];
      const { control } = field;
      if (control.kind === 'checkbox') {
        if (value === true && field.defaultValue !== 'true') out.push([field.attribute, true]);
      } else if (control.kind === 'tokens') {
        const list = (value as string[]).join(' ');
        if (list !== control.defaults.join(' ')) out.push([field.attribute, list]);
      } else {
        const text = String(value ?? '').trim();
        // For WordPress, a value the plugin's settings could give is written even when it is the widget's default.
        const overridesSite = this.#target === 'wordpress' && this.#takesSiteSetting(field);
        if (text && (text !== field.defaultValue || overridesSite)) out.push([field.attribute, text]);
      }
    }
    return out;
  }

  /** The configurator's own checks (numbers, the script address); the widget's come from the preview. */
  #ownProblems(): Problem[] {
    const problems: Problem[] = [];
    for (const field of this.#fields) {
      const text = String(this.#current[field.attribute] ?? '').trim();
      if (field.control.kind === 'number' && text && !isNumberText(text)) problems.push({ attribute: field.attribute, blocking: true, text: notANumber(text) });
      if (field.control.kind === 'text' && field.control.url && text && !isFullAddress(text, field.attribute))
        problems.push({ attribute: field.attribute, blocking: true, text: field.attribute === 'href' ? exitNeedsFullAddress() : needsFullAddress() });
    }
    // A goal without a count draws nothing in the preview: say why, without refusing the snippet.
    const given = (attribute: string) => String(this.#current[attribute] ?? '').trim() !== '';
    const goal = String(this.#current.goal ?? '').trim();
    if (this.#widget.tagName === 'petition-form' && isNumberText(goal) && !given('count') && !given('count-src')) {
      const name = (attribute: string) => t(this.#label(this.#fields.find((field) => field.attribute === attribute)!));
      problems.push({ attribute: 'goal', blocking: false, text: goalNeedsCount(name('count'), name('count-src')) });
    }
    if (this.#target === 'wordpress') {
      for (const [attribute, value] of this.attributes()) {
        const text = value === true ? null : shortcodeProblem(value);
        if (text) problems.push({ attribute, blocking: true, text });
      }
    }
    return problems;
  }

  #scriptProblem(): string | null {
    if (this.#scriptSource !== 'own' || this.#target === 'wordpress') return null;
    const text = this.#ownScript;
    if (!text) return t('Give the address of campaign-widgets.js on your site, or choose the CDN.');
    if (!isWebAddress(text)) return t('Give a full https:// address (http:// works only on this computer, for testing).');
    if (!/\/(campaign-widgets(\.iife)?\.js)?$/.test(new URL(text).pathname))
      return t('Give the address of the file campaign-widgets.js in your copy of dist/ (or of the dist/ folder, ending with /).');
    return null;
  }

  #scriptBase(): string {
    if (this.#scriptSource === 'cdn' || this.#scriptProblem()) return cdnBase(this.#catalogue.version);
    const url = new URL(this.#ownScript);
    url.pathname = url.pathname.replace(/campaign-widgets(\.iife)?\.js$/, '');
    url.search = '';
    url.hash = '';
    return url.href;
  }

  /**
   * What the widget in the preview reported, explained in the configurator's language. For WordPress, an option left
   * to the plugin's settings (a petition's endpoint) is filled by the site: its absence is not a problem here.
   */
  #explain(reports: WidgetReports, written: readonly string[]): Problem[] {
    const leftToSite = (attribute?: string) => {
      const field = this.#fields.find((f) => f.attribute === attribute);
      return this.#target === 'wordpress' && field !== undefined && this.#takesSiteSetting(field) && !written.includes(field.attribute);
    };
    const problems = [
      ...reports.warnings.map(fromWarning).filter((problem): problem is Problem => problem !== null),
      ...reports.errors.map((detail) => fromError(detail, written)),
    ];
    return problems.filter((problem) => !leftToSite(problem.attribute));
  }

  /** Every problem now: the configurator's own, and what the widget in the preview reported. */
  problems(): Problem[] {
    const { reports, written } = this.#widgetReports;
    return [...this.#ownProblems(), ...this.#explain(reports, written)];
  }

  /** Shows each problem with its option (or under the preview), and updates the snippet. */
  #update(): void {
    const problems = this.problems();
    for (const field of this.#fields) {
      const mine = problems.filter((p) => p.attribute === field.attribute);
      const error = document.getElementById(`cw-opt-${field.attribute}-error`);
      const box = this.#optionsBox.querySelector<HTMLElement>(`[data-field="${field.attribute}"]`);
      if (!error || !box) continue;
      error.hidden = !mine.length;
      error.replaceChildren(...mine.map((p) => h('span', { class: p.blocking ? 'blocking' : 'note' }, p.text)));
      box.classList.toggle(
        'invalid',
        mine.some((p) => p.blocking),
      );
      for (const control of box.querySelectorAll<HTMLElement>('input, select')) {
        if (mine.some((p) => p.blocking)) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
    const scriptProblem = this.#scriptProblem();
    const ownError = this.#ownField.querySelector<HTMLElement>('.error')!;
    ownError.hidden = !scriptProblem || (!this.#ownScript && document.activeElement === this.#ownInput);
    // Emptied while hidden: the input's description names it, and a hidden description is still read out.
    ownError.textContent = ownError.hidden ? '' : scriptProblem;
    if (scriptProblem && !ownError.hidden) this.#ownInput.setAttribute('aria-invalid', 'true');
    else this.#ownInput.removeAttribute('aria-invalid');

    const known = new Set(this.#fields.map((f) => f.attribute));
    const general = problems.filter((p) => !p.attribute || !known.has(p.attribute)).map((p) => p.text);
    if (this.#exitNote) general.push(this.#exitNote);
    if (!this.#defined) {
      general.unshift(t('The preview could not load <{tag}>: is the copy of dist/ beside the configurator complete?', { tag: this.#widget.tagName }));
    }
    // A live region: rewritten only when what it says changes, so it is not read again at each keystroke.
    if ([...this.#notes.children].map((li) => li.textContent).join('\n') !== general.join('\n'))
      this.#notes.replaceChildren(...general.map((text) => h('li', {}, text)));

    this.#showStatSource();
    this.#showTarget();
    this.#snippetBox.value = this.snippet();
    if (this.#options.address) this.#writeAddress();
  }

  /** The WordPress plugin's shortcode for the chosen widget (none for a widget without a block). */
  get #shortcodeName(): string | undefined {
    return this.#catalogue.shortcodes?.[this.#widget.tagName];
  }

  /** The copy step's words for the chosen target; a widget without a WordPress block has only the snippet. */
  #showTarget(): void {
    this.#wordpressRadio.disabled = !this.#shortcodeName;
    if (!this.#shortcodeName && this.#target === 'wordpress') {
      this.#target = 'page';
      this.#root.querySelector<HTMLInputElement>('#cw-target-page')!.checked = true;
    }
    const wordpress = this.#target === 'wordpress';
    this.#scriptBox.disabled = wordpress;
    this.#scriptBox.querySelector<HTMLElement>('#cw-script-help')!.hidden = !wordpress;
    // Described by the note only while it shows: a hidden description would still be read out.
    if (wordpress) this.#scriptBox.setAttribute('aria-describedby', 'cw-script-help');
    else this.#scriptBox.removeAttribute('aria-describedby');
    this.#snippetLabel.textContent = wordpress ? t('Your shortcode') : t('Your snippet');
    // A shortcode is one line: wrapped in a smaller box, where the HTML snippet keeps its lines as written.
    this.#snippetBox.classList.toggle('wraps', wordpress);
    this.#snippetBox.rows = wordpress ? 4 : 9;
    this.#snippetHelp.textContent = wordpress
      ? t('Paste it into your post: in the block editor a Shortcode block, in the classic editor its Text tab, in a page builder its shortcode element.')
      : t('Paste it where your page takes HTML. With several widgets on one page, keep the script once.');
    this.#copyButton.textContent = wordpress ? t('Copy shortcode') : t('Copy snippet');
  }

  /** The snippet (or with WordPress as the target, the shortcode) for what is chosen now. */
  snippet(): string {
    if (this.#target === 'wordpress' && this.#shortcodeName) return shortcode(this.#shortcodeName, this.attributes(), this.#reserved);
    return snippet({
      version: this.#catalogue.version,
      script: { base: this.#scriptBase(), kind: this.#scriptKind, sri: this.#sri },
      tag: this.#widget.tagName,
      attributes: this.attributes(),
      reserved: this.#reserved,
    });
  }

  // --- Preview --------------------------------------------------------------------------------------------------

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#refreshing = this.#refresh();
    }, 250);
  }

  /** Resolves once the preview shows what is chosen now, with the widget's own checks and its measured height. */
  async settled(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#refreshing = this.#refresh();
    }
    let seen: Promise<void>;
    do {
      seen = this.#refreshing;
      await seen;
    } while (seen !== this.#refreshing);
  }

  async #refresh(): Promise<void> {
    const generation = ++this.#generation;
    const tag = this.#widget.tagName;
    const attributes = this.attributes().filter(([name]) => !this.#ownProblems().some((p) => p.attribute === name));
    const render = (frame: HTMLIFrameElement) => this.#api(frame).then((api) => api.render(tag, attributes, this.#locale));
    const [shown, narrow, wide] = await Promise.all([render(this.#frame), render(this.#measureFrames.narrow), render(this.#measureFrames.wide)]);
    if (generation !== this.#generation) return;
    this.#defined = shown.defined;
    this.#widgetReports = { reports: shown.reports, written: attributes.map(([name]) => name) };
    const rounded = (em: number | null) => (em ? roundUpToQuarterEm(em) : null);
    this.#reserved = { narrow: rounded(narrow.heightEm), wide: rounded(wide.heightEm) };
    this.#update();
  }

  /** The preview page's API, once it has loaded (reloading it when a quick exit in it left for another site). */
  async #api(frame: HTMLIFrameElement): Promise<PreviewApi> {
    for (let tries = 0; tries < 200; tries++) {
      try {
        const api = frame.contentWindow?.cwPreview;
        if (api) return api;
      } catch {
        // Another origin now (a quick exit left): reloaded by #frameLoaded.
      }
      await sleep(50);
    }
    throw new Error(t('The preview page did not load.'));
  }

  #frameLoaded(frame: HTMLIFrameElement): void {
    let ours = false;
    try {
      ours = frame.contentWindow?.location.pathname === new URL(this.#options.preview, location.href).pathname;
    } catch {
      ours = false;
    }
    if (!ours) {
      // Something in the preview left it: bring the preview back.
      const { narrow, wide } = this.#measureFrames;
      frame.src = this.#previewUrl(frame === narrow ? PHONE_COLUMN_PX : frame === wide ? WIDE_COLUMN_PX : undefined);
      this.#schedule();
    } else if (frame === this.#frame) {
      // The frame as tall as the preview's content, also as the editor uses the widget (a petition's error message, a
      // country picked): the body's box, not the document's scroll height, which never falls below the frame's own.
      // (CSSOM, which a strict style-src allows; within the stylesheet's limits.)
      const preview = frame.contentWindow as (Window & typeof globalThis) | null;
      const body = frame.contentDocument?.body;
      if (preview && body) {
        const fit = () => (frame.style.blockSize = `${Math.max(160, Math.ceil(body.getBoundingClientRect().height) + 4)}px`);
        new preview.ResizeObserver(fit).observe(body);
      }
      // A quick exit in the preview is not followed: this page's own security policy keeps other sites out of its
      // frames (the editor would see nothing happen, and some browsers then leave the frame blank), and the editor
      // needs the preview. It comes back at once, with a note saying where a visitor would now be.
      preview?.addEventListener('cw-exit', (event) => {
        const address = (event.target as { exitUrl?: unknown } | null)?.exitUrl;
        if (typeof address === 'string') {
          this.#exitNote = t('The quick exit worked: on your page the visitor would now be on {address}. The preview has come back.', { address });
        }
        setTimeout(() => {
          frame.src = this.#previewUrl();
          this.#schedule();
        });
      });
    }
  }

  // --- Copy -----------------------------------------------------------------------------------------------------

  /**
   * After the editor leaves an option or picks a value, once the preview has checked it: what is wrong with it, said
   * in the live region with the option's name (the message beside the option is read only when it is focused again).
   * Nothing while the editor is already changing it again; the message goes once the option is fixed.
   */
  async #announce(field: Field): Promise<void> {
    const widget = this.#widget;
    const value = JSON.stringify(this.#current[field.attribute]);
    await this.settled();
    // Copying (the editor left the option for the Copy button) says what to fix itself, once.
    if (this.#copying || widget !== this.#widget || JSON.stringify(this.#current[field.attribute]) !== value) return;
    const texts = this.problems()
      .filter((p) => p.attribute === field.attribute)
      .map((p) => p.text);
    if (texts.length) this.#say(t('{label}: {problem}', { label: t(this.#label(field)), problem: texts.join(' ') }), field.attribute);
    else if (this.#saidAbout === field.attribute) this.#say('');
  }

  /** The option the live region's message is about, if it is about one. */
  #saidAbout: string | undefined;

  #say(text: string, about?: string): void {
    this.#saidAbout = about;
    // Emptied first, so the same message is announced again.
    this.#status.textContent = '';
    setTimeout(() => {
      this.#status.textContent = text;
    }, 50);
  }

  /** Copies the snippet once the preview has checked it; otherwise says what to fix and goes to it. */
  async copy(): Promise<boolean> {
    // Not `disabled` while it works: that would drop the keyboard focus from the button.
    if (this.#copying) return false;
    this.#copying = true;
    this.#copyButton.setAttribute('aria-busy', 'true');
    try {
      await this.settled();
      const blocking = this.problems().filter((p) => p.blocking);
      const scriptProblem = this.#scriptProblem();
      if (blocking.length || scriptProblem) {
        const first = blocking[0]?.attribute;
        const field = this.#fields.find((f) => f.attribute === first);
        const count = blocking.length + (scriptProblem ? 1 : 0);
        // One message for any number (no plural forms to translate): the focus goes to the first option to fix.
        this.#say(
          field
            ? t('Not copied: fix the options marked first ({count}), starting with “{label}”.', { count, label: t(this.#label(field)) })
            : t('Not copied: fix the options marked first ({count}).', { count }),
        );
        if (scriptProblem && !field) {
          const ownError = this.#ownField.querySelector<HTMLElement>('.error')!;
          ownError.hidden = false;
          ownError.textContent = scriptProblem;
          this.#ownInput.focus();
        } else this.#optionsBox.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] select`)?.focus();
        return false;
      }
      const text = this.snippet();
      this.#snippetBox.value = text;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        this.#snippetBox.focus();
        this.#snippetBox.select();
        let copied = false;
        try {
          copied = document.execCommand('copy');
        } catch {
          copied = false;
        }
        if (!copied) {
          this.#say(t('Your browser did not let this page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.'));
          return false;
        }
      }
      this.#say(this.#target === 'wordpress' ? t('Shortcode copied. Paste it into your post.') : t('Snippet copied. Paste it into your page.'));
      return true;
    } finally {
      this.#copying = false;
      this.#copyButton.removeAttribute('aria-busy');
    }
  }
}

/** Loads the manifest, the catalogue and the integrity hashes, then builds the configurator in `root`. */
export async function startConfigurator(root: HTMLElement, options: ConfiguratorOptions): Promise<Configurator> {
  const sriUrl = new URL('sri.json', new URL(options.dist, location.href)).href;
  const [manifest, catalogue, sri] = await Promise.all([
    load<Manifest>(options.manifest),
    load<Catalogue>(options.catalogue),
    load<Record<string, string>>(sriUrl),
  ]);
  const shipped = catalogue.uiLocales ?? [];
  const asked = typeof options.uiLocale === 'function' ? options.uiLocale(shipped) : options.uiLocale;
  const ui = asked && shipped.includes(asked) ? asked : 'en';
  setMessages(ui, ui === 'en' ? {} : await load<Record<string, string>>(new URL(`${ui}.json`, new URL(options.locales ?? 'locales/', location.href)).href));
  const configurator = new Configurator(root, options, manifest, catalogue, sri);
  configurator.mount();
  return configurator;
}

/**
 * Whether a web address is written in full: with a scheme (which the widget then checks itself: it refuses http://
 * and the like with its own message) or as a path on the partner's own site (/…). A bare "crm.example.org/sign" is
 * refused: the widget would read it as a page of the site it is pasted into, which the preview cannot see. The
 * quick exit's site must be https://: a short address could lead back to the page (`./`, `#top`).
 */
function isFullAddress(text: string, attribute: string): boolean {
  if (attribute === 'href') return /^https:\/\//i.test(text);
  return /^([a-z][a-z0-9+.-]*:|\/)/i.test(text);
}
