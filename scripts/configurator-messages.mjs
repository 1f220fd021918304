// The configurator's own texts: every `t('English text')` (or `tElements`) in configurator/src/, and their translations in
// configurator/locales/LOCALE.json (English text → translation; an empty translation shows English).
// `node scripts/configurator-messages.mjs --update` writes every locale file with the texts the code has now, in the
// code's order: new texts empty, gone ones dropped, translations kept. The tests check that none is missing.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRING, unquote } from './wordpress/pot.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = join(root, 'configurator/src');
export const LOCALES = join(root, 'configurator/locales');

const CALL = new RegExp(String.raw`\bt(?:Elements)?\(\s*(${STRING})`, 'g');

/** The English texts of the configurator, in the order its files use them, each once. */
export function extractMessages(dir = SOURCES) {
  const found = new Set();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort()) {
    for (const match of readFileSync(join(dir, name), 'utf8').matchAll(CALL)) found.add(unquote(match[1]));
  }
  return [...found];
}

/** The `{name}` placeholders and the number of backticks of a text: a translation must keep both. */
const shape = (text) => `${(text.match(/\{\w+\}/g) ?? []).sort().join(' ')} | ${(text.match(/`/g) ?? []).length}`;

/** A locale's table against the code's texts: what it lacks, what the code no longer has, what breaks a placeholder. */
export function compareMessages(texts, table) {
  const wanted = new Set(texts);
  return {
    missing: texts.filter((text) => !table[text]),
    obsolete: Object.keys(table).filter((text) => !wanted.has(text)),
    badPlaceholders: texts.filter((text) => table[text] && shape(text) !== shape(table[text])),
  };
}

/** The locale files, by locale (`fr.json` → fr). */
export function localeFiles(dir = LOCALES) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.slice(0, -'.json'.length), join(dir, name)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--update')) {
  const texts = extractMessages();
  for (const [locale, file] of localeFiles()) {
    const table = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(Object.fromEntries(texts.map((text) => [text, table[text] ?? ''])), null, 2)}\n`);
    console.log(`${locale}: ${compareMessages(texts, table).missing.length} text(s) to translate`);
  }
}
