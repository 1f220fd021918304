import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { CampaignElement } from '../../core/campaign-element.js';
import { hostStyles } from '../../core/theme.styles.js';
import { Announcer } from '../../core/announcer.js';
import { PageExitController } from '../../core/page-exit.js';
import { numberAttribute } from '../../core/attributes.js';
import { numberFormatter } from '../../core/format.js';
import { fetchJson } from '../../core/fetch-json.js';
import { own } from '../../core/own.js';
import { plural } from '../../core/plural.js';
import { fieldName, type FieldSpec } from './fields.js';
import { clean } from './sanitize.js';
import { validationMessage } from './validate.js';
import {
  detailsMayBeAtFault,
  failedMessage,
  offlineMessage,
  retryingMessage,
  sendingMessage,
  serverFieldErrors,
  serviceFaultMessage,
  thanksMessage,
} from './outcome.js';
import { isPlausibleCount, MAX_COUNT, parsePetition, type PetitionFormat, type PetitionSettings } from './parse.js';
import { renderCounter } from './counter.js';
import { fillCountries } from './country-options.js';
import { SubmissionController, type PetitionSubmission } from './submission-controller.js';
import type { DeliveryReport } from './delivery.js';
import type { Signature } from './adapters/types.js';
import { petitionFormStyles } from './petition-form.styles.js';

export type { PetitionFormat } from './parse.js';
export type { PetitionSubmission } from './submission-controller.js';

/** `cw-petition-submit` and `cw-petition-success`: which signature, never what it says. */
export interface CwPetitionDetail {
  format: PetitionFormat;
  /** The signature's random id (also its `Idempotency-Key`). */
  submissionId: string;
}

/**
 * `cw-petition-error`: the HTTP status (0 for network errors, timeouts and offline, and for a redirect, whose status
 * the browser hides) and whether it will be retried.
 */
export interface CwPetitionErrorDetail {
  status: number;
  retrying: boolean;
}

declare module '../../core/events.js' {
  interface CwEventDetails {
    'cw-petition-submit': CwPetitionDetail;
    'cw-petition-success': CwPetitionDetail;
    'cw-petition-error': CwPetitionErrorDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-petition-submit': CustomEvent<CwPetitionDetail>;
    'cw-petition-success': CustomEvent<CwPetitionDetail>;
    'cw-petition-error': CustomEvent<CwPetitionErrorDetail>;
  }
}

type Control = HTMLInputElement | HTMLSelectElement;

