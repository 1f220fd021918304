// The receiver's emails and pages speak every language the widgets speak: a signer who signed in a language the
// receiver lacks would get the confirmation in English.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { lib, receiverDir } from './helpers.mjs';

it('has its messages in every language of the widgets (lit-localize.json)', () => {
  const { sourceLocale, targetLocales } = JSON.parse(readFileSync(join(receiverDir, '../lit-localize.json'), 'utf8'));
  const widgetLanguages = [sourceLocale, ...targetLocales.filter((code) => code !== 'en-XA')];
  assert.deepEqual(
    widgetLanguages.filter((code) => !lib.LANGUAGES.includes(code)),
    [],
    'add them to LANGUAGES and MESSAGES in receiver/src/messages.ts',
  );
});
