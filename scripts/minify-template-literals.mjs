// Rollup plugin: minifies the text of Lit's css`` and html`` (and svg``) templates in our own modules, which terser
// leaves alone because they are strings. CSS loses comments and the spaces around its punctuation; HTML loses the
// indentation (any run of white space with a line break becomes one space, which renders the same: no template of
// ours is inside white-space: pre). Expressions (${…}) are untouched. Source maps stay exact (magic-string).
import MagicString from 'magic-string';
import { walk } from './estree.mjs';

/** Minifies CSS outside quoted strings (`content: ' · '` keeps its spaces). */
export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':'),
    )
    .join('');

export const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyTemplateLiterals() {
  const minifiers = { css: minifyCss, html: minifyHtml, svg: minifyHtml };
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html|svg)`/.test(code)) return null;
      const out = new MagicString(code);
      let changed = false;
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = minifiers[node.tag.name];
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) {
            out.overwrite(quasi.start, quasi.end, small);
            changed = true;
          }
        }
      });
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
