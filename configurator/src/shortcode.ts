/*
 * The widget as a WordPress shortcode, for sites with the campaign-widgets plugin (wordpress/): in the classic
 * editor's Text tab, a Shortcode block, or a page builder's shortcode element. The plugin loads the script and prints
 * the fallback; `reserve` keeps the widget's room (its heights at a phone's width and on a wide screen) from the first
 * paint.
 */

import { t } from './i18n.js';
import type { ReservedHeights } from './snippet.js';

/** Why WordPress would not pass this value on as it is, or null when it would. */
export function shortcodeProblem(value: string): string | null {
  if (/[[\]]/.test(value)) return t('A shortcode ends at a square bracket: write this without [ or ], or paste the HTML snippet instead.');
  // WordPress empties a shortcode value with an unclosed `<`, and could read a closed one as markup.
  if (/[<>]/.test(value)) return t('WordPress drops shortcode text with < or >: write this without them, or paste the HTML snippet instead.');
  // The classic editor turns line breaks into paragraphs, which would cut the shortcode apart.
  if (/[\r\n]/.test(value)) return t('A shortcode stays on one line: write this on one line, or paste the HTML snippet instead.');
  if (value.includes('"') && value.includes("'")) return t('A shortcode value can hold one kind of quote mark, " or \', not both.');
  // WordPress reads a shortcode's values with stripcslashes (\n becomes a line break, \% a %) and turns non-breaking
  // and zero-width spaces into plain ones, so the widget would get other text than the one written here.
  if (/[\\\u00a0\u200b]/.test(value)) {
    return t('WordPress changes backslashes and non-breaking or zero-width spaces in a shortcode: write this without them, or use the plugin’s block instead.');
  }
  return null;
}

/**
 * `[cw_name option="value" flag reserve="7.5em 5.25em"]` (the phone's height, then the wide screen's); a value with a
 * double quote goes in single quotes.
 */
export function shortcode(name: string, attributes: [string, string | true][], { narrow, wide }: ReservedHeights): string {
  const written = attributes.map(([attribute, value]) => {
    if (value === true) return attribute;
    return value.includes('"') ? `${attribute}='${value}'` : `${attribute}="${value}"`;
  });
  if (narrow && narrow > 0) written.push(wide && wide > 0 ? `reserve="${narrow}em ${wide}em"` : `reserve="${narrow}em"`);
  return `[${[name, ...written].join(' ')}]`;
}
