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

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-error': CustomEvent<CwErrorDetail>;
  }
}
