/**
 * One signature, as the form collected it, before an adapter writes it in the partner's format.
 * This is the only place personal data lives; it never goes into an event detail.
 */
export interface Signature {
  /** A random UUID; also the `Idempotency-Key` header, so a retried request is recognisably the same one. */
  submission_id: string;
  /** What the signer entered, cleaned, keyed by field name (`given_name`, `family_name`, `email`, `country`,
   * `postal_code`, `phone`); fields left empty or not shown are absent. */
  signer: Record<string, string>;
  /** The opt-in: whether it was ticked, the exact text shown, the page locale and the time of signing (ISO 8601). */
  consent: { given: boolean; text: string; locale: string; time: string };
  /** The partner's `tags`. */
  tags: string[];
  /** The partner's `source-code`, if any. */
  source_code?: string;
  /**
   * What the form saw that may tell a bot from a person, for the partner's server to judge (the form itself never
   * drops a signature): milliseconds from showing the form to submitting it, whether the hidden honeypot field was
   * filled (browser autofill can fill it too), and whether the submission came faster than `minFillTime`.
   */
  screening: { fill_ms: number; honeypot: boolean; too_fast: boolean };
}

/** Writes a signature as a request body: returns `[content type, body]`. */
export type Adapter = (signature: Signature) => [string, string];
