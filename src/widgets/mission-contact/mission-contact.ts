import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { CampaignElement } from '../../core/campaign-element.js';
import { parseHeadingLevel } from '../../core/heading-level.js';
import { hostStyles } from '../../core/theme.styles.js';
import { Announcer } from '../../core/announcer.js';
import { statusLine } from '../../core/status-line.js';
import { copyText } from '../../core/clipboard.js';
import { namesACountry, parseCountryAttribute } from '../../core/country-names.js';
import { fillCountryPicker, pageRegions, renderCountryPicker } from '../../core/country-picker.js';
import { DataRetryController } from '../../core/data-retry.js';
import { warnProblems, type ReportProblems } from '../../core/entries-on-read.js';
import { loadDatasets, type DatasetReader, type Settled } from '../../core/fetch-json.js';
import { PageExitController } from '../../core/page-exit.js';
import { fallbackSlot } from '../../core/fallback-slot.js';
import { BUNDLED_MISSIONS } from './bundled-dataset.js';
import { mergeMissions, settleMissions, type MissionEntries } from './mission-data.js';
import { renderCard } from './mission-card.js';
import { missionContactStyles } from './mission-contact.styles.js';

/**
 * The UN's official directory of Permanent Missions: the e-Blue Book of the UN Protocol and Liaison Service
 * ("Permanent Missions to the United Nations", real-time edition; the Protocol site protocol.un.org links to it as
 * "Blue Book Online"; mirror https://bluebook.unmeetings.org/). Checked 2026-11.
 */
export const UN_DIRECTORY_URL = 'https://bluebook.e-delegate.un.org/';

/** Which way the visitor reached the mission. Never personal data. */
export interface CwContactDetail {
  /** ISO 3166-1 alpha-2 code of the mission's country. */
  country: string;
  channel: 'phone' | 'email' | 'website' | 'copy';
}

declare module '../../core/events.js' {
  interface CwEventDetails {
    'cw-contact': CwContactDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-contact': CustomEvent<CwContactDetail>;
  }
}

/**
 * Call or write to your government's Permanent Mission to the United Nations in New York. Shows the mission's name,
 * address, phone (`tel:`), email (`mailto:` with a subject and message ready to send), website, the country's
 * Palermo Protocol status where a source gave it, a call script with a copy button, and where the details come from.
 * Without `country`, the visitor picks a country from a list of localized names, preselected from the page's or
 * browser's region when it names one. Countries without contact details still get the mission's name, the message to
 * copy and a link to the UN's official directory.
 *
 * The mission dataset is loaded only when the element is on the page, from beside the script; `src` adds a
 * partner's own dataset over it. Bad data never breaks the card: invalid values are dropped and reported in the
 * console, one warning for a dataset's list of entries and one for a country's entry when it is first shown, each
 * listing the first ten. The phone link dials exactly the number shown (a `tel` that would dial another is
 * dropped). A Palermo Protocol status needs a source to be shown. The card waits for a partner's
 * `src` at most 1.5 s from the request, then shows the bundled data and lays the partner's over it when it arrives; a
 * `src` that fails, is not JSON, is over 2 MB or 1,000 entries, or has not answered in full within 10 s is reported
 * once (console and `cw-error`) and the bundled data stays. Mission data that could not be loaded (a dropped
 * connection) is loaded again when the visitor reaches the card (pointer or keyboard) or the browser comes back
 * online, and the card says it is trying again; nothing retries by itself.
 *
 * @summary Call or write to your government's UN mission.
 * @tag mission-contact
 *
 * @slot script - What to say on the phone, replacing the default message (the copy button copies it).
 * @slot cw-fallback - The page's own plain-HTML fallback (the mission's name, say), shown before the script runs and
 *   while the data loads.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The country picker's label.
 * @csspart picker - The country picker (a native select).
 * @csspart card - The mission's card.
 * @csspart name - The mission's name (a heading with `heading-level`, and "What to say" one level below).
 * @csspart palermo - The Palermo Protocol status line.
 * @csspart address - The postal address.
 * @csspart phone - The phone link.
 * @csspart hours - The New York time note beside the phone.
 * @csspart email - The email link.
 * @csspart website - The website link.
 * @csspart script - The call script box.
 * @csspart copy - The copy button.
 * @csspart source - The line naming the sources and the date they were read.
 * @csspart directory - The link to the UN directory of Permanent Missions.
 * @csspart report - The link to report wrong details (with `report-url`).
 * @csspart status - The polite live region announcing the copy.
 * @csspart loading - The line saying the mission data, which could not be loaded, is being loaded again.
 *
 * @cssprop [--cw-mission-contact-background=var(--cw-color-surface, #fff)] - Card background.
 * @cssprop [--cw-mission-contact-border-color=var(--cw-color-border, #8c959f)] - Card and picker border colour.
 * @cssprop [--cw-mission-contact-padding=1em] - Card padding.
 * @cssprop [--cw-mission-contact-muted-color=var(--cw-color-muted, #57606a)] - Colour of notes and sources.
 * @cssprop [--cw-mission-contact-button-background=var(--cw-color-accent, #0b57d0)] - Copy button and contact links' background.
 * @cssprop [--cw-mission-contact-button-color=var(--cw-color-on-accent, #fff)] - Copy button and contact links' text colour.
 * @cssprop [--cw-color-accent] - Global accent colour.
 * @cssprop [--cw-color-muted=#57606a] - Global colour of notes and sources.
 * @cssprop [--cw-color-on-accent=#fff] - Global text colour on accent-coloured buttons.
 * @cssprop [--cw-color-border=#8c959f] - Global border colour.
 * @cssprop [--cw-radius=0.5em] - Global corner radius.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwContactDetail>} cw-contact - The visitor used a channel: `{country, channel}` with channel `phone`, `email`, `website` or `copy`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - The mission data could not be loaded, or `src` could not be used (the bundled data is shown; for a slow `src`, after the card has shown). Detail: `{code, message}`.
 */
