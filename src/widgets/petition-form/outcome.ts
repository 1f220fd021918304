import { msg } from '@lit/localize';
import { clean } from './sanitize.js';
import { fieldName, type FieldSpec } from './fields.js';

/*
 * What the signer is told once a signature is on its way: sending, retrying, refused. Part of the sending code
 * (send.lazy.ts), loaded before any signature goes; only the offline notice stays in the form, for when that code
 * itself could not load.
 */

export const sendingMessage = (): string => msg('Sending your signature…', { id: 'petition-form.sending', desc: 'Status while the signature is being sent.' });

export const retryingMessage = (): string =>
  msg('The petition service did not answer. Trying again…', { id: 'petition-form.retrying', desc: 'Status when sending failed and is being retried automatically.' });

export const failedMessage = (): string =>
  msg('Your signature could not be sent. Please check your details and try again.', { id: 'petition-form.failed', desc: 'Status when the petition service refused the signature without saying which field is wrong.' });

/**
 * The field errors in a refusal (`{"errors": {"email": "…"}}`, keyed by the field's body name or its attribute name,
 * a message or a list of them), cleaned, for the fields the form shows. Anything else in the answer is ignored.
 */
export function serverFieldErrors(answer: unknown, shown: readonly FieldSpec[]): Record<string, string> {
  const given = (answer as { errors?: Record<string, unknown> } | null | undefined)?.errors;
  const errors: Record<string, string> = {};
  for (const [key] of shown) {
    let message = given?.[fieldName(key)] ?? given?.[key];
    if (Array.isArray(message)) message = message[0];
    if (typeof message === 'string') errors[key] = clean(message, 300);
  }
  return errors;
}
