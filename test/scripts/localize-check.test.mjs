// `npm run localize:check` on untranslated text and on safety messages too long to take in while leaving the page:
// the rules on small inputs, then the real command on a scratch copy of the project (the real files are never touched).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocale, readUnits, safetyLimit, SAME_AS_ENGLISH, visibleLength } from '../../scripts/localize-check.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const x = (n, name = 'n') => `<x id="${n}" equiv-text="\${${name}}"/>`;
const units = (entries) => new Map(Object.entries(entries).map(([id, [source, target]]) => [id, { source, target }]));
const sources = (map) => new Map([...map].map(([id, { source }]) => [id, { source }]));

test('the safety limit follows the usual growth of translated text: short strings may grow most', () => {
  assert.equal(safetyLimit(8), 24); // "Loading…"
  assert.equal(safetyLimit(14), 28); // "Exit this page"
  assert.equal(safetyLimit(24), 44); // "Exit shortcut timed out."
  assert.equal(safetyLimit(34), 55); // "Shift, press 2 more times to exit."
  assert.equal(safetyLimit(60), 84);
  assert.equal(safetyLimit(100), 130);
});

test('reads a translation saved by a translation tool, with attributes on its units and targets', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cw-xlf-')), 'de.xlf');
  writeFileSync(
    file,
    `<xliff version="1.2"><file><body>
<trans-unit id="petition-form.submit" approved="yes">
  <source xml:lang="en">Sign the petition</source>
  <target state="translated" xml:lang="de">Petition unterschreiben</target>
</trans-unit>
<trans-unit id="share-card.copy"><source>Copy link</source><target>Link kopieren</target></trans-unit>
</body></file></xliff>`,
  );
  assert.deepEqual(Object.fromEntries(readUnits(file)), {
    'petition-form.submit': { source: 'Sign the petition', target: 'Petition unterschreiben' },
    'share-card.copy': { source: 'Copy link', target: 'Link kopieren' },
  });
});

test('lengths are counted as a reader sees them', () => {
  assert.equal(visibleLength(`Press ${x(0)} more times.`), 'Press 2 more times.'.length);
  assert.equal(visibleLength('Terms &amp; conditions'), 'Terms & conditions'.length);
  assert.equal(visibleLength('يُرجى'), 4); // the vowel mark belongs to its letter
  assert.equal(visibleLength('退出此页面'), 10); // full-width characters take two columns
  assert.equal(visibleLength('  a \n  b '), 3);
});

test('a target equal to its English source is untranslated, unless listed with a reason', () => {
  const fr = units({
    'petition-form.submit': ['Sign the petition', 'Sign the petition'],
    'petition-form.count-one': [`${x(0)} signature`, `${x(0)} signature`],
    'share-card.share-text': [`${x(0)}: ${x(1)}`, `${x(0)} : ${x(1)}`],
    'share-card.copy': ['Copy link', 'Copier le lien'],
  });
  const problems = checkLocale('fr', sources(fr), fr, { sameAsEnglish: { 'petition-form.count-one': 'same word' } });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^fr: message petition-form\.submit is still English \("Sign the petition"\)/);
  // Placeholders and punctuation alone have nothing to translate.
  const es = units({ 'share-card.share-text': [`${x(0)}: ${x(1)}`, `${x(0)}: ${x(1)}`] });
  assert.deepEqual(checkLocale('es', sources(es), es), []);
  // An English variant may keep the English.
  assert.deepEqual(checkLocale('en-GB', sources(fr), fr), []);
});

test('an exception that is no longer needed, or names a message that is gone, is reported', () => {
  const fr = units({ 'share-card.copy': ['Copy link', 'Copier le lien'] });
  const problems = checkLocale('fr', sources(fr), fr, { sameAsEnglish: { 'share-card.copy': 'was the same', 'gone.id': 'removed' } });
  assert.equal(problems.length, 2);
  assert.match(problems[0], /share-card\.copy is translated now: remove it from xliff\/same-as-english\.json/);
  assert.match(problems[1], /gone\.id, which no msg\(\) uses any more/);
  for (const [locale, reasons] of Object.entries(SAME_AS_ENGLISH)) {
    for (const [id, reason] of Object.entries(reasons)) assert.ok(reason.length > 10, `${locale} ${id} says why`);
  }
});

test('a safety message longer than its allowance fails; other messages may run long', () => {
  const ru = units({
    'quick-exit.button': ['Exit this page', 'Немедленно покиньте эту страницу сейчас же'],
    'quick-exit.overlay': ['Loading…', 'Загрузка…'],
    'mission-contact.not-current': ['They may be out of date.', 'Сведения взяты из старого или вторичного источника и могут быть неактуальны.'],
  });
  const problems = checkLocale('ru', sources(ru), ru);
  assert.deepEqual(problems, [
    'ru: safety message quick-exit.button is 42 characters long; the English is 14, so at most 28: say it shorter ("Немедленно покиньте эту страницу сейчас же")',
  ]);
});

/** A copy of what `npm run localize:check` reads, with the project's node_modules linked in. */
function scratchProject() {
  const dir = mkdtempSync(join(tmpdir(), 'cw-localize-check-'));
  for (const path of [
    'package.json',
    'lit-localize.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'src',
    'xliff',
    'scripts/localize-check.mjs',
    'scripts/pseudo-locale.mjs',
  ]) {
    cpSync(join(root, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Replaces one message's translation in the scratch copy's XLIFF file. */
function setTarget(dir, locale, id, target) {
  const file = join(dir, 'xliff', `${locale}.xlf`);
  const xml = readFileSync(file, 'utf8');
  const unit = new RegExp(`(<trans-unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`);
  assert.match(xml, unit, `${locale} has ${id}`);
  writeFileSync(file, xml.replace(unit, `$1${target}$2`));
}

/** Runs the real check in the scratch copy: its exit code and what it printed. */
const runCheck = (dir) =>
  new Promise((resolve) => {
    execFile(process.execPath, [join(dir, 'scripts/localize-check.mjs')], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, output: stdout + stderr }),
    );
  });

test('npm run localize:check fails on an untranslated message and on an overlong safety message', { timeout: 120_000 }, async (t) => {
  const dir = scratchProject();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (name) => {
    const other = join(dir, '..', `${dir.split('/').pop()}-${name}`);
    cpSync(dir, other, { recursive: true, verbatimSymlinks: true });
    t.after(() => rmSync(other, { recursive: true, force: true }));
    return other;
  };

  const untranslated = copy('untranslated');
  setTarget(untranslated, 'es', 'petition-form.submit', 'Sign the petition');
  const overlong = copy('overlong');
  setTarget(overlong, 'sw', 'quick-exit.button', 'Ondoka kwenye ukurasa huu mara moja sasa hivi');

  const [clean, english, long] = await Promise.all([runCheck(dir), runCheck(untranslated), runCheck(overlong)]);
  assert.equal(clean.code, 0, clean.output);
  assert.equal(english.code, 1, english.output);
  assert.match(english.output, /es: message petition-form\.submit is still English \("Sign the petition"\)/);
  assert.equal(long.code, 1, long.output);
  assert.match(long.output, /sw: safety message quick-exit\.button is 45 characters long; the English is 14, so at most 28/);
  // The real files are as they were.
  assert.doesNotMatch(readFileSync(join(root, 'xliff/es.xlf'), 'utf8'), /<target>Sign the petition<\/target>/);
});
