// The configurator's own texts (scripts/configurator-messages.mjs): what the code asks for with t(), and whether
// every language in configurator/locales/ translates each with its placeholders and code. Run with
// `node --test test/scripts/*.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareMessages, extractMessages, localeFiles } from '../../scripts/configurator-messages.mjs';
import { TRANSLATED_LANGUAGES } from '../../scripts/languages.mjs';

test('reads every t() text of the configurator, each once, whatever its quotes and line breaks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-messages-'));
  writeFileSync(
    join(dir, 'a.ts'),
    `h('h2', {}, t('2. Check it'));\nconst x = t(\n  "It's {count}",\n  { count },\n);\nt('2. Check it');\nconst other = at('not this');\n`,
  );
  assert.deepEqual(extractMessages(dir), ['2. Check it', "It's {count}"]);
  const texts = extractMessages();
  assert.ok(texts.includes('1. Choose the widget and its options') && texts.includes('The widget says: {message}'), 'the real files');
});

test('compares a translation: missing or empty, obsolete, and a lost placeholder or backtick', () => {
  const texts = ['A {count}', 'Copy `dist/`', 'B'];
  const table = { 'A {count}': 'A {nombre}', 'Copy `dist/`': 'Copiez dist/', Gone: 'parti', B: '' };
  assert.deepEqual(compareMessages(texts, table), { missing: ['B'], obsolete: ['Gone'], badPlaceholders: ['A {count}', 'Copy `dist/`'] });
});

test('every language of the widgets, each translating every text of the configurator', () => {
  const texts = extractMessages();
  const files = localeFiles();
  assert.deepEqual(
    files.map(([locale]) => locale).sort(),
    [...TRANSLATED_LANGUAGES].sort(),
    'configurator/locales/ has one file per language of the widgets (lit-localize.json): create a new one as {}, see docs/localization.md',
  );
  for (const [locale, file] of files) {
    assert.deepEqual(
      compareMessages(texts, JSON.parse(readFileSync(file, 'utf8'))),
      { missing: [], obsolete: [], badPlaceholders: [] },
      `${locale}: after changing the configurator's texts run node scripts/configurator-messages.mjs --update, then translate the empty ones`,
    );
  }
});
