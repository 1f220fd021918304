// `npm run localize:check`: fails when a shipped locale misses a message, has an empty or untranslated translation,
// breaks a placeholder, or makes a safety message much longer than the English, or when the XLIFF files are stale
// (a msg() in the source that extraction has not picked up).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSEUDO_LOCALE } from './pseudo-locale.mjs';

/**
 * Translations that are rightly the same text as the English source, per language, each with the reason
 * (xliff/same-as-english.json, beside the translations, so a translator edits data, not code; the localization
 * test reads it too). Every entry is a place where English left untranslated would go unnoticed, so keep the list
 * short; the check also fails on an entry that is no longer needed. (A source with no words outside its
 * placeholders, such as "{0}: {1}", is never compared: there is nothing to translate.)
 */
export const SAME_AS_ENGLISH = JSON.parse(readFileSync(new URL('../xliff/same-as-english.json', import.meta.url), 'utf8'));

/** Messages a person in danger hears or sees while leaving the page: their translations must stay short. */
export const isSafetyMessage = (id) => id.startsWith('quick-exit.');

/**
 * The longest a translated safety message may be, from the length of its English source. The allowance is the
 * usual growth of UI text in translation (IBM's globalization guideline, reproduced in the W3C's "Text size in
 * translation"): short strings grow most, because a word or two more doubles them. Up to 10 characters: three
 * times the English; 11-20: twice; 21-30: 1.8 times; 31-50: 1.6 times; 51-70: 1.4 times; longer: 1.3 times.
 * A translation beyond the normal growth says more than the English does, or says it at more length than a
 * visitor who must leave the page now can take in (these messages are announced by screen readers while the
 * visitor is pressing keys, or label the exit button). A fixed cap would be too loose for "Exit this page"
 * and too tight for the shortcut announcement, so the limit follows the English.
 */
export function safetyLimit(englishLength) {
  const factor = englishLength <= 10 ? 3 : englishLength <= 20 ? 2 : englishLength <= 30 ? 1.8 : englishLength <= 50 ? 1.6 : englishLength <= 70 ? 1.4 : 1.3;
  return Math.ceil(englishLength * factor);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * How long an XLIFF text is on screen: characters as a reader counts them (a letter with its accents or Arabic
 * vowel marks is one), Chinese and other full-width characters as two (they take two columns), and each
 * placeholder as one (in safety messages the only placeholder is the number of presses left, one digit).
 */
export function visibleLength(xml) {
  const text = xml
    .replace(/<x [^>]*\/>/g, '0')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
  let length = 0;
  for (const { segment } of graphemes.segment(text)) length += WIDE.test(segment) ? 2 : 1;
  return length;
}

/**
 * trans-unit id → {source, target} from an XLIFF 1.2 file, as lit-localize writes it or as a translation tool
 * saves it (attributes such as `<target state="translated">` or `<trans-unit … approved="yes">`).
 */
export function readUnits(file) {
  const xml = readFileSync(file, 'utf8');
  const units = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = body.match(/<source(?:\s[^>]*)?>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/)?.[1];
    units.set(id, { source, target });
  }
  return units;
}

const placeholders = (text) =>
  [...text.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
/** The text as compared for "untranslated": placeholders by number, whitespace collapsed. */
const comparable = (text) =>
  text
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/\s+/g, ' ')
    .trim();
const hasWords = (text) => /\p{L}/u.test(text.replace(/<x [^>]*\/>/g, ''));
const short = (text) => comparable(text).slice(0, 60);

/**
 * Problems with one locale's translations of the messages the source asks for (`expected`: id → {source}).
 * `sameAsEnglish`: the ids whose identical text is allowed in this locale (see SAME_AS_ENGLISH).
 */
