// Rollup plugin: message ids are long and readable in the sources and XLIFF (`petition-form.count-few`), which is
// what translators need, but visitors would download every one of them. In the bundles and the locale modules
// each id becomes a short code (its rank in the sorted list of ids of the first XLIFF file), the same on both
// sides, so a translation is still found. Ids not in that list are left as they are.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';

function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

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
      walk(this.parse(code), (node) => {
        if (locale && node.type === 'Property' && !node.computed) rename(node.key);
        if (!locale && node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const options = node.arguments[1];
          if (options?.type !== 'ObjectExpression') return;
          for (const property of options.properties) {
            if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'id') rename(property.value);
          }
        }
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
