// Which address a block's option gives the page: the rule of campaign_widgets_check_url() (wordpress/includes/
// widgets.php), for the editor, which says under a field when the page will not use what was typed and previews
// what the page will. PHP decides on what WordPress's esc_url_raw() leaves of the address and on PHP's parse_url()
// of that, so the steps of theirs that bear on the answer are written out here, on the address's UTF-8 bytes as PHP
// sees them. test/wordpress/plugin.test.mjs gives both the same addresses (a table and thousands of generated ones)
// and compares every answer.

/** What an option takes (wordpress/widgets.mjs `accepts`): `web`, `mailto`, or for the neutral site `https` alone. */
export type AddressKind = 'web' | 'mailto' | 'https';

/** What only PHP knows, given to the editor (campaign_widgets_address_site()). */
export interface AddressSite {
  /** The home page's scheme and host: where a relative address (`/sign`, `//host/x`) lands. */
  scheme: string | null;
  host: string | null;
  /** Whether http to this machine is kept here (a test copy of the site: campaign_widgets_local_http_allowed()). */
  localHttp: boolean;
}

/** The address the page uses ('' for none) and, when one given is refused, why: `scheme`, or `local` (localhost on a live site). */
export type AddressAnswer = [value: string, refused: '' | 'scheme' | 'local'];

interface UrlParts {
  scheme?: string;
  user?: string;
  pass?: string;
  host?: string;
  port?: number;
}

// PHP's string functions as the rule uses them: trim()'s characters, strtolower() (ASCII only), truthiness.
const trim = (text: string) => text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
const lower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
const truthy = (text: string | null | undefined): text is string => !!text && text !== '0';
const replaceAll = (subject: string, search: string, replacement: string) => (search === '' ? subject : subject.split(search).join(replacement));
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** A string as PHP holds it: one character per UTF-8 byte. */
const toBytes = (text: string) => Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
const fromBytes = (bytes: string) => new TextDecoder().decode(Uint8Array.from(bytes, (char) => char.charCodeAt(0)));

/** C's strtol() as parse_url() reads a port: optional sign, then digits; null when there are none. */
function strtol(text: string): number | null {
  const match = /^([+-]?)(\d+)/.exec(text);
  return match ? Number(match[1] + match[2]) : null;
}

/** PHP's parse_url() (ext/standard/url.c) up to the path: null where PHP returns false. */
function parseUrl(url: string): UrlParts | null {
  const parts: UrlParts = {};
  const end = url.length;
  const before = (from: number, chars: string) => {
    const found = [...chars].map((char) => url.indexOf(char, from)).filter((index) => index >= 0);
    return found.length ? Math.min(...found) : end;
  };
  let s = 0;
  let e = url.indexOf(':');
  // Where url.c goes next (its labels parse_port, parse_host and just_path; the path itself is not needed here).
  let step: 'port' | 'host' | 'path' = 'path';
  if (e > 0) {
    const invalid = [...url.slice(0, e)].some((char) => !/[A-Za-z0-9+.-]/.test(char));
    if (invalid) {
      if (e + 1 < end && e < before(0, '?#')) step = 'port';
      else if (url.startsWith('//')) [s, step] = [2, 'host'];
    } else if (e + 1 === end) {
      parts.scheme = url.slice(0, e);
    } else if (url[e + 1] !== '/') {
      let p = e + 1;
      while (isDigit(url[p])) p += 1;
      if ((p === end || url[p] === '/') && p - e < 7) step = 'port';
      else parts.scheme = url.slice(0, e);
    } else {
      parts.scheme = url.slice(0, e);
      if (url[e + 2] === '/') {
        s = e + 3;
        step = lower(parts.scheme) === 'file' && url[e + 3] === '/' ? 'path' : 'host';
      }
    }
  } else if (e === 0) {
    step = 'port';
  } else if (url.startsWith('//')) {
    [s, step] = [2, 'host'];
  }
  if (step === 'port') {
    const p = e + 1;
    let pp = p;
    while (pp < end && pp - p < 6 && isDigit(url[pp])) pp += 1;
    if (pp - p > 0 && pp - p < 6 && (pp === end || url[pp] === '/')) {
      const port = Number(url.slice(p, pp));
      if (port > 65535) return null;
      parts.port = port;
      if (url.startsWith('//', s)) s += 2;
    } else if (p === pp && pp === end) {
      return null;
    } else if (url.startsWith('//', s)) {
      s += 2;
    } else {
      return parts;
    }
    step = 'host';
  }
  if (step !== 'host') return parts;
  e = before(s, '/?#');
  const at = url.lastIndexOf('@', e - 1);
  if (at >= s) {
    const colon = url.indexOf(':', s);
    if (colon >= 0 && colon < at) [parts.user, parts.pass] = [url.slice(s, colon), url.slice(colon + 1, at)];
    else parts.user = url.slice(s, at);
    s = at + 1;
  }
  let p = s < end && url[s] === '[' && url[e - 1] === ']' ? -1 : url.lastIndexOf(':', e - 1);
  if (p >= s) {
    if (!parts.port) {
      if (e - (p + 1) > 5) return null;
      if (e - (p + 1) > 0) {
        const port = strtol(url.slice(p + 1, e));
        if (port === null || port < 0 || port > 65535) return null;
        parts.port = port;
      }
    }
  } else {
    p = e;
  }
  if (p - s < 1) return null;
  parts.host = url.slice(s, p);
  return parts;
}

