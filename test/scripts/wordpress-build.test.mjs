// The WordPress plugin's build (scripts/wordpress/build.mjs, pot.mjs): blocks generated from the manifest, the
// mapping checked against it, and the translation template. The plugin in a real WordPress: test/wordpress/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  acceptedKinds,
  blockJson,
  camel,
  checkedNames,
  defaultValues,
  helpFallbacks,
  labelFor,
  listedValues,
  missionNames,
  widgetsFromManifest,
} from '../../scripts/wordpress/build.mjs';
import { extractCalls, unquote } from '../../scripts/wordpress/pot.mjs';
import { widgets as mapping } from '../../wordpress/widgets.mjs';
import { importSource } from '../../scripts/import-source.mjs';

const manifest = (tag, attributes, summary = 'A widget.') => ({
  modules: [{ path: `src/widgets/${tag}/${tag}.ts`, declarations: [{ kind: 'class', tagName: tag, summary, attributes }] }],
});

test('values listed in a description: one of several, or one space-separated list', () => {
  assert.deepEqual(listedValues('Body format: `json` (default), `form` (`application/x-www-form-urlencoded`) or `osdi` (`record_signature_helper`).', false), [
    'json',
    'form',
    'osdi',
  ]);
  assert.deepEqual(listedValues('HTTP method: `POST` (default) or `PUT`.', false), ['POST', 'PUT']);
  assert.deepEqual(listedValues('Space-separated, in order: `native x email copy`. Default: all but `x`.', true), ['native', 'x', 'email', 'copy']);
  assert.deepEqual(defaultValues('Fields. Default `given-name email`; `required=""` makes all optional.', ['given-name', 'family-name', 'email']), [
    'given-name',
    'email',
  ]);
  assert.deepEqual(defaultValues('In order: `a b c`. Default: all but `b`.', ['a', 'b', 'c']), ['a', 'c']);
  assert.deepEqual(defaultValues('Nothing said.', ['a', 'b']), ['a', 'b']);
});

test('attribute names become block keys and control labels', () => {
  assert.equal(camel('source-url'), 'sourceUrl');
  assert.equal(camel('utm-campaign'), 'utmCampaign');
  assert.equal(labelFor('source-url'), 'Source URL');
  assert.equal(labelFor('count-src'), 'Count URL');
  assert.equal(labelFor('no-skip-link'), 'No skip link');
});

test('a widget in the mapping gets a block from its manifest entry: types, controls, help from the first paragraph', () => {
  const [widget] = widgetsFromManifest(
    manifest('help-line', [
      { name: 'country', type: { text: 'string | undefined' }, description: 'ISO code, the comment\nwrapped here.\n\nMore for developers.' },
      { name: 'compact', type: { text: 'boolean' }, default: 'false', description: 'One line and a `button`.' },
      { name: 'src', type: { text: 'string | undefined' }, description: 'A dataset.' },
      { name: 'heading-level', type: { text: 'number | undefined' }, description: 'The level (1 to 6).' },
    ]),
  );
  assert.equal(widget.block, 'campaign-widgets/help-line');
  assert.equal(widget.shortcode, 'cw_help_line');
  assert.deepEqual(
    widget.attributes.map((a) => [a.name, a.key, a.type, a.control, a.description]),
    [
      ['country', 'country', 'string', 'country', 'ISO code, the comment wrapped here.'],
      ['compact', 'compact', 'boolean', 'toggle', 'One line and a button.'],
      ['src', 'src', 'string', 'url', 'A dataset.'],
      ['heading-level', 'headingLevel', 'number', 'number', 'The level (1 to 6).'],
    ],
  );
  const json = blockJson(widget, '1.2.3');
  assert.equal(json.apiVersion, 3);
  assert.equal(json.viewScriptModule, 'campaign-widgets', 'every block enqueues the one registered module');
  assert.equal(json.render, 'file:../../render.php');
  assert.equal(json.textdomain, 'campaign-widgets');
  assert.deepEqual(json.attributes, {
    country: { type: 'string' },
    compact: { type: 'boolean' },
    src: { type: 'string' },
    headingLevel: { type: 'number' },
    reserveNarrow: { type: 'number' },
    reserveWide: { type: 'number' },
  });
  assert.deepEqual(json.example, { attributes: { country: 'KE' } });
});

test('a widget not yet in the manifest gets no block; a mapped attribute the manifest lacks stops the build', () => {
  assert.deepEqual(widgetsFromManifest({ modules: [] }), []);
  assert.throws(
    () => widgetsFromManifest(manifest('quick-exit', [{ name: 'href', type: { text: 'string' }, description: '' }])),
    /names <quick-exit sticky>, which custom-elements.json does not declare/,
  );
  assert.throws(
    () =>
      widgetsFromManifest(manifest('x-demo', [{ name: 'mode', type: { text: 'string' }, description: 'No list here.' }]), {
        'x-demo': { title: 'Demo', keywords: [], controls: { mode: { control: 'select' } } },
      }),
    /no values found/,
  );
});

