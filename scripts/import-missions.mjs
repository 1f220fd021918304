#!/usr/bin/env node
// `npm run import:missions -- [options]`: builds the mission dataset <mission-contact> loads (src/data/missions.json)
// from the UN e-Blue Book directory and/or a campaign team's spreadsheet (CSV), on top of the current dataset.
//
//   --bluebook <file|https URL>  the Blue Book's data.json (https://bluebook.e-delegate.un.org/data.json).
//                                Mission-level MC_* fields of Member States only; staff records are never read.
//   --retrieved <YYYY-MM-DD>     the day that file was downloaded (required for a file; today for a URL)
//   --csv <file>                 the team's spreadsheet saved as CSV (columns: scripts/missions/spreadsheet.mjs);
//                                may be given more than once; applied after the Blue Book, so it wins
//   --shared <dir>               start from the researched shared/data folder (member list, contacts, Palermo
//                                status) instead of the current dataset
//   --out <file>                 default src/data/missions.json
//   --dry-run                    check and report, write nothing
//   --strict                     write nothing when any row or field was rejected
//
// Every rejected row or field is reported as `<file>:<line or record>: <reason>`. The output is written to a
// temporary file and renamed over the old one, so it is never half-written.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BLUE_BOOK_PAGE, readBlueBook } from './missions/bluebook.mjs';
import { MEMBER_STATES } from './missions/member-states.mjs';
import { readShared } from './missions/shared.mjs';
import { readSpreadsheet } from './missions/spreadsheet.mjs';
import { checkDate } from './missions/validate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT = join(root, 'src/data/missions.json');

const NOTES =
  'Mission contacts for <mission-contact>. Only values read in a source; absent means unknown. Each mission and ' +
  'Palermo block carries its sources and the date they were read. Palermo: present only where a source gave a ' +
  'deposit date (absence never means "not a party"). Staff of missions are never stored. Rebuild with ' +
  '`npm run import:missions` (see scripts/import-missions.mjs).';

class UsageError extends Error {}

