import { msg } from '@lit/localize';

/** The fields a petition can ask for (the `fields` and `required` attributes use these names). */
export type FieldKey = 'given-name' | 'family-name' | 'email' | 'country' | 'postal-code' | 'phone';

/**
 * One field: its key, the longest value kept, the input type (`select` for the country) and a native `pattern`.
 * The input's `name` (and its key in every body format) is the key with an underscore: `given_name`, `postal_code`.
 */
export type FieldSpec = readonly [key: FieldKey, max: number, type?: string, pattern?: string];

/** Every field, in the order the form shows them. */
export const FIELDS: readonly FieldSpec[] = [
  ['given-name', 100],
  ['family-name', 100],
  // Native type=email accepts "a@b"; the pattern also asks for a dot in the domain.
  ['email', 254, 'email', '[^@]+@[^@]+\\.[^@]+'],
  ['country', 2, 'select'],
  ['postal-code', 20],
  ['phone', 32, 'tel', '\\+?[0-9][0-9 \\(\\)\\.\\-]{3,}'],
];

/** The input `name` and body key of a field. */
export const fieldName = (key: FieldKey): string => key.replace('-', '_');

/** A field's label and the error shown when it is required and left empty. */
export const TEXTS: Record<FieldKey, () => [label: string, missing: string]> = {
  'given-name': () => [
    msg('First name', { id: 'petition-form.given-name', desc: 'Label of a petition form field.' }),
    msg('Enter your first name.', { id: 'petition-form.given-name-missing', desc: 'Error under a required petition field the signer left empty.' }),
  ],
  'family-name': () => [
    msg('Last name', { id: 'petition-form.family-name', desc: 'Label of a petition form field.' }),
    msg('Enter your last name.', { id: 'petition-form.family-name-missing', desc: 'Error under a required petition field the signer left empty.' }),
  ],
  email: () => [
    msg('Email', { id: 'petition-form.email', desc: 'Label of a petition form field.' }),
    msg('Enter your email address.', { id: 'petition-form.email-missing', desc: 'Error under a required petition field the signer left empty.' }),
  ],
  country: () => [
    msg('Country', { id: 'petition-form.country', desc: 'Label of a petition form field.' }),
    msg('Choose your country.', { id: 'petition-form.country-missing', desc: 'Error under a required petition field the signer left empty.' }),
  ],
  'postal-code': () => [
    msg('Postal code', { id: 'petition-form.postal-code', desc: 'Label of a petition form field.' }),
    msg('Enter your postal code.', { id: 'petition-form.postal-code-missing', desc: 'Error under a required petition field the signer left empty.' }),
  ],
  phone: () => [
    msg('Phone', { id: 'petition-form.phone', desc: 'Label of a petition form field.' }),
    msg('Enter your phone number.', { id: 'petition-form.phone-missing', desc: 'Error under a required petition field the signer left empty.' }),
  ],
};
