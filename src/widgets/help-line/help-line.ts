import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { statusLine } from '../../core/status-line.js';
import { CampaignElement } from '../../core/campaign-element.js';
import { hostStyles } from '../../core/theme.styles.js';
import { countryName, namesACountry, parseCountryAttribute } from '../../core/country-names.js';
import { fillCountryPicker, pageRegions, renderCountryPicker } from '../../core/country-picker.js';
import { DataRetryController } from '../../core/data-retry.js';
import { warnProblems, type ReportProblems } from '../../core/entries-on-read.js';
import { fetchJsonOnce, loadDatasets, type DatasetReader, type Settled } from '../../core/fetch-json.js';
import { parseHeadingLevel } from '../../core/heading-level.js';
import { onPageExit } from '../../core/page-exit.js';
import { fallbackSlot } from '../../core/fallback-slot.js';
import { whenIdle } from '../../core/when-idle.js';
import { BUNDLED_HELPLINES } from './bundled-dataset.js';
import { builtInHelpData, mergeHelpLines, settleHelpLines, type HelpData } from './helpline-data.js';
import { renderHelpCard, type HelpChannel } from './help-card.js';
import { helpLineStyles } from './help-line.styles.js';

/** Which way the visitor reached help, and for which country. Never personal data. */
export interface CwHelpDetail {
  /** ISO 3166-1 alpha-2 code of the country whose help was shown. */
  country: string;
  channel: HelpChannel;
}

declare module '../../core/events.js' {
  interface CwEventDetails {
    'cw-help': CwHelpDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-help': CustomEvent<CwHelpDetail>;
  }
}

/**
 * Where a person at risk can get help, in their country: the number to call in immediate danger, and the country's
 * anti-trafficking or modern-slavery helpline with every way to reach it (phone, text, messaging, web form, chat),
 * its hours, languages, whether it is free and confidential, and where each detail was read. A child, violence or
 * general victims' line is labelled as such. A country with no known helpline still gets its emergency number and a
 * trustworthy directory, never an empty card.
 *
 * Without `country` (or with one the data does not know, which warns once) the visitor picks the country, preselected
 * from the page's region, or the browser's when the browser speaks the page's language. `compact` shows one discreet
 * line and a button that reveals the details, for pages read on a shared device: it shows at once, fetches the data
 * when the page is idle (every visitor's browser does, so a server's log cannot tell who opened it) and reads it when
 * the visitor reaches the button. A country's details are checked when they are first shown (a problem in a partner's
 * data is reported then). Nothing is requested before the visitor acts except the data (from beside the script, and
 * `src` if given); nothing is stored; a quick exit (`cw-exit`) hides the details and forgets the chosen country.
 * Data that could not be loaded (a dropped connection) is loaded again when the visitor opens the details or picks a
 * country, or when the browser comes back online, and the card says it is trying again; nothing retries by itself.
 * The emergency numbers are built into the script too: without the help data, the card still shows the country's
 * (without its sources, which the data has) and the directory.
 *
 * A partner's `src` never holds up the help: the card waits for it at most 1.5 s from the request, then shows the
 * bundled data (the emergency number first) and adds the partner's when it arrives. A `src` that fails, is not JSON,
 * is over 2 MB or 1,000 entries, or has not answered in full within 10 s is reported once (console and `cw-error`)
 * and the bundled data stays.
 * It never replaces a bundled emergency number. The problems found in a dataset are one console warning, listing the
 * first ten. Every phone link dials exactly the number it shows: a `tel` that would dial another is dropped, and a
 * number hiding an invisible or direction-changing character is not shown.
 *
 * @summary Where a person at risk can get help, in their country.
 * @tag help-line
 *
 * @slot cw-fallback - The page's own plain-HTML fallback (the emergency number, say), shown before the script runs and
 *   while the data loads (not in `compact`), and beside the directory when no help data can be used.
 *
 * @csspart base - The wrapper of everything.
 * @csspart compact - The discreet line and its reveal button (with `compact`).
 * @csspart reveal - The button that shows or hides the details (with `compact`).
 * @csspart loading - "Loading…", when the details were opened before the data arrived (with `compact`), or "Trying
 *   again…" while data that could not be loaded is loaded again.
 * @csspart label - The country picker's label.
 * @csspart picker - The country picker (a native select).
 * @csspart card - The country's help.
 * @csspart country - "Country: United Kingdom", first in the card when the page chose the country (no picker).
 * @csspart emergency - The emergency number block.
 * @csspart title - A line's kind and name (a heading with `heading-level`).
 * @csspart line - One helpline.
 * @csspart kind - A line's kind ("Anti-trafficking helpline", "Child helpline"…).
 * @csspart name - A line's name.
 * @csspart phone - A phone link (or the number as text when it cannot be dialled as written).
 * @csspart sms - The text-message link.
 * @csspart chat - The chat link.
 * @csspart messaging - The messaging link.
 * @csspart web - The web form link.
 * @csspart website - The website link.
 * @csspart source - A line naming the sources and the date they were read.
 * @csspart directory - The directory of organisations, for countries without a known anti-trafficking line.
 *
 * @cssprop [--cw-help-line-background=var(--cw-color-surface, #fff)] - Card background.
 * @cssprop [--cw-help-line-border-color=var(--cw-color-border, #8c959f)] - Card, picker and separator colour.
 * @cssprop [--cw-help-line-padding=1em] - Card padding.
 * @cssprop [--cw-help-line-muted-color=var(--cw-color-muted, #57606a)] - Colour of notes and sources.
 * @cssprop [--cw-help-line-kind-color=var(--cw-color-accent, #0b57d0)] - Colour of a line's kind.
 * @cssprop [--cw-help-line-button-background=var(--cw-color-accent, #0b57d0)] - Contact buttons' background.
 * @cssprop [--cw-help-line-button-color=var(--cw-color-on-accent, #fff)] - Contact buttons' text colour.
 * @cssprop [--cw-help-line-emergency-background=#b3261e] - The emergency button's background.
 * @cssprop [--cw-help-line-emergency-color=#fff] - The emergency button's text colour.
 * @cssprop [--cw-color-accent] - Global accent colour.
 * @cssprop [--cw-color-muted=#57606a] - Global colour of notes and sources.
 * @cssprop [--cw-color-on-accent=#fff] - Global text colour on accent-coloured buttons.
 * @cssprop [--cw-color-border=#8c959f] - Global border colour.
 * @cssprop [--cw-radius=0.5em] - Global corner radius.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwHelpDetail>} cw-help - The visitor used a way to get help: `{country, channel}` with channel `phone`, `sms`, `chat`, `web` or `emergency`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - The help data could not be loaded, or `src` could not be used (the bundled data is shown; for a slow `src`, after the card has shown). Detail: `{code, message}`.
 */
