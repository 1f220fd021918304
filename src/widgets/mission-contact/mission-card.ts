import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { countryName } from '../../core/country-names.js';
import { cachedIntl } from '../../core/intl-cache.js';
import { safeUrl } from '../../core/safe-url.js';
import type { MissionEntry, MissionSource } from '../../data/mission-types.js';
import type { CwContactDetail } from './mission-contact.js';

/* The card of <mission-contact>: the mission's contacts, its country's Palermo status, the message and sources. */

/** What the card needs from its element: the settings, and the element's own warnings and actions. */
export interface MissionCardContext {
  locale: string;
  subject?: string | undefined;
  message?: string | undefined;
  reportUrl?: string | undefined;
  /** The link to the UN directory (the element shows it also when this code cannot load). */
  directory: TemplateResult;
  warnOnce(key: string, message: string): void;
  warnInvalid(attribute: string, value: unknown, allowed: string, fallback: string): void;
  used(channel: CwContactDetail['channel']): void;
  copy(message: string): void;
}

const formatDate = (value: string, locale: string) => cachedIntl(Intl.DateTimeFormat, locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));

/** The weekday and time in New York, where the missions are. */
const nowInNewYork = (locale: string) => cachedIntl(Intl.DateTimeFormat, locale, { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format();

/** `\n` as `\r\n` (RFC 6068), then percent-encoded for a mailto: header. */
const mailPart = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

function sources(list: MissionSource[]) {
  return html`<span class="note"
    >${msg('Source:', { id: 'mission-contact.source', desc: 'Before the list of sources of the data, e.g. "Source: un.int, kenyaun.org."' })}
    ${list.map((source, index) => html`${index ? ', ' : ''}${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.label}</a>` : source.label}`)}.</span
  >`;
}

/** The mission's card for the country `code`: contacts, Palermo status, the message to send or say, and sources. */
export function renderCard(code: string, entry: MissionEntry | undefined, context: MissionCardContext): TemplateResult {
  const { locale, directory } = context;
  const country = countryName(code, locale);
  const contact = entry?.mission;
  const palermo = entry?.palermo;
  const mission = contact?.name ?? msg(str`Permanent Mission of ${country} to the United Nations`, { id: 'mission-contact.mission-name', desc: 'Name of a country\'s mission when the data has none; use the usual name of such missions in your language. 0 = country name.' });
  const fill = (template: string) => template.replace(/\{(country|mission)\}/g, (_, key) => (key === 'country' ? country : mission));
  const subject = context.subject ? fill(context.subject) : msg(str`${country} and the fight against human trafficking`, { id: 'mission-contact.subject', desc: 'Default subject of the email to the mission. 0 = country name.' });
  const body = context.message
    ? fill(context.message)
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
  if (number && !tel) context.warnOnce(number, `<mission-contact> phone "${number}" cannot be dialled; shown without a link.`);
  const shown = html`<span dir="ltr">${contact?.phone ?? number}</span>`;
  const mailto = contact?.email && safeUrl(`mailto:${contact.email}?subject=${mailPart(subject)}&body=${mailPart(body)}`, ['mailto']);
  const report = safeUrl(context.reportUrl, ['web', 'mailto']);
  if (context.reportUrl && !report) context.warnInvalid('report-url', context.reportUrl, 'https: or mailto:', 'no report link');
  const now = nowInNewYork(locale);
  return html`<div part="card" class="card">
    <p part="name" class="name" dir="auto">${mission}</p>
    ${palermo
      ? html`<p part="palermo">
          ${msg(str`Party to the UN Trafficking in Persons Protocol since ${formatDate(palermo.since, locale)}.`, { id: 'mission-contact.palermo', desc: 'The country has ratified or acceded to the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol). 0 = a long date, e.g. 5 January 2005.' })}
          ${sources(palermo.sources)}
        </p>`
      : nothing}
    ${contact?.address ? html`<p part="address" class="address" dir="auto">${contact.address}</p>` : nothing}
    ${number || mailto || contact?.website
      ? html`<ul>
          ${number
            ? html`<li>
                ${tel
                  ? html`<a part="phone" class="action" href=${tel} @click=${() => context.used('phone')}
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
                <a part="email" class="action" href=${mailto} @click=${() => context.used('email')}
                  >${msg('Email', { id: 'mission-contact.email', desc: 'Email link, followed by the address: "Email info@example.org". Opens the mail app with the message.' })}
                  <span dir="ltr">${contact!.email}</span></a
                >
              </li>`
            : nothing}
          ${contact?.website
            ? html`<li>
                <a part="website" class="action" href=${contact.website} rel="noopener noreferrer" @click=${() => context.used('website')}
                  >${msg('Mission website', { id: 'mission-contact.website', desc: 'Link to the mission\'s own website.' })}</a
                >
              </li>`
            : nothing}
        </ul>`
      : nothing}
    ${contact ? nothing : html`<p>${msg('We have no contact details for this mission yet.', { id: 'mission-contact.no-data', desc: 'Shown when there is no phone, email or website for the mission; followed by a link to the UN directory.' })} ${directory}</p>`}
    <div part="script" class="script">
      <p class="label">${msg('What to say', { id: 'mission-contact.script', desc: 'Heading above the message to say on the phone or send by email.' })}</p>
      <slot name="script"><p class="message">${body}</p></slot>
      <button part="copy" class="action" type="button" @click=${() => context.copy(body)}>${msg('Copy the message', { id: 'mission-contact.copy', desc: 'Button that copies the message (call script) to the clipboard.' })}</button>
    </div>
    ${contact
      ? html`<p part="source" class="note">
          ${contact.sources?.length ? sources(contact.sources) : nothing}
          ${contact.retrieved ? msg(str`Details read on ${formatDate(contact.retrieved, locale)}.`, { id: 'mission-contact.retrieved', desc: 'After the sources of the contact details. 0 = a long date, e.g. 22 November 2026.' }) : nothing}
          ${contact.current === false ? msg('They come from an older or secondary source and may be out of date.', { id: 'mission-contact.not-current', desc: 'Caution after the source line when the details come from an old page or a second-hand list.' }) : nothing}
        </p>`
      : nothing}
    ${contact || report
      ? html`<p class="note links">
          ${contact ? directory : nothing}
          ${report ? html`<a part="report" href=${report} rel="noopener noreferrer">${msg('Report wrong details', { id: 'mission-contact.report', desc: 'Link to the partner\'s page for reporting a wrong phone, email or address.' })}</a>` : nothing}
        </p>`
      : nothing}
  </div>`;
}
