/**
 * An error told without its message, for logs: a database's message can quote the value it refused, and a
 * parser's the address it was given, both of which may be what a signer typed. The name, the code (a system
 * error's, or PostgreSQL's SQLSTATE) and where it was thrown are enough to find the cause; a code an operator meets
 * for a reason of their own is said in words too.
 */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const where = /^\s+at (.*)$/m.exec(error.stack ?? '')?.[1];
  const said = typeof code === 'string' ? IN_WORDS.get(code) : undefined;
  return `${error.name}${typeof code === 'string' || typeof code === 'number' ? ` ${code}` : ''}${where ? ` at ${where}` : ''}${said ? `: ${said}` : ''}`;
}

/** PostgreSQL's lock_not_available: a statement gave up waiting for a table another connection held (lock_timeout). */
const TABLE_BUSY = '55P03';

/** Whether `error` is a table another connection held (TABLE_BUSY): a wait, not a fault. */
export const isTableBusy = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === TABLE_BUSY;

/** Codes whose cause is the operator's, not a fault: what to look for. */
const IN_WORDS = new Map([[TABLE_BUSY, 'another connection held the table (an open transaction, a backup); not waited for, so signers are not held up']]);

/** A step of the housekeeping (index.ts) that failed: which one, and the error by kind only (errorKind). */
export class HousekeepingError extends Error {
  override name = 'HousekeepingError';
  constructor(
    readonly step: string,
    readonly kind: string,
  ) {
    super(`${kind}, while ${step}`);
  }
}

/** Why the receiver did not start, told for its operator, without a database's message (main.ts prints it). */
export class StartError extends Error {
  override name = 'StartError';
}