export class HelpLine extends CampaignElement {
  static override styles = [hostStyles, helpLineStyles];

  static override properties = {
    country: {},
    src: {},
    compact: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    data: { state: true, attribute: false },
    picked: { state: true, attribute: false },
    revealed: { state: true, attribute: false },
  };

  /**
   * Where the bundled dataset is fetched from: `data/helplines.json` beside the script. Set it before the first
   * element connects to serve the file from elsewhere.
   */
  static dataUrl = BUNDLED_HELPLINES;

  /**
   * The country whose help lines show. Without it, the visitor picks the country.
   *
   * An ISO 3166-1 alpha-2 code, in any case: `gb` is read as `GB`.
   */
  country?: string;

  /**
   * URL (https:) of a partner dataset in the same schema: its lines are added, or replace bundled lines with the same
   * id. Waited for at most 1.5 s: later, it is added to the bundled data already on show.
   */
  src?: string;

  /** Discreet: one line and a button that reveals the details, for pages read on a shared device. */
  compact = false;

  /**
   * The heading level (1 to 6) of the emergency number and of each line's name in the page's outline, so screen-reader
   * users can move to them. Without it, no headings.
   *
   * Set it to the level below the heading the help line sits under (`3` under an `<h2>`).
   */
  headingLevel?: number;

  /** The checked data (undefined while loading). */
  private data?: HelpData;

  /** The country chosen in the picker. */
  private picked = '';

  /** With `compact`: whether the visitor revealed the details. */
  private revealed = false;

