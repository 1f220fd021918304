// A small RFC 4180 CSV reader for spreadsheets saved as CSV (Excel, LibreOffice, Google Sheets): quoted fields with
// commas, doubled quotes and line breaks, CRLF or LF, a UTF-8 byte-order mark, and `;` as the separator when the
// header row uses it (spreadsheets in locales with a decimal comma save that way).

/**
 * Parses CSV text. Returns the header (trimmed, lower case) and the data rows, each with the line number where it
 * starts in the file (the header is line 1), so problems can be reported as `file:line`. Blank rows are skipped.
 * Throws on an unterminated quoted field.
 */
export function parseCsv(text) {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0];
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push({ line: recordLine, cells: record });
      field = '';
      record = [];
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error(`line ${recordLine}: a quoted field is never closed (a " is missing)`);
  if (field !== '' || record.length) {
    record.push(field);
    records.push({ line: recordLine, cells: record });
  }
  const nonBlank = records.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const [head, ...rows] = nonBlank;
  return { header: head ? head.cells.map((cell) => cell.trim().toLowerCase()) : [], headerLine: head?.line ?? 1, rows };
}

/** Writes rows (arrays of cells) as CSV with LF line ends; a cell is quoted when it holds a comma, quote or line break. */
export function formatCsv(rows) {
  const quote = (cell) => {
    const text = String(cell ?? '');
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`;
}
