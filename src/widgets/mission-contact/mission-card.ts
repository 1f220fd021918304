import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { countryName } from '../../core/country-names.js';
import { headingAttributes } from '../../core/heading-level.js';
import { cachedIntl } from '../../core/intl-cache.js';
import { safeUrl } from '../../core/safe-url.js';
import { longDate, sourcesSentence } from '../../core/sources.js';
import type { MissionContactInfo, MissionEntry, MissionField, PalermoStatus } from '../../data/mission-types.js';
import type { CwContactDetail } from './mission-contact.js';
import { defaultMessage, defaultSubject, missionNameFor } from './mission-message.js';

/*
 * The card of <mission-contact>. It is useful at every level of data: with a phone, call; with an email, write; with
 * only an address, a letter ready to copy; with only a website, contact through it; with nothing, the UN directory.
 * The country's status under the Palermo Protocol sets the ask; every value says where it was read.
 */

/** What the card needs from its element: the settings, and the element's own warnings and actions. */
export interface MissionCardContext {
  locale: string;
  subject?: string | undefined;
  message?: string | undefined;
  reportUrl?: string | undefined;
  /** The level of the mission's name as a heading (`heading-level`), or undefined for no headings. */
  headingLevel?: number | undefined;
  /** The link to the UN directory (the element shows it also without data). */
  directory: TemplateResult;
  warnOnce(key: string, message: string): void;
  warnInvalid(attribute: string, value: unknown, allowed: string, fallback: string): void;
  used(channel: CwContactDetail['channel']): void;
  copy(text: string): void;
}

