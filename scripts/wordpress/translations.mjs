// The plugin's own translations: one gettext .po file per language in wordpress/languages/ (what translators edit,
// with Poedit or any .po editor), compiled by the build into what WordPress 6.5+ reads:
//   - languages/campaign-widgets-LOCALE.l10n.php, the PHP translation file WordPress loads before a .mo (settings
//     page, block titles and descriptions, the fallbacks);
//   - languages/campaign-widgets-LOCALE-MD5.json for the editor script (its sidebar), named by the md5 of the
//     script's path in the plugin, as wp_set_script_translations() looks for it.
// `node scripts/wordpress/translations.mjs --update` merges the template (.pot) into every .po after the plugin's
// texts changed: new texts get an empty translation, texts that are gone are dropped, translations are kept.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { poQuote } from './pot.mjs';

export const DOMAIN = 'campaign-widgets';
const root = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCES = join(root, 'wordpress/languages');

/** The editor scripts whose texts WordPress reads from JSON, by their path in the plugin. */
export const EDITOR_SCRIPTS = ['build/editor.js'];

const CONTEXT_SEPARATOR = '\u0004';

const ESCAPES = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** The value of a run of .po string lines ("…" "…"), with the C escapes gettext writes. */
function poString(lines) {
  return lines
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .replace(/\\(.)/g, (_, c) => ESCAPES[c] ?? c),
    )
    .join('');
}

/**
 * A .po or .pot file's entries: `{ msgctxt?, msgid, msgstr, comments }` (the header, msgid "", apart as `headers`).
 * Only what this plugin's files use: no plural forms, no obsolete (#~) entries.
 */