/**
 * A petition signature form that sends each signature to the partner's own system (JSON, form-encoded, or an OSDI
 * `record_signature_helper` body) and loses none: one `Idempotency-Key` per signature, retries with backoff,
 * offline keeping, a warning before the page closes while a signature is unsent.
 *
 * The signer sees the campaign's asks (default slot), a signature counter with progress towards `goal`, the fields
 * the partner chose (out of the browser's autofill and form history unless `autofill` is set), an explicit opt-in
 * (unticked; signing never requires joining a list), and after sending a thank-you with the `after` slot. Errors are
 * our own localized messages, shown after a field is changed or on submit, with focus on the first field to fix.
 * Against bots, without a third-party captcha: a honeypot field and a minimum fill time, reported with every
 * signature (`screening`) for the partner's server to judge; the form never drops a signature itself. `<quick-exit>`
 * (`cw-exit`) clears the fields and any unsent signature.
 *
 * To send signatures yourself, cancel `cw-petition-submit`, read `getSubmission()`, and call
 * `finishSubmission(true)` once it is delivered (or `false` to let the signer try again).
 *
 * @summary Sign a petition; the signature goes to the partner's own system.
 * @tag petition-form
 *
 * @slot - The campaign's asks, shown above the form.
 * @slot after - Shown after signing, e.g. a `<share-card>`.
 *
 * @csspart asks - The wrapper of the default slot.
 * @csspart counter - The signature count with its progress bar.
 * @csspart count - The "6,240 signatures" line.
 * @csspart progress - The progress bar towards the goal.
 * @csspart goal - The goal line under the bar.
 * @csspart form - The form.
 * @csspart field - One field: label, error and input.
 * @csspart label - A field's label.
 * @csspart input - A text input or the country select.
 * @csspart error - A field's error message.
 * @csspart consent - The opt-in checkbox with its text.
 * @csspart privacy-link - The link to the privacy notice.
 * @csspart submit - The sign button.
 * @csspart status - The live region: error summary, sending, offline and failure messages.
 * @csspart thanks - The thank-you block (with the `after` slot).
 *
 * @cssprop [--cw-petition-form-accent=var(--cw-color-accent, #0b57d0)] - Button and progress colour.
 * @cssprop [--cw-petition-form-on-accent=var(--cw-color-on-accent, #fff)] - Text on the button.
 * @cssprop [--cw-petition-form-error=var(--cw-color-error, #b3261e)] - Error text and invalid field border.
 * @cssprop [--cw-petition-form-border=var(--cw-color-border, #6e7781)] - Input and progress borders (3:1 against white).
 * @cssprop [--cw-petition-form-background=transparent] - Background of the whole widget.
 * @cssprop [--cw-petition-form-gap=1em] - Space between fields.
 * @cssprop [--cw-color-accent] - Global accent colour.
 * @cssprop [--cw-color-on-accent=#fff] - Global text colour on accent-coloured buttons.
 * @cssprop [--cw-color-border=#6e7781] - Global border colour.
 * @cssprop [--cw-color-error=#b3261e] - Global error colour.
 * @cssprop [--cw-radius=0.25em] - Corner radius of inputs and the button.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwPetitionDetail>} cw-petition-submit - Before sending; cancel it to send the signature yourself. Detail: `{format, submissionId}`.
 * @fires {CustomEvent<CwPetitionDetail>} cw-petition-success - The partner's system accepted the signature. Detail: `{format, submissionId}`.
 * @fires {CustomEvent<CwPetitionErrorDetail>} cw-petition-error - An attempt failed. Detail: `{status, retrying}` (status 0: network, timeout, offline, or a redirect).
 * @fires {CustomEvent<CwErrorDetail>} cw-error - Misconfiguration. Detail: `{code, message}`, the code one of `invalid-action` (no usable `action`), `invalid-count` (an unusable `count-src`), `action-redirected` (the `action` answered a signature with a redirect; it was not delivered) and `action-refused` (the `action` refused a signature with a status the signer cannot fix: any 4xx but 400, 422 and the retried 408, 409 and 429).
 */
export class PetitionForm extends CampaignElement {
  static override styles = [hostStyles, petitionFormStyles];

  static override properties = {
    action: {},
    format: {},
    method: {},
    fields: {},
    required: {},
    goal: { converter: numberAttribute },
    count: { converter: numberAttribute },
    countSrc: { attribute: 'count-src' },
    privacyUrl: { attribute: 'privacy-url' },
    consent: {},
    tags: {},
    sourceCode: { attribute: 'source-code' },
    persist: { type: Boolean },
    autofill: { type: Boolean },
    minFillTime: { attribute: false },
    timeout: { attribute: false },
    retryDelay: { attribute: false },
    view: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    fetched: { state: true, attribute: false },
    added: { state: true, attribute: false },
  };

  /** The endpoint that receives signatures (https, or http on localhost). */
  action?: string;

  /**
   * The format your system reads a signature in. Default: JSON.
   *
   * `json` (default), `form` (`application/x-www-form-urlencoded`) or `osdi` (`record_signature_helper`).
   */
  format?: string;

  /** HTTP method: `POST` (default) or `PUT`. */
  method?: string;

  /**
   * The fields the signer fills in.
   *
   * Space-separated, from `given-name family-name email country postal-code phone`. Default `given-name family-name email country`.
   */
  fields?: string;

  /**
   * The fields the signer must fill in.
   *
   * Space-separated (same names). Default `given-name email`; `required=""` makes all optional.
   */
  required?: string;

  /** The signature goal; once reached, the bar shows the next milestone (the goal doubled). */
  goal?: number;

  /** The current number of signatures (until `count-src` answers). */
  count?: number;

  /**
   * The address of your live signature count, shown with the goal (the receiver that comes with campaign-widgets gives one).
   *
   * A URL returning `{"count": n}`, fetched once without cookies, and again after a signature if that first answer
   * never came (then shown as the server gives it).
   */
  countSrc?: string;

  /** The partner's privacy notice (https), linked beside the opt-in. */
  privacyUrl?: string;