export function checkLocale(locale, expected, units, { sourceLocale = 'en', sameAsEnglish = {} } = {}) {
  const problems = [];
  const english = locale.split('-')[0] === sourceLocale.split('-')[0];
  for (const [id, { source }] of expected) {
    const unit = units.get(id);
    if (!unit) {
      problems.push(`${locale}: message ${id} ("${short(source)}") is not in xliff/${locale}.xlf — run npm run localize:extract`);
      continue;
    }
    const target = unit.target ?? '';
    if (!target.trim()) {
      problems.push(`${locale}: message ${id} ("${short(source)}") has no translation`);
      continue;
    }
    if (placeholders(target) !== placeholders(source))
      problems.push(`${locale}: message ${id} has placeholders {${placeholders(target)}} but the source has {${placeholders(source)}}`);
    const same = comparable(target) === comparable(source);
    if (!english && same && hasWords(source) && !(id in sameAsEnglish))
      problems.push(
        `${locale}: message ${id} is still English ("${short(target)}"): translate it, or add its id to xliff/same-as-english.json with the reason`,
      );
    if (!english && !same && id in sameAsEnglish) problems.push(`${locale}: message ${id} is translated now: remove it from xliff/same-as-english.json`);
    if (isSafetyMessage(id)) {
      const limit = safetyLimit(visibleLength(source));
      const length = visibleLength(target);
      if (length > limit)
        problems.push(
          `${locale}: safety message ${id} is ${length} characters long; the English is ${visibleLength(source)}, so at most ${limit}: say it shorter ("${short(target)}")`,
        );
    }
  }
  for (const id of Object.keys(sameAsEnglish)) {
    if (!expected.has(id)) problems.push(`${locale}: xliff/same-as-english.json names ${id}, which no msg() uses any more: remove it`);
  }
  return problems;
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const problems = [];

  // 1. What the source code asks for now: extract into a scratch folder and compare.
  const scratch = mkdtempSync(join(tmpdir(), 'cw-xliff-'));
  try {
    const scratchConfig = join(scratch, 'lit-localize.json');
    writeFileSync(
      scratchConfig,
      JSON.stringify({
        ...config,
        tsConfig: join(root, config.tsConfig),
        interchange: { ...config.interchange, xliffDir: scratch },
        output: { ...config.output, outputDir: join(scratch, 'out') },
      }),
    );
    execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { cwd: root, stdio: 'pipe' });
    const expected = readUnits(join(scratch, `${config.targetLocales[0]}.xlf`));
    // Ids generated from the text (no `id` option) would change with every wording fix and lose the translations;
    // the bundles also leave out the code that generates them (rollup.config.mjs).
    for (const id of expected.keys()) {
      if (/^[sh][0-9a-f]{16}$/.test(id)) problems.push(`a msg() has no explicit id (generated "${id}"): add { id: '<tag>.<name>' }`);
    }

    // The pseudo-locale is generated from the sources at build time (scripts/pseudo-locale.mjs): nothing to check.
    for (const locale of config.targetLocales.filter((code) => code !== PSEUDO_LOCALE)) {
      const file = join(root, config.interchange.xliffDir, `${locale}.xlf`);
      let units;
      try {
        units = readUnits(file);
      } catch {
        problems.push(`${locale}: ${file} is missing`);
        continue;
      }
      problems.push(...checkLocale(locale, expected, units, { sourceLocale: config.sourceLocale, sameAsEnglish: SAME_AS_ENGLISH[locale] }));
    }
    for (const locale of Object.keys(SAME_AS_ENGLISH)) {
      if (!config.targetLocales.includes(locale)) problems.push(`xliff/same-as-english.json has entries for ${locale}, which is not shipped: remove them`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  // 2. Generated modules exist for every locale.
  const generated = new Set(readdirSync(join(root, config.output.outputDir)).map((f) => f.replace(/\.ts$/, '')));
  for (const locale of config.targetLocales) {
    if (!generated.has(locale)) problems.push(`${locale}: ${config.output.outputDir}/${locale}.ts is missing — run npm run localize:build`);
  }

  if (problems.length) {
    console.error(`localize:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`localize:check: ${config.targetLocales.length} locales complete, translated, and with short safety messages.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
