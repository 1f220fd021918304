import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { CampaignElement } from '../../core/campaign-element.js';
import { hostStyles } from '../../core/theme.styles.js';
import { Announcer } from '../../core/announcer.js';
import { copyText } from '../../core/clipboard.js';
import { countryName, sortedCountries } from '../../core/country-names.js';
import { safeUrl } from '../../core/safe-url.js';
import type { MissionEntry, MissionSource } from '../../data/mission-types.js';
import { BUNDLED_MISSIONS, fetchDataset } from './bundled-dataset.js';
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

/** The first region a page or browser language names explicitly (`fr-SN` → `SN`; `fr` names none). */
function pageRegions(): string[] {
  const root = document.documentElement;
  return [root.dataset.cwLocale, root.lang, ...navigator.languages].flatMap((tag) => {
    try {
      return new Intl.Locale(tag!).region ?? [];
    } catch {
      return [];
    }
  });
}

const formatDate = (value: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));

/** `\n` as `\r\n` (RFC 6068), then percent-encoded for a mailto: header. */
const mailPart = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/**
 * Call or write to your government's Permanent Mission to the United Nations in New York. Shows the mission's name,
 * address, phone (`tel:`), email (`mailto:` with a subject and message ready to send), website, the country's
 * Palermo Protocol status where a source gave it, a call script with a copy button, and where the details come from.
 * Without `country`, the visitor picks a country from a list of localized names, preselected from the page's or
 * browser's region when it names one. Countries without contact details still get the mission's name, the message to
 * copy and a link to the UN's official directory.
 *
 * The mission dataset is loaded only when the element is on the page, from beside the script; `src` adds a
 * partner's own dataset over it. Bad data never breaks the card: invalid values are dropped with a warning.
 *
 * @summary Call or write to your government's UN mission.
 * @tag mission-contact
 *
 * @slot script - What to say on the phone, replacing the default message (the copy button copies it).
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The country picker's label.
 * @csspart picker - The country picker (a native select).
 * @csspart card - The mission's card.
 * @csspart name - The mission's name.
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
 *
 * @cssprop [--cw-mission-contact-background=var(--cw-color-surface, #fff)] - Card background.
 * @cssprop [--cw-mission-contact-border-color=#8c959f] - Card and picker border colour.
 * @cssprop [--cw-mission-contact-padding=1em] - Card padding.
 * @cssprop [--cw-mission-contact-muted-color=#57606a] - Colour of notes and sources.
 * @cssprop [--cw-mission-contact-button-background=var(--cw-color-accent, #0b57d0)] - Copy button and contact links' background.
 * @cssprop [--cw-mission-contact-button-color=#fff] - Copy button and contact links' text colour.
 * @cssprop [--cw-color-accent] - Global accent colour.
 * @cssprop [--cw-radius=0.5em] - Global corner radius.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwContactDetail>} cw-contact - The visitor used a channel: `{country, channel}` with channel `phone`, `email`, `website` or `copy`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - The mission data could not be loaded, or `src` could not be used. Detail: `{code, message}`.
 */
export class MissionContact extends CampaignElement {
  static override styles = [hostStyles, missionContactStyles];

  /** Lit reactive properties (a static map: smaller in the bundle than one decorator call per field). */
  static override properties = {
    country: {},
    src: {},
    subject: {},
    message: {},
    reportUrl: { attribute: 'report-url' },
    missions: { state: true, attribute: false },
    picked: { state: true, attribute: false },
  };

  /**
   * Where the bundled dataset is fetched from: `data/missions.json` beside the script. Set it before the first
   * element connects to serve the file from elsewhere.
   */
  static dataUrl = BUNDLED_MISSIONS;

  /** ISO 3166-1 alpha-2 code of the country (any case: `ke` is read as `KE`). Without it, a country picker shows. */
  country?: string;

  /** URL of a partner dataset (same schema as the bundled one, https:) whose entries override or fill the bundled ones. */
  src?: string;