export class MissionContact extends CampaignElement {
  static override styles = [hostStyles, missionContactStyles];

  static override properties = {
    country: {},
    src: {},
    subject: {},
    message: {},
    reportUrl: { attribute: 'report-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    missions: { state: true, attribute: false },
    picked: { state: true, attribute: false },
  };

  /**
   * Where the bundled dataset is fetched from: `data/missions.json` beside the script. Set it before the first
   * element connects to serve the file from elsewhere.
   */
  static dataUrl = BUNDLED_MISSIONS;

  /**
   * The country whose mission to the United Nations shows. Without it, a country picker shows.
   *
   * An ISO 3166-1 alpha-2 code, in any case: `ke` is read as `KE`.
   */
  country?: string;

  /**
   * URL of a partner dataset (same schema as the bundled one, https:) whose entries override or fill the bundled ones.
   * Waited for at most 1.5 s: later, it replaces the bundled data already on show.
   */
  src?: string;

  /** Email subject template; `{country}` and `{mission}` are replaced. Default: a localized subject. */
  subject?: string;

  /** Email body and call script template; `{country}` and `{mission}` are replaced. Default: a localized message. */
  message?: string;

  /** Where visitors report wrong contact details (https: or mailto:). Without it, no report link. */
  reportUrl?: string;

  /**
   * The heading level (1 to 6) of the mission's name in the page's outline, so screen-reader users can move to it;
   * "What to say" is one level below. Without it, no headings.
   *
   * Set it to the level below the heading the card sits under (`3` under an `<h2>`).
   */
  headingLevel?: number;

  /** Missions by country once loaded (undefined while loading). */
  private missions?: MissionEntries;

  /** The country chosen in the picker. */
  private picked = '';

  /** The countries of the loaded data, in one list (the picker's sorted names are kept per list). */
  #codes: readonly string[] = [];
  /** True while the partner's data is late: the bundled data is shown, the partner's may still come. */
  #partnerLate = false;

  readonly #announcer = new Announcer(this);
  /** Loads the bundled data again after it could not be used: when the visitor reaches the card, or the browser is back online. */
  readonly #retry = new DataRetryController(this, () => void this.#load());
  #clock = 0;

  constructor() {
    super();
    // On a quick exit the card forgets which country the visitor chose and what it told them.
    new PageExitController(this, () => {
      this.picked = '';
      this.#announcer.clear();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Keeps the New York time beside the phone current.
    this.#clock = window.setInterval(() => this.requestUpdate(), 60_000);
    this.addEventListener('pointerenter', this.#retry.retry);
    this.addEventListener('focusin', this.#retry.retry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.removeEventListener('pointerenter', this.#retry.retry);
    this.removeEventListener('focusin', this.#retry.retry);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src')) void this.#load();
  }

  #load(): Promise<void> {
    const src = this.src;
    return loadDatasets(MissionContact.dataUrl, src, this.#reader, () => src === this.src);
  }

  /** How this widget reads its datasets (src/core/fetch-json.ts loads them). */
  readonly #reader: DatasetReader<MissionEntries> = {
    readBundled: (json) => this.#readBundled(json),
    withPartner: (base, src, json) => this.#withPartner(base, src, json),
    show: (data, partnerLate) => {
      this.#partnerLate = partnerLate;
      this.#retry.settled();
      this.#show(data);
    },
  };

  #show(missions: MissionEntries): void {
    this.#codes = [...missions.keys()];
    this.picked ||= pageRegions().find((region) => missions.has(region)) ?? '';
    this.missions = missions;
    // Drawn again even when the data stays the same: whether a partner's data is still to come changes the card.
    this.requestUpdate();
  }

  /**
   * The bundled dataset, read (each country is checked when first shown); without it, an empty map (the card then
   * names the mission and links the UN directory).
   */
  #readBundled(json: Settled): MissionEntries {
    this.#retry.failed = true;
    try {
      const bundled = settleMissions(json, this.#reporter(undefined));
      this.#retry.failed = Boolean(bundled.error);
      if (!bundled.error) return bundled.missions;
      this.reportError('missions-unavailable', `has no mission data: ${bundled.error}`);
    } catch (error) {
      // A dataset shaped in a way no check foresaw must still leave a useful card: the UN directory.
      this.reportError('missions-unavailable', `could not use its mission data (${String(error)}); showing the directory link.`);
    }
    return new Map();
  }

  /** The partner's entries laid over the bundled ones; when they cannot be used, that is reported and the bundled data stays. */
  #withPartner(base: MissionEntries, src: string, json: Settled): MissionEntries {
    let reason: string;
    try {
      const report = this.#reporter(src);
      const partner = settleMissions(json, report);
      if (!partner.error) return mergeMissions(base, partner.missions, report);
      reason = partner.error;
    } catch (error) {
      reason = `it could not be read (${String(error)}).`;
    }
    this.reportError('invalid-src', `src="${src}" is not used: ${reason} The bundled data is shown.`);
    return base;
  }

  /** Tells the console about a dataset's problems: one warning for each reading (the list, then each country read). */
  #reporter(src: string | undefined): ReportProblems {
    return warnProblems(src, (message) => this.warnOnce(message, `<mission-contact> ${message}`));
  }

  /** The country from `country`, if it is one the widget knows; otherwise the picker's. */
  #chosen(missions: MissionEntries): [code: string, fixed: boolean] {
    const known = (code: string) => {
      if (missions.has(code)) return true;
      // Without data, or while a partner's data (which may add the country) is late, any code the browser can name is a
      // country (without the code either, only the directory shows).
      return !missions.size || this.#partnerLate ? namesACountry(code) : false;
    };
    const { value, warnings } = parseCountryAttribute(this.country, known, 'KE');
    this.reportWarnings(warnings);
    return value ? [value, true] : [this.picked, false];
  }

  #used(country: string, channel: CwContactDetail['channel']): void {
    this.emit('cw-contact', { country, channel });
  }