/** Reads a file, or GETs an https: URL. */
async function readInput(location) {
  if (/^https:\/\//i.test(location)) {
    const response = await fetch(location, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${location} answered HTTP ${response.status}`);
    return response.text();
  }
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(location)) throw new UsageError(`${location}: only https: addresses or local files can be read`);
  return readFileSync(location, 'utf8');
}

/** The dataset a run starts from: the shared research, else the current output file, else the bare member list. */
function readBase({ shared, out }) {
  const entries = new Map(MEMBER_STATES.map(([iso2]) => [iso2, {}]));
  if (shared) {
    const read = readShared(shared);
    for (const [iso2, value] of read.entries) entries.set(iso2, value);
    return { entries, sources: read.sources, problems: read.problems };
  }
  if (existsSync(out)) {
    const current = JSON.parse(readFileSync(out, 'utf8'));
    for (const { country, ...rest } of current.entries ?? []) entries.set(country, rest);
    return { entries, sources: current.sources ?? [], problems: [] };
  }
  return { entries, sources: [], problems: [] };
}

/**
 * Runs an import. Returns the dataset, every problem found (`{file, where, message, kind}` with kind `row`
 * (a rejected row), `field` (a dropped value) or `notice`) and counts. Writes nothing.
 */
export async function importMissions({ bluebook, csv = [], shared, out = DEFAULT_OUT, retrieved, today = new Date().toISOString().slice(0, 10) } = {}) {
  const base = readBase({ shared, out });
  const { entries } = base;
  const sources = [...base.sources];
  const problems = [...base.problems];
  const counts = { bluebook: 0, csv: 0, skipped: 0 };

  if (bluebook) {
    const isUrl = /^https:\/\//i.test(bluebook);
    const date = retrieved ?? (isUrl ? today : undefined);
    if (!date) throw new UsageError('--retrieved <YYYY-MM-DD> is required with a Blue Book file: the day it was downloaded');
    const checked = checkDate(date, '--retrieved');
    if (checked.error) throw new UsageError(checked.error);
    let data;
    try {
      data = JSON.parse(await readInput(bluebook));
    } catch (error) {
      throw error instanceof SyntaxError ? new Error(`${bluebook}: not valid JSON (${error.message})`) : error;
    }
    const page = isUrl ? new URL('/', bluebook).href : BLUE_BOOK_PAGE;
    const read = readBlueBook(data, { retrieved: checked.value, page });
    for (const [iso2, { mission }] of read.missions) entries.set(iso2, { ...entries.get(iso2), mission });
    problems.push(...read.problems.map((p) => ({ file: bluebook, ...p })));
    counts.bluebook = read.missions.size;
    counts.skipped = read.skipped;
    sources.push(`UN e-Blue Book, Permanent Missions to the United Nations (UN Protocol and Liaison Service), ${page}data.json: mission-level fields of Member States [retrieved ${checked.value}]`);
  }

  for (const file of csv) {
    const read = readSpreadsheet(await readInput(file));
    for (const [iso2, { mission }] of read.missions) entries.set(iso2, { ...entries.get(iso2), mission });
    problems.push(...read.problems.map((p) => ({ file, ...p })));
    counts.csv += read.missions.size;
    sources.push(`Campaign team spreadsheet ${basename(file)}: ${read.missions.size} missions (each with its own source and date)`);
  }

  const dataset = {
    schema: 1,
    sources: [...new Set(sources)],
    notes: NOTES,
    entries: [...entries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([country, { mission, palermo }]) => ({ country, ...(mission && { mission }), ...(palermo && { palermo }) })),
  };
  return { dataset, problems, counts };
}

/** Writes JSON to a temporary file beside `file`, then renames it over `file` (never a half-written file). */
export function writeAtomically(file, value) {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export async function main(argv = process.argv.slice(2)) {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        bluebook: { type: 'string' },
        csv: { type: 'string', multiple: true },
        shared: { type: 'string' },
        out: { type: 'string' },
        retrieved: { type: 'string' },
        'dry-run': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`import-missions: ${error.message}\nRun with --help for the options.`);
    return 2;
  }
  if (options.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 17).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return 0;
  }
  if (!options.bluebook && !options.csv && !options.shared) {
    console.error('import-missions: give --bluebook <data.json>, --csv <file> or --shared <dir>. Run with --help for details.');
    return 2;
  }
  const out = resolve(options.out ?? DEFAULT_OUT);
  let result;
  try {
    result = await importMissions({ bluebook: options.bluebook, csv: options.csv, shared: options.shared, out, retrieved: options.retrieved });
  } catch (error) {
    console.error(`import-missions: ${error.message}\nNothing was written.`);
    return error instanceof UsageError ? 2 : 1;
  }
  const { dataset, problems, counts } = result;
  for (const p of problems) console.error(`${p.file}:${p.where.replace(/^line /, '')}: ${p.kind === 'notice' ? 'note: ' : ''}${p.message}`);
  const rejected = problems.filter((p) => p.kind === 'row').length;
  const dropped = problems.filter((p) => p.kind === 'field').length;
  const withContact = dataset.entries.filter((e) => e.mission).length;
  const parties = dataset.entries.filter((e) => e.palermo).length;
  const parts = [
    `${dataset.entries.length} countries, ${withContact} with mission contacts, ${parties} with a Palermo Protocol date`,
    options.bluebook && `${counts.bluebook} missions from the Blue Book (${counts.skipped} observer or other entries skipped)`,
    options.csv && `${counts.csv} from the spreadsheet`,
    `${rejected} rows rejected, ${dropped} values dropped`,
  ].filter(Boolean);
  console.log(`import-missions: ${parts.join('; ')}.`);
  if (options['dry-run']) {
    console.log('import-missions: dry run, nothing written.');
    return rejected || dropped ? 1 : 0;
  }
  if (options.strict && (rejected || dropped)) {
    console.error('import-missions: --strict and something was rejected: nothing written.');
    return 1;
  }
  try {
    writeAtomically(out, dataset);
  } catch (error) {
    console.error(`import-missions: could not write ${out}: ${error.message}`);
    return 1;
  }
  console.log(`import-missions: wrote ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
