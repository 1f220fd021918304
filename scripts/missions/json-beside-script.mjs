// A rollup plugin that ships JSON data files beside the bundle instead of inside it.
//
// A module that writes `new URL('../../data/missions.json', import.meta.url)` gets the file emitted as an asset,
// `<dir>/missions.json` (minified) next to the output, and the expression rewritten to
// `new URL(import.meta.ROLLUP_FILE_URL_<ref>)`, which rollup resolves relative to the script that runs:
// `import.meta.url` in ES modules, `document.currentScript.src` (captured when the classic script starts) in the IIFE.
// So the data is fetched from beside the script, from a CDN or a partner's own copy alike, and only when the code
// that references it runs. Outside rollup (the test server, Vite/Storybook) the same expression resolves to the
// source file, so nothing else is needed there.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const REFERENCE = /new URL\((['"])(\.{1,2}\/[^'"]+\.json)\1,\s*import\.meta\.url\)/g;

/** @param {{dir?: string}} [options] dir: the folder the files go to, relative to the output (default `data`) */
export function jsonBesideScript({ dir = 'data' } = {}) {
  return {
    name: 'json-beside-script',
    transform(code, id) {
      if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
      let changed = false;
      const rewritten = code.replace(REFERENCE, (_, _quote, relative) => {
        const file = resolve(dirname(id.split('?')[0]), relative);
        this.addWatchFile(file);
        const reference = this.emitFile({
          type: 'asset',
          fileName: `${dir}/${basename(file)}`,
          source: JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))),
        });
        changed = true;
        return `new URL(import.meta.ROLLUP_FILE_URL_${reference})`;
      });
      // The rewrite stays on its line, so the incoming source map still holds (map: null keeps it).
      return changed ? { code: rewritten, map: null } : null;
    },
  };
}
