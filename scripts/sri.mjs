// Writes dist/sri.json: the Subresource Integrity hash of every script a partner may load from a CDN,
// for <script integrity="sha384-…" crossorigin="anonymous">.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = [
  'campaign-widgets.js',
  'campaign-widgets.iife.js',
  ...readdirSync(`${dist}locales`).filter((f) => f.endsWith('.js')).map((f) => `locales/${f}`),
];
const hashes = Object.fromEntries(
  files.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(dist + file)).digest('base64')}`]),
);
writeFileSync(`${dist}sri.json`, `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`sri: ${files.length} hashes written to dist/sri.json (campaign-widgets.js ${hashes['campaign-widgets.js']})`);
