/**
 * What the form keeps of a typed value: Unicode NFC, no control characters (C0, DEL, C1: nothing a person types
 * into a one-line field), no surrounding spaces, at most `max` characters (whole code points, never half of one).
 * Joiners and direction marks stay: Persian and other scripts need them in names.
 */
export function clean(value: string, max: number): string {
  return [
    ...value
      .normalize('NFC')
      .replace(/\p{Cc}/gu, '')
      .trim(),
  ]
    .slice(0, max)
    .join('');
}