/** The weekday and time in New York, where the missions are. */
const nowInNewYork = (locale: string) =>
  cachedIntl(Intl.DateTimeFormat, locale, { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format();

/** `\n` as `\r\n` (RFC 6068), then percent-encoded for a mailto: header. */
const mailPart = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** "(may be out of date)" after a value whose own source is old or second-hand. */
function staleMark(contact: MissionContactInfo | undefined, field: MissionField) {
  if (contact?.provenance?.[field]?.current !== false) return nothing;
  const text = msg('(may be out of date)', {
    id: 'mission-contact.value-stale',
    desc: 'After one contact detail (address, phone…) whose source is old: it may have changed.',
  });
  return html` <span class="note stale">${text}</span>`;
}

/** The line stating the country's status under the Protocol, with its source. */
function palermoLine(palermo: PalermoStatus, locale: string) {
  let text: string;
  if (palermo.status === 'party') {
    text = palermo.since
      ? msg(str`Party to the UN Trafficking in Persons Protocol since ${longDate(palermo.since, locale)}.`, {
          id: 'mission-contact.palermo',
          desc: 'The country has ratified or acceded to the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol). 0 = a long date, e.g. 5 January 2005.',
        })
      : msg('Party to the UN Trafficking in Persons Protocol.', {
          id: 'mission-contact.palermo-party',
          desc: 'The country is a party to the Protocol; the date was not found.',
        });
  } else if (palermo.status === 'signatory') {
    text = palermo.signed
      ? msg(str`Signed the UN Trafficking in Persons Protocol on ${longDate(palermo.signed, locale)}, but has not ratified it.`, {
          id: 'mission-contact.palermo-signatory',
          desc: 'The country signed the Protocol but never ratified it. 0 = a long date.',
        })
      : msg('Signed the UN Trafficking in Persons Protocol, but has not ratified it.', {
          id: 'mission-contact.palermo-signatory-undated',
          desc: 'The country signed the Protocol but never ratified it; the date is not known.',
        });
  } else {
    text = msg('Not a party to the UN Trafficking in Persons Protocol.', {
      id: 'mission-contact.palermo-not-party',
      desc: 'A source says the country has neither ratified nor acceded to the Protocol.',
    });
  }
  const asAt = palermo.as_at
    ? msg(str`Status as of ${longDate(palermo.as_at, locale)}.`, {
        id: 'mission-contact.palermo-as-at',
        desc: 'After the Protocol status: the date the source gives the status for. 0 = a long date.',
      })
    : '';
  return html`<p part="palermo">${text} ${asAt} ${palermo.sources.length ? sourcesSentence(palermo.sources, locale) : nothing}</p>`;
}

/** The mission's card for the country `code`. */
export function renderCard(code: string, entry: MissionEntry | undefined, context: MissionCardContext): TemplateResult {
  const { locale, directory } = context;
  const country = countryName(code, locale);
  const contact = entry?.mission;
  const palermo = entry?.palermo;
  const mission = contact?.name ?? missionNameFor(country);
  const fill = (template: string) => template.replace(/\{(country|mission)\}/g, (_, key) => (key === 'country' ? country : mission));
  const subject = context.subject ? fill(context.subject) : defaultSubject(country);
  const message = context.message ? fill(context.message) : defaultMessage(palermo?.status);

  const number = contact?.tel ?? contact?.phone;
  const tel = number ? safeUrl(`tel:${number.replace(/[\s().-]/g, '')}`, ['tel']) : null;
  if (number && !tel) context.warnOnce(number, `<mission-contact> phone "${number}" cannot be dialled; shown without a link.`);
  const mailto = contact?.email ? safeUrl(`mailto:${contact.email}?subject=${mailPart(subject)}&body=${mailPart(message)}`, ['mailto']) : null;
  const website = contact?.website;
  // With no phone and no email, the address (if any) is for a letter: the text to copy starts with it.
  const letter = !number && !mailto && contact?.address ? `${contact.address}\n\n${message}` : null;
  const report = safeUrl(context.reportUrl, ['web', 'mailto']);
  if (context.reportUrl && !report) context.warnInvalid('report-url', context.reportUrl, 'https: or mailto:', 'no report link');

  // Every mission's address is a New York street address, written in English: a screen reader reads it so.
  const address = contact?.address
    ? html`<p part="address" class="address"><bdi lang="en">${contact.address}</bdi>${staleMark(contact, 'address')}</p>`
    : nothing;

  const heading = headingAttributes(context.headingLevel);
  const subheading = headingAttributes(context.headingLevel, 1);
  return html`<div part="card" class="card">
    <p part="name" class="name" role=${heading.role} aria-level=${heading.level}><bdi>${mission}</bdi></p>
    ${palermo ? palermoLine(palermo, locale) : nothing} ${address}
    ${
      number || mailto || website
        ? html`<ul>
            ${number ? html`<li>${renderPhone(contact, number, tel, context)}</li>` : nothing}
            ${mailto ? html`<li>${renderEmail(contact!, mailto, context)}</li>` : nothing}
            ${website ? html`<li>${renderWebsite(contact!, website, !number && !mailto, context)}</li>` : nothing}
          </ul>`
        : nothing
    }
    ${
      letter
        ? html`<p class="note">
            ${msg('Write to the mission at this address: the letter below is ready to copy and print.', {
              id: 'mission-contact.letter',
              desc: 'When the only contact detail is the postal address: the visitor can send the message as a letter.',
            })}
          </p>`
        : nothing
    }
    ${
      number || mailto || website || letter
        ? nothing
        : html`<p>
            ${msg('We have no contact details for this mission yet.', { id: 'mission-contact.no-data', desc: 'Shown when there is no phone, email, address or website for the mission; followed by a link to the UN directory.' })}
            ${directory}
          </p>`
    }
    <div part="script" class="script">
      <p class="label" role=${subheading.role} aria-level=${subheading.level}>
        ${msg('What to say', { id: 'mission-contact.script', desc: 'Heading above the message to say on the phone or send by email.' })}
      </p>
      <slot name="script"><p class="message">${letter ?? message}</p></slot>
      <button part="copy" class="action" type="button" @click=${() => context.copy(letter ?? message)}>
        ${msg('Copy the message', { id: 'mission-contact.copy', desc: 'Button that copies the message (call script) to the clipboard.' })}
      </button>
    </div>
    ${contact ? renderSources(contact, locale) : nothing}
    ${
      contact || report
        ? html`<p class="note links">
            ${contact ? directory : nothing}
            ${
              report
                ? html`<a part="report" href=${report} rel="noopener noreferrer"
                    >${msg('Report wrong details', { id: 'mission-contact.report', desc: "Link to the partner's page for reporting a wrong phone, email or address." })}</a
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
  </div>`;
}

function renderPhone(contact: MissionContactInfo | undefined, number: string, tel: string | null, context: MissionCardContext) {
  const shown = html`<span class="number" dir="ltr">${contact?.phone ?? number}</span>`;
  const call = msg('Call', { id: 'mission-contact.call', desc: 'Phone link, followed by the number: "Call (212) 421-4741".' });
  const hours = msg(str`The mission is in New York, where it is now ${nowInNewYork(context.locale)}: call during office hours.`, {
    id: 'mission-contact.hours',
    desc: 'Note beside the phone number. 0 = weekday and time now in New York, e.g. "Tuesday 10:42 AM".',
  });
  return html`${
      tel
        ? html`<a part="phone" class="action" href=${tel} @click=${() => context.used('phone')}>${call} ${shown}</a>`
        : html`<span part="phone">${shown}</span>`
    }${staleMark(contact, 'phone')} <span part="hours" class="note">${hours}</span>`;
}

function renderEmail(contact: MissionContactInfo, mailto: string, context: MissionCardContext) {
  const label = msg('Email', {
    id: 'mission-contact.email',
    desc: 'Email link, followed by the address: "Email info@example.org". Opens the mail app with the message.',
  });
  return html`<a part="email" class="action" href=${mailto} @click=${() => context.used('email')}>${label} <span dir="ltr">${contact.email}</span></a
    >${staleMark(contact, 'email')}`;
}

/** The website link; when it is the only way to reach the mission, it says so. */
function renderWebsite(contact: MissionContactInfo, website: string, only: boolean, context: MissionCardContext) {
  const label = only
    ? msg('Contact the mission through its website', {
        id: 'mission-contact.website-only',
        desc: "Link to the mission's website when it is the only way to reach the mission that we know.",
      })
    : msg('Mission website', { id: 'mission-contact.website', desc: "Link to the mission's own website." });
  return html`<a part="website" class="action" href=${website} rel="noopener noreferrer" @click=${() => context.used('website')}>${label}</a
    >${staleMark(contact, 'website')}`;
}

function renderSources(contact: MissionContactInfo, locale: string) {
  return html`<p part="source" class="note">
    ${contact.sources.length ? sourcesSentence(contact.sources, locale) : nothing}
    ${
      contact.retrieved
        ? msg(str`Details read on ${longDate(contact.retrieved, locale)}.`, {
            id: 'mission-contact.retrieved',
            desc: 'After the sources of the contact details. 0 = a long date, e.g. 22 November 2026.',
          })
        : nothing
    }
    ${
      contact.current === false
        ? msg('Some come from an older or secondary source and may be out of date.', {
            id: 'mission-contact.some-not-current',
            desc: 'Caution after the source line when some details come from an old page or a second-hand list.',
          })
        : nothing
    }
  </p>`;
}
