#!/usr/bin/env node
// `npm run import:missions -- [options]`: builds the mission dataset <mission-contact> loads (src/data/missions.json,
// schema 2) from the reviewed research files src/data/sources/missions.csv and src/data/sources/palermo.csv, and
// imports new contacts into them from the UN e-Blue Book or a campaign team's spreadsheet.
//
//   (no options)                 rebuild src/data/missions.json from the two source files: run it after editing them
//   --bluebook <file|https URL>  the Blue Book's data.json (https://bluebook.e-delegate.un.org/data.json).
//                                Mission-level MC_* fields of Member States only; staff records are never read.
//   --retrieved <YYYY-MM-DD>     the day that file was downloaded (required for a file; today for a URL)
//   --csv <file>                 the team's spreadsheet saved as CSV (one source per row; columns:
//                                scripts/missions/spreadsheet.mjs); may be given more than once; applied after the
//                                Blue Book, so it wins
//   --out <file>                 write the dataset there instead (e.g. a partner's own dataset for the `src`
//                                attribute) and leave the source files untouched
//   --sources <dir>              the folder of missions.csv and palermo.csv (default src/data/sources); the dataset
//                                is written beside that folder (missions.json) unless --out says otherwise
//   --dry-run                    check and report, write nothing
//   --strict                     write nothing when any row or field was rejected
//
// Without --out, values imported with --bluebook or --csv are written into src/data/sources/missions.csv, each
// with its own source columns, and the dataset is rebuilt from it: the JSON is never edited by hand, and the next
// plain run reproduces it. Every rejected row or field is reported as `<file>:<line or record>: <reason>`. Files are
// written to a temporary file and renamed over the old one, so they are never half-written.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exitBeforeWriting, parseImporterArgs, reportProblems, writeAtomically } from './missions/importer-cli.mjs';
import { BLUE_BOOK_DATA, BLUE_BOOK_PAGE, readBlueBook } from './missions/bluebook.mjs';
import { MEMBER_STATES } from './missions/member-states.mjs';
import { buildMission, formatMissionSources, readMissionSources, readPalermo } from './missions/sources.mjs';
import { readSpreadsheet } from './missions/spreadsheet.mjs';
import { checkDate } from './missions/validate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT = join(root, 'src/data/missions.json');
export const DEFAULT_SOURCES = join(root, 'src/data/sources');

const NOTES =
  'Mission contacts and Palermo Protocol status for <mission-contact>. Only values read in a source; absent means ' +
  'unknown. Each value has its source, kind and date in `provenance`; `current: false` marks values that may be out ' +
  'of date. A palermo block is present only where a source established the status (absence never means "not a ' +
  'party"). Staff of missions are never stored. Built by `npm run import:missions` from src/data/sources/*.csv.';

const MEMBER_LIST =
  'Member list: the 193 Member States of the UN e-Blue Book (https://bluebook.e-delegate.un.org/), ISO codes from npm:world-countries@5.1.0 (scripts/missions/member-states.mjs)';

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

/** Puts a record's values over a country's values, field by field. Without `labels`, values need a source URL. */
function overlay(values, iso2, incoming, { labels, report }) {
  const own = { ...(values.get(iso2) ?? {}) };
  for (const [field, value] of Object.entries(incoming)) {
    if (!value.url && !labels) {
      report(
        `${field} "${value.value}" has no source_url: the bundled dataset takes a value only with the address of the page it was read on (build a dataset of your own with --out); dropped`,
      );
      continue;
    }
    own[field] = value;
  }
  values.set(iso2, own);
}

/**
 * Runs an import. Returns the dataset, the updated missions.csv text (when --bluebook/--csv changed it), every
 * problem found (`{file, where, message, kind}` with kind `row` (a rejected row), `field` (a dropped value) or
 * `notice`) and counts. Writes nothing.
 */
