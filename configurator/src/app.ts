/*
 * The configurator: a web editor chooses a widget, fills its options in a form generated from custom-elements.json
 * and the bundled catalogues, sees the widget live in any shipped language, and copies one snippet (script tag with
 * its integrity hash, space-reserving CSS, the element with the options that differ from the defaults), or for a
 * WordPress site with the plugin, one shortcode.
 * Plain DOM, no inline script or style (it runs under a strict Content-Security-Policy), native controls with
 * labels, errors linked to their fields, and a polite live region for what happened.
 * This class holds what the editor chose and coordinates the page's parts, each built and filled in its own file:
 * layout.ts (the page), fields.ts (an option's control), values.ts (values → attributes), own-checks.ts and
 * problems.ts (what is wrong), address.ts (the page's address), preview-frames.ts (the preview).
 */
import { valuesFromAddress, writeAddress } from './address.js';
import type { Catalogue } from './catalogue.js';
import { copyText } from './clipboard.js';
import { Debounced } from './debounced.js';
import { h, rich } from './dom.js';
import { fieldElement, showFieldProblems, showStatSources, type FieldEvents } from './fields.js';
import { setMessages, t, tElements, uiLanguage } from './i18n.js';
import { layout, showCopyStep, showNotes, showScriptProblem, type PageParts } from './layout.js';
import { fieldsOf, widgetsOf, type Field, type Manifest, type WidgetDeclaration } from './manifest.js';
import { optionLabel } from './names.js';
import { ownProblems, scriptProblem } from './own-checks.js';
import type { WidgetReports } from './preview.js';
import { fitToContent, previewApi, previewUrl, showsPreview } from './preview-frames.js';
import { fromReports, type Problem } from './problems.js';
import { shortcode } from './shortcode.js';
import { cdnBase, exitFallback, ownScriptBase, snippet, type ReservedHeights, type ScriptKind, type ScriptSource } from './snippet.js';
import { attributesOf, initialValues, takesSiteSetting, type FormContext, type Target, type Value } from './values.js';
import { PHONE_COLUMN_PX, WIDE_COLUMN_PX, roundUpToQuarterEm } from '../../src/core/reserved-height.js';

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

