// Builds one mission contact block from raw fields, collecting what was dropped or tidied.
import { checkEmail, checkPhone, checkWebsite, cleanText } from './validate.mjs';

/**
 * @param {{name?: unknown, address?: unknown, phone?: unknown, email?: unknown, website?: unknown}} raw
 * @param {(message: string, kind: 'field' | 'notice') => void} report
 * @returns the contact fields that passed (only defined keys), or null when none did
 */
export function contactFields(raw, report) {
  const out = {};
  const take = (result, what) => {
    if (result.error) report(`${what}${result.error}; dropped`, 'field');
    else if (result.notice) report(result.notice, 'notice');
    return result.error ? undefined : result.value;
  };
  const name = take(cleanText(raw.name, { max: 200 }), 'mission name ');
  const address = take(cleanText(raw.address, { lines: true }), 'address ');
  const phone = take(checkPhone(raw.phone), '');
  const email = take(checkEmail(raw.email), '');
  const website = take(checkWebsite(raw.website), '');
  if (name) out.name = name;
  if (address) out.address = address;
  if (phone) Object.assign(out, phone);
  if (email) out.email = email;
  if (website) out.website = website;
  return Object.keys(out).length ? out : null;
}

/** True when a block has something a visitor can use to reach the mission (not just a name). */
export function hasChannel(fields) {
  return Boolean(fields && (fields.address || fields.tel || fields.email || fields.website));
}
