// Small helpers the benchmark sections share: statistics over repetitions and Markdown tables (the printed
// output can be pasted into docs/performance.md as it is).

/** Median of a list of numbers (NaN for an empty list). */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Spread of repetitions as (max - min) / median, to show how noisy a figure is. */
export function spread(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return 0;
  return (Math.max(...finite) - Math.min(...finite)) / median(finite);
}

/** 12345 → "12,345" (bytes and counts). */
export const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');

/** A number with a fixed count of decimals, or an en dash when it is not a number. */
export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** A ratio as "1.23×". */
export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** A Markdown table: header labels, rows of cells; columns whose label starts with ">" are right-aligned. */
export function table(header, rows) {
  const right = header.map((label) => label.startsWith('>'));
  const labels = header.map((label) => label.replace(/^>/, ''));
  const cells = [labels, ...rows.map((row) => row.map((cell) => String(cell)))];
  const widths = labels.map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => (right[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (right[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** "✓" when a target is met, "✗" when it is missed, "?" when it could not be measured. */
export const verdict = (ok) => (ok === undefined || ok === null ? '?' : ok ? '✓' : '✗');
