import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { cachedIntl } from './intl-cache.js';

/** A page a value was read on: its host name as the label, and its https: address when it has one. */
export interface SourceLink {
  label: string;
  url?: string;
}

/** A day from a dataset (`2026-11-22`) as a long date in the page's language; dataset dates are UTC days. */
export const longDate = (value: string, locale: string) =>
  cachedIntl(Intl.DateTimeFormat, locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));

/**
 * "Source: a.org and b.org." in the page's language, each source linked where it has an address. The list's
 * separators come from `Intl.ListFormat` ("a.org、b.org和c.org" in Chinese), the label and the closing punctuation
 * from the translation ("来源：…。"), so no English comma or full stop is left in another script.
 */
export function sourcesSentence(sources: SourceLink[], locale: string): TemplateResult {
  const parts = cachedIntl(Intl.ListFormat, locale, { type: 'conjunction' }).formatToParts(sources.map((source) => source.label));
  let next = 0;
  // The list's elements come back in the order given, between the language's separators.
  const list = parts.map((part) => (part.type === 'element' ? sourceLink(sources[next++]) : part.value));
  return msg(html`Source: ${list}.`, {
    id: 'sources',
    desc: "The sources of a helpline's or a mission's details, e.g. \"Source: unseenuk.org and gov.uk.\". 0 = the list of sources, already joined in the page's language, each a link.",
  });
}

const sourceLink = ({ label, url }: SourceLink) => (url ? html`<a href=${url} rel="noopener noreferrer">${label}</a>` : label);