  protected override render() {
    const { missions } = this;
    if (!missions) return fallbackSlot();
    const [code, fixed] = this.#chosen(missions);
    const directory = this.#directory();
    const picker =
      fixed || !missions.size
        ? nothing
        : renderCountryPicker({
            id: 'picker',
            label: msg('Your country', {
              id: 'mission-contact.picker',
              desc: 'Label of the list of countries: the visitor picks the country whose UN mission to contact.',
            }),
            choose: msg('Choose a country', { id: 'mission-contact.choose', desc: 'First, empty entry of the list of countries.' }),
            onPick: (picked) => (this.picked = picked),
          });
    const card = code
      ? renderCard(code, missions.get(code), {
          locale: this.locale,
          directory,
          subject: this.subject,
          message: this.message,
          reportUrl: this.reportUrl,
          headingLevel: this.#headingLevel(),
          warnOnce: (key, message) => this.warnOnce(key, message),
          warnInvalid: (...args) => this.warnInvalid(...args),
          used: (channel) => this.#used(code, channel),
          copy: (message) => void this.#copy(code, message),
        })
      : directory;
    const retrying = this.#retry.retrying
      ? msg('Could not load the mission contacts. Trying again…', {
          id: 'mission-contact.retrying',
          desc: "Shown while the missions' contact details, which could not be loaded (a dropped connection), are loaded again: when the visitor reached the card or the connection came back.",
        })
      : '';
    return html`<div part="base" class="base">${statusLine(retrying, 'loading')} ${picker} ${card} ${this.#announcer.render()}</div>`;
  }

  #headingLevel(): number | undefined {
    const { value, warnings } = parseHeadingLevel(this.headingLevel, this.getAttribute('heading-level'));
    this.reportWarnings(warnings);
    return value;
  }

  protected override updated(): void {
    // The picker's countries are put in after each render (src/core/country-picker.ts); it shows only without `country`.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#picker');
    if (select && this.missions) fillCountryPicker(select, this.#codes, this.locale, this.picked);
  }

  #directory() {
    return html`<a part="directory" href=${UN_DIRECTORY_URL} rel="noopener noreferrer"
      >${msg('UN directory of Permanent Missions', { id: 'mission-contact.directory', desc: "Link to the UN's official list of every country's Permanent Mission (the UN Blue Book)." })}</a
    >`;
  }

  async #copy(country: string, message: string): Promise<void> {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="script"]');
    const script = slot
      ?.assignedNodes({ flatten: true })
      .map((node) => node.textContent)
      .join('')
      .trim();
    const copied = await copyText(script || message);
    this.#announcer.announce(
      copied
        ? msg('Message copied.', { id: 'mission-contact.copied', desc: 'Announced to screen readers after the message was copied.' })
        : msg('Could not copy. Select the text and copy it.', { id: 'mission-contact.copy-failed', desc: 'Announced when the browser refused to copy.' }),
    );
    if (copied) this.#used(country, 'copy');
  }
}