  /** The opt-in text (e.g. "Keep me informed by email"); without it no opt-in is offered and none is recorded as given. */
  consent?: string;

  /**
   * Tags your system adds to the signer, separated by commas.
   *
   * Sent as `tags` (`add_tags` in OSDI).
   */
  tags?: string;

  /**
   * A code your system records with each signature, to tell where it came from (this page, a campaign).
   *
   * Sent as `source_code` (`referrer_data.source` in OSDI).
   */
  sourceCode?: string;

  /**
   * Keeps an unsent signature in the signer's browser so it is sent on their next visit: until it is delivered or
   * refused for the signer's details. Cleared by a quick exit. Off by default.
   *
   * In localStorage, in plain text, until then; refused for the signer's details means an answer of 400 or 422. On a
   * shared device the next person to open the page sees that a signature is being sent, and it is (a quick exit from
   * this page clears it): leave `persist` off where visitors may share a device with someone who watches them.
   */
  persist = false;

  /**
   * Lets the signer's browser fill in their name, email and other details, and remember what they type. Off by
   * default: a browser offers what it remembered on other sites too, where anyone using the device can see it. Turn
   * it on only where visitors are unlikely to share a device with someone who watches them.
   *
   * Gives each field its `autocomplete` token (`given-name`, `family-name`, `email`, `country`, `postal-code`, `tel`),
   * as WCAG 1.3.5 (Identify Input Purpose, level AA) asks, for people who rely on autofill or on tools that know each
   * field's purpose. Without it every field has `autocomplete="off"`: Chromium and Firefox neither suggest nor save
   * the values (their form history is keyed by field name and offered on any site), and the form does not meet 1.3.5.
   * With it, both browsers keep the details of a signature once it is sent. Either way a quick exit turns autofill
   * off and empties the fields before the page is left, so leaving saves nothing.
   */
  autofill = false;

  /**
   * Milliseconds a person needs at least to fill the form. A faster submission is still sent, marked
   * `screening.too_fast` for the partner's server to judge.
   */
  minFillTime = 3_000;

  /** Milliseconds before a sending attempt is abandoned and retried. */
  timeout = 15_000;

  /**
   * First retry delay in milliseconds; it doubles on each retry (a `Retry-After` answer wins, but the wait is never
   * shorter than this). After 16 attempts the signer is told the signature could not be sent, and keeps it.
   */
  retryDelay = 1_000;

  private view: 'form' | 'done' = 'form';
  private errors: Record<string, string> = {};
  private fetched?: number;
  private added = 0;

  readonly #announcer = new Announcer(this);
  readonly #submission = new SubmissionController(this, (report) => this.#onReport(report));
  #settings!: PetitionSettings;
  #shownAt = 0;
  /** The visitor left with the quick exit: the fields stay out of the browser's autofill, even with `autofill`. */
  #exited = false;
  /** The last state the delivery reported: a retry after a retry is not news, and is not announced again. */
  #reported?: DeliveryReport['state'];

  constructor() {
    super();
    new PageExitController(this, () => {
      this.#submission.clear();
      this.errors = {};
      this.#announcer.clear();
      // Now, not at the next render: the exit's navigation follows at once, and Chromium then saves the fields it
      // may autofill as if the form had been sent, with what the signer typed. It takes a field as it was when a
      // script last set its value (a reset does not count): so autofill goes off first, then the value.
      this.#exited = true;
      for (const control of this.renderRoot.querySelectorAll<Control>('[part="input"]')) {
        control.autocomplete = 'off';
        control.value = '';
      }
      this.renderRoot.querySelector('form')?.reset();
      this.view = 'form';
      this.added = 0;
    });
  }

  /** The signature being sent (or handed to you by cancelling `cw-petition-submit`), or null. */
  getSubmission(): PetitionSubmission | null {
    return this.#submission.current;
  }