  /** The countries of the loaded data, in one list (the picker's sorted names are kept per list). */
  #codes: readonly string[] = [];
  /** The `src` whose data is loading or loaded (`null`: the bundled data alone; undefined: nothing started yet). */
  #loadingFor?: string | null;
  /** True while the partner's data is late: the bundled data is shown, the partner's may still come. */
  #partnerLate = false;
  /**
   * Loads the bundled data again after it could not be used: on the visitor's next step (opening the details, picking
   * a country) or when the browser comes back online.
   */
  readonly #retry = new DataRetryController(this, () => void this.#load());
  #stopOnExit?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Quick exit: hide the details and forget which country was chosen.
    this.#stopOnExit = onPageExit(() => {
      this.revealed = false;
      this.picked = '';
      const select = this.renderRoot.querySelector<HTMLSelectElement>('#picker');
      if (select) select.value = '';
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopOnExit?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Compact and closed, the details wait: the line needs no data, and checking it would compete with the page's load.
    const waiting = this.compact && !this.revealed;
    if (!waiting) this.#ensureData();
    else if (!this.hasUpdated || changed.has('src')) whenIdle(() => this.#prefetch());
  }

  /** Starts loading the data for the current `src`, unless that load has started already. */
  readonly #ensureData = () => {
    if (this.#loadingFor === (this.src ?? null)) return;
    this.#loadingFor = this.src ?? null;
    void this.#load();
  };

