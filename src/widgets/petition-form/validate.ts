import { msg } from '@lit/localize';
import type { FieldSpec } from './fields.js';

/**
 * Our own localized message for a field's native validity (never the browser's text, which is in the browser's
 * language, not the page's), or '' when the value is valid.
 */
export function validationMessage(field: FieldSpec, control: HTMLInputElement | HTMLSelectElement): string {
  const validity = control.validity;
  if (validity.valid) return '';
  if (validity.valueMissing) return field.missing();
  switch (field.key) {
    case 'email':
      return msg('Enter an email address like name@example.org.', {
        id: 'petition-form.email-invalid',
        desc: 'Error under the email field when the address is not valid. Keep the example address.',
      });
    case 'phone':
      return msg('Enter a phone number using digits, like +44 20 7946 0958.', {
        id: 'petition-form.phone-invalid',
        desc: "Error under the phone field. The example is a fictional number; use one from your country's drama range if you like.",
      });
    default:
      return msg('Check this field.', { id: 'petition-form.invalid', desc: 'Error under a petition field whose value is not accepted (rare: e.g. too long).' });
  }
}