export async function importMissions({
  bluebook,
  csv = [],
  sources = DEFAULT_SOURCES,
  toSources = true,
  retrieved,
  today = new Date().toISOString().slice(0, 10),
} = {}) {
  const missionsFile = join(sources, 'missions.csv');
  const palermoFile = join(sources, 'palermo.csv');
  const problems = [];
  const read = readMissionSources(readFileSync(missionsFile, 'utf8'));
  problems.push(...read.problems.map((p) => ({ file: missionsFile, ...p })));
  const palermo = readPalermo(readFileSync(palermoFile, 'utf8'));
  problems.push(...palermo.problems.map((p) => ({ file: palermoFile, ...p })));
  const { values, notes } = read;
  const countries = MEMBER_STATES.map(([iso2]) => iso2).sort();
  for (const [label, map] of [
    ['missions.csv', values],
    ['palermo.csv', palermo.statuses],
  ]) {
    const missing = countries.filter((iso2) => !map.has(iso2));
    if (missing.length) problems.push({ file: join(sources, label), where: 'rows', message: `no row for ${missing.join(', ')}`, kind: 'notice' });
  }
  const datasetSources = [
    MEMBER_LIST,
    'Mission contacts: src/data/sources/missions.csv, every value with its own source (see provenance)',
    'Palermo Protocol status: src/data/sources/palermo.csv, every status with its sources',
  ];
  const counts = { bluebook: 0, csv: 0, skipped: 0 };
  const labels = !toSources;

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
    const page = isUrl ? bluebook : BLUE_BOOK_DATA;
    const result = readBlueBook(data, { retrieved: checked.value, page });
    for (const [iso2, record] of result.missions) {
      overlay(values, iso2, record.values, { labels, report: (message) => problems.push({ file: bluebook, where: record.where, message, kind: 'field' }) });
    }
    problems.push(...result.problems.map((p) => ({ file: bluebook, ...p })));
    counts.bluebook = result.missions.size;
    counts.skipped = result.skipped;
    if (!toSources)
      datasetSources.push(
        `UN e-Blue Book, Permanent Missions to the United Nations (UN Protocol and Liaison Service), ${page}: mission-level fields of Member States [retrieved ${checked.value}]`,
      );
  }

  for (const file of csv) {
    const result = readSpreadsheet(await readInput(file));
    for (const [iso2, record] of result.missions) {
      overlay(values, iso2, record.values, { labels, report: (message) => problems.push({ file, where: record.where, message, kind: 'field' }) });
    }
    problems.push(...result.problems.map((p) => ({ file, ...p })));
    counts.csv += result.missions.size;
    if (!toSources)
      datasetSources.push(`Campaign team spreadsheet ${basename(file)}: ${result.missions.size} missions (each value with its own source and date)`);
  }

  // Said of the values themselves, so that a plain run over updated sources writes the same list.
  if (toSources && [...values.values()].some((own) => Object.values(own).some((v) => v.url?.startsWith(BLUE_BOOK_PAGE)))) {
    datasetSources.push(
      `UN e-Blue Book, Permanent Missions to the United Nations (UN Protocol and Liaison Service), ${BLUE_BOOK_DATA}: mission-level fields of Member States (the values whose provenance names it)`,
    );
  }
  const entries = countries.map((country) => {
    const mission = buildMission(values.get(country) ?? {});
    const block = palermo.blocks.get(country);
    return { country, ...(mission && { mission }), ...(block && { palermo: block }) };
  });
  const dataset = { schema: 2, sources: [...new Set(datasetSources)], notes: NOTES, entries };
  const changed = Boolean(bluebook || csv.length);
  return {
    dataset,
    missionsCsv: changed && toSources ? formatMissionSources(countries, values, notes) : undefined,
    missionsFile,
    problems,
    counts,
  };
}

export async function main(argv = process.argv.slice(2)) {
  const { options, exitCode } = parseImporterArgs('import-missions', import.meta.url, argv, {
    bluebook: { type: 'string' },
    csv: { type: 'string', multiple: true },
    retrieved: { type: 'string' },
  });
  if (!options) return exitCode;
  const out = resolve(options.out ?? (options.sources ? join(resolve(options.sources), '..', 'missions.json') : DEFAULT_OUT));
  let result;
  try {
    result = await importMissions({
      bluebook: options.bluebook,
      csv: options.csv ?? [],
      sources: resolve(options.sources ?? DEFAULT_SOURCES),
      toSources: !options.out,
      retrieved: options.retrieved,
    });
  } catch (error) {
    console.error(`import-missions: ${error.message}\nNothing was written.`);
    return error instanceof UsageError ? 2 : 1;
  }
  const { dataset, missionsCsv, missionsFile, problems, counts } = result;
  const { rejected, dropped } = reportProblems(problems);
  const withContact = dataset.entries.filter((e) => e.mission).length;
  const statuses = dataset.entries.filter((e) => e.palermo).length;
  const parts = [
    `${dataset.entries.length} countries, ${withContact} with mission contacts, ${statuses} with a Palermo Protocol status`,
    options.bluebook && `${counts.bluebook} missions from the Blue Book (${counts.skipped} observer or other entries skipped)`,
    options.csv && `${counts.csv} from the spreadsheet`,
    `${rejected} rows rejected, ${dropped} values dropped`,
  ].filter(Boolean);
  console.log(`import-missions: ${parts.join('; ')}.`);
  const early = exitBeforeWriting('import-missions', options, { rejected, dropped });
  if (early !== undefined) return early;
  try {
    if (missionsCsv) {
      writeAtomically(missionsFile, missionsCsv);
      console.log(`import-missions: updated ${missionsFile}`);
    }
    writeAtomically(out, dataset);
  } catch (error) {
    console.error(`import-missions: could not write: ${error.message}`);
    return 1;
  }
  console.log(`import-missions: wrote ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
