// Telephone numbers of help lines and emergency services: what may become a `tel:` link.
//
// A number is linked only when the way it is written leaves no doubt how to dial it:
//   - written with + and the country code (`+43 677 61343434`, `(+995 32) 2 100 229`): E.164, `+4367761343434`;
//   - a North American number (10 digits, or 11 starting with 1) in a country of the North American Numbering Plan:
//     `1-888-373-7888` -> `+18883737888`;
//   - a short number dialled as written in the country, up to 6 digits, optionally starting with * (`116 006` ->
//     `116006`, `*4242`, `999`);
//   - a national number that the country's numbering plan (libphonenumber's metadata, the data phones themselves
//     use) knows as a fixed or mobile line: such a number is the same from anywhere in E.164 form, so the link works
//     at home and from abroad (`03 9345 1800` in AU -> `+61393451800`, `432-2873` in BB, whose only area code is
//     246 -> `+12464322873`).
// Anything else gets no `tel`: letters (`800 SAVE`), ranges, and toll-free, shared-cost or other special numbers
// (`08000 121 700`), which many networks do not connect from abroad or in international form even at home. (The
// widget links such a number as dialled at home when it is only digits and spaces; src/widgets/help-line/help-card.ts.)
// Nor does a number whose `tel` the widget would drop: the widget's own check that a link dials the number shown
// (src/core/shown-number.ts) runs here too, so no `tel` is written that the page would refuse with a warning
// (`(017) 123-45-67` in Belarus, which libphonenumber reads, though the country writes `8 017…`).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { importSource } from '../import-source.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { telDialsShown } = await importSource(join(root, 'src/core/shown-number.ts'));
const { numberingPlan } = await importSource(join(root, 'src/data/calling-codes.ts'));

/** Member states in the North American Numbering Plan (country code 1). */
export const NANP_COUNTRIES = new Set(['US', 'CA', 'AG', 'BS', 'BB', 'DM', 'DO', 'GD', 'JM', 'KN', 'LC', 'VC', 'TT']);
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

/** The `tel` value for a number as written in `country`, or undefined when it is not unambiguous. */
export function telFor(country, written) {
  const tel = unambiguousTel(country, written);
  return tel && telDialsShown(tel, String(written).trim(), numberingPlan(country)) ? tel : undefined;
}

function unambiguousTel(country, written) {
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
  return lineNumberFor(country, text);
}

/** Number types that are dialled the same in E.164 form from any phone, at home or abroad. */
const LINE_TYPES = new Set(['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** The E.164 form of a national fixed or mobile number, or undefined for any other number or an invalid one. */
function lineNumberFor(country, text) {
  const number = parsePhoneNumberFromString(text, country);
  if (!number?.isValid() || number.country !== country || !LINE_TYPES.has(number.getType())) return undefined;
  return number.format('E.164');
}

/** True for a valid `tel` of a help line or an emergency service: E.164, or a short number as dialled. */
export function isHelpTel(tel) {
  return typeof tel === 'string' && (/^\+[1-9]\d{7,14}$/.test(tel) || /^\*?\d{2,6}$/.test(tel));
}
