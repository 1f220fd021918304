// Rollup plugin: removes the `desc` option from msg() calls. Translator notes are read from the sources by
// `lit-localize extract`; at run time nobody reads them, and shipped they would cost every visitor bytes.
// The note is overwritten with spaces (newlines kept), so no code moves and source maps stay exact.
import { msgOptions } from './estree.mjs';

export function stripMsgDescriptions() {
  return {
    name: 'strip-msg-descriptions',
    transform(code, id) {
      if (!code.includes('desc') || !code.includes('msg(') || id.includes('node_modules')) return null;
      const ranges = [];
      for (const property of msgOptions(this.parse(code), 'desc')) {
        let end = property.end;
        const rest = code.slice(end).match(/^\s*,/);
        if (rest) end += rest[0].length;
        ranges.push([property.start, end]);
      }
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
