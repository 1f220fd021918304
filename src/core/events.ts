/**
 * Every event the widgets fire, with its detail type. Event names are `cw-*`; all bubble and are composed,
 * so a partner can listen on `document`. No detail ever carries personal data.
 */
export interface CwErrorDetail {
  /** Machine-readable reason, e.g. `unknown-stat`, `invalid-value`. */
  code: string;
  /** Human-readable explanation for the partner's developers (English, never shown to visitors). */
  message: string;
}

export interface CwEventDetails {
  'cw-error': CwErrorDetail;
}

export type CwEventName = keyof CwEventDetails;

/** A `cw-*` event as every widget fires it: bubbling and composed, so it leaves shadow roots. */
export function cwEvent<K extends CwEventName>(name: K, detail: CwEventDetails[K], cancelable = false): CustomEvent<CwEventDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-error': CustomEvent<CwErrorDetail>;
  }
}
