/*
 * The one snippet a web editor copies: the script tag (with its Subresource Integrity hash), the CSS that keeps the
 * widget's space while the script loads, and the element with only the attributes that differ from the defaults.
 */
import { t } from './i18n.js';

/** Where a published version lives on jsDelivr, which serves every npm package at this path pattern. */
export const cdnBase = (version: string): string => `https://cdn.jsdelivr.net/npm/campaign-widgets@${version}/dist/`;

export type ScriptKind = 'module' | 'classic';

export interface ScriptChoice {
  /** The folder the script is in (the published dist/ or a self-hosted copy), ending with `/`. */
  base: string;
  kind: ScriptKind;
  /** `dist/sri.json`: file name → `sha384-…`. */
  sri: Record<string, string>;
}

/** Text safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function scriptTag({ base, kind, sri }: ScriptChoice): string {
  const file = kind === 'module' ? 'campaign-widgets.js' : 'campaign-widgets.iife.js';
  const integrity = sri[file] ? ` integrity="${escapeAttribute(sri[file]!)}"` : '';
  const src = escapeAttribute(base + file);
  return kind === 'module'
    ? `<script type="module" src="${src}"${integrity} crossorigin="anonymous"></script>`
    : `<script src="${src}"${integrity} crossorigin="anonymous" defer></script>`;
}

/**
 * The `:not(:defined)` rule that reserves the widget's space before it upgrades: the widgets' own display (one box,
 * which no margin inside leaks out of) and font size (their `em`), and the height the configurator measured at
 * phone width (none when unknown).
 */
export function reserveCss(tag: string, heightEm: number | null): string {
  const height = heightEm && heightEm > 0 ? ` min-block-size: ${heightEm}em;` : '';
  return `${tag}:not(:defined) { display: flow-root; font-size: var(--cw-font-size, medium);${height} }`;
}

/** The element with its attributes: `true` writes a bare attribute, a string writes `name="value"`. */
export function elementTag(tag: string, attributes: [string, string | true][]): string {
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const opening = written.length ? `<${tag} ${written.join(' ')}>` : `<${tag}>`;
  return `${opening}</${tag}>`;
}

export interface SnippetParts {
  version: string;
  script: ScriptChoice;
  tag: string;
  attributes: [string, string | true][];
  heightEm: number | null;
}

/** An HTML comment (a translation may not hold `--`, which would end it early). */
const comment = (text: string): string => `<!-- ${text.replace(/-{2,}/g, '–')} -->`;

/**
 * The whole snippet, with a short comment before each part for whoever reads the page's HTML later, in the
 * configurator's language.
 */
export function snippet({ version, script, tag, attributes, heightEm }: SnippetParts): string {
  return [
    comment(t('campaign-widgets {version}: the script once per page, even with several widgets', { version })),
    scriptTag(script),
    comment(t("keeps the widget's space while the script loads, so the page does not jump")),
    `<style>${reserveCss(tag, heightEm)}</style>`,
    elementTag(tag, attributes),
  ].join('\n');
}