async function load<T>(source: string | T): Promise<T> {
  if (typeof source !== 'string') return source;
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  return (await response.json()) as T;
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
  #scriptSource: ScriptSource = 'cdn';
  #ownScript = '';
  #scriptKind: ScriptKind = 'module';
  /** Where the editor will paste: any HTML page (the snippet) or WordPress with the plugin (a shortcode). */
  #target: Target = 'page';

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
  #previewRefresh = new Debounced(() => this.#refresh(), 250);
  #copying = false;

  /** The page's parts (layout.ts). */
  #page!: PageParts;

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
    this.#page.widgetSelect.value = first.tagName;
    this.#choose(first);
  }

  // --- Layout -------------------------------------------------------------------------------------------------

  /** The page (layout.ts), each choice on it wired to what it changes here. */
  #layout(): HTMLElement {
    const start = {
      widgets: this.widgets,
      catalogue: this.#catalogue,
      locale: this.#locale,
      scriptSource: this.#scriptSource,
      target: this.#target,
      previewUrl: (column?: number) => this.#previewUrl(column),
    };
    const { element, page } = layout(start, {
      widget: (widget) => this.#choose(widget),
      locale: (locale) => {
        this.#locale = locale;
        this.#renderFields();
        this.#schedule();
      },
      scriptSource: (source) => {
        this.#scriptSource = source;
        this.#update();
      },
      ownScript: (address) => {
        this.#ownScript = address;
        this.#update();
      },
      scriptKind: (kind) => {
        this.#scriptKind = kind;
        this.#update();
      },
      target: (target) => {
        this.#target = target;
        // A choice the plugin's settings can make (a petition's format) offers "the site's setting" in WordPress.
        this.#renderFields();
      },
      frameLoaded: (frame) => this.#frameLoaded(frame),
      copy: () => void this.copy(),
    });
    this.#page = page;
    return element;
  }

  /** The preview page; for a measuring frame, with the column (in px) the widget's room is measured at. */
  #previewUrl(column?: number): string {
    return previewUrl(this.#options.dist, this.#options.preview, column);
  }

  // --- The widget and its fields ------------------------------------------------------------------------------

  #choose(widget: WidgetDeclaration): void {
    this.#widget = widget;
    // A widget without a WordPress block has only the snippet: the target goes back to a page before anything uses it.
    if (!this.#shortcodeName && this.#target === 'wordpress') {
      this.#target = 'page';
      this.#root.querySelector<HTMLInputElement>('#cw-target-page')!.checked = true;
    }
    this.#fields = fieldsOf(widget);
    if (!this.#values.has(widget.tagName)) this.#values.set(widget.tagName, this.#initialValues());
    this.#page.widgetSummary.replaceChildren(...rich(t(widget.summary ?? '')));
    this.#widgetReports = noReports();
    this.#exitNote = null;
    this.#reserved = { narrow: null, wide: null };
    this.#renderFields();
    this.#schedule();
  }

  #initialValues(): Record<string, Value> {
    const values = initialValues(this.#fields, this.#context);
    valuesFromAddress(this.#fromAddress, this.#widget.tagName, this.#fields, values);
    return values;
  }

  get #current(): Record<string, Value> {
    return this.#values.get(this.#widget.tagName)!;
  }

  /** The chosen widget and what its form depends on now. */
  get #context(): FormContext {
    return { catalogue: this.#catalogue, tag: this.#widget.tagName, locale: this.#locale, target: this.#target };
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
    const context = this.#context;
    const events: FieldEvents = { set: (attribute, value) => this.#set(attribute, value), announce: (field) => this.#announce(field) };
    this.#page.optionsBox.replaceChildren(
      h('legend', {}, ...tElements('Options of {tag}', {}, { tag: h('code', {}, `<${tag}>`) })),
      h(
        'p',
        { class: 'help' },
        this.#target === 'wordpress'
          ? t('Leave an option empty for the site’s setting or the widget’s default: only what you set goes into the shortcode.')
          : t('Leave an option empty for the widget’s default: only what you set goes into the snippet.'),
      ),
      ...this.#fields.map((field) => fieldElement(field, this.#current, context, events)),
    );
    if (focused) document.getElementById(focused)?.focus();
    this.#update();
  }

  // --- Values → attributes, problems, snippet -----------------------------------------------------------------

  /** The attributes that differ from the widget's defaults, in the manifest's order. */
  attributes(): [string, string | true][] {
    return attributesOf(this.#fields, this.#current, this.#context);
  }

  /** The configurator's own checks of the options (own-checks.ts); the widget's come from the preview. */
  #ownProblems(): Problem[] {
    return ownProblems(this.#fields, this.#current, this.#context);
  }

  #scriptProblem(): string | null {
    return scriptProblem(this.#scriptSource, this.#ownScript, this.#target);
  }

  #scriptBase(): string {
    if (this.#scriptSource === 'cdn' || this.#scriptProblem()) return cdnBase(this.#catalogue.version);
    return ownScriptBase(this.#ownScript);
  }

  /**
   * What the widget in the preview reported, explained in the configurator's language. For WordPress, an option left
   * to the plugin's settings (a petition's endpoint) is filled by the site: its absence is not a problem here.
   */
  #explain(reports: WidgetReports, written: readonly string[]): Problem[] {
    const leftToSite = (attribute?: string) => {
      const field = this.#fields.find((f) => f.attribute === attribute);
      return this.#target === 'wordpress' && field !== undefined && takesSiteSetting(this.#context, field) && !written.includes(field.attribute);
    };
    return fromReports(reports, written).filter((problem) => !leftToSite(problem.attribute));
  }

  /** Every problem now: the configurator's own, and what the widget in the preview reported. */
  problems(): Problem[] {
    const { reports, written } = this.#widgetReports;
    return [...this.#ownProblems(), ...this.#explain(reports, written)];
  }

  /** Shows each problem with its option (or under the preview), and updates the snippet. */
  #update(): void {
    const problems = this.problems();
    showFieldProblems(this.#page.optionsBox, this.#fields, problems);
    const scriptProblem = this.#scriptProblem();
    showScriptProblem(this.#page, scriptProblem, !scriptProblem || (!this.#ownScript && document.activeElement === this.#page.ownInput));

    const known = new Set(this.#fields.map((f) => f.attribute));
    const general = problems.filter((p) => !p.attribute || !known.has(p.attribute)).map((p) => p.text);
    if (this.#exitNote) general.push(this.#exitNote);
    if (!this.#defined) {
      general.unshift(t('The preview could not load <{tag}>: is the copy of dist/ beside the configurator complete?', { tag: this.#widget.tagName }));
    }
    showNotes(this.#page, general);

    showStatSources(this.#fields, this.#current, this.#context);
    this.#showTarget();
    this.#page.snippetBox.value = this.snippet();
    if (this.#options.address) writeAddress(this.#context, this.#defaultLocale, this.attributes());
  }

  /** The WordPress plugin's shortcode for the chosen widget (none for a widget without a block). */
  get #shortcodeName(): string | undefined {
    return this.#catalogue.shortcodes?.[this.#widget.tagName];
  }

  /** The copy step's words for the chosen target; a widget without a WordPress block cannot choose WordPress. */
  #showTarget(): void {
    this.#page.wordpressRadio.disabled = !this.#shortcodeName;
    showCopyStep(this.#page, this.#target === 'wordpress');
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
      content: this.#fallback(),
    });
  }

  /**
   * What the element holds for the time before the script runs: for a quick exit, a plain link out, in the language
   * the widget is previewed in (the page's), so a visitor can leave while a slow page is still loading.
   */
  #fallback(): string | undefined {
    const exit = this.#catalogue.exit;
    if (this.#widget.tagName !== 'quick-exit' || !exit) return undefined;
    const words = exit.texts[this.#locale] ?? exit.texts[this.#catalogue.sourceLocale];
    if (!words) return undefined;
    const attributes = new Map(this.attributes());
    const text = (name: string) => {
      const value = attributes.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    return exitFallback(text('href') ?? exit.href, words, text('safety-url'));
  }

  // --- Preview --------------------------------------------------------------------------------------------------

  /** The preview shown again once the editor pauses. */
  #schedule(): void {
    this.#previewRefresh.schedule();
  }

  /** Resolves once the preview shows what is chosen now, with the widget's own checks and its measured height. */
  settled(): Promise<void> {
    return this.#previewRefresh.settled();
  }

  async #refresh(): Promise<void> {
    const generation = ++this.#generation;
    const tag = this.#widget.tagName;
    const attributes = this.attributes().filter(([name]) => !this.#ownProblems().some((p) => p.attribute === name));
    const render = (frame: HTMLIFrameElement) => previewApi(frame).then((api) => api.render(tag, attributes, this.#locale, generation));
    const { frame, measureFrames } = this.#page;
    const [shown, narrow, wide] = await Promise.all([render(frame), render(measureFrames.narrow), render(measureFrames.wide)]);
    if (generation !== this.#generation) return;
    this.#defined = shown.defined;
    this.#widgetReports = { reports: shown.reports, written: attributes.map(([name]) => name) };
    const rounded = (em: number | null) => (em ? roundUpToQuarterEm(em) : null);
    this.#reserved = { narrow: rounded(narrow.heightEm), wide: rounded(wide.heightEm) };
    this.#update();
  }

  #frameLoaded(frame: HTMLIFrameElement): void {
    if (!showsPreview(frame, this.#options.preview)) {
      // Something in the preview left it: bring the preview back.
      const { narrow, wide } = this.#page.measureFrames;
      frame.src = this.#previewUrl(frame === narrow ? PHONE_COLUMN_PX : frame === wide ? WIDE_COLUMN_PX : undefined);
      this.#schedule();
    } else if (frame === this.#page.frame) {
      fitToContent(frame);
      // A quick exit in the preview is not followed: this page's own security policy keeps other sites out of its
      // frames (the editor would see nothing happen, and some browsers then leave the frame blank), and the editor
      // needs the preview. It comes back at once, with a note saying where a visitor would now be.
      frame.contentWindow?.addEventListener('cw-exit', (event) => {
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
    const copies = this.#copies;
    await this.settled();
    // Copying (the editor left the option for the Copy button) says what to fix itself, once: also when that copy
    // has already finished by now (its message must not be replaced by this one).
    if (this.#copying || copies !== this.#copies || widget !== this.#widget || JSON.stringify(this.#current[field.attribute]) !== value) return;
    const texts = this.problems()
      .filter((p) => p.attribute === field.attribute)
      .map((p) => p.text);
    if (texts.length) this.#say(t('{label}: {problem}', { label: t(optionLabel(this.#context, field)), problem: texts.join(' ') }), field.attribute);
    else if (this.#saidAbout === field.attribute) this.#say('');
  }

  /** The option the live region's message is about, if it is about one. */
  #saidAbout: string | undefined;
  /** How many times the editor pressed Copy: an announcement that waited through a copy has nothing to add. */
  #copies = 0;

  #say(text: string, about?: string): void {
    this.#saidAbout = about;
    // Emptied first, so the same message is announced again.
    this.#page.status.textContent = '';
    setTimeout(() => {
      this.#page.status.textContent = text;
    }, 50);
  }

  /** Copies the snippet once the preview has checked it; otherwise says what to fix and goes to it. */
  async copy(): Promise<boolean> {
    // Not `disabled` while it works: that would drop the keyboard focus from the button.
    if (this.#copying) return false;
    this.#copying = true;
    this.#copies++;
    const { copyButton, snippetBox } = this.#page;
    copyButton.setAttribute('aria-busy', 'true');
    try {
      try {
        await this.settled();
      } catch (error) {
        // The preview never loaded (a slow or broken connection): without the widget's own checks, nothing is copied,
        // and the editor is told so rather than left waiting.
        this.#say(error instanceof Error ? error.message : t('The preview page did not load.'));
        return false;
      }
      const blocking = this.problems().filter((p) => p.blocking);
      const scriptProblem = this.#scriptProblem();
      if (blocking.length || scriptProblem) {
        const first = blocking[0]?.attribute;
        const field = this.#fields.find((f) => f.attribute === first);
        const count = blocking.length + (scriptProblem ? 1 : 0);
        // One message for any number (no plural forms to translate): the focus goes to the first option to fix.
        this.#say(
          field
            ? t('Not copied: fix the options marked first ({count}), starting with “{label}”.', { count, label: t(optionLabel(this.#context, field)) })
            : t('Not copied: fix the options marked first ({count}).', { count }),
        );
        if (scriptProblem && !field) {
          showScriptProblem(this.#page, scriptProblem, false);
          this.#page.ownInput.focus();
        } else this.#page.optionsBox.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] select`)?.focus();
        return false;
      }
      const text = this.snippet();
      snippetBox.value = text;
      if (!(await copyText(text, snippetBox))) {
        this.#say(t('Your browser did not let this page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.'));
        return false;
      }
      this.#say(this.#target === 'wordpress' ? t('Shortcode copied. Paste it into your post.') : t('Snippet copied. Paste it into your page.'));
      return true;
    } finally {
      this.#copying = false;
      copyButton.removeAttribute('aria-busy');
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
