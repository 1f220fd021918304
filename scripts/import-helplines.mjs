#!/usr/bin/env node
// `npm run import:helplines -- [options]`: builds the help-line dataset <help-line> loads (src/data/helplines.json)
// from the reviewed research files src/data/sources/helplines.csv (one row per value) and
// src/data/sources/emergency.csv (one row per member state). Formats: scripts/helplines/sources.mjs, docs/data.md.
//
//   (no options)        rebuild src/data/helplines.json from the two source files: run it after editing them (and
//                       src/data/emergency-numbers.ts, its emergency numbers built into the <help-line> script)
//   --sources <dir>     the folder of helplines.csv and emergency.csv (default src/data/sources); the dataset is
//                       written beside that folder (helplines.json) unless --out says otherwise
//   --out <file>        write the dataset there (e.g. a partner's own dataset for the `src` attribute)
//   --dry-run           check and report, write nothing
//   --strict            write nothing when any row or value was rejected
//
// Every rejected row or value is reported as `<file>:<line>: <reason>`. The output is written to a temporary file
// and renamed over the old one, so it is never half-written.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importSource } from './import-source.mjs';
import { exitBeforeWriting, parseImporterArgs, reportProblems, writeAtomically } from './missions/importer-cli.mjs';
import { readEmergency, readHelplines } from './helplines/sources.mjs';
import { emergencyModule } from './helplines/emergency-module.mjs';
import { MEMBER_STATES } from './missions/member-states.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SOURCES = join(root, 'src/data/sources');

const NOTES =
  'Help lines and emergency numbers for <help-line>. Only values read in a source; absent means unknown. Each line ' +
  'value has its source, kind and date in `provenance`; `current: false` marks values that may be out of date. ' +
  'kind: trafficking lines are anti-trafficking or modern-slavery lines; child, gbv (gender-based violence) and ' +
  'general lines are labelled as what they are. Emergency numbers: police or general emergency number for ' +
  'immediate danger, from secondary sources. `generated` is the latest date a value was read. Built by ' +
  '`npm run import:helplines` from src/data/sources/helplines.csv and emergency.csv.';

/** The directory shown for a country without a known line: the widget's own (it falls back on it without data). */
export const { HELP_DIRECTORY: DIRECTORY } = await importSource(join(root, 'src/data/help-directory.ts'));

/** Runs an import: returns the dataset, every problem (`{file, where, message, kind}`) and counts. Writes nothing. */
export function importHelplines({ sources = DEFAULT_SOURCES } = {}) {
  const helplinesFile = join(sources, 'helplines.csv');
  const emergencyFile = join(sources, 'emergency.csv');
  const problems = [];
  const lines = readHelplines(readFileSync(helplinesFile, 'utf8'));
  problems.push(...lines.problems.map((p) => ({ file: helplinesFile, ...p })));
  const emergency = readEmergency(readFileSync(emergencyFile, 'utf8'));
  problems.push(...emergency.problems.map((p) => ({ file: emergencyFile, ...p })));
  const countries = MEMBER_STATES.map(([iso2]) => iso2).sort();
  const missing = countries.filter((iso2) => !emergency.listed.has(iso2));
  if (missing.length) problems.push({ file: emergencyFile, where: 'rows', message: `no row for ${missing.join(', ')}`, kind: 'notice' });
  const entries = countries.map((country) => {
    const block = emergency.emergency.get(country);
    const own = lines.lines.get(country);
    return { country, ...(block && { emergency: block }), ...(own && { lines: own }) };
  });
  const dates = [DIRECTORY.retrieved, ...entries.flatMap((e) => [e.emergency?.retrieved, ...(e.lines ?? []).map((l) => l.retrieved)])].filter(Boolean);
  const dataset = {
    schema: 1,
    generated: dates.sort().at(-1),
    notes: NOTES,
    directory: DIRECTORY,
    entries,
  };
  const counts = {
    lines: entries.reduce((n, e) => n + (e.lines?.length ?? 0), 0),
    countriesWithLine: entries.filter((e) => e.lines).length,
    emergency: entries.filter((e) => e.emergency).length,
  };
  return { dataset, problems, counts };
}

export async function main(argv = process.argv.slice(2)) {
  const { options, exitCode } = parseImporterArgs('import-helplines', import.meta.url, argv);
  if (!options) return exitCode;
  const sources = resolve(options.sources ?? DEFAULT_SOURCES);
  const out = resolve(options.out ?? join(sources, '..', 'helplines.json'));
  let result;
  try {
    result = importHelplines({ sources });
  } catch (error) {
    console.error(`import-helplines: ${error.message}\nNothing was written.`);
    return 1;
  }
  const { dataset, problems, counts } = result;
  const { rejected, dropped } = reportProblems(problems);
  console.log(
    `import-helplines: ${dataset.entries.length} countries, ${counts.lines} lines in ${counts.countriesWithLine} countries, ` +
      `${counts.emergency} emergency numbers; ${rejected} rows rejected, ${dropped} values dropped.`,
  );
  const early = exitBeforeWriting('import-helplines', options, { rejected, dropped });
  if (early !== undefined) return early;
  // The bundled dataset's emergency numbers are also built into the script (a partner's dataset leaves them alone).
  const bundled = !options.out && !options.sources;
  const files = [[out, dataset], ...(bundled ? [[join(root, 'src/data/emergency-numbers.ts'), emergencyModule(dataset)]] : [])];
  for (const [file, content] of files) {
    try {
      writeAtomically(file, content);
    } catch (error) {
      console.error(`import-helplines: could not write ${file}: ${error.message}`);
      return 1;
    }
    console.log(`import-helplines: wrote ${file}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
