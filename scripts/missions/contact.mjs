// Builds one mission's checked contact values from raw fields, collecting what was dropped or tidied.
import { checkEmail, checkPhone, checkWebsite, cleanText } from './validate.mjs';

/**
 * @param {{name?: unknown, address?: unknown, phone?: unknown, email?: unknown, website?: unknown}} raw
 * @param {(message: string, kind: 'field' | 'notice') => void} report
 * @returns the fields that passed, by missions.csv field name (mission_name, address, phone, email, website), each
 *   the value as it will be written (the first of several numbers or addresses, a website as a full https: address)
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
  if (name) out.mission_name = name;
  if (address) out.address = address;
  if (phone) out.phone = phone.phone;
  if (email) out.email = email;
  if (website) out.website = website;
  return out;
}

/** True when the values let a visitor reach the mission (not just a name). */
export function hasChannel(fields) {
  return Boolean(fields && (fields.address || fields.phone || fields.email || fields.website));
}

/** The same source, date and currency for each value of one record (a Blue Book entry or a spreadsheet row). */
export function withSource(fields, source) {
  return Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { value, ...source }]));
}