export function parsePo(text) {
  const entries = [];
  let headers = {};
  for (const block of text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const fields = {};
    const comments = [];
    let current = null;
    for (const line of block.split('\n')) {
      const keyword = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(".*")\s*$/.exec(line);
      if (keyword) {
        current = keyword[1];
        fields[current] = [keyword[2]];
      } else if (/^\s*".*"\s*$/.test(line) && current) fields[current].push(line.trim());
      else if (line.startsWith('#.')) comments.push(line);
      else if (/^#,.*\bfuzzy\b/.test(line)) fields.fuzzy = true;
      else if (line.trim() && !line.startsWith('#')) throw new Error(`a .po line this reader does not know: ${line}`);
    }
    if (!fields.msgid) continue;
    if (fields.msgid_plural) throw new Error(`plural forms are not used by the plugin: ${poString(fields.msgid)}`);
    // A fuzzy translation (marked by a .po editor when the original changed) is not used until a translator checks it.
    const entry = { msgid: poString(fields.msgid), msgstr: fields.fuzzy ? '' : poString(fields.msgstr ?? ['""']), comments };
    if (fields.msgctxt) entry.msgctxt = poString(fields.msgctxt);
    if (entry.msgid === '' && !entry.msgctxt) headers = parseHeaders(entry.msgstr);
    else entries.push(entry);
  }
  return { headers, entries };
}

function parseHeaders(text) {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** How gettext keys a text with a context: the context, EOT, the text. */
export const keyOf = (entry) => (entry.msgctxt ? `${entry.msgctxt}${CONTEXT_SEPARATOR}${entry.msgid}` : entry.msgid);

/** The `%s` and `%1$s` of a text, for comparing a translation with its original. */
const placeholders = (text) => (text.match(/%(?:\d+\$)?[sd]/g) ?? []).sort().join(' ');

/**
 * A translation against the template: the texts it lacks (or leaves empty), the ones the template no longer has,
 * and the ones whose placeholders differ from the original's (WordPress would print them wrongly).
 */
export function compare(potEntries, poEntries) {
  const translated = new Map(poEntries.filter((entry) => entry.msgstr).map((entry) => [keyOf(entry), entry]));
  const wanted = new Set(potEntries.map(keyOf));
  return {
    missing: potEntries.filter((entry) => !translated.has(keyOf(entry))).map(keyOf),
    obsolete: poEntries.filter((entry) => !wanted.has(keyOf(entry))).map(keyOf),
    badPlaceholders: [...translated.values()]
      .filter((entry) => wanted.has(keyOf(entry)) && placeholders(entry.msgid) !== placeholders(entry.msgstr))
      .map(keyOf),
  };
}

const phpString = (text) =>
  text
    .split(CONTEXT_SEPARATOR)
    .map((part) => `'${part.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
    .join(' . "\\x04" . ');

/** The PHP translation file WordPress 6.5+ loads (the format of `wp i18n make-php`). */
export function l10nPhp({ locale, pluralForms, entries }) {
  const lines = entries.map((entry) => `\t\t${phpString(keyOf(entry))} => ${phpString(entry.msgstr)},`);
  return [
    '<?php',
    '// Written by scripts/wordpress/translations.mjs from the .po file beside it: edit that one.',
    'return array(',
    `\t'domain' => '${DOMAIN}',`,
    `\t'language' => ${phpString(locale)},`,
    `\t'plural-forms' => ${phpString(pluralForms)},`,
    "\t'messages' => array(",
    ...lines,
    '\t),',
    ');',
    '',
  ].join('\n');
}

/** The Jed JSON that wp_set_script_translations() hands to wp.i18n for one script. */
export function jedJson({ locale, pluralForms, entries }) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of entries) messages[keyOf(entry)] = [entry.msgstr];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** The name WordPress looks for: `campaign-widgets-LOCALE-md5(script path).json`. */
export const scriptTranslationFile = (locale, scriptPath) => `${DOMAIN}-${locale}-${createHash('md5').update(scriptPath).digest('hex')}.json`;

/** The .po files in wordpress/languages/, by locale (`campaign-widgets-fr_FR.po` → fr_FR). */
export function poFiles(dir = SOURCES) {
  return readdirSync(dir)
    .map((name) => [new RegExp(`^${DOMAIN}-([a-z]{2,3}(?:_[A-Z]{2})?)\\.po$`).exec(name)?.[1], join(dir, name)])
    .filter(([locale]) => locale);
}

/**
 * Writes each language's .l10n.php and editor JSON into the plugin's languages folder, with the texts of the
 * template that have a translation (the others show in English). Returns what each language lacks.
 */
export function compileTranslations({ potText, outDir, sourcesDir = SOURCES }) {
  const pot = parsePo(potText);
  const report = [];
  for (const [locale, file] of poFiles(sourcesDir)) {
    const po = parsePo(readFileSync(file, 'utf8'));
    const problems = compare(pot.entries, po.entries);
    const wanted = new Set(pot.entries.map(keyOf));
    const bad = new Set(problems.badPlaceholders);
    const entries = po.entries.filter((entry) => entry.msgstr && wanted.has(keyOf(entry)) && !bad.has(keyOf(entry)));
    const pluralForms = po.headers['plural-forms'] ?? 'nplurals=2; plural=(n != 1);';
    writeFileSync(join(outDir, `${DOMAIN}-${locale}.l10n.php`), l10nPhp({ locale, pluralForms, entries }));
    for (const script of EDITOR_SCRIPTS) writeFileSync(join(outDir, scriptTranslationFile(locale, script)), jedJson({ locale, pluralForms, entries }));
    writeFileSync(join(outDir, `${DOMAIN}-${locale}.po`), readFileSync(file));
    report.push({ locale, translated: entries.length, ...problems });
  }
  return report;
}

/** The .po text with the template's entries in its order, each with its translation if it had one. */
export function mergePo(poText, potText) {
  const po = parsePo(poText);
  const pot = parsePo(potText);
  const translations = new Map(po.entries.map((entry) => [keyOf(entry), entry.msgstr]));
  const header = poText.slice(0, poText.search(/\n\s*\n/)).trimEnd();
  const body = pot.entries.map((entry) =>
    [
      ...entry.comments,
      ...(entry.msgctxt ? [`msgctxt ${poQuote(entry.msgctxt)}`] : []),
      `msgid ${poQuote(entry.msgid)}`,
      `msgstr ${poQuote(translations.get(keyOf(entry)) ?? '')}`,
    ].join('\n'),
  );
  return `${[header, ...body].join('\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--update')) {
  const potFile = join(root, `dist-wordpress/${DOMAIN}/languages/${DOMAIN}.pot`);
  const potText = readFileSync(potFile, 'utf8');
  for (const [locale, file] of poFiles()) {
    writeFileSync(file, mergePo(readFileSync(file, 'utf8'), potText));
    const { missing } = compare(parsePo(potText).entries, parsePo(readFileSync(file, 'utf8')).entries);
    console.log(`${locale}: ${missing.length} text(s) to translate`);
  }
}
