import { directionOf } from './locale-negotiation.js';

/**
 * On a right-to-left page, a value put into a translated sentence is isolated (Unicode FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE): an English report title or organisation, with its commas and brackets, would otherwise merge
 * into one run with the sentence around it and read in a jumbled order ("(Ewaa (Abu Dhabi…"). Left-to-right pages
 * get the values as they are.
 */
export function isolateFor(locale: string): (value: string | number) => string {
  return directionOf(locale) === 'rtl' ? (value) => `\u2068${value}\u2069` : String;
}
