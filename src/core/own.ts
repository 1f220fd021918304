/**
 * Own-property reads for data from outside (JSON files, server answers): a key such as `__proto__` or `constructor`
 * in a document is only ever data, never something inherited from Object.prototype.
 */

/** The value of `key` when `value` is an object that has it as its own property; otherwise undefined. */
export function own(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The own string-keyed entries of an object (none for anything else). */
export function ownEntries(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}