  /** Fetches the datasets without checking them, so the details show at once when the visitor opens them. */
  #prefetch(): void {
    for (const url of [HelpLine.dataUrl, this.src]) if (url) void fetchJsonOnce(url);
  }

  #load(): Promise<void> {
    const src = this.src;
    return loadDatasets(HelpLine.dataUrl, src, this.#reader, () => src === this.src);
  }

  /** How this widget reads its datasets (src/core/fetch-json.ts loads them). */
  readonly #reader: DatasetReader<HelpData> = {
    readBundled: (json) => this.#readBundled(json),
    withPartner: (base, src, json) => this.#withPartner(base, src, json),
    show: (data, partnerLate) => {
      this.#partnerLate = partnerLate;
      this.#retry.settled();
      this.#show(data);
    },
  };

  #show(data: HelpData): void {
    this.#codes = [...data.entries.keys()];
    // A guessed country would put its emergency number first: only from the page, or a browser in the page's language.
    this.picked ||= pageRegions({ sameLanguage: true }).find((region) => data.entries.has(region)) ?? '';
    this.data = data;
    // Drawn again even when the data stays the same: whether a partner's data is still to come changes the card.
    this.requestUpdate();
  }

  /** The bundled dataset, read. Problems go to the console once, as they are found (a country's entry when it is first shown). */
  #readBundled(json: Settled): HelpData {
    this.#retry.failed = true;
    try {
      const bundled = settleHelpLines(json, this.#reporter(undefined));
      this.#retry.failed = Boolean(bundled.error);
      if (!bundled.error) return bundled;
      this.reportError('helplines-unavailable', `has no help data: ${bundled.error}`);
    } catch (error) {
      // Data shaped in a way no check foresaw must still leave something useful.
      this.reportError('helplines-unavailable', `could not use its help data (${String(error)}).`);
    }
    // The emergency numbers built into the script, and the directory.
    return builtInHelpData();
  }

  /** The partner's dataset laid over the bundled data; when it cannot be used, that is reported and the bundled data stays. */
  #withPartner(base: HelpData, src: string, json: Settled): HelpData {
    let reason: string;
    try {
      const report = this.#reporter(src);
      const partner = settleHelpLines(json, report);
      if (!partner.error) return mergeHelpLines(base, partner, report);
      reason = partner.error;
    } catch (error) {
      reason = `it could not be read (${String(error)}).`;
    }
    this.reportError('invalid-src', `src="${src}" is not used: ${reason} The bundled data is shown.`);
    return base;
  }

  /** Tells the console about a dataset's problems: one warning for each reading (the list, then each country read). */
  #reporter(src: string | undefined): ReportProblems {
    return warnProblems(src, (message) => this.warnOnce(message, `<help-line> ${message}`));
  }

  /**
   * The country from `country` when the data knows it (before the data, when it names a country at all); otherwise
   * the picker's.
   */
  #chosen(data: HelpData | undefined): [code: string, fixed: boolean] {
    const known = (code: string) => {
      if (data?.entries.has(code)) return true;
      // Before any data, without the help data, or while a partner's data (which may add the country) is late, any
      // code the browser names.
      return !data?.entries.size || data.partial || this.#partnerLate ? namesACountry(code) : false;
    };
    const { value, warnings } = parseCountryAttribute(this.country, known, 'GB');
    this.reportWarnings(warnings);
    return value ? [value, true] : [this.picked, false];
  }

  #headingLevel(): number | undefined {
    const { value, warnings } = parseHeadingLevel(this.headingLevel, this.getAttribute('heading-level'));
    this.reportWarnings(warnings);
    return value;
  }

  protected override render() {
    const { data } = this;
    // Checked on every render, so a bad `country` or `heading-level` warns at once, even while the compact line waits for the data.
    const [code, fixed] = this.#chosen(data);
    const headingLevel = this.#headingLevel();
    // Waiting for the data without the compact line: the page's own fallback stays on show.
    if (!data && !this.compact) return fallbackSlot();
    // One template for every compact state, so the reveal button stays the same element (and keeps the focus) when
    // the details open, load and close.
    const compactLine = this.compact ? this.#renderCompact() : nothing;
    return html`<div part="base" class="base">
      ${compactLine} ${statusLine(this.#status(data), 'loading')} ${this.#renderDetails(data, code, fixed, headingLevel)}
    </div>`;
  }

  /** What the status line says: the details are loading (opened before the data came), or loading again after a failure. */
  #status(data: HelpData | undefined): string {
    if (this.compact && this.revealed && !data)
      return msg('Loading…', { id: 'help-line.loading', desc: 'Shown briefly after the visitor opened the help contacts, while they load.' });
    if (this.#retry.retrying)
      return msg('Could not load the help contacts. Trying again…', {
        id: 'help-line.retrying',
        desc: 'Shown while the help contacts, which could not be loaded (a dropped connection), are loaded again: after the visitor opened them or picked a country, or when the connection came back.',
      });
    return '';
  }

  /** What the compact line hides: the picker and the country's help, once the data is here. */
  #renderDetails(data: HelpData | undefined, code: string, fixed: boolean, headingLevel: number | undefined) {
    if (this.compact && !this.revealed) return nothing;
    if (!data) return nothing;
    const picker =
      fixed || !data.entries.size
        ? nothing
        : renderCountryPicker({
            id: 'picker',
            label: msg('Your country', { id: 'help-line.picker', desc: 'Label of the list of countries: the visitor picks the country where they need help.' }),
            choose: msg('Choose a country', { id: 'help-line.choose', desc: 'First, empty entry of the list of countries.' }),
            onPick: (picked) => {
              this.picked = picked;
              this.#retry.retry();
            },
          });
    const card =
      code || !data.entries.size
        ? renderHelpCard(data.entries.get(code), data.directory, {
            locale: this.locale,
            headingLevel,
            countryName: fixed && code ? countryName(code, this.locale) : undefined,
            // While a partner's data is late, a country the bundled data lacks is not yet known to have no line.
            dataUsable: !data.partial && data.entries.size > 0 && (data.entries.has(code) || !this.#partnerLate),
            used: (channel) => this.#used(code, channel),
          })
        : nothing;
    // Without the help data, the page's own fallback stays above the card.
    const fallback = data.partial || !data.entries.size ? fallbackSlot() : nothing;
    return html`${fallback} ${picker} ${card}`;
  }

  /** The discreet line: says help exists without naming what for, and a button that shows or hides the details. */
  #renderCompact() {
    const line = msg('Confidential help is available.', {
      id: 'help-line.compact',
      desc: 'The one discreet line shown in compact mode, before the details are revealed. Must not mention trafficking.',
    });
    const show = msg('Show help contacts', { id: 'help-line.reveal', desc: 'Button that reveals the helplines and the emergency number (compact mode).' });
    const hide = msg('Hide help contacts', { id: 'help-line.conceal', desc: 'Button that hides the helplines again (compact mode).' });
    return html`<div part="compact" class="compact">
      <p>${line}</p>
      <button
        part="reveal"
        class="action"
        type="button"
        aria-expanded=${this.revealed}
        @pointerenter=${this.#ensureData}
        @focus=${this.#ensureData}
        @click=${() => {
          this.revealed = !this.revealed;
          if (this.revealed) this.#retry.retry();
        }}
      >
        ${this.revealed ? hide : show}
      </button>
    </div>`;
  }

  protected override updated(): void {
    // The picker's countries are put in after each render (src/core/country-picker.ts); it shows only without `country`.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#picker');
    if (select && this.data) fillCountryPicker(select, this.#codes, this.locale, this.picked);
  }

  #used(country: string, channel: HelpChannel): void {
    this.emit('cw-help', { country, channel });
  }
}
