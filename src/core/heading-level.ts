import { nothing } from 'lit';
import type { Parsed } from './attributes.js';

/*
 * `heading-level`: where a widget's titles sit in the page's outline, so screen-reader users who move from heading to
 * heading find them. A widget cannot know its place in a partner's page (a wrong level breaks the outline), so it
 * makes no headings unless the page names the level. The titles get `role="heading"` and `aria-level`, as native
 * `<h1>`…`<h6>` cannot be chosen at run time in a template without building markup from text.
 */

/** The heading level to use (1–6), or undefined for no headings, with a warning for a value that is not a level. */
export function parseHeadingLevel(level: number | undefined, written: string | null): Parsed<number | undefined> {
  if (level === undefined) return { value: undefined, warnings: [] };
  if (Number.isInteger(level) && level >= 1 && level <= 6) return { value: level, warnings: [] };
  return {
    value: undefined,
    warnings: [
      {
        attribute: 'heading-level',
        value: written ?? String(level),
        allowed: 'a whole number from 1 to 6',
        fallback: 'no headings',
      },
    ],
  };
}

/** The `role` and `aria-level` of a title `depth` levels below the widget's own (capped at 6), or nothing. */
export function headingAttributes(level: number | undefined, depth = 0): { role: string | typeof nothing; level: number | typeof nothing } {
  return level === undefined ? { role: nothing, level: nothing } : { role: 'heading', level: Math.min(level + depth, 6) };
}
