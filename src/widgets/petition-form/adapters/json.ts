import type { Adapter } from './types.js';

/**
 * `format="json"`: the documented body, `application/json`:
 * `{submission_id, signer: {given_name, family_name, email, country, postal_code, phone}, consent: {given, text,
 * locale, time}, tags: [...], source_code, screening: {fill_ms, honeypot, too_fast}}` (empty fields and an absent
 * source code are left out).
 */
export const json: Adapter = (signature) => ['application/json', JSON.stringify(signature)];
