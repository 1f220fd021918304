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

test('message ids shrink the same way in the bundle and in a locale module, so translations are still found', async () => {
  const { shortMsgIds } = await import('../../scripts/short-msg-ids.mjs');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'cw-ids-'));
  writeFileSync(join(dir, 'fr.xlf'), '<trans-unit id="quick-exit.button"><trans-unit id="a.first">');
  const plugin = shortMsgIds(join(dir, 'fr.xlf'));
  const parse = { parse: (source) => parseAst(source) };
  const bundle = plugin.transform.call(parse, "msg('Exit', { id: 'quick-exit.button' }); msg('New', { id: 'not.extracted' }); other({ id: 'quick-exit.button' });", '/src/x.js');
  const locale = plugin.transform.call(parse, "export const templates = { 'quick-exit.button': `Quitter`, 'a.first': `Un` };", '/src/generated/locales/fr.js');
  assert.equal(bundle.code, "msg('Exit', { id: \"m1\" }); msg('New', { id: 'not.extracted' }); other({ id: 'quick-exit.button' });");
  assert.equal(locale.code, 'export const templates = { "m1": `Quitter`, "m0": `Un` };');
});

test('a lazy module is built without Lit and uses the page bundle\'s own once lent; using it too early fails loudly', async () => {
  const { rollup } = await import('rollup');
  const { hostRuntime } = await import('../../scripts/lazy-beside-script.mjs');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'cw-lazy-'));
  const build = async (name, source) => {
    writeFileSync(join(dir, `${name}.js`), source);
    const bundle = await rollup({ input: hostRuntime.entry(join(dir, `${name}.js`)), plugins: [hostRuntime()] });
    const { output } = await bundle.generate({ format: 'es' });
    return output[0].code;
  };
  const late = await build('late', "import { html } from 'lit';\nimport { msg } from '@lit/localize';\nexport const card = (name) => html`<p>${msg(name)}</p>`;\n");
  assert.doesNotMatch(late, /lit-html|LitElement|_\$litType\$/, 'no copy of Lit inside');
  const module = await import(`data:text/javascript,${encodeURIComponent(late)}`);
  assert.throws(() => module.card('x'), /used Lit before lazyLoader\(\) lent it/);
  module.__cwHostRuntime({ html: (strings, ...values) => ({ strings: [...strings], values }), msg: (text) => `«${text}»`, css: null, nothing: null, str: null });
  assert.deepEqual(module.card('Hi'), { strings: ['<p>', '</p>'], values: ['«Hi»'] });

  const early = await build('early', "import { css } from 'lit';\nexport const styles = css`p { color: red; }`;\n");
  await assert.rejects(import(`data:text/javascript,${encodeURIComponent(early)}`), /used Lit before lazyLoader\(\) lent it/);
});

test('the lazy build stands in for exactly what src/core/lazy.ts lends', async () => {
  const { LENT } = await import('../../scripts/lazy-beside-script.mjs');
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(new URL('../../src/core/lazy.ts', import.meta.url), 'utf8');
  const lent = source.match(/const hostRuntime = \{([^}]*)\}/)?.[1].split(',').map((name) => name.trim()).filter(Boolean);
  assert.deepEqual([...(lent ?? [])].sort(), [...LENT].sort());
});
