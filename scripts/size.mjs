// `npm run size`: what a page downloads before its widgets work, in gzip -9 bytes (1 KB = 1000 bytes), from the
// chunk graph rollup wrote (dist/manifest.json): the entry, each widget's chunk and the chunks those import. Checked
// against the budgets of docs/architecture.md. Run `npm run build` first. (`npm run bench` measures the same pages from the
// network in a real browser.)
//
// A budget has a target (docs/architecture.md) and, where the target cannot be met with plain code today, a ceiling: the size
// measured when that was found, plus a little. Over target is reported; over the ceiling fails the check, so the
// weight cannot grow unnoticed while the target is revisited (docs/performance.md says why each ceiling exists).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { chunks } = JSON.parse(readFileSync(`${dist}manifest.json`, 'utf8'));
const gzip = (file) => gzipSync(readFileSync(dist + file), { level: 9 }).length;

const entry = Object.keys(chunks).find((file) => chunks[file].isEntry);
const chunkNamed = (name) => Object.keys(chunks).find((file) => chunks[file].name === name && file !== entry);

/** A chunk and everything it imports statically: what the browser fetches before it can run it. */
function withImports(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const imported of chunks[file].imports) withImports(imported, into);
  return into;
}

/** The files a page downloads before the widgets with these tags work (in the page's default language, English). */
function page(tags) {
  const files = withImports(entry);
  for (const tag of tags) {
    const chunk = chunkNamed(tag);
    if (!chunk) throw new Error(`dist/manifest.json has no chunk for <${tag}>`);
    withImports(chunk, files);
  }
  return [...files];
}

const WIDGETS = ['quick-exit', 'trafficking-stat', 'share-card', 'petition-form', 'mission-contact', 'help-line'];
const LOCALES = Object.values(chunks)
  .map((chunk) => chunk.name)
  .filter((name) => /^[a-z]{2}(-[A-Za-z]{2})?$/.test(name));

/** Budgets: target from docs/architecture.md; ceiling (bytes) only where the target is out of reach today (docs/performance.md). */
const BUDGETS = [
  { what: 'page with only <quick-exit>', files: page(['quick-exit']), target: 12_000, ceiling: 13_450 },
  { what: 'page with one <trafficking-stat>', files: page(['trafficking-stat']), target: 12_000, ceiling: 16_050 },
  { what: 'page with one <help-line>', files: page(['help-line']), target: 12_000, ceiling: 23_700 },
  { what: 'example partner page, every widget', files: page(WIDGETS), target: 29_500, ceiling: 53_000 },
  // One chunk per language holds every widget's messages (@lit/localize loads one module per locale).
  ...LOCALES.map((name) => ({ what: `translation "${name}"`, files: [chunkNamed(name)], target: 4_000, ceiling: 4_300 })),
  // Fetched only by the widget that needs it; every value carries its source (provenance), which the size reflects.
  { what: '<mission-contact> dataset', files: ['data/missions.json'], target: 8_000, ceiling: 17_600 },
  { what: '<help-line> dataset', files: ['data/helplines.json'], target: 12_000, ceiling: 45_000 },
];

let failed = 0;
const pad = (text, width) => String(text).padEnd(width);
const right = (text, width) => String(text).padStart(width);
console.log(`${pad('what', 40)}${right('gzip -9', 9)}${right('target', 9)}${right('ceiling', 9)}  files`);
for (const budget of BUDGETS) {
  const bytes = budget.files.reduce((sum, file) => sum + gzip(file), 0);
  const overCeiling = bytes > (budget.ceiling ?? budget.target);
  const status = overCeiling ? 'OVER' : bytes > budget.target ? 'over target' : 'ok';
  if (overCeiling) failed++;
  const format = (n) => (n === undefined ? '' : n.toLocaleString('en'));
  console.log(
    `${pad(budget.what, 40)}${right(format(bytes), 9)}${right(format(budget.target), 9)}${right(format(budget.ceiling), 9)}  ${status} (${budget.files.length} file${budget.files.length > 1 ? 's' : ''})`,
  );
}
if (failed) {
  console.error(`\nsize: ${failed} budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nsize: nothing over its ceiling; rows marked "over target" are explained in docs/performance.md.');
