// What the two data importers' command lines share (scripts/import-missions.mjs, scripts/import-helplines.mjs):
// their options, their --help (the script's own header comment), the problem report and the safe write.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The options both importers take; an importer adds its own. */
const COMMON_OPTIONS = {
  sources: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Parses the command line. Returns `{ options }`, or `{ exitCode }` when the run is over: 0 after printing --help
 * (the script's header comment after its first line), 2 after a usage error.
 */
export function parseImporterArgs(name, scriptUrl, argv, extraOptions = {}) {
  let options;
  try {
    options = parseArgs({ args: argv, options: { ...extraOptions, ...COMMON_OPTIONS } }).values;
  } catch (error) {
    console.error(`${name}: ${error.message}\nRun with --help for the options.`);
    return { exitCode: 2 };
  }
  if (!options.help) return { options };
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  const header = lines.slice(
    1,
    lines.findIndex((line, index) => index > 0 && !line.startsWith('//')),
  );
  console.log(header.map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  return { exitCode: 0 };
}

/** Prints every problem as `<file>:<line>: <reason>` and returns how many rows were rejected and values dropped. */
export function reportProblems(problems) {
  for (const p of problems) console.error(`${p.file}:${p.where.replace(/^line /, '')}: ${p.kind === 'notice' ? 'note: ' : ''}${p.message}`);
  return {
    rejected: problems.filter((p) => p.kind === 'row').length,
    dropped: problems.filter((p) => p.kind === 'field').length,
  };
}

/**
 * Whether to write after the report: returns the exit code when nothing may be written (--dry-run, or --strict with
 * something rejected), undefined when the importer goes on to write.
 */
export function exitBeforeWriting(name, options, { rejected, dropped }) {
  if (options['dry-run']) {
    console.log(`${name}: dry run, nothing written.`);
    return rejected || dropped ? 1 : 0;
  }
  if (options.strict && (rejected || dropped)) {
    console.error(`${name}: --strict and something was rejected: nothing written.`);
    return 1;
  }
  return undefined;
}

/** Writes text (or JSON) to a temporary file beside `file`, then renames it over `file` (never a half-written file). */
export function writeAtomically(file, value) {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
