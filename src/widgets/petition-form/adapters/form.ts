import type { Adapter } from './types.js';

/**
 * `format="form"`: flat `application/x-www-form-urlencoded` fields, as common form back-ends expect:
 * `submission_id`, the filled fields (`given_name`, `family_name`, `email`, `country`, `postal_code`, `phone`),
 * `consent` (`yes`/`no`), `consent_text`, `consent_locale`, `consent_time`, `tags` (comma-separated, when any),
 * `source_code` (when set), and the screening as `screening_fill_ms`, `screening_honeypot` and `screening_too_fast`
 * (`yes`/`no`).
 */
export const form: Adapter = ({ submission_id, signer, consent, tags, source_code, screening }) => {
  const params = new URLSearchParams({ submission_id, ...signer });
  params.set('consent', consent.given ? 'yes' : 'no');
  params.set('consent_text', consent.text);
  params.set('consent_locale', consent.locale);
  params.set('consent_time', consent.time);
  if (tags.length) params.set('tags', tags.join(','));
  if (source_code) params.set('source_code', source_code);
  params.set('screening_fill_ms', String(screening.fill_ms));
  params.set('screening_honeypot', screening.honeypot ? 'yes' : 'no');
  params.set('screening_too_fast', screening.too_fast ? 'yes' : 'no');
  return ['application/x-www-form-urlencoded;charset=UTF-8', params.toString()];
};