  /** Email subject template; `{country}` and `{mission}` are replaced. Default: a localized subject. */
  subject?: string;

  /** Email body and call script template; `{country}` and `{mission}` are replaced. Default: a localized message. */
  message?: string;

  /** Where visitors report wrong contact details (https: or mailto:). Without it, no report link. */
  reportUrl?: string;

  /** Missions by country once loaded (undefined while loading). */
  private missions?: Map<string, MissionEntry>;

  /** The country chosen in the picker. */
  private picked = '';

  private readonly announcer = new Announcer(this);
  private clock = 0;
  private options?: { key: string; list: { code: string; name: string }[] };

  override connectedCallback(): void {
    super.connectedCallback();
    // Keeps the New York time beside the phone current.
    this.clock = window.setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src')) void this.load();
  }

  private async load(): Promise<void> {
    const src = this.src;
    // The data and the code that checks it (dist/lazy/mission-data.js) load together, on first use.
    const [code, bundledJson, partnerJson] = await Promise.allSettled([
      import('./mission-data.lazy.js'),
      fetchDataset(MissionContact.dataUrl),
      src ? fetchDataset(src) : Promise.resolve(undefined),
    ]);
    if (src !== this.src) return;
    if (code.status === 'rejected') {
      this.reportError('missions-unavailable', 'could not load its data code (offline?); showing the directory link.');
      this.missions = new Map();
      return;
    }
    const { settleMissions, mergeMissions } = code.value;
    const bundled = settleMissions(bundledJson);
    const partner = src ? settleMissions(partnerJson) : undefined;
    if (bundled.error) this.reportError('missions-unavailable', `has no mission data: ${bundled.error}`);
    if (partner?.error) this.reportError('invalid-src', `src="${src}" is not used: ${partner.error} The bundled data is shown.`);
    for (const problem of [...bundled.problems, ...(partner?.problems ?? [])]) this.warnOnce(problem, `<mission-contact> ${problem}`);
    const missions = partner ? mergeMissions(bundled.missions, partner.missions) : bundled.missions;
    this.picked ||= pageRegions().find((region) => missions.has(region)) ?? '';
    this.missions = missions;
  }

  /** The country from `country`, if it is one the widget knows; otherwise the picker's. */
  private chosen(missions: Map<string, MissionEntry>): [code: string, fixed: boolean] {
    const raw = this.country?.trim();
    const code = raw?.toUpperCase() ?? '';
    if (/^[A-Z]{2}$/.test(code) && (missions.size ? missions.has(code) : countryName(code, 'en') !== code)) return [code, true];
    if (raw) this.warnInvalid('country', raw, 'ISO code of a UN member state, e.g. KE', 'showing the picker');
    return [this.picked, false];
  }

  private used(country: string, channel: CwContactDetail['channel']): void {
    this.emit('cw-contact', { country, channel });
  }

  protected override render() {
    const missions = this.missions;
    if (!missions) return nothing;
    const [code, fixed] = this.chosen(missions);
    return html`<div part="base" class="base">
      ${fixed || !missions.size ? nothing : this.renderPicker(missions, code)}
      ${code ? this.renderCard(code, missions.get(code)) : this.directory()}
      ${this.announcer.render()}
    </div>`;
  }

  private renderPicker(missions: Map<string, MissionEntry>, code: string) {
    const key = this.locale + missions.size;
    if (this.options?.key !== key) this.options = { key, list: sortedCountries([...missions.keys()], this.locale) };
    return html`<label part="label" class="label" for="picker">${msg('Your country', { id: 'mission-contact.picker', desc: 'Label of the list of countries: the visitor picks the country whose UN mission to contact.' })}</label>
      <select id="picker" part="picker" class="picker" @change=${(event: Event) => (this.picked = (event.target as HTMLSelectElement).value)}>
        <option value="" .selected=${!code}>${msg('Choose a country', { id: 'mission-contact.choose', desc: 'First, empty entry of the list of countries.' })}</option>
        ${this.options.list.map((country) => html`<option value=${country.code} .selected=${country.code === code}>${country.name}</option>`)}
      </select>`;
  }