  /**
   * After cancelling `cw-petition-submit`: `true` shows the thank-you, `false` lets the signer try again. The signer
   * is told the service had a problem, not asked to check their details: the page knows only that its sending failed.
   */
  finishSubmission(ok = true): void {
    const current = this.#submission.current;
    if (!current) return;
    if (ok) void this.#succeed(current.id);
    else this.#fail(0, {}, serviceFaultMessage());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { value, warnings } = parsePetition({
      action: this.action,
      format: this.format,
      method: this.method,
      fields: this.fields,
      required: this.required,
      goal: this.goal,
      count: this.count,
      privacyUrl: this.privacyUrl,
      written: { goal: this.getAttribute('goal'), count: this.getAttribute('count') },
    });
    this.reportWarnings(warnings);
    this.#settings = value;
    if (changed.has('countSrc') && this.countSrc) void this.#fetchCount(this.countSrc);
  }

  /**
   * Loads the count from `count-src`; an answer that is not `{"count": n}` with a plausible n is reported, not shown.
   * Asked again after a signature when the first answer never came: that count is shown as the server gives it, which
   * may or may not hold the new signature yet, so it is never counted twice.
   */
  async #fetchCount(countSrc: string, afterSigning = false): Promise<void> {
    try {
      const count = own(await fetchJson(countSrc), 'count');
      if (!isPlausibleCount(count)) throw new Error(`${countSrc} answered no {"count": n} with a whole number n from 0 to ${MAX_COUNT}.`);
      if (countSrc !== this.countSrc) return;
      this.fetched = count;
      if (afterSigning) this.added = 0;
    } catch (error) {
      // An answer for an address the element no longer uses is not news.
      if (countSrc === this.countSrc) this.reportError('invalid-count', `count-src: ${(error as Error).message}`);
    }
  }

  protected override firstUpdated(): void {
    this.#shownAt = performance.now();
    // `persist`: a signature an earlier visit could not send goes now.
    this.#submission.configure(this.#deliveryOptions());
    this.#submission.resume();
  }

  /** The timings and storage key as the properties say now (they may be set just before a submit). */
  #deliveryOptions() {
    const { action } = this.#settings;
    return { timeout: this.timeout, retryDelay: this.retryDelay, storageKey: this.persist && action ? `cw-petition-form:${action}` : null };
  }

  protected override updated(): void {
    // The country field's options are not in the template (src/core/fill-select.ts): they are put in after each render.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select#country');
    if (select) fillCountries(select, this.locale);
  }

  protected override render() {
    const thanks = thanksMessage();
    const count = this.fetched ?? this.#settings.count;
    return html`
      <div part="asks" class="asks"><slot></slot></div>
      ${count === undefined ? nothing : renderCounter(count + this.added, this.#settings.goal, this.locale)}
      ${
        this.view === 'done'
          ? html`<div part="thanks" class="thanks">
              <p class="title" tabindex="-1">${thanks}</p>
              <slot name="after"></slot>
            </div>`
          : this.#renderForm()
      }
      ${this.#announcer.render({ visible: this.view === 'form', part: 'status' })}
    `;
  }

  #renderForm() {
    const { privacyUrl, fields } = this.#settings;
    const privacy = msg('Privacy notice (opens in a new tab)', { id: 'petition-form.privacy', desc: "Link to the campaigning organisation's privacy notice." });
    const sign = msg('Sign the petition', { id: 'petition-form.submit', desc: 'Button that sends the signature.' });
    // While a signature is on its way a press sends nothing more: the button says so (and stays focusable, so the
    // signer who pressed it stays where they were).
    const busy = this.#submission.busy ? 'true' : nothing;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit} @change=${this.#onChange} @input=${this.#onInput}>
        ${fields.map((field) => this.#renderField(field))}
        ${
          this.consent
            ? html`<div part="consent" class="consent">
                <input type="checkbox" id="consent" name="consent" />
                <label for="consent"><bdi>${this.consent}</bdi></label>
              </div>`
            : nothing
        }
        ${privacyUrl ? html`<p><a part="privacy-link" href=${privacyUrl} target="_blank" rel="noopener noreferrer">${privacy}</a></p>` : nothing}
        <!-- The honeypot: hidden from people and assistive technology; a filled one is reported with the signature. -->
        <div class="visually-hidden" aria-hidden="true"><input name="website" tabindex="-1" autocomplete="off" /></div>
        <button part="submit" type="submit" aria-disabled=${busy}>${sign}</button>
      </form>
    `;
  }

  #renderField(field: FieldSpec) {
    const { key, maxLength, type, pattern } = field;
    const error = this.errors[key];
    const required = this.#settings.required.has(key);
    const optional = msg('(optional)', { id: 'petition-form.optional', desc: 'After the label of a field the signer may leave empty.' });
    const name = fieldName(key);
    // Off unless the partner opted in: the browser would remember what was typed and offer it on other sites.
    const autocomplete = this.autofill && !this.#exited ? (key === 'phone' ? 'tel' : key) : 'off';
    const invalid = error ? 'true' : nothing;
    const describedBy = error ? `${key}-error` : nothing;
    const control =
      type === 'select'
        ? html`<select
            id=${key}
            name=${name}
            autocomplete=${autocomplete}
            part="input"
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          >
            <option value="">${msg('Choose a country', { id: 'petition-form.country-choose', desc: 'First, empty choice of the country list.' })}</option>
          </select>`
        : html`<input
            id=${key}
            name=${name}
            type=${type}
            autocomplete=${autocomplete}
            maxlength=${maxLength}
            pattern=${pattern ?? nothing}
            part="input"
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          />`;
    return html`<div part="field" class="field">
      <label part="label" for=${key}>${field.label()}${required ? nothing : html` <span class="optional">${optional}</span>`}</label>
      ${error ? html`<p part="error" class="error" id=${`${key}-error`}>${error}</p>` : nothing} ${control}
    </div>`;
  }

  /** The shown field a control belongs to (not the opt-in or the honeypot). */
  #fieldOf(control: EventTarget | null): FieldSpec | undefined {
    return this.#settings.fields.find((field) => fieldName(field.key) === (control as Control | null)?.name);
  }

  /** After the signer changes a field: clean it and show or clear its error. */
  #onChange(event: Event): void {
    const field = this.#fieldOf(event.target);
    if (!field) return;
    const control = event.target as Control;
    control.value = clean(control.value, field.maxLength);
    this.errors = { ...this.errors, [field.key]: validationMessage(field, control) };
  }

  /** While typing: only clear (or update) an error already shown, never raise a new one mid-word. */
  #onInput(event: Event): void {
    const field = this.#fieldOf(event.target);
    if (field && this.errors[field.key]) this.errors = { ...this.errors, [field.key]: validationMessage(field, event.target as Control) };
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#submission.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
    const errors: Record<string, string> = {};
    const signer: Record<string, string> = {};
    for (const field of this.#settings.fields) {
      const input = control(fieldName(field.key))!;
      input.value = clean(input.value, field.maxLength);
      errors[field.key] = validationMessage(field, input);
      if (input.value) signer[fieldName(field.key)] = input.value;
    }
    if (this.#showErrors(errors)) return;
    // Signs of a bot (a filled honeypot, a form sent faster than a person fills it) go with the signature for the
    // partner's server to judge: a fast autofilling signer is a real person, and no signature is dropped here.
    const fillMs = Math.round(performance.now() - this.#shownAt);
    const signature: Signature = {
      submission_id: '',
      signer,
      consent: { given: !!control('consent')?.checked, text: this.consent ?? '', locale: this.locale, time: new Date().toISOString() },
      tags: (this.tags ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      source_code: this.sourceCode?.trim() || undefined,
      screening: { fill_ms: fillMs, honeypot: !!control('website')!.value, too_fast: fillMs < this.minFillTime },
    };
    this.#send(signature);
  }

  /** Writes the signature in the partner's format and hands it to the partner (cancelable event) or sends it. */
  #send(signature: Signature): void {
    const { format, action, method } = this.#settings;
    const submission = this.#submission.prepare(signature, { format, action, method });
    if (!this.emit('cw-petition-submit', { format, submissionId: submission.id }, { cancelable: true })) {
      this.#announcer.announce(sendingMessage());
      return;
    }
    if (!action) {
      this.reportError('invalid-action', 'has no usable action URL; the signature was not sent.');
      this.#fail(0, {}, serviceFaultMessage());
      return;
    }
    this.#submission.configure(this.#deliveryOptions());
    this.#submission.deliver(submission);
  }

  /** What the delivery reports: the signer is told, the partner gets an event. */
  #onReport({ state, status, id, answer }: DeliveryReport): void {
    const again = state === this.#reported;
    this.#reported = state;
    switch (state) {
      case 'sending':
        return this.#announcer.announce(sendingMessage());
      case 'sent':
        return void this.#succeed(id);
      case 'rejected':
        return this.#refused(status, answer);
      case 'redirected':
        this.reportError(
          'action-redirected',
          `action="${this.#settings.action}" answered a signature with a redirect, which is not followed (after a 301, 302 or 303 the browser would send a GET without the signature). The signature was not delivered; the signer kept it and was asked to try again later. The action must answer the POST itself, at its final address.`,
        );
        return this.#fail(status, {}, serviceFaultMessage());
      case 'unsent':
        // Every attempt failed: the service's problem, not the signer's details. Their input stays for a later try.
        return this.#fail(status, {}, serviceFaultMessage());
      case 'offline':
      case 'retrying':
        // Once per state: with a server answering 500, every retry (1 s, 2 s, 4 s…) would say the same again.
        if (!again) this.#announcer.announce(state === 'offline' ? offlineMessage() : retryingMessage());
        this.emit('cw-petition-error', { status, retrying: true });
    }
  }

  /**
   * The thank-you. With focus in the form, focus moves to it and it is read there; with focus elsewhere on the page
   * (the signer moved on while the signature waited offline or was retried) focus is left alone and the thank-you
   * is announced instead, so the signer hears that the signature arrived.
   */
  async #succeed(submissionId: string): Promise<void> {
    const focused = this.matches(':focus-within');
    this.#submission.finish();
    this.view = 'done';
    this.added = 1;
    if (this.countSrc && this.fetched === undefined) void this.#fetchCount(this.countSrc, true);
    if (focused) this.#announcer.clear();
    else this.#announcer.announce(thanksMessage());
    this.emit('cw-petition-success', { format: this.#settings.format, submissionId });
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  /**
   * A refusal: the server's field errors where it gave them; else "check your details" only where they may be at
   * fault (400, 422). Any other status is the service's own problem: the signer is not blamed and the partner is told.
   */
  #refused(status: number, answer: unknown): void {
    const errors = serverFieldErrors(answer, this.#settings.fields);
    if (Object.keys(errors).length || detailsMayBeAtFault(status)) return this.#fail(status, errors);
    this.reportError(
      'action-refused',
      `action="${this.#settings.action}" refused a signature with HTTP ${status}, which nothing the signer types can change. Check the URL, the method and what the endpoint requires; the signer kept the signature and was asked to try again later.`,
    );
    this.#fail(status, {}, serviceFaultMessage());
  }

  /** Not delivered: the signer's input stays; the field errors are shown, or else the message. */
  #fail(status: number, errors: Record<string, string> = {}, message = failedMessage()): void {
    this.#submission.finish();
    if (!this.#showErrors(errors)) this.#announcer.announce(message);
    this.emit('cw-petition-error', { status, retrying: false });
  }

  /** Shows the errors (if any), announces how many, and moves focus to the first field to fix. */
  #showErrors(errors: Record<string, string>): boolean {
    this.errors = errors;
    const count = Object.values(errors).filter(Boolean).length;
    if (!count) return false;
    const n = numberFormatter(this.locale).format(count);
    this.#announcer.announce(
      plural(count, this.locale, {
        zero: () =>
          msg(str`Please correct ${n} fields.`, {
            id: 'petition-form.summary-zero',
            desc: 'Error summary after submitting with mistakes, plural category "zero". 0 = the number of fields.',
          }),
        one: () =>
          msg(str`Please correct ${n} field.`, {
            id: 'petition-form.summary-one',
            desc: 'Error summary after submitting with mistakes, plural category "one". 0 = the number of fields.',
          }),
        two: () =>
          msg(str`Please correct ${n} fields.`, {
            id: 'petition-form.summary-two',
            desc: 'Error summary after submitting with mistakes, plural category "two" (Arabic dual). 0 = the number of fields.',
          }),
        few: () =>
          msg(str`Please correct ${n} fields.`, {
            id: 'petition-form.summary-few',
            desc: 'Error summary after submitting with mistakes, plural category "few". 0 = the number of fields.',
          }),
        many: () =>
          msg(str`Please correct ${n} fields.`, {
            id: 'petition-form.summary-many',
            desc: 'Error summary after submitting with mistakes, plural category "many". 0 = the number of fields.',
          }),
        other: () =>
          msg(str`Please correct ${n} fields.`, {
            id: 'petition-form.summary-other',
            desc: 'Error summary after submitting with mistakes, plural category "other". 0 = the number of fields.',
          }),
      }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return true;
  }
}
