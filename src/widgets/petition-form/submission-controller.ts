import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ADAPTERS } from './adapters/index.js';
import type { Signature } from './adapters/types.js';
import { Delivery, type DeliveryReport } from './delivery.js';
import type { PetitionFormat } from './parse.js';
import { uuid } from './uuid.js';

/** A signature ready to send, from `getSubmission()`, for partners who cancel `cw-petition-submit` and send it themselves. */
export interface PetitionSubmission {
  id: string;
  format: PetitionFormat;
  /** The validated `action` URL (null when `action` is missing or unsafe). */
  action: string | null;
  method: string;
  /** Headers the form would send (`content-type`, `accept`, `idempotency-key`). */
  headers: Record<string, string>;
  /** The body in the chosen format. */
  body: string;
  /** The same signature as structured data. */
  signature: Signature;
}

/** How a submission is written and sent. */
export interface SubmissionSettings {
  format: PetitionFormat;
  action: string | null;
  method: string;
}

/** Delivery timings and the opted-in storage key, set from the element's properties before each send. */
export interface DeliveryOptions {
  timeout: number;
  retryDelay: number;
  /** localStorage key for an unsent signature (`persist`), or null. */
  storageKey: string | null;
}

/**
 * The lifecycle of a petition's signature, from the moment the signer submits to the server's answer, apart from
 * the view: one signature at a time, written in the partner's format with its id; handed to the partner (cancelled
 * `cw-petition-submit`) or delivered with retries, offline waiting and the close-page warning (delivery.ts); resumed
 * from storage with `persist`; dropped on a quick exit (clear(), called by the form; a delivery under way also drops itself, even
 * after the form has left the page). Reports every step
 * to `onReport`.
 */
export class SubmissionController implements ReactiveController {
  /** The signature being handled (being delivered, or handed to the partner), or null. */
  current: PetitionSubmission | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #onReport: (report: DeliveryReport) => void;
  #delivery?: Delivery;
  #options: DeliveryOptions = { timeout: 15_000, retryDelay: 1_000, storageKey: null };
  /** Whether the page heard `offline` (and no `online` since), for a delivery created later. */
  #offline = false;
  readonly #onConnectivity = (event: Event) => (this.#offline = event.type === 'offline');

  constructor(host: ReactiveControllerHost, onReport: (report: DeliveryReport) => void) {
    this.#host = host;
    this.#onReport = onReport;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('offline', this.#onConnectivity);
    addEventListener('online', this.#onConnectivity);
  }

  hostDisconnected(): void {
    // A signature under way keeps going: the delivery outlives the element and clears itself on a quick exit.
    removeEventListener('offline', this.#onConnectivity);
    removeEventListener('online', this.#onConnectivity);
  }

  /**
   * True while a signature is being handled: a double click or Enter while sending sends nothing more. The host is
   * asked to render whenever it may change (the sign button says it).
   */
  get busy(): boolean {
    return this.current !== null || this.#delivery?.item != null;
  }

  configure(options: DeliveryOptions): void {
    this.#options = options;
    if (this.#delivery) this.#delivery.storageKey = options.storageKey;
  }

  /** Gives the signature its id (kept by every later try) and writes it in the partner's format. */
  prepare(signature: Signature, { format, action, method }: SubmissionSettings): PetitionSubmission {
    const id = (signature.submission_id ||= uuid());
    const [type, body] = ADAPTERS[format](signature);
    this.current = { id, format, action, method, headers: { 'content-type': type, accept: 'application/json', 'idempotency-key': id }, body, signature };
    this.#host.requestUpdate();
    return this.current;
  }

  /** Delivers the prepared signature to its action URL. */
  deliver(submission: PetitionSubmission): void {
    const { id, action, method, headers, body } = submission;
    this.#deliveryWithOptions().send({ id, url: action!, method, type: headers['content-type']!, body });
  }

  /** The current signature is done with (delivered, refused, or settled by the partner). */
  finish(): void {
    this.current = null;
    this.#host.requestUpdate();
  }

  /** `persist`: sends a signature an earlier visit stored and could not deliver. */
  resume(): void {
    if (this.#options.storageKey) this.#deliveryWithOptions().resume();
  }

  /** Drops everything: the signature in memory and in storage, timers, the close-page warning. */
  clear(): void {
    this.#delivery?.clear();
    this.current = null;
    this.#host.requestUpdate();
  }

  /** The delivery, created the first time, with the element's current timings. */
  #deliveryWithOptions(): Delivery {
    this.#delivery ??= new Delivery((report) => {
      if (report.state === 'sent' || report.state === 'rejected' || report.state === 'redirected' || report.state === 'unsent') this.current = null;
      this.#host.requestUpdate();
      this.#onReport(report);
    }, this.#offline);
    this.#delivery.timeout = this.#options.timeout;
    this.#delivery.backoff = this.#options.retryDelay;
    this.#delivery.storageKey = this.#options.storageKey;
    return this.#delivery;
  }
}
