/*
 * Checks shared by the widgets that read datasets (<help-line>, <mission-contact>): the bundled one and a partner's `src`.
 */

/**
 * A real calendar day written `YYYY-MM-DD`, or undefined. `Date.parse` alone is not enough: it rolls an impossible
 * day over (`2004-02-30` becomes March 1), so the day must come back unchanged from the date it parses to.
 */
export function calendarDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return undefined;
  const time = Date.parse(value);
  return !isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : undefined;
}
