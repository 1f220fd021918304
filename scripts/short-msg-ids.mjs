// Rollup plugin: message ids are long and readable in the sources and XLIFF (`petition-form.count-few`), which is
// what translators need, but visitors would download every one of them. In the bundles and the locale modules
// each id becomes a short code (its rank in the sorted list of ids of the first XLIFF file), the same on both
// sides, so a translation is still found. Ids not in that list are left as they are.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import { msgOptions, walk } from './estree.mjs';

/** id → short code, from an XLIFF file's trans-unit ids. */
export function shortIds(xliffFile) {
  const ids = [...readFileSync(xliffFile, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map((match) => match[1]).sort();
  return new Map(ids.map((id, index) => [id, `m${index.toString(36)}`]));
}

const isString = (node) => node?.type === 'Literal' && typeof node.value === 'string';

export function shortMsgIds(xliffFile) {
  const short = shortIds(xliffFile);
  return {
    name: 'short-msg-ids',
    transform(code, id) {
      if (id.includes('node_modules') || id.startsWith('\0')) return null;
      const locale = id.includes('/generated/locales/');
      if (!locale && !code.includes('msg(')) return null;
      const out = new MagicString(code);
      const rename = (node) => {
        const to = isString(node) && short.get(node.value);
        if (to) out.overwrite(node.start, node.end, JSON.stringify(to));
      };
      const ast = this.parse(code);
      if (locale) walk(ast, (node) => node.type === 'Property' && !node.computed && rename(node.key));
      else for (const property of msgOptions(ast, 'id')) rename(property.value);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
