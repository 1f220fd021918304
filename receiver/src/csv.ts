/**
 * CSV (RFC 4180, CRLF line ends) that is safe to open in a spreadsheet: a cell that starts with = + - @ tab,
 * carriage return or line feed would be read as a formula (OWASP "CSV injection"), so it gets a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/**
 * The same character after a separator inside a cell gets one too. A spreadsheet set to split at `;` (the default in
 * many European locales) or at tabs makes a cell of what follows each of them, and `Anna;=HYPERLINK(…)`, one cell
 * here, would start its second with a formula. Quotes do not prevent it: ours wrap only cells with `,` `"` or a line
 * break, and a reader that ignores them splits anywhere. So after `,` `;` a tab or a line break, an apostrophe too.
 */
const FORMULA_AFTER_SEPARATOR = /(?<=[,;\t\r\n])(?=[=+\-@\t\r\n])/g;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  text = text.replace(FORMULA_AFTER_SEPARATOR, "'");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** Parses CSV text (quoted cells with doubled quotes, CRLF or LF line ends) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
