// The WordPress plugin's own translations (scripts/wordpress/translations.mjs): the .po files translators edit,
// what the build writes for WordPress from them, and whether every shipped language covers the plugin's texts.
// Run with `node --test test/scripts/*.test.mjs` after `npm run build` (the template comes from the built plugin).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, jedJson, keyOf, l10nPhp, mergePo, parsePo, poFiles, scriptTranslationFile } from '../../scripts/wordpress/translations.mjs';
import { TRANSLATED_LANGUAGES } from '../../scripts/languages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const builtPot = join(root, 'dist-wordpress/campaign-widgets/languages/campaign-widgets.pot');

const SAMPLE = `msgid ""
msgstr ""
"Language: fr_FR\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#. translators: %s: the value set in Settings
msgid "Site default (%s)"
msgstr "Valeur du site (%s)"

msgctxt "block title"
msgid "Quick exit"
msgstr "Sortie rapide"

msgid ""
"Two lines, a \\"quote\\" and a backslash \\\\ "
"joined."
msgstr "Deux lignes, des « guillemets » et une barre oblique inverse \\\\ réunies."

#, fuzzy
msgid "Settings"
msgstr "Réglages (à vérifier)"
`;

describe('reading .po files', () => {
  test('reads contexts, comments, multi-line strings and escapes; a fuzzy translation counts as none', () => {
    const { headers, entries } = parsePo(SAMPLE);
    assert.equal(headers['plural-forms'], 'nplurals=2; plural=(n > 1);');
    assert.deepEqual(
      entries.map((entry) => [keyOf(entry), entry.msgstr]),
      [
        ['Site default (%s)', 'Valeur du site (%s)'],
        ['block title\u0004Quick exit', 'Sortie rapide'],
        ['Two lines, a "quote" and a backslash \\ joined.', 'Deux lignes, des « guillemets » et une barre oblique inverse \\ réunies.'],
        ['Settings', ''],
      ],
    );
    assert.deepEqual(entries[0].comments, ['#. translators: %s: the value set in Settings']);
  });

  test('compares a translation with the template: missing, obsolete, and wrong placeholders', () => {
    const pot = parsePo('msgid "A %s"\nmsgstr ""\n\nmsgid "B"\nmsgstr ""\n\nmsgid "C %1$s %2$s"\nmsgstr ""\n').entries;
    const po = parsePo('msgid "A %s"\nmsgstr "a"\n\nmsgid "Gone"\nmsgstr "parti"\n\nmsgid "C %1$s %2$s"\nmsgstr "c %2$s %1$s"\n').entries;
    assert.deepEqual(compare(pot, po), { missing: ['B'], obsolete: ['Gone'], badPlaceholders: ['A %s'] });
  });

  test('merges a new template into a translation: new texts empty, gone ones dropped, translations kept', () => {
    const merged = mergePo(SAMPLE, '#. translators: new\nmsgid "New"\nmsgstr ""\n\nmsgctxt "block title"\nmsgid "Quick exit"\nmsgstr ""\n');
    assert.ok(merged.startsWith('msgid ""\nmsgstr ""\n"Language: fr_FR\\n"'), 'the header stays');
    assert.deepEqual(
      parsePo(merged).entries.map((entry) => [keyOf(entry), entry.msgstr, entry.comments]),
      [
        ['New', '', ['#. translators: new']],
        ['block title\u0004Quick exit', 'Sortie rapide', []],
      ],
    );
  });
});

describe('what WordPress reads', () => {
  const { entries } = parsePo(SAMPLE);
  const translated = entries.filter((entry) => entry.msgstr);

  test('the .l10n.php file is PHP that returns the messages, contexts keyed as gettext does', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cw-l10n-')), 'campaign-widgets-fr_FR.l10n.php');
    writeFileSync(file, l10nPhp({ locale: 'fr_FR', pluralForms: 'nplurals=2; plural=(n > 1);', entries: translated }));
    const run = spawnSync('php', ['-r', `echo json_encode(include '${file}');`], { encoding: 'utf8' });
    assert.equal(run.status, 0, `php (from apt: php-cli) ran the file: ${run.stderr}`);
    assert.deepEqual(JSON.parse(run.stdout), {
      domain: 'campaign-widgets',
      language: 'fr_FR',
      'plural-forms': 'nplurals=2; plural=(n > 1);',
      messages: {
        'Site default (%s)': 'Valeur du site (%s)',
        'block title\u0004Quick exit': 'Sortie rapide',
        'Two lines, a "quote" and a backslash \\ joined.': 'Deux lignes, des « guillemets » et une barre oblique inverse \\ réunies.',
      },
    });
  });

  test("the editor script's JSON is Jed data under the name WordPress looks for", () => {
    // md5('build/editor.js'): load_script_textdomain() names the file by the script's path in the plugin.
    assert.equal(scriptTranslationFile('fr_FR', 'build/editor.js'), 'campaign-widgets-fr_FR-bd9d846c46a7db932132769a31899831.json');
    const jed = JSON.parse(jedJson({ locale: 'fr_FR', pluralForms: 'nplurals=2; plural=(n > 1);', entries: translated }));
    assert.deepEqual(jed.locale_data.messages[''], { domain: 'messages', lang: 'fr_FR', 'plural-forms': 'nplurals=2; plural=(n > 1);' });
    assert.deepEqual(jed.locale_data.messages['block title\u0004Quick exit'], ['Sortie rapide']);
  });
});

describe('the shipped translations', () => {
  test('every language of the widgets, each translating every text of the plugin with its placeholders', () => {
    assert.ok(existsSync(builtPot), 'the template is built by npm run build (dist-wordpress/)');
    const pot = parsePo(readFileSync(builtPot, 'utf8')).entries;
    const files = poFiles();
    // A WordPress locale (fr_FR, zh_CN, sw) serves the widgets' language it names or begins with (fr, zh, sw).
    const serves = (wpLocale, language) => {
      const tag = wpLocale.replace('_', '-');
      return tag === language || tag.startsWith(`${language}-`);
    };
    for (const language of TRANSLATED_LANGUAGES) {
      assert.ok(
        files.some(([locale]) => serves(locale, language)),
        `wordpress/languages/ has no .po for ${language}, a language of the widgets: create it as docs/wordpress.md says`,
      );
    }
    for (const [locale] of files)
      assert.ok(
        TRANSLATED_LANGUAGES.some((language) => serves(locale, language)),
        `${locale}.po serves no language of the widgets`,
      );
    for (const [locale, file] of files) {
      const po = parsePo(readFileSync(file, 'utf8'));
      assert.ok(po.headers['plural-forms'], `${locale}: a Plural-Forms header`);
      assert.equal(po.headers.language, locale, `${locale}: its Language header`);
      const { missing, obsolete, badPlaceholders } = compare(pot, po.entries);
      assert.deepEqual(
        { missing, obsolete, badPlaceholders },
        { missing: [], obsolete: [], badPlaceholders: [] },
        `${locale}: after changing the plugin's texts run node scripts/wordpress/translations.mjs --update, then translate the empty entries`,
      );
    }
  });
});
