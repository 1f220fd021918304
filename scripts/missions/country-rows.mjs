// The rows of a research file that has one row per member state (missions.csv, palermo.csv, emergency.csv).
import { parseCsv } from './csv.mjs';
import { checkCountry } from './validate.mjs';

/**
 * Checks that the header has every one of `columns`, then yields each row whose country code is valid and not
 * given before, as `{ country, where, cell, reject }`: `cell(name)` is the trimmed value of a column, and
 * `reject(message)` records the row as rejected in `problems`. Rows with a bad or repeated code are recorded there
 * and not yielded.
 * @throws when the file is not the documented format (no header, a column missing)
 */
export function* countryRows(text, columns, problems) {
  const { header, headerLine, rows } = parseCsv(text);
  const missing = columns.filter((name) => !header.includes(name));
  if (missing.length) throw new Error(`line ${headerLine}: the header has no ${missing.join(', ')} column (columns: ${columns.join(', ')})`);
  const seen = new Set();
  for (const { line, cells } of rows) {
    const where = `line ${line}`;
    const cell = (name) => (cells[header.indexOf(name)] ?? '').trim();
    const reject = (message) => problems.push({ where, message: `rejected: ${message}`, kind: 'row' });
    const country = checkCountry(cell('country'));
    if (country.error) {
      reject(country.error);
      continue;
    }
    if (seen.has(country.value)) {
      reject(`${country.value} is given twice`);
      continue;
    }
    seen.add(country.value);
    yield { country: country.value, where, cell, reject };
  }
}