test('listed values get the names an editor reads, each value named once: a value added or dropped stops the build', () => {
  const petition = (fields) =>
    manifest('petition-form', [
      { name: 'format', type: { text: 'string' }, description: 'The format.\n\n`json` (default), `form` or `osdi`.' },
      { name: 'method', type: { text: 'string' }, description: '`POST` (default) or `PUT`.' },
      { name: 'fields', type: { text: 'string' }, description: `Shown.\n\nSpace-separated, from \`${fields}\`.` },
      { name: 'required', type: { text: 'string' }, description: 'Must be filled.\n\nSpace-separated (same names). Default `email`.' },
    ]);
  // The plugin's own petition controls for these four attributes (the others need attributes not declared here).
  const { format, method, fields, required } = mapping['petition-form'].controls;
  const only = { 'petition-form': { ...mapping['petition-form'], controls: { format, method, fields, required } } };
  const [widget] = widgetsFromManifest(petition('given-name family-name email country postal-code phone'), only);
  const named = (name) => widget.attributes.find((a) => a.name === name).optionNames;
  assert.equal(named('format').osdi, 'OSDI (Action Network and other OSDI systems)');
  assert.equal(named('method'), undefined, 'a control without names shows its values');
  assert.deepEqual(Object.keys(named('fields')), ['given-name', 'family-name', 'email', 'country', 'postal-code', 'phone']);
  assert.deepEqual(named('required'), named('fields'), '`optionsOf` takes that attribute’s names');
  assert.throws(
    () => widgetsFromManifest(petition('given-name email signature'), only),
    /<petition-form fields>: no name for signature; names family-name, country, postal-code, phone, which it does not list/,
  );
  assert.throws(() => checkedNames('<x-demo mode>', { a: 'A' }, ['a', 'b']), /<x-demo mode>: no name for b\./);
});

test("the share buttons' brand names are the widget's own spelling", async () => {
  const { BRANDS } = await importSource(new URL('../../src/widgets/share-card/networks.ts', import.meta.url).pathname);
  const names = mapping['share-card'].controls.networks.names;
  for (const [network, brand] of Object.entries(BRANDS)) assert.equal(names[network], brand, `the editor's name for ${network}`);
});

test('hidden attributes stay out of block.json', () => {
  const [widget] = widgetsFromManifest(
    manifest('quick-exit', [
      { name: 'href', type: { text: 'string | undefined' }, description: 'Where to.' },
      { name: 'sticky', type: { text: 'boolean' }, description: 'In view.' },
      { name: 'safety-url', type: { text: 'string | undefined' }, description: 'Advice.' },
      { name: 'skip-link', type: { text: 'boolean' }, description: 'Internal.' },
      { name: 'no-skip-link', type: { text: 'boolean' }, description: 'No skip link.' },
    ]),
  );
  assert.deepEqual(Object.keys(blockJson(widget, '1').attributes), ['href', 'sticky', 'safetyUrl', 'noSkipLink', 'reserveNarrow', 'reserveWide']);
  assert.equal(widget.attributes.find((a) => a.name === 'href').siteDefault, 'quick_exit_href');
});

