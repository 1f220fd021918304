/** A random UUID for a signature's `submission_id` and `Idempotency-Key`, also where `crypto.randomUUID` is missing (pages served over plain http). */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16));
