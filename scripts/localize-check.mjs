// `npm run localize:check`: fails when a shipped locale misses a message, has an empty translation, or breaks a
// placeholder, or when the XLIFF files are stale (a msg() in the source that extraction has not picked up).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSEUDO_LOCALE } from './pseudo-locale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const problems = [];

/** trans-unit id → {source, target} from an XLIFF 1.2 file written by lit-localize. */
function readUnits(file) {
  const xml = readFileSync(file, 'utf8');
  const units = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    units.set(id, { source, target });
  }
  return units;
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');

// 1. What the source code asks for now: extract into a scratch folder and compare.
const scratch = mkdtempSync(join(tmpdir(), 'cw-xliff-'));
try {
  const scratchConfig = join(scratch, 'lit-localize.json');
  writeFileSync(
    scratchConfig,
    JSON.stringify({ ...config, tsConfig: join(root, config.tsConfig), interchange: { ...config.interchange, xliffDir: scratch }, output: { ...config.output, outputDir: join(scratch, 'out') } }),
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
    for (const [id, { source }] of expected) {
      const unit = units.get(id);
      if (!unit) problems.push(`${locale}: message ${id} ("${source.slice(0, 60)}") is not in xliff/${locale}.xlf — run npm run localize:extract`);
      else if (!unit.target?.trim()) problems.push(`${locale}: message ${id} ("${source.slice(0, 60)}") has no translation`);
      else if (placeholders(unit.target) !== placeholders(source))
        problems.push(`${locale}: message ${id} has placeholders {${placeholders(unit.target)}} but the source has {${placeholders(source)}}`);
    }
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
console.log(`localize:check: ${config.targetLocales.length} locales complete.`);
