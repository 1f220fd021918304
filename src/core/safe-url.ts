/** URL schemes a widget may put in an href. */
export type UrlKind = 'web' | 'mailto' | 'tel' | 'sms';

/** A dialable number: optional + (or * for a short code), then digits with spaces, dots, dashes or brackets. No letters. */
const TEL_NUMBER = /^[+*]?[0-9][0-9 ().-]*$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Percent-decoded text, or '' when it holds a stray `%` that is not an escape (decodeURIComponent would throw). */
function decodedOrEmpty(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/**
 * One plain email address, safe to put after `mailto:`: letters, digits and `. _ + -` before the @, a dotted host
 * name after it. Anything that could add a recipient or a header (`,` `;` `?` `&` `%` spaces) is refused, as are the
 * rarer characters RFC 5322 allows, which no mission or helpline uses.
 */
const MAIL_ADDRESS = /^[A-Za-z0-9._+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The address when it is one plain email address (see MAIL_ADDRESS), else null. */
export function mailAddress(value: unknown): string | null {
  return typeof value === 'string' && MAIL_ADDRESS.test(value.trim()) ? value.trim() : null;
}

/**
 * Returns the URL as a string when it is safe to link to, otherwise null.
 * `web` accepts `https:` anywhere and `http:` only on localhost (for development);
 * `mailto:`, `tel:` and `sms:` only when asked for. `javascript:`, `data:` and every other scheme are refused.
 */
export function safeUrl(value: string | null | undefined, kinds: readonly UrlKind[] = ['web']): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, globalThis.location?.href);
  } catch {
    return null;
  }
  switch (url.protocol) {
    case 'https:':
      return kinds.includes('web') ? url.href : null;
    case 'http:':
      return kinds.includes('web') && LOCAL_HOSTS.has(url.hostname) ? url.href : null;
    case 'mailto:':
      return kinds.includes('mailto') ? url.href : null;
    case 'tel:':
    case 'sms:':
      return kinds.includes(url.protocol.slice(0, -1) as UrlKind) && TEL_NUMBER.test(decodedOrEmpty(url.pathname)) ? url.href : null;
    default:
      return null;
  }
}
