// Writes the plugin's translation template (languages/campaign-widgets.pot) the way `wp i18n make-pot` does for
// the parts this plugin uses: gettext calls in its PHP and editor TypeScript, the block.json fields WordPress
// translates, and the generated control labels and help texts the editor passes through __().
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOMAIN = 'campaign-widgets';
const root = fileURLToPath(new URL('../../', import.meta.url));
/** A single- or double-quoted string literal of PHP or JavaScript. */
export const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`;
// name( 'text' [, 'context'], 'domain' ) and _n( 'one', 'many', n, 'domain' )
const CALLS = [
  {
    re: new RegExp(String.raw`\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(${STRING})\s*,\s*(${STRING})\s*,?\s*\)`, 'g'),
    fields: ['msgid', 'domain'],
  },
  {
    re: new RegExp(String.raw`\b(?:_x|esc_html_x|esc_attr_x)\(\s*(${STRING})\s*,\s*(${STRING})\s*,\s*(${STRING})\s*,?\s*\)`, 'g'),
    fields: ['msgid', 'msgctxt', 'domain'],
  },
  {
    re: new RegExp(String.raw`\b_n\(\s*(${STRING})\s*,\s*(${STRING})\s*,[^,()]+(?:\([^()]*\))?\s*,\s*(${STRING})\s*,?\s*\)`, 'g'),
    fields: ['msgid', 'msgid_plural', 'domain'],
  },
];

/** The value of a PHP or JavaScript string literal (the escapes these files use). */
export function unquote(literal) {
  const quote = literal[0];
  const body = literal.slice(1, -1);
  if (quote === "'") return body.replace(/\\([\\'])/g, '$1');
  return body.replace(/\\(["\\nt$])/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
}

/** A text as a quoted .po string ("…"), with the C escapes gettext reads. */
export const poQuote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

function filesIn(dir, extensions) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'dist' || name === 'node_modules' ? [] : filesIn(path, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** Every gettext call of the text domain in one file's text: [{msgid, msgctxt?, msgid_plural?, line, comment?}]. */
export function extractCalls(text) {
  const matches = CALLS.flatMap(({ re, fields }) => [...text.matchAll(re)].map((match) => ({ match, fields }))).sort((a, b) => a.match.index - b.match.index);
  const found = [];
  let previousEnd = 0;
  for (const { match, fields } of matches) {
    const values = Object.fromEntries(fields.map((field, i) => [field, unquote(match[i + 1])]));
    const line = text.slice(0, match.index).split('\n').length;
    // A translators' comment in the three lines before the call, as WordPress's tools read it, and not one that
    // another call stands between (it belongs to that one).
    const recent = text.slice(Math.max(previousEnd, 0), match.index).split('\n').slice(-3).join('\n');
    previousEnd = match.index + match[0].length;
    if (values.domain !== DOMAIN) continue;
    delete values.domain;
    const comment = [...recent.matchAll(/(?:\/\*|\/\/)\s*translators:\s*([^*\n]*)/gi)].pop()?.[1].trim();
    found.push({ ...values, line, ...(comment ? { comment } : {}) });
  }
  return found;
}

/** The .pot text for the built plugin in `dir` (PHP) and the editor sources in wordpress/src (TypeScript). */
export function makePot({ dir, widgets, version }) {
  const entries = new Map();
  const add = (entry, reference) => {
    const key = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
    const existing = entries.get(key) ?? { ...entry, references: [], comments: new Set() };
    existing.references.push(reference);
    if (entry.comment) existing.comments.add(entry.comment);
    entries.set(key, existing);
  };
  const sources = [
    ...filesIn(dir, ['.php']).map((file) => ({ file, name: relative(dir, file) })),
    ...filesIn(join(root, 'wordpress/src'), ['.ts']).map((file) => ({ file, name: `src/${relative(join(root, 'wordpress/src'), file)}` })),
  ];
  for (const { file, name } of sources.sort((a, b) => a.name.localeCompare(b.name))) {
    for (const call of extractCalls(readFileSync(file, 'utf8'))) add(call, `${name}:${call.line}`);
  }
  for (const widget of widgets) {
    const blockFile = `blocks/${widget.tag}/block.json`;
    add({ msgid: widget.title, msgctxt: 'block title' }, blockFile);
    if (widget.description) add({ msgid: widget.description, msgctxt: 'block description' }, blockFile);
    for (const keyword of widget.keywords) add({ msgid: keyword, msgctxt: 'block keyword' }, blockFile);
    // The editor shows each attribute's label and description through __() (wordpress/src/editor.ts).
    for (const attribute of widget.attributes) {
      if (attribute.control === 'hidden') continue;
      add({ msgid: attribute.label }, `build/plugin-data.json (${widget.tag} ${attribute.name})`);
      if (attribute.description) add({ msgid: attribute.description }, `build/plugin-data.json (${widget.tag} ${attribute.name})`);
      for (const name of Object.values(attribute.optionNames ?? {})) {
        add(
          { msgid: name, comment: 'the name of a value an editor picks (a petition field, a share button, a format); brand names as the brand writes them' },
          `build/plugin-data.json (${widget.tag} ${attribute.name})`,
        );
      }
    }
  }
  const header = [
    '# Copyright (C) the campaign-widgets authors',
    '# This file is distributed under the MIT license.',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Campaign widgets ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"Language-Team: \\n"',
    `"X-Domain: ${DOMAIN}\\n"`,
    '',
  ];
  const body = [...entries.values()].flatMap((entry) => [
    ...[...entry.comments].map((comment) => `#. translators: ${comment}`),
    `#: ${entry.references.join(' ')}`,
    ...(entry.msgctxt ? [`msgctxt ${poQuote(entry.msgctxt)}`] : []),
    `msgid ${poQuote(entry.msgid)}`,
    ...(entry.msgid_plural ? [`msgid_plural ${poQuote(entry.msgid_plural)}`, 'msgstr[0] ""', 'msgstr[1] ""'] : ['msgstr ""']),
    '',
  ]);
  return { text: [...header, ...body].join('\n'), count: entries.size };
}
