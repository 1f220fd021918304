import { parseNumberAttribute } from './format.js';

/*
 * Attribute parsing, shared by every widget. Each widget has a pure `parse.ts` that turns its attributes into the
 * values it uses plus a list of AttributeWarnings; the element reports those once (CampaignElement.reportWarnings).
 */

/** An attribute value that was not used, with what is allowed and what the widget does instead. */
export interface AttributeWarning {
  attribute: string;
  value: string;
  allowed: string;
  fallback: string;
}

/** What a widget's parse function returns: the values to use, and the warnings to report. */
export interface Parsed<T> {
  value: T;
  warnings: AttributeWarning[];
}

/**
 * Lit converter for number attributes: absent stays `undefined`, and text that is not a number becomes NaN, so a
 * parse function can tell "not given" from "given but wrong" and name the wrong value in its warning.
 */
export const numberAttribute = {
  fromAttribute: (value: string | null): number | undefined => (value === null ? undefined : (parseNumberAttribute(value) ?? Number.NaN)),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/** Space- or comma-separated tokens, lower-cased (`"x  Facebook,copy"` → `['x', 'facebook', 'copy']`). */
export const tokens = (value: string | undefined): string[] =>
  (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
