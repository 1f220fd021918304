// `npm run size`: gzip -9 size of every script in dist/, checked against the DESIGN.md budgets
// (1 KB = 1000 bytes, as in the published figures). Exits 1 when a budget is exceeded. Run `npm run build` first.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const BUDGETS = [
  { match: /^campaign-widgets\.js$/, limit: 24_000, what: 'core ESM bundle, all widgets' },
  { match: /^campaign-widgets\.iife\.js$/, limit: 24_000, what: 'classic-script bundle, all widgets' },
  { match: /^locales\/[^/]+\.js$/, limit: 4_000, what: 'locale chunk' },
  { match: /^data\/missions\.json$/, limit: 8_000, what: 'mission dataset, loaded only with <mission-contact>' },
];

function walk(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}${name}`;
    if (statSync(path).isDirectory()) return name === 'types' ? [] : walk(`${path}/`, `${prefix}${name}/`);
    return name.endsWith('.js') || name.endsWith('.json') ? [`${prefix}${name}`] : [];
  });
}

let failed = 0;
const rows = walk(dist)
  .filter((file) => file !== 'sri.json')
  .map((file) => {
    const raw = readFileSync(dist + file);
    const gzip = gzipSync(raw, { level: 9 }).length;
    const budget = BUDGETS.find((b) => b.match.test(file));
    const over = budget && gzip > budget.limit;
    if (over) failed++;
    return { file, bytes: raw.length, gzip, budget: budget ? `${budget.limit.toLocaleString('en')} (${budget.what})` : '', status: budget ? (over ? 'OVER' : 'ok') : '' };
  });

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
console.log(`${pad('file', 40)}${padStart('bytes', 10)}${padStart('gzip -9', 10)}  budget`);
for (const row of rows) {
  console.log(`${pad(row.file, 40)}${padStart(row.bytes.toLocaleString('en'), 10)}${padStart(row.gzip.toLocaleString('en'), 10)}  ${row.budget} ${row.status}`);
}
if (failed) {
  console.error(`\nsize: ${failed} file(s) over budget.`);
  process.exit(1);
}
console.log('\nsize: every file within budget.');
