import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { headingAttributes } from '../../core/heading-level.js';
import { cachedIntl } from '../../core/intl-cache.js';
import { isolateFor } from '../../core/isolate.js';
import { safeUrl } from '../../core/safe-url.js';
import { longDate, sourcesSentence } from '../../core/sources.js';
import { dialledNumber } from './dialled-number.js';
import type { HelpDirectory, HelpEntry, HelpLine, HelpLineKind, HelpSource } from '../../data/helpline-types.js';

/*
 * What <help-line> shows for one country: the number for immediate danger first, then each help line (anti-trafficking
 * lines before child, violence and victims' lines, each labelled as what it is) with every way to reach it, and a
 * directory when no anti-trafficking line is known. Texts from the data (names, hours, notes) are shown as their
 * sources wrote them, marked with their language.
 */

/** The ways to reach help, as `cw-help` reports them. */
export type HelpChannel = 'phone' | 'sms' | 'chat' | 'web' | 'emergency';

export interface HelpCardContext {
  locale: string;
  /** The level of the emergency number's and the lines' headings (`heading-level`), or undefined for none. */
  headingLevel: number | undefined;
  /** The country's name when the page chose it (no picker shows it): the numbers are that country's. */
  countryName?: string;
  /** False when no help data could be used: the card then offers the directory without claiming to know of no line. */
  dataUsable: boolean;
  /** Called when the visitor uses a channel (never with what they typed: there is nothing to type). */
  used(channel: HelpChannel): void;
}

/** Language names in the page's language, as a list ("English, French and Spanish"). */
function languageList(codes: readonly string[], locale: string): string {
  let names: string[];
  try {
    const display = new Intl.DisplayNames([locale], { type: 'language' });
    names = codes.map((code) => display.of(code) ?? code);
  } catch {
    names = [...codes];
  }
  return cachedIntl(Intl.ListFormat, locale, { type: 'conjunction' }).format(names);
}

function kindLabel(kind: HelpLineKind): string {
  switch (kind) {
    case 'trafficking':
      return msg('Anti-trafficking helpline', {
        id: 'help-line.kind-trafficking',
        desc: 'Label of a national helpline for victims and witnesses of human trafficking or modern slavery.',
      });
    case 'child':
      return msg('Child helpline', { id: 'help-line.kind-child', desc: 'Label of a helpline for children (not specific to trafficking).' });
    case 'gbv':
      return msg('Helpline for violence against women', {
        id: 'help-line.kind-gbv',
        desc: 'Label of a helpline for victims of gender-based or domestic violence (not specific to trafficking).',
      });
    case 'general':
      return msg("Victims' helpline", {
        id: 'help-line.kind-general',
        desc: "Label of a general victims' or crime-report line that also takes trafficking reports.",
      });
  }
}

/** Where and when the details were read; without either (the emergency numbers built into the script), only the caution. */
function sourceLine(sources: HelpSource[], retrieved: string, stale: boolean, locale: string) {
  const read = retrieved
    ? msg(str`Read on ${longDate(retrieved, locale)}.`, {
        id: 'help-line.retrieved',
        desc: 'After the sources: the date the details were read. 0 = a long date.',
      })
    : '';
  const caution = stale
    ? msg('Some details come from an older source: check them with the service.', {
        id: 'help-line.not-current',
        desc: 'Caution under a line or an emergency number when some details come from an old page or no recent page confirms them.',
      })
    : '';
  if (!sources.length && !read && !caution) return nothing;
  return html`<p part="source" class="note">${sources.length ? sourcesSentence(sources, locale) : nothing} ${read} ${caution}</p>`;
}

/** The `tel:` link for a number (dialled-number.ts), or null when it cannot be dialled as written. */
function telLink(shown: string, tel: string | undefined): string | null {
  const dial = dialledNumber(shown, tel);
  return dial ? safeUrl(`tel:${dial}`, ['tel']) : null;
}

