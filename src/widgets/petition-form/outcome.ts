import { msg } from '@lit/localize';
import { clean } from './sanitize.js';
import { own } from '../../core/own.js';
import { fieldName, type FieldSpec } from './fields.js';

/* What the signer is told once a signature is on its way: sending, retrying, offline, thanked, refused. */

export const sendingMessage = (): string => msg('Sending your signature…', { id: 'petition-form.sending', desc: 'Status while the signature is being sent.' });

export const retryingMessage = (): string =>
  msg('Your signature could not be sent yet. Trying again…', {
    id: 'petition-form.retrying-again',
    desc: 'Status when an attempt to send failed (no answer, or an error of the petition service) and is retried automatically. Said once, however many attempts follow.',
  });

export const thanksMessage = (): string => msg('Thank you for signing!', { id: 'petition-form.thanks', desc: 'Shown once the signature has been received.' });

export const offlineMessage = (): string =>
  msg('You are offline. Your signature is kept on this page and will be sent when the connection returns: please keep this page open.', {
    id: 'petition-form.offline',
    desc: 'Status when the signer has no connection; the signature waits and is sent automatically.',
  });

export const failedMessage = (): string =>
  msg('Your signature could not be sent. Please check your details and try again.', {
    id: 'petition-form.failed',
    desc: 'Status when the petition service refused the signature without saying which field is wrong.',
  });

export const serviceFaultMessage = (): string =>
  msg('Your signature could not be sent because of a problem with the petition service, not your details. Please try again later.', {
    id: 'petition-form.service-fault',
    desc: 'Status when the petition service cannot take signatures at all (it is wrongly set up or moved), so nothing the signer changes will help. The form keeps what they typed.',
  });

/**
 * Whether a refusal may be about what the signer typed: a 400 or 422. Any other 4xx that is not retried (401, 403,
 * 404, 405, 410, 413, 415…) says the endpoint is missing, moved, locked or wrongly set up: the signer cannot fix it.
 */
export const detailsMayBeAtFault = (status: number): boolean => status === 400 || status === 422;

/**
 * The field errors in a refusal (`{"errors": {"email": "…"}}`, keyed by the field's body name or its attribute name,
 * a message or a list of them), cleaned, for the fields the form shows. Anything else in the answer is ignored.
 */
export function serverFieldErrors(answer: unknown, shown: readonly FieldSpec[]): Record<string, string> {
  const given = own(answer, 'errors');
  const errors: Record<string, string> = {};
  for (const { key } of shown) {
    let message = own(given, fieldName(key)) ?? own(given, key);
    if (Array.isArray(message)) message = message[0];
    if (typeof message === 'string') errors[key] = clean(message, 300);
  }
  return errors;
}
