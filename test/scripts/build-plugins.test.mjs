// The build's own rollup plugins: what they remove from the bundles, and what they must never touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { minifyCss, minifyHtml, minifyTemplateLiterals } from '../../scripts/minify-template-literals.mjs';
import { stripMsgDescriptions } from '../../scripts/strip-msg-descriptions.mjs';

const run = (plugin, code) => plugin.transform.call({ parse: (source) => parseAst(source) }, code, '/src/x.js');

test('CSS loses comments and spaces, but not inside quoted strings', () => {
  assert.equal(minifyCss("\n  .a > .b,\n  .c {\n    content: ' : · ';\n    color: red; /* why */\n  }\n"), " .a>.b,.c{content:' : · ';color:red;}");
  assert.equal(minifyCss('margin: 0 auto; font-family: "Segoe UI", sans-serif;'), 'margin:0 auto;font-family:"Segoe UI",sans-serif;');
});

test('HTML loses indentation only: spaces between words and inline elements stay', () => {
  assert.equal(minifyHtml('<p>\n      Source: <a>ILO</a> <span>2014</span>\n    </p>'), '<p> Source: <a>ILO</a> <span>2014</span> </p>');
});

test('templates are minified around their expressions, which stay untouched', () => {
  const code = 'const s = css`\n  .a {\n    color: ${x};\n  }\n`;\nconst t = html`<p>\n  ${"  keep  "}\n</p>`;\nconst plain = `\n  not a template tag\n`;';
  const out = run(minifyTemplateLiterals(), code);
  assert.equal(out.code, 'const s = css` .a{color:${x};}`;\nconst t = html`<p> ${"  keep  "} </p>`;\nconst plain = `\n  not a template tag\n`;');
  assert.ok(out.map.mappings.length > 0);
});

test('translator notes leave msg() calls without moving any code', () => {
  const code = "msg('Hi', { id: 'a.hi', desc: 'Greeting' });\nmsg('Bye', {\n  desc: `Two\nlines`,\n  id: 'a.bye' });\nother('x', { desc: 'kept' });";
  const out = run(stripMsgDescriptions(), code);
  assert.equal(out.code.length, code.length);
  assert.equal(out.code.split('\n').length, code.split('\n').length);
  assert.doesNotMatch(out.code, /Greeting|Two|lines/);
  assert.match(out.code, /id: 'a\.hi'/);
  assert.match(out.code, /id: 'a\.bye'/);
  assert.match(out.code, /desc: 'kept'/);
  assert.doesNotThrow(() => parseAst(out.code));
});