/** A phone link to the number, or the number as text when it cannot be dialled as written. */
function phone(shown: string, tel: string | undefined, note: string | undefined, context: HelpCardContext) {
  const link = telLink(shown, tel);
  const call = msg('Call', { id: 'help-line.call', desc: 'Phone link, followed by the number: "Call 08000 121 700".' });
  const number = html`<span class="number" dir="ltr">${shown}</span>`;
  return html`${
    link
      ? html`<a part="phone" class="action" href=${link} @click=${() => context.used('phone')}>${call} ${number}</a>`
      : html`<span part="phone">${call} ${number}</span>`
  }${note ? html` <span class="note" lang="en">${note}</span>` : nothing}`;
}

/** Every way to reach one line, as list items. */
function channels(line: HelpLine, context: HelpCardContext): TemplateResult[] {
  const items: TemplateResult[] = [];
  if (line.phone) items.push(phone(line.phone, line.tel, line.phoneLabel, context));
  for (const other of line.otherPhones ?? []) items.push(phone(other.phone, other.tel, other.label, context));
  const sms = line.sms ? safeUrl(`sms:${line.sms}`, ['sms']) : null;
  if (sms) {
    const label = msg('Send a text message', { id: 'help-line.sms', desc: "Link that opens the phone's text messaging app with the helpline's number." });
    items.push(
      html`<a part="sms" class="action" href=${sms} @click=${() => context.used('sms')}>${label} <span class="number" dir="ltr">${line.sms}</span></a
        >${line.smsLabel ? html` <span class="note" lang="en">${line.smsLabel}</span>` : nothing}`,
    );
  }
  const links: [string | undefined, 'chat' | 'web', string, string][] = [
    [line.chat, 'chat', 'chat', msg('Chat online', { id: 'help-line.chat', desc: "Link to the helpline's online chat." })],
    [
      line.messaging,
      'chat',
      'messaging',
      msg('Send a message', { id: 'help-line.messaging', desc: "Link to the helpline's messaging channel (e.g. WhatsApp)." }),
    ],
    [line.web, 'web', 'web', msg('Report online', { id: 'help-line.web', desc: "Link to the helpline's web form for reports." })],
    [line.website, 'web', 'website', msg('Website', { id: 'help-line.website', desc: "Link to the helpline's or its operator's website." })],
  ];
  for (const [url, channel, part, label] of links) {
    if (url)
      items.push(html`<a part=${part} class="action secondary" href=${url} rel="noopener noreferrer" @click=${() => context.used(channel)}>${label}</a>`);
  }
  return items;
}

/** Hours, languages, free and confidential: what the sources say, nothing more. */
function facts(line: HelpLine, locale: string) {
  const items: (string | TemplateResult)[] = [];
  if (line.hours === '24/7') items.push(msg('Open 24 hours a day, every day', { id: 'help-line.always-open', desc: 'The helpline answers at any time.' }));
  else if (line.hours) items.push(html`<span lang="en">${line.hours}</span>`);
  if (line.languages?.length) {
    const list = languageList(line.languages, locale);
    items.push(
      msg(str`Languages: ${list}`, {
        id: 'help-line.languages',
        desc: 'The languages the helpline answers in. 0 = a list, e.g. "English, French and Spanish".',
      }),
    );
  }
  if (line.free === true) items.push(msg('Free to call', { id: 'help-line.free', desc: 'Calling the helpline costs nothing.' }));
  if (line.free === false) items.push(msg('Calls are charged', { id: 'help-line.charged', desc: 'Calling the helpline costs money.' }));
  if (line.confidential)
    items.push(msg('Confidential', { id: 'help-line.confidential', desc: 'The helpline keeps calls confidential or allows anonymous calls.' }));
  return items.length ? html`<p class="facts">${items.map((item, index) => html`${index ? ' · ' : ''}${item}`)}</p>` : nothing;
}

