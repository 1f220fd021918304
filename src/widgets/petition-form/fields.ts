import { msg } from '@lit/localize';

/** The fields a petition can ask for (the `fields` and `required` attributes use these names). */
export type FieldKey = 'given-name' | 'family-name' | 'email' | 'country' | 'postal-code' | 'phone';

/**
 * One field of the form. Its input's `name`, and its key in every body format, is the key with an underscore
 * (`given_name`, `postal_code`: see fieldName()); its `autocomplete` token, with the `autofill` attribute, is the key
 * itself (`tel` for the phone), and `off` without it.
 */
export interface FieldSpec {
  key: FieldKey;
  /** The longest value kept, in characters. */
  maxLength: number;
  type: 'text' | 'email' | 'tel' | 'select';
  /** A native `pattern`, checked with the field's other constraints. */
  pattern?: string;
  label(): string;
  /** The error shown when the field is required and left empty. */
  missing(): string;
}

/** Every field, in the order the form shows them. */
export const FIELDS: readonly FieldSpec[] = [
  {
    key: 'given-name',
    maxLength: 100,
    type: 'text',
    label: () => msg('First name', { id: 'petition-form.given-name', desc: 'Label of a petition form field.' }),
    missing: () =>
      msg('Enter your first name.', { id: 'petition-form.given-name-missing', desc: 'Error under a required petition field the signer left empty.' }),
  },
  {
    key: 'family-name',
    maxLength: 100,
    type: 'text',
    label: () => msg('Last name', { id: 'petition-form.family-name', desc: 'Label of a petition form field.' }),
    missing: () =>
      msg('Enter your last name.', { id: 'petition-form.family-name-missing', desc: 'Error under a required petition field the signer left empty.' }),
  },
  {
    key: 'email',
    maxLength: 254,
    type: 'email',
    // Native type=email accepts "a@b"; the pattern also asks for a dot in the domain.
    pattern: '[^@]+@[^@]+\\.[^@]+',
    label: () => msg('Email', { id: 'petition-form.email', desc: 'Label of a petition form field.' }),
    missing: () =>
      msg('Enter your email address.', { id: 'petition-form.email-missing', desc: 'Error under a required petition field the signer left empty.' }),
  },
  {
    key: 'country',
    maxLength: 2,
    type: 'select',
    label: () => msg('Country', { id: 'petition-form.country', desc: 'Label of a petition form field.' }),
    missing: () => msg('Choose your country.', { id: 'petition-form.country-missing', desc: 'Error under a required petition field the signer left empty.' }),
  },
  {
    key: 'postal-code',
    maxLength: 20,
    type: 'text',
    label: () => msg('Postal code', { id: 'petition-form.postal-code', desc: 'Label of a petition form field.' }),
    missing: () =>
      msg('Enter your postal code.', { id: 'petition-form.postal-code-missing', desc: 'Error under a required petition field the signer left empty.' }),
  },
  {
    key: 'phone',
    maxLength: 32,
    type: 'tel',
    pattern: '\\+?[0-9][0-9 \\(\\)\\.\\-]{3,}',
    label: () => msg('Phone', { id: 'petition-form.phone', desc: 'Label of a petition form field.' }),
    missing: () => msg('Enter your phone number.', { id: 'petition-form.phone-missing', desc: 'Error under a required petition field the signer left empty.' }),
  },
];

/** Every field key, in order. */
export const FIELD_KEYS: readonly FieldKey[] = FIELDS.map((field) => field.key);

/** The input `name` and body key of a field. */
export const fieldName = (key: FieldKey): string => key.replace('-', '_');
