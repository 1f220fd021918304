// Rollup plugin: removes the `desc` option from msg() calls. Translator notes are read from the sources by
// `lit-localize extract`; at run time nobody reads them, and shipped they would cost every visitor bytes.
// The note is overwritten with spaces (newlines kept), so no code moves and source maps stay exact.

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

export function stripMsgDescriptions() {
  return {
    name: 'strip-msg-descriptions',
    transform(code, id) {
      if (!code.includes('desc') || !code.includes('msg(') || id.includes('node_modules')) return null;
      const ranges = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const options = node.arguments[1];
        if (options?.type !== 'ObjectExpression') return;
        for (const property of options.properties) {
          if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'desc') {
            let end = property.end;
            const rest = code.slice(end).match(/^\s*,/);
            if (rest) end += rest[0].length;
            ranges.push([property.start, end]);
          }
        }
      });
      if (!ranges.length) return null;
      let out = '';
      let last = 0;
      for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
        out += code.slice(last, start) + code.slice(start, end).replace(/[^\n]/g, ' ');
        last = end;
      }
      return { code: out + code.slice(last), map: null };
    },
  };
}
