/*
 * The one snippet a web editor copies: the script tag (with its Subresource Integrity hash), the CSS that keeps the
 * widget's space from the first paint, and the element with only the attributes that differ from the defaults.
 */
import { WIDE_SCREEN_PX } from '../../src/core/reserved-height.js';
import { t } from './i18n.js';

/** Where a published version lives on jsDelivr, which serves every npm package at this path pattern. */
export const cdnBase = (version: string): string => `https://cdn.jsdelivr.net/npm/campaign-widgets@${version}/dist/`;

export type ScriptKind = 'module' | 'classic';

/** Where the script comes from: the published package on the CDN, or a copy on the editor's own site. */
export type ScriptSource = 'cdn' | 'own';

/** The folder of the editor's own copy of the script, from the address given for it (of the file or the folder). */
export function ownScriptBase(address: string): string {
  const url = new URL(address);
  url.pathname = url.pathname.replace(/campaign-widgets(\.iife)?\.js$/, '');
  url.search = '';
  url.hash = '';
  return url.href;
}

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

/** The widget's room in its own em, measured at a phone's column and at a wide screen's; null where unknown. */
export interface ReservedHeights {
  narrow: number | null;
  wide: number | null;
}

/**
 * The rules that keep a widget's room: before it upgrades, the widgets' own display (one box, which no margin inside
 * leaks out of) and font size (their `em`); before and after, the height the element carries for the screen's width
 * (`reserveStyle`). The height stays after the upgrade, so a widget that renders a little shorter than measured (a
 * wider column) keeps the space and nothing below it moves up. The heights are the element's own, so two snippets of
 * one widget on a page each keep theirs; the properties are those of the WordPress blocks (wordpress/reserve.css).
 */
export function reserveCss(tag: string): string {
  return [
    `${tag}:not(:defined) { display: flow-root; font-size: var(--cw-font-size, medium); }`,
    `${tag} { min-block-size: var(--cw-reserve-narrow, auto); }`,
    `@media (min-width: ${WIDE_SCREEN_PX}px) { ${tag} { min-block-size: var(--cw-reserve-wide, auto); } }`,
  ].join('\n');
}

/** The element's `style` with its measured heights (read by `reserveCss`), or null when none was measured. */
export function reserveStyle({ narrow, wide }: ReservedHeights): string | null {
  const declarations = [];
  if (narrow && narrow > 0) declarations.push(`--cw-reserve-narrow: ${narrow}em`);
  if (wide && wide > 0) declarations.push(`--cw-reserve-wide: ${wide}em`);
  return declarations.length ? declarations.join('; ') : null;
}

/**
 * The element with its attributes (`true` writes a bare attribute, a string writes `name="value"`) and its content,
 * HTML (a fallback).
 */
export function elementTag(tag: string, attributes: [string, string | true][], content = ''): string {
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const opening = written.length ? `<${tag} ${written.join(' ')}>` : `<${tag}>`;
  return `${opening}${content}</${tag}>`;
}

/** The words of a quick exit's fallback, in the page's language. */
export interface ExitWords {
  exit: string;
  safety: string;
}

/**
 * A quick exit's fallback: a plain link to its neutral site, sending no referrer, and the advice link when there is
 * one. The browser shows them until the script has run (a partner page can take seconds to finish loading), the
 * widget hides them once its button is there. As the WordPress plugin writes it (wordpress/includes/widgets.php).
 */
export function exitFallback(href: string, words: ExitWords, safetyUrl?: string): string {
  const exit = `<a slot="cw-fallback" href="${escapeAttribute(href)}" rel="noreferrer">${escapeAttribute(words.exit)}</a>`;
  if (!safetyUrl) return exit;
  return `${exit} <a slot="cw-fallback" href="${escapeAttribute(safetyUrl)}" rel="noopener noreferrer">${escapeAttribute(words.safety)}</a>`;
}

export interface SnippetParts {
  version: string;
  script: ScriptChoice;
  tag: string;
  attributes: [string, string | true][];
  reserved: ReservedHeights;
  /** HTML inside the element: its fallback (a quick exit's link). */
  content?: string;
}

/** An HTML comment (a translation may not hold `--`, which would end it early). */
const comment = (text: string): string => `<!-- ${text.replace(/-{2,}/g, '–')} -->`;

/**
 * The whole snippet, with a short comment before each part for whoever reads the page's HTML later, in the
 * configurator's language.
 */
export function snippet({ version, script, tag, attributes, reserved, content }: SnippetParts): string {
  const style = reserveStyle(reserved);
  return [
    comment(t('campaign-widgets {version}: the script once per page, even with several widgets', { version })),
    scriptTag(script),
    comment(t("keeps the widget's space while the script loads, so the page does not jump")),
    `<style>\n${reserveCss(tag)}\n</style>`,
    elementTag(tag, style ? [['style', style], ...attributes] : attributes, content),
  ].join('\n');
}
