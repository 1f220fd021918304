// Reads the spreadsheet a campaign team keeps, saved as CSV. Columns (header row, any order, any case):
//   country       required  ISO 3166-1 alpha-2 (or alpha-3) code of a UN member state, e.g. KE
//   mission_name            official name, e.g. Permanent Mission of the Republic of Kenya to the United Nations
//   address                 postal address (line breaks inside the cell are kept)
//   phone                   E.164 (+12124214741) or the loose form +1 (212) 421-4741; 10-digit numbers without +
//                           are read as North American (the missions are in New York)
//   email                   one address
//   website                 https: address
//   source        required  where the details were read, e.g. "Mission website" or "Phone call to the mission"
//   source_url              https: address of that source
//   retrieved     required  date the details were read or checked, YYYY-MM-DD
//   source_kind             official (the mission, its government, the UN) or secondary (anything else); default
//                           secondary
//   current                 "no" when the details may be out of date (an old page, a second-hand list)
// Each value of a row carries the row's source and date. A row replaces only the values it gives; the country's
// other values stay as they were. The bundled dataset takes a value only with its source_url (the page it was read
// on); a dataset of your own (--out) also takes a source named in words, e.g. "Phone call to the mission".
import { parseCsv } from './csv.mjs';
import { contactFields, hasChannel, withSource } from './contact.mjs';
import { checkCountry, checkDate, checkWebsite, cleanText } from './validate.mjs';

export const COLUMNS = ['country', 'mission_name', 'address', 'phone', 'email', 'website', 'source', 'source_url', 'source_kind', 'retrieved', 'current'];
const REQUIRED = ['country', 'source', 'retrieved'];

/**
 * @param {string} text the CSV file's content
 * @returns {{missions: Map<string, {values: object, where: string}>, problems: {where: string, message: string, kind: string}[], rows: number}}
 *   values: per missions.csv field, `{value, url?, label, kind, retrieved, current}`
 * @throws when the file cannot be read as the documented spreadsheet at all (no header, a required column missing)
 */
export function readSpreadsheet(text) {
  const { header, headerLine, rows } = parseCsv(text);
  if (!header.length) throw new Error('the file is empty: expected a header row naming the columns');
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length) throw new Error(`line ${headerLine}: the header has no ${missing.join(', ')} column (columns: ${COLUMNS.join(', ')})`);
  const problems = [];
  const unknown = header.filter((name) => name && !COLUMNS.includes(name));
  if (unknown.length)
    problems.push({ where: `line ${headerLine}`, message: `column(s) ${unknown.join(', ')} ignored (known: ${COLUMNS.join(', ')})`, kind: 'notice' });
  const missions = new Map();
  for (const { line, cells } of rows) {
    const where = `line ${line}`;
    const report = (message, kind = 'row') => problems.push({ where, message, kind });
    const cell = (name) => {
      const index = header.indexOf(name);
      return index >= 0 ? (cells[index] ?? '').trim() : '';
    };
    const country = checkCountry(cell('country'));
    if (country.error) {
      report(`rejected: ${country.error}`);
      continue;
    }
    const earlier = missions.get(country.value);
    if (earlier) {
      report(`rejected: ${country.value} is already given on ${earlier.where}`);
      continue;
    }
    const retrieved = checkDate(cell('retrieved'), 'retrieved');
    if (retrieved.error) {
      report(`rejected: ${retrieved.error} (write the date the details were read)`);
      continue;
    }
    const source = cleanText(cell('source'), { max: 200 });
    if (source.error || !source.value) {
      report('rejected: source is empty (say where the details come from)');
      continue;
    }
    const fields = contactFields(
      { name: cell('mission_name'), address: cell('address'), phone: cell('phone'), email: cell('email'), website: cell('website') },
      report,
    );
    if (!hasChannel(fields)) {
      report('rejected: no usable address, phone, email or website');
      continue;
    }
    const sourceUrl = checkWebsite(cell('source_url'), 'source_url');
    if (sourceUrl.error) report(`${sourceUrl.error}; dropped`, 'field');
    const current = cell('current').toLowerCase();
    if (current && !['yes', 'no', 'true', 'false'].includes(current)) report(`current "${cell('current')}" is not yes or no; ignored`, 'field');
    let kind = cell('source_kind').toLowerCase();
    if (kind && !['official', 'secondary'].includes(kind)) report(`source_kind "${cell('source_kind')}" is not official or secondary; secondary used`, 'field');
    if (kind !== 'official') kind = 'secondary';
    missions.set(country.value, {
      where,
      values: withSource(fields, {
        ...(sourceUrl.value && { url: sourceUrl.value }),
        label: source.value,
        kind,
        retrieved: retrieved.value,
        current: !(current === 'no' || current === 'false'),
      }),
    });
  }
  return { missions, problems, rows: rows.length };
}
