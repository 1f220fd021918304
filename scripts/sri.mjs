// Writes dist/sri.json: the Subresource Integrity hash (sha384) of every script in the built graph: the two tags a
// partner may add (<script integrity="sha384-…" crossorigin="anonymous">) and every chunk they load, for partners who
// pin chunks too (an import map's "integrity" field) or check a self-hosted copy.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const chunks = readdirSync(`${dist}chunks`)
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => `chunks/${file}`);
const files = ['campaign-widgets.js', 'campaign-widgets.iife.js', ...chunks];
const hashes = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(dist + file))
      .digest('base64')}`,
  ]),
);
writeFileSync(`${dist}sri.json`, `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`sri: ${files.length} hashes written to dist/sri.json (campaign-widgets.js ${hashes['campaign-widgets.js']})`);