test('each address names the kinds its widget accepts: web unless said, mailto: where the widget documents it, the exit https', () => {
  // The manifest the build reads (npm run build writes it before the node tests run).
  const widgets = widgetsFromManifest(JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')));
  const addresses = widgets.flatMap((widget) => widget.attributes.filter((a) => a.control === 'url' || a.control === 'neutral').map((a) => [widget.tag, a]));
  assert.ok(addresses.length >= 10, 'every widget’s addresses');
  for (const [tag, attribute] of addresses) {
    const expected = attribute.control === 'neutral' ? ['https'] : /\bmailto:/.test(attribute.description) ? ['web', 'mailto'] : ['web'];
    assert.deepEqual(attribute.accepts, expected, `<${tag} ${attribute.name}>: ${attribute.description}`);
  }
  assert.equal(widgets.flatMap((w) => w.attributes).filter((a) => a.accepts && a.control !== 'url' && a.control !== 'neutral').length, 0);
  assert.throws(() => acceptedKinds('<x-demo src>', 'url', ['web', 'tel']), /<x-demo src>: accepts tel; the kinds are web and mailto/);
  assert.throws(() => acceptedKinds('<x-demo href>', 'neutral', ['web']), /always https only/);
  assert.throws(() => acceptedKinds('<x-demo name>', 'text', ['web']), /for a url control only/);
});

test('every widget has a mapping entry', () => {
  assert.deepEqual(Object.keys(mapping).sort(), ['help-line', 'mission-contact', 'petition-form', 'quick-exit', 'share-card', 'trafficking-stat']);
});

test('the .pot reads gettext calls of the text domain in PHP and TypeScript, with translators comments', () => {
  const php = `<?php
echo esc_html__( 'Campaign widgets', 'campaign-widgets' );
/* translators: %s: country name */
printf( __( 'Mission of %s', 'campaign-widgets' ), $name );
echo __( 'Not ours', 'other-domain' );
echo _x( 'Post', 'noun', 'campaign-widgets' );
echo 'It\\'s';
`;
  const calls = extractCalls(php);
  assert.deepEqual(
    calls.map(({ msgid, msgctxt, comment, line }) => ({ msgid, msgctxt, comment, line })),
    [
      { msgid: 'Campaign widgets', msgctxt: undefined, comment: undefined, line: 2 },
      { msgid: 'Mission of %s', msgctxt: undefined, comment: '%s: country name', line: 4 },
      { msgid: 'Post', msgctxt: 'noun', comment: undefined, line: 6 },
    ],
  );
  assert.deepEqual(extractCalls("sprintf(__('Site default (%s)', DOMAIN))"), [], 'a domain in a constant is not read (write the literal)');
  // Prettier's multi-line call ends with a comma; a translators' comment belongs to the next call only.
  const ts = `const label = siteDefault
    ? /* translators: %s: the site's value */ sprintf(__('Site default (%s)', 'campaign-widgets'), siteDefault)
    : __('Widget default', 'campaign-widgets');
  const notice = __(
    'Signatures need an endpoint.',
    'campaign-widgets',
  );`;
  assert.deepEqual(
    extractCalls(ts).map(({ msgid, comment }) => ({ msgid, comment })),
    [
      { msgid: 'Site default (%s)', comment: "%s: the site's value" },
      { msgid: 'Widget default', comment: undefined },
      { msgid: 'Signatures need an endpoint.', comment: undefined },
    ],
  );
  assert.equal(unquote("'It\\'s'"), "It's");
  assert.equal(unquote('"a\\"b\\n"'), 'a"b\n');
});

test("the no-JavaScript help line shows and links only what the widget would: the widget's own checks read the data", async (t) => {
  const warnings = [];
  t.mock.method(console, 'warn', (message) => warnings.push(message));
  const line = (fields) => ({ id: 'x', kind: 'trafficking', name: 'Helpline', retrieved: '2026-12-01', ...fields });
  const fallbacks = await helpFallbacks({
    entries: [
      {
        country: 'GB',
        // 99 is not the 999 shown: the widget drops that tel and dials the number as written.
        emergency: { number: '999', tel: '99', retrieved: '2026-12-01' },
        // A direction control in a name would reorder the text around it; the last digit of this tel differs.
        lines: [line({ name: 'Modern Slavery\u202e Helpline', phone: '+44 20 7946 0000', tel: '+442079460001' })],
      },
      // A line without the date it was read is no line; the next trafficking line with a phone is shown.
      { country: 'FR', lines: [line({ retrieved: undefined, phone: '119' }), line({ id: 'y', name: 'Ligne', phone: '119', tel: '119' })] },
    ],
  });
  assert.deepEqual(fallbacks.GB, {
    emergency: { number: '999', tel: '999' },
    line: { name: 'Modern Slavery Helpline', phone: '+44 20 7946 0000', tel: null },
  });
  assert.deepEqual(fallbacks.FR, { emergency: null, line: { name: 'Ligne', phone: '119', tel: '119' } });
  assert.equal(warnings.length, 2, warnings.join('\n'));
  assert.match(warnings.join('\n'), /tel "99" does not dial the number shown/);
  assert.match(warnings.join('\n'), /needs a name, a kind .* and the date it was read; line ignored/);
  await assert.rejects(helpFallbacks({ entries: 'none' }), /cannot be used for the plugin's fallbacks/);
});

test("the no-JavaScript mission card names the mission as the widget would: the widget's own checks read the data", async (t) => {
  const warnings = [];
  t.mock.method(console, 'warn', (message) => warnings.push(message));
  const names = await missionNames({
    entries: [
      // A direction control left open would reorder the text after it; a name over 200 characters is cut.
      { country: 'ke', mission: { name: 'Permanent Mission of Kenya\u202e to the United Nations', sources: [] } },
      { country: 'FR', mission: { name: 'x'.repeat(300) } },
      { country: 'DE' },
      { country: 'Germany' },
    ],
  });
  assert.deepEqual([...names.keys()], ['KE', 'FR', 'DE']);
  assert.equal(names.get('KE'), 'Permanent Mission of Kenya to the United Nations');
  assert.ok(names.get('FR').length <= 200, names.get('FR'));
  assert.equal(names.get('DE'), null);
  assert.match(warnings.join('\n'), /entries\[3\]\.country "Germany" is not an ISO 3166-1 alpha-2 code/);
  await assert.rejects(missionNames({}), /cannot be used for the plugin's fallbacks/);
});