function renderLine(line: HelpLine, context: HelpCardContext) {
  const operator = line.operator ? isolateFor(context.locale)(line.operator) : '';
  const run = operator ? msg(str`Run by ${operator}`, { id: 'help-line.operator', desc: 'Who runs the helpline. 0 = an organisation, e.g. Unseen.' }) : '';
  const heading = headingAttributes(context.headingLevel);
  return html`<section part="line" class="line">
    <div part="title" class="title" role=${heading.role} aria-level=${heading.level}>
      <p part="kind" class="kind">${kindLabel(line.kind)}</p>
      <p part="name" class="name"><bdi>${line.name}</bdi></p>
    </div>
    ${run ? html`<p class="note">${run}</p>` : nothing}
    <ul class="channels">
      ${channels(line, context).map((item) => html`<li>${item}</li>`)}
    </ul>
    ${facts(line, context.locale)} ${sourceLine(line.sources, line.retrieved, line.current === false, context.locale)}
  </section>`;
}

/** The number to call in immediate danger. Without one, the directory stands in. */
function renderEmergency(entry: HelpEntry | undefined, context: HelpCardContext) {
  const emergency = entry?.emergency;
  if (!emergency) return nothing;
  // An emergency number is digits and spaces (helpline-data.ts), so it always has a number to dial.
  const link = telLink(emergency.number, emergency.tel);
  const number = html`<span class="number" dir="ltr">${emergency.number}</span>`;
  const lead = msg('In immediate danger, call', {
    id: 'help-line.emergency',
    desc: 'Before the emergency number (police) for someone in immediate danger: "In immediate danger, call 999".',
  });
  const also = emergency.also?.length
    ? msg(str`Other emergency numbers: ${cachedIntl(Intl.ListFormat, context.locale, { type: 'unit' }).format(emergency.also)}`, {
        id: 'help-line.emergency-also',
        desc: 'Other emergency numbers of the country (e.g. ambulance, 112). 0 = a list of numbers.',
      })
    : '';
  const heading = headingAttributes(context.headingLevel);
  return html`<div part="emergency" class="emergency">
    <p role=${heading.role} aria-level=${heading.level}>
      ${
        link
          ? html`<a class="action urgent" href=${link} @click=${() => context.used('emergency')}>${lead} ${number}</a>`
          : html`<strong>${lead} ${number}</strong>`
      }
    </p>
    ${also ? html`<p class="note" dir="auto">${also}</p>` : nothing}
    ${sourceLine(emergency.sources, emergency.retrieved, emergency.current === false, context.locale)}
  </div>`;
}

/** Lines in the order a person at risk needs them: anti-trafficking first, then the others as the data lists them. */
const ORDER: readonly HelpLineKind[] = ['trafficking', 'general', 'gbv', 'child'];
const byKind = (a: HelpLine, b: HelpLine) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);

/** The country's card: emergency number, lines, and a directory when no anti-trafficking line is known. */
export function renderHelpCard(entry: HelpEntry | undefined, directory: HelpDirectory | undefined, context: HelpCardContext): TemplateResult {
  const lines = [...(entry?.lines ?? [])].sort(byKind);
  const hasTraffickingLine = lines.some((line) => line.kind === 'trafficking');
  const none = msg('We know of no anti-trafficking helpline in this country yet.', {
    id: 'help-line.no-line',
    desc: 'Shown when the data has no anti-trafficking helpline for the country; followed by a directory of organisations that help.',
  });
  const more = msg('Find organisations that help, country by country:', {
    id: 'help-line.directory',
    desc: 'Before a link to a worldwide directory of anti-trafficking organisations.',
  });
  const country = context.countryName
    ? msg(str`Country: ${context.countryName}`, {
        id: 'help-line.country',
        desc: 'First line of the help card when the page chose the country: the numbers below are for it. 0 = a country name.',
      })
    : '';
  return html`<div part="card" class="card">
    ${country ? html`<p part="country" class="country">${country}</p>` : nothing} ${renderEmergency(entry, context)}
    ${lines.map((line) => renderLine(line, context))}
    ${
      !hasTraffickingLine && directory
        ? html`<p part="directory" class="directory">
            ${lines.length || !context.dataUsable ? nothing : html`${none} `}${more}
            <a href=${directory.url} rel="noopener noreferrer" @click=${() => context.used('web')}>${directory.name}</a>
          </p>`
        : nothing
    }
  </div>`;
}
