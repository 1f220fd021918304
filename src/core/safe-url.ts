/** URL schemes a widget may put in an href. */
export type UrlKind = 'web' | 'mailto' | 'tel';

/** A dialable number: optional +, then digits with spaces, dots, dashes or brackets. No letters. */
const TEL_NUMBER = /^\+?[0-9][0-9 ().-]*$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns the URL as a string when it is safe to link to, otherwise null.
 * `web` accepts `https:` anywhere and `http:` only on localhost (for development);
 * `mailto:` and `tel:` only when asked for. `javascript:`, `data:` and every other scheme are refused.
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
      return kinds.includes('tel') && TEL_NUMBER.test(decodeURIComponent(url.pathname)) ? url.href : null;
    default:
      return null;
  }
}
