// The receiver's emails and pages speak every language the widgets speak: a signer who signed in a language the
// receiver lacks would get the confirmation in English.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { TRANSLATED_LANGUAGES } from '../../scripts/languages.mjs';
import { lib } from './helpers.mjs';

it('has its messages in every language of the widgets (lit-localize.json)', () => {
  assert.deepEqual(
    TRANSLATED_LANGUAGES.filter((code) => !lib.LANGUAGES.includes(code)),
    [],
    'add them to LANGUAGES and MESSAGES in receiver/src/messages.ts',
  );
});