  private renderCard(code: string, entry: MissionEntry | undefined) {
    const locale = this.locale;
    const country = countryName(code, locale);
    const contact = entry?.mission;
    const palermo = entry?.palermo;
    const mission = contact?.name ?? msg(str`Permanent Mission of ${country} to the United Nations`, { id: 'mission-contact.mission-name', desc: 'Name of a country\'s mission when the data has none; use the usual name of such missions in your language. 0 = country name.' });
    const fill = (template: string) => template.replace(/\{(country|mission)\}/g, (_, key) => (key === 'country' ? country : mission));
    const subject = this.subject ? fill(this.subject) : msg(str`${country} and the fight against human trafficking`, { id: 'mission-contact.subject', desc: 'Default subject of the email to the mission. 0 = country name.' });
    const body = this.message
      ? fill(this.message)
      : [
          msg(str`To the ${mission},`, { id: 'mission-contact.greeting', desc: 'Salutation, first line of the default email and call script. 0 = the mission\'s name, e.g. "Permanent Mission of Kenya to the United Nations".' }),
          msg(
            'I am writing to ask my government to lead at the United Nations in ending human trafficking: to protect and support survivors, bring traffickers to justice, and fully implement the UN Trafficking in Persons Protocol.',
            { id: 'mission-contact.message', desc: 'Default email to, and call script for, the visitor\'s own country\'s Permanent Mission to the UN in New York. Written by the visitor in the first person.' },
          ),
          msg('Thank you.', { id: 'mission-contact.thanks', desc: 'Last line of the default email and call script.' }),
        ].join('\n\n');
    const number = contact?.tel ?? contact?.phone;
    const tel = number && safeUrl(`tel:${number.replace(/[\s().-]/g, '')}`, ['tel']);
    if (number && !tel) this.warnOnce(number, `<mission-contact> phone "${number}" cannot be dialled; shown without a link.`);
    const shown = html`<span dir="ltr">${contact?.phone ?? number}</span>`;
    const mailto = contact?.email && safeUrl(`mailto:${contact.email}?subject=${mailPart(subject)}&body=${mailPart(body)}`, ['mailto']);
    const report = safeUrl(this.reportUrl, ['web', 'mailto']);
    if (this.reportUrl && !report) this.warnInvalid('report-url', this.reportUrl, 'https: or mailto:', 'no report link');
    const now = new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format();
    return html`<div part="card" class="card">
      <p part="name" class="name" dir="auto">${mission}</p>
      ${palermo
        ? html`<p part="palermo">
            ${msg(str`Party to the UN Trafficking in Persons Protocol since ${formatDate(palermo.since, locale)}.`, { id: 'mission-contact.palermo', desc: 'The country has ratified or acceded to the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol). 0 = a long date, e.g. 5 January 2005.' })}
            ${this.sources(palermo.sources)}
          </p>`
        : nothing}
      ${contact?.address ? html`<p part="address" class="address" dir="auto">${contact.address}</p>` : nothing}
      ${number || mailto || contact?.website
        ? html`<ul>
            ${number
              ? html`<li>
                  ${tel
                    ? html`<a part="phone" class="action" href=${tel} @click=${() => this.used(code, 'phone')}
                        >${msg('Call', { id: 'mission-contact.call', desc: 'Phone link, followed by the number: "Call (212) 421-4741".' })} ${shown}</a
                      >`
                    : html`<span part="phone">${shown}</span>`}
                  <span part="hours" class="note"
                    >${msg(str`The mission is in New York, where it is now ${now}: call during office hours.`, {
                      id: 'mission-contact.hours',
                      desc: 'Note beside the phone number. 0 = weekday and time now in New York, e.g. "Tuesday 10:42 AM".',
                    })}</span
                  >
                </li>`
              : nothing}
            ${mailto
              ? html`<li>
                  <a part="email" class="action" href=${mailto} @click=${() => this.used(code, 'email')}
                    >${msg('Email', { id: 'mission-contact.email', desc: 'Email link, followed by the address: "Email info@example.org". Opens the mail app with the message.' })}
                    <span dir="ltr">${contact!.email}</span></a
                  >
                </li>`
              : nothing}
            ${contact?.website
              ? html`<li>
                  <a part="website" class="action" href=${contact.website} rel="noopener noreferrer" @click=${() => this.used(code, 'website')}
                    >${msg('Mission website', { id: 'mission-contact.website', desc: 'Link to the mission\'s own website.' })}</a
                  >
                </li>`
              : nothing}
          </ul>`
        : nothing}
      ${contact ? nothing : html`<p>${msg('We have no contact details for this mission yet.', { id: 'mission-contact.no-data', desc: 'Shown when there is no phone, email or website for the mission; followed by a link to the UN directory.' })} ${this.directory()}</p>`}
      <div part="script" class="script">
        <p class="label">${msg('What to say', { id: 'mission-contact.script', desc: 'Heading above the message to say on the phone or send by email.' })}</p>
        <slot name="script"><p class="message">${body}</p></slot>
        <button part="copy" class="action" type="button" @click=${() => this.copy(code, body)}>${msg('Copy the message', { id: 'mission-contact.copy', desc: 'Button that copies the message (call script) to the clipboard.' })}</button>
      </div>
      ${contact
        ? html`<p part="source" class="note">
            ${contact.sources?.length ? this.sources(contact.sources) : nothing}
            ${contact.retrieved ? msg(str`Details read on ${formatDate(contact.retrieved, locale)}.`, { id: 'mission-contact.retrieved', desc: 'After the sources of the contact details. 0 = a long date, e.g. 22 November 2026.' }) : nothing}
            ${contact.current === false ? msg('They come from an older or secondary source and may be out of date.', { id: 'mission-contact.not-current', desc: 'Caution after the source line when the details come from an old page or a second-hand list.' }) : nothing}
          </p>`
        : nothing}
      ${contact || report
        ? html`<p class="note links">
            ${contact ? this.directory() : nothing}
            ${report ? html`<a part="report" href=${report} rel="noopener noreferrer">${msg('Report wrong details', { id: 'mission-contact.report', desc: 'Link to the partner\'s page for reporting a wrong phone, email or address.' })}</a>` : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private sources(sources: MissionSource[]) {
    return html`<span class="note"
      >${msg('Source:', { id: 'mission-contact.source', desc: 'Before the list of sources of the data, e.g. "Source: un.int, kenyaun.org."' })}
      ${sources.map((source, index) => html`${index ? ', ' : ''}${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.label}</a>` : source.label}`)}.</span
    >`;
  }

  private directory() {
    return html`<a part="directory" href=${UN_DIRECTORY_URL} rel="noopener noreferrer">${msg('UN directory of Permanent Missions', { id: 'mission-contact.directory', desc: 'Link to the UN\'s official list of every country\'s Permanent Mission (the UN Blue Book).' })}</a>`;
  }

  private async copy(country: string, message: string): Promise<void> {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="script"]');
    const script = slot?.assignedNodes({ flatten: true }).map((node) => node.textContent).join('').trim();
    const copied = await copyText(script || message);
    this.announcer.announce(
      copied
        ? msg('Message copied.', { id: 'mission-contact.copied', desc: 'Announced to screen readers after the message was copied.' })
        : msg('Could not copy. Select the text and copy it.', { id: 'mission-contact.copy-failed', desc: 'Announced when the browser refused to copy.' }),
    );
    if (copied) this.used(country, 'copy');
  }
}
