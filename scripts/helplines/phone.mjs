// Telephone numbers of help lines and emergency services: what may become a `tel:` link.
//
// A number is linked only when the way it is written leaves no doubt how to dial it:
//   - written with + and the country code (`+43 677 61343434`, `(+995 32) 2 100 229`): E.164, `+4367761343434`;
//   - a North American number (10 digits, or 11 starting with 1) in a country of the North American Numbering Plan:
//     `1-888-373-7888` -> `+18883737888`;
//   - a short number dialled as written in the country, up to 6 digits, optionally starting with * (`116 006` ->
//     `116006`, `*4242`, `999`).
// Anything else (a national number with a trunk prefix such as `08000 121 700`, letters such as `800 SAVE`, a range)
// keeps only its display text: turning it into an international number needs per-country rules, and a wrong
// number is worse than none.

/** Member states in the North American Numbering Plan (country code 1). */
export const NANP_COUNTRIES = new Set(['US', 'CA', 'AG', 'BS', 'BB', 'DM', 'DO', 'GD', 'JM', 'KN', 'LC', 'VC', 'TT']);
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

/** The `tel` value for a number as written in `country`, or undefined when it is not unambiguous. */
export function telFor(country, written) {
  const text = String(written ?? '').trim();
  if (!text || /[^\d\s()+*.\/-]/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (/^\(?\+/.test(text)) return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined;
  if (text.includes('+')) return undefined;
  if (NANP_COUNTRIES.has(country)) {
    if (NANP.test(digits)) return `+1${digits}`;
    if (digits.length === 11 && digits.startsWith('1') && NANP.test(digits.slice(1))) return `+${digits}`;
  }
  if (/^\*?[\d\s]+$/.test(text) && digits.length >= 2 && digits.length <= 6) return `${text.startsWith('*') ? '*' : ''}${digits}`;
  return undefined;
}

/** True for a valid `tel` of a help line or an emergency service: E.164, or a short number as dialled. */
export function isHelpTel(tel) {
  return typeof tel === 'string' && (/^\+[1-9]\d{7,14}$/.test(tel) || /^\*?\d{2,6}$/.test(tel));
}