/** WordPress's wp_parse_url(): parse_url() that also reads `//host/path` and `/path`. */
function wpParseUrl(url: string): UrlParts | null {
  const relative = url.startsWith('//') ? ['scheme'] : url.startsWith('/') ? ['scheme', 'host'] : [];
  const parts = parseUrl(url.startsWith('//') ? `placeholder:${url}` : url.startsWith('/') ? `placeholder://placeholder${url}` : url);
  for (const key of relative) delete parts?.[key as keyof UrlParts];
  return parts;
}

/**
 * WordPress's esc_url_raw() with these protocols (esc_url() in its `db` context, without the `clean_url` filter): ''
 * for an address it refuses. wp_kses_bad_protocol(), which it asks, is written here as what it comes to for esc_url():
 * the address is kept when it is unchanged but for its scheme's case.
 */
function escUrlRaw(given: string, protocols: string[]): string {
  let url = replaceAll(given.replace(/^[ \t\n\r\0\x0B]+/, ''), ' ', '%20').replace(/[^a-z0-9\-~+_.?#=!&;,/:%@$|*'()[\]\x80-\xff]/gi, '');
  if (url === '') return '';
  if (!/^mailto:/i.test(url)) {
    let before;
    do {
      before = url;
      for (const search of ['%0d', '%0a', '%0D', '%0A']) url = replaceAll(url, search, '');
    } while (url !== before);
  }
  url = replaceAll(url, ';//', '://');
  if (!url.includes(':') && !['/', '#', '?'].includes(url[0] ?? '') && !/^[a-z0-9-]+?\.php/i.test(url)) url = `http://${url}`;
  if (url.includes('[') || url.includes(']')) {
    const parsed = wpParseUrl(url) ?? {};
    let front = parsed.scheme !== undefined ? `${parsed.scheme}://` : url[0] === '/' ? '//' : '';
    front += (parsed.user ?? '') + (parsed.pass !== undefined ? `:${parsed.pass}` : '');
    front += parsed.user !== undefined || parsed.pass !== undefined ? '@' : '';
    front += (parsed.host ?? '') + (parsed.port !== undefined ? `:${parsed.port}` : '');
    const dirty = replaceAll(url, front, '');
    url = replaceAll(url, dirty, replaceAll(replaceAll(dirty, '[', '%5B'), ']', '%5D'));
  }
  if (url[0] === '/' || url.startsWith('https://') || url.startsWith('http://')) return url;
  // wp_kses_bad_protocol(): an unfinished `&#58` or `&#x3a` anywhere is completed (so the address changes), and the
  // text before the first `:` (or `&#58;`), unless it holds `/?`, must be an allowed scheme followed by a plain `:`.
  if (/&#0*58(?![;0-9])|&#x0*3a(?![;a-f0-9])/i.test(url)) return '';
  const separator = /:|&#0*58;|&#x0*3a;/i.exec(url);
  if (!separator || url.slice(0, separator.index).includes('/?')) return url;
  const scheme = lower(url.slice(0, separator.index));
  return separator[0] === ':' && protocols.includes(scheme) ? scheme + url.slice(separator.index) : '';
}

const isLocalHost = (host: string | null | undefined) => typeof host === 'string' && ['localhost', '127.0.0.1', '[::1]'].includes(lower(host));

/**
 * The address a block's option gives the page, as campaign_widgets_check_url() answers for an option that takes
 * $kinds on this site: the address ('' when none was given or it is refused) and why it is refused.
 */
export function pageAddress(given: unknown, kinds: readonly AddressKind[], site: AddressSite): AddressAnswer {
  const text = typeof given === 'string' ? trim(toBytes(given)) : '';
  if (text === '') return ['', ''];
  const value = escUrlRaw(text, kinds.includes('mailto') ? ['https', 'http', 'mailto'] : ['https', 'http']);
  if (value === '') return ['', 'scheme'];
  const parts = wpParseUrl(value);
  let scheme: string | null | undefined = parts?.scheme;
  let host: string | null | undefined = parts?.host;
  // A scheme or a host PHP cannot read is no relative address (`http:///x` goes to http://x/): refused, as in PHP.
  if ((!truthy(scheme) && /^[a-z][a-z0-9+.-]*:/i.test(value)) || (!truthy(host) && value.startsWith('//'))) return ['', 'scheme'];
  if (!truthy(scheme)) {
    // The neutral site is another site; `/sign` or `//host/sign` is on the page's scheme (and host, when it names none).
    if (!kinds.includes('web')) return ['', 'scheme'];
    scheme = site.scheme;
    host = truthy(host) ? host : site.host;
  }
  scheme = lower(scheme ?? '');
  if (scheme === 'https' || (scheme === 'mailto' && kinds.includes('mailto'))) return [fromBytes(value), ''];
  if (scheme === 'http' && kinds.includes('web') && isLocalHost(host)) return site.localHttp ? [fromBytes(value), ''] : ['', 'local'];
  return ['', 'scheme'];
}
