import type { Adapter } from './types.js';

/**
 * `format="osdi"`: the body of an OSDI `record_signature_helper` (Action Network and other OSDI systems), with
 * our `submission_id`, consent record and screening beside it:
 * `{person: {given_name, family_name, email_addresses: [{address, status}], postal_addresses: [{postal_code,
 * country}], phone_numbers: [{number}]}, add_tags, action_date, referrer_data: {source}, submission_id, consent, screening}`.
 *
 * The email's `status` is `subscribed` only when the signer ticked the opt-in, else `unsubscribed`. Action Network's
 * record_signature_helper subscribes every new person whatever the status says, so the partner's proxy must honour
 * `consent.given` (README, "What each format does with consent"). OSDI endpoints need an API key: send to your own
 * server or a proxy that adds it, never put a key in the page.
 */
export const osdi: Adapter = ({ submission_id, signer, consent, tags, source_code, screening }) => {
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
      screening,
    }),
  ];
};
