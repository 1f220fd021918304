import type { Adapter } from './types.js';

/**
 * `format="osdi"`: the body of an OSDI `record_signature_helper` (Action Network and other OSDI systems), with
 * our `submission_id` and consent record beside it:
 * `{person: {given_name, family_name, email_addresses: [{address, status}], postal_addresses: [{postal_code,
 * country}], phone_numbers: [{number}]}, add_tags, action_date, referrer_data: {source}, submission_id, consent}`.
 *
 * The email's `status` follows the opt-in: `subscribed` when ticked, else `unsubscribed`, because OSDI systems
 * such as Action Network subscribe new people whose status is not given. OSDI endpoints need an API key: send to
 * your own server or a proxy that adds it, never put a key in the page.
 */
export const osdi: Adapter = ({ submission_id, signer, consent, tags, source_code }) => {
  const { given_name, family_name, email, country, postal_code, phone } = signer;
  const person: Record<string, unknown> = { given_name, family_name };
  if (email) person.email_addresses = [{ address: email, status: consent.given ? 'subscribed' : 'unsubscribed' }];
  if (postal_code || country) person.postal_addresses = [{ postal_code, country }];
  if (phone) person.phone_numbers = [{ number: phone }];
  return [
    'application/json',
    JSON.stringify({
      person,
      add_tags: tags,
      action_date: consent.time,
      referrer_data: source_code ? { source: source_code } : undefined,
      submission_id,
      consent,
    }),
  ];
};
