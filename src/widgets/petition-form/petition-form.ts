import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { CampaignElement } from '../../core/campaign-element.js';
import { hostStyles } from '../../core/theme.styles.js';
import { Announcer } from '../../core/announcer.js';
import { PageExitController, keepPageOpen, letPageClose } from '../../core/page-exit.js';
import { numberFormatter, parseNumberAttribute } from '../../core/format.js';
import { safeUrl } from '../../core/safe-url.js';
import { fetchJson } from '../../core/fetch-json.js';
import { nextTask } from '../../core/next-task.js';
import { lazyLoader } from '../../core/lazy.js';
import { plural } from '../../core/plural.js';
import { FIELDS, TEXTS, fieldName, type FieldSpec } from './fields.js';
import { clean } from './sanitize.js';
import { validationMessage } from './validate.js';
import type { Delivery, DeliveryReport } from './delivery.js';
import type { Signature } from './adapters/types.js';
import { petitionFormStyles } from './petition-form.styles.js';

/** Body formats (`format` attribute) and the adapter that writes each. */
const FORMATS = ['json', 'form', 'osdi'] as const;
export type PetitionFormat = (typeof FORMATS)[number];

/** Removes a persisted signature (quick exit), even before the sending code has loaded. */
function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was stored.
  }
}

type SendCode = typeof import('./send.lazy.js');
type CountryCode = typeof import('./country-options.lazy.js');

/**
 * The code that sends signatures (body formats and delivery), loaded when a visitor first uses a form
 * (dist/lazy/send.js beside the script) and shared by every form.
 */
const loadSendCode = lazyLoader(() => import('./send.lazy.js'));

/** The country list (dist/lazy/country-options.js), loaded just after a form with a country field first renders. */
const loadCountryOptions = lazyLoader(() => import('./country-options.lazy.js'));

/** Shown when the signature waits for the connection (also when the sending code itself could not load). */
const offlineMessage = (): string =>
  msg('You are offline. Your signature is kept on this page and will be sent when the connection returns: please keep this page open.', {
    id: 'petition-form.offline',
    desc: 'Status when the signer has no connection; the signature waits and is sent automatically.',
  });

/** `cw-petition-submit` and `cw-petition-success`: which signature, never what it says. */
export interface CwPetitionDetail {
  format: PetitionFormat;
  /** The signature's random id (also its `Idempotency-Key`). */
  submissionId: string;
}

/** `cw-petition-error`: the HTTP status (0 for network errors, timeouts and offline) and whether it will be retried. */
export interface CwPetitionErrorDetail {
  status: number;
  retrying: boolean;
}

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

/** Attribute → number, keeping "not a number" (NaN, reported) apart from "absent" (undefined). */
const numberAttribute = {
  fromAttribute: (value: string | null) => (value === null ? undefined : (parseNumberAttribute(value) ?? Number.NaN)),
};

/**
 * The largest count or goal a petition can plausibly show: more signatures than people on Earth means a broken
 * counter, not a campaign. Also keeps the next-milestone arithmetic finite.
 */
const MAX_COUNT = 10_000_000_000;

/** A signature count or goal worth showing: a whole number from 0 to MAX_COUNT. */
export const isPlausibleCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;

const tokens = (value: string | undefined, fallback: string) => (value ?? fallback).split(/\s+/).filter(Boolean);

type Control = HTMLInputElement | HTMLSelectElement;

/**
 * A petition signature form that sends each signature to the partner's own system (JSON, form-encoded, or an OSDI
 * `record_signature_helper` body) and loses none: one `Idempotency-Key` per signature, retries with backoff,
 * offline keeping, a warning before the page closes while a signature is unsent.
 *
 * The signer sees the campaign's asks (default slot), a signature counter with progress towards `goal`, the fields
 * the partner chose with browser autofill, an explicit opt-in (unticked; signing never requires joining a list),
 * and after sending a thank-you with the `after` slot. Errors are our own localized messages, shown after a field
 * is changed or on submit, with focus on the first field to fix. Against bots, without a third-party captcha: a
 * honeypot field and a minimum fill time, reported with every signature (`screening`) for the partner's server to
 * judge; the form never drops a signature itself. `<quick-exit>` (`cw-exit`) clears the fields and any unsent signature.
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
 * @cssprop [--cw-petition-form-on-accent=#fff] - Text on the button.
 * @cssprop [--cw-petition-form-error=#b3261e] - Error text and invalid field border.
 * @cssprop [--cw-petition-form-border=#6e7781] - Input and progress borders (3:1 against white).
 * @cssprop [--cw-petition-form-background=transparent] - Background of the whole widget.
 * @cssprop [--cw-petition-form-gap=1em] - Space between fields.
 * @cssprop [--cw-color-accent] - Global accent colour.
 * @cssprop [--cw-radius=0.25em] - Corner radius of inputs and the button.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwPetitionDetail>} cw-petition-submit - Before sending; cancel it to send the signature yourself. Detail: `{format, submissionId}`.
 * @fires {CustomEvent<CwPetitionDetail>} cw-petition-success - The partner's system accepted the signature. Detail: `{format, submissionId}`.
 * @fires {CustomEvent<CwPetitionErrorDetail>} cw-petition-error - An attempt failed. Detail: `{status, retrying}` (status 0: network, timeout, offline).
 * @fires {CustomEvent<CwErrorDetail>} cw-error - Misconfiguration: no usable `action`, an unusable `count-src`.
 */
export class PetitionForm extends CampaignElement {
  static override styles = [hostStyles, petitionFormStyles];

  /** Lit reactive properties (a static map: smaller in the bundle than one decorator call per field). */
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

  /** Body format: `json` (default), `form` (`application/x-www-form-urlencoded`) or `osdi` (`record_signature_helper`). */
  format?: string;

  /** HTTP method: `POST` (default) or `PUT`. */
  method?: string;

  /** Fields to show, space-separated, from `given-name family-name email country postal-code phone`. Default `given-name family-name email country`. */
  fields?: string;

  /** Fields the signer must fill, space-separated (same names). Default `given-name email`; `required=""` makes all optional. */
  required?: string;

  /** The signature goal; once reached, the bar shows the next milestone (the goal doubled). */
  goal?: number;

  /** The current number of signatures (until `count-src` answers). */
  count?: number;

  /** A URL returning `{"count": n}`, fetched once without cookies. */
  countSrc?: string;

  /** The partner's privacy notice (https), linked beside the opt-in. */
  privacyUrl?: string;

  /** The opt-in text (e.g. "Keep me informed by email"); without it no opt-in is offered and none is recorded as given. */
  consent?: string;

  /** Tags added to the signer (comma-separated), e.g. for `add_tags` in OSDI. */
  tags?: string;

  /** A source code recorded with the signature (`referrer_data.source` in OSDI). */
  sourceCode?: string;

  /** Keeps an unsent signature in localStorage (until delivered or refused) so it is sent on the next visit. Off by default. */
  persist = false;

  /**
   * Milliseconds a person needs at least to fill the form. A faster submission is still sent, marked
   * `screening.too_fast` for the partner's server to judge.
   */
  minFillTime = 3_000;

  /** Milliseconds before a sending attempt is abandoned and retried. */
  timeout = 15_000;

  /** First retry delay in milliseconds; it doubles on each retry (a `Retry-After` answer wins). */
  retryDelay = 1_000;

  private view: 'form' | 'done' = 'form';
  private errors: Record<string, string> = {};
  private fetched?: number;
  private added = 0;

  readonly #announcer = new Announcer(this);
  /** The sending code, once loaded. */
  #code?: SendCode;
  #delivery?: Delivery;
  #storageKey: string | null = null;
  /** A signature waiting for the sending code to load (offline at the first submit). */
  #held: Signature | null = null;
  #current: PetitionSubmission | null = null;
  #shown: readonly FieldSpec[] = [];
  #needed = new Set<string>();
  #fmt: PetitionFormat = 'json';
  #verb = 'POST';
  #shownAt = 0;
  /** The country list's code once loaded, and the load under way. */
  #countries?: CountryCode;
  #countriesLoading?: Promise<void>;

  /** Whether the page heard `offline` (and no `online` since), for a delivery created later. */
  #offline = false;
  readonly #onConnectivity = (event: Event) => (this.#offline = event.type === 'offline');

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('offline', this.#onConnectivity);
    addEventListener('online', this.#onConnectivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('offline', this.#onConnectivity);
    removeEventListener('online', this.#onConnectivity);
  }

  constructor() {
    super();
    new PageExitController(this, () => {
      this.#delivery?.clear();
      this.#hold(null);
      if (this.#storageKey) forget(this.#storageKey);
      this.#current = null;
      this.errors = {};
      this.#announcer.clear();
      this.renderRoot.querySelector('form')?.reset();
      this.view = 'form';
      this.added = 0;
    });
  }

  /** The signature being sent (or handed to you by cancelling `cw-petition-submit`), or null. */
  getSubmission(): PetitionSubmission | null {
    return this.#current;
  }

  /** After cancelling `cw-petition-submit`: `true` shows the thank-you, `false` lets the signer try again. */
  finishSubmission(ok = true): void {
    if (!this.#current || this.#delivery?.item) return;
    if (ok) void this.#succeed(this.#current.id);
    else this.#fail(0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const format = (this.format ?? 'json').toLowerCase();
    this.#fmt = FORMATS.includes(format as PetitionFormat) ? (format as PetitionFormat) : 'json';
    if (this.#fmt !== format) this.warnInvalid('format', this.format, 'json, form, osdi', 'sending JSON');
    this.#verb = (this.method ?? 'POST').toUpperCase();
    if (this.#verb !== 'POST' && this.#verb !== 'PUT') {
      this.warnInvalid('method', this.method, 'POST, PUT', 'using POST');
      this.#verb = 'POST';
    }
    const keys: string[] = FIELDS.map(([key]) => key);
    const wanted = tokens(this.fields, 'given-name family-name email country');
    this.#needed = new Set(tokens(this.required, 'given-name email'));
    for (const [name, list] of [['fields', wanted], ['required', this.#needed]] as const) {
      for (const token of list) if (!keys.includes(token)) this.warnInvalid(name, token, keys.join(' '), 'ignoring it');
    }
    this.#shown = FIELDS.filter(([key]) => wanted.includes(key));
    // No usable field named (or `fields=""`): the default four.
    if (!this.#shown.length) this.#shown = FIELDS.slice(0, 4);
    this.#loadCountries();
    for (const [name, value] of [['goal', this.goal], ['count', this.count]] as const) {
      if (value !== undefined && !isPlausibleCount(value)) this.warnInvalid(name, this.getAttribute(name) ?? value, `a whole number from 0 to ${MAX_COUNT}`, 'not showing it');
    }
    for (const [name, value] of [['action', this.action], ['privacy-url', this.privacyUrl]] as const) {
      if (value !== undefined && !safeUrl(value)) this.warnInvalid(name, value, 'an https: URL', 'not using it');
    }
    const url = safeUrl(this.action);
    this.#storageKey = this.persist && url ? `cw-petition-form:${url}` : null;
    if (this.#delivery) this.#delivery.storageKey = this.#storageKey;
    if (changed.has('countSrc') && this.countSrc) {
      const countSrc = this.countSrc;
      nextTask()
        .then(() => fetchJson(countSrc))
        .then((data) => {
          const count = (data as { count?: unknown } | null)?.count;
          if (!isPlausibleCount(count)) throw new Error(`no {"count": n} with a whole number n from 0 to ${MAX_COUNT}`);
          this.fetched = count;
        })
        .catch((error: Error) => this.reportError('invalid-count', `count-src: ${error.message}`));
    }
  }

  protected override firstUpdated(): void {
    this.#shownAt = performance.now();
    // `persist`: a signature an earlier visit could not send goes now.
    if (this.#storageKey) void this.updateComplete.then(() => this.#loadCode()).then((code) => this.#deliveryWith(code).resume(), () => undefined);
  }

  protected override updated(): void {
    // The country field's options are not in the template (src/core/fill-select.ts): they are put in after each render.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select#country');
    if (select && this.#countries) this.#countries.fillCountries(select, this.locale);
  }

  /** Loads the sending code (one load for every form) and keeps it: delivery reports and refusals use it later. */
  async #loadCode(): Promise<SendCode> {
    return (this.#code = await loadSendCode());
  }

  /** The delivery (created from the loaded sending code the first time), configured from the current properties. */
  #deliveryWith(code: SendCode): Delivery {
    this.#delivery ??= new code.Delivery((report) => this.#onReport(report), this.#offline);
    this.#delivery.storageKey = this.#storageKey;
    this.#delivery.timeout = this.timeout;
    this.#delivery.backoff = this.retryDelay;
    return this.#delivery;
  }

  /** Fetches the sending code while the visitor fills the form, so it is there at submit (and the country list, if it failed). */
  readonly #prefetch = () => {
    this.#loadCountries();
    void loadSendCode().catch(() => undefined);
  };

  /**
   * Loads the country list when the form shows a country field, from the task after this render (starting a
   * request is itself work); a failed load is tried again on the next visit to the form.
   */
  #loadCountries(): void {
    if (this.#countries || this.#countriesLoading || !this.#shown.some(([key]) => key === 'country')) return;
    this.#countriesLoading = nextTask().then(loadCountryOptions).then(
      (code) => {
        this.#countries = code;
        this.requestUpdate();
      },
      () => (this.#countriesLoading = undefined),
    );
  }

  /** Resolves once the form is rendered with its country list (which arrives just after the first render). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#countriesLoading;
    return super.getUpdateComplete();
  }

  #hold(signature: Signature | null): void {
    this.#held = signature;
    if (signature) keepPageOpen(this);
    else letPageClose(this);
  }


  protected override render() {
    return html`
      <div part="asks" class="asks"><slot></slot></div>
      ${this.#renderCounter()}
      ${this.view === 'done'
        ? html`<div part="thanks" class="thanks">
            <p class="title" tabindex="-1">${msg('Thank you for signing!', { id: 'petition-form.thanks', desc: 'Shown once the signature has been received.' })}</p>
            <slot name="after"></slot>
          </div>`
        : this.#renderForm()}
      ${this.#announcer.render({ visible: true, part: 'status' })}
    `;
  }

  #renderCounter() {
    const base = this.fetched ?? this.count;
    if (!isPlausibleCount(base)) return nothing;
    const count = base + this.added;
    const format = numberFormatter(this.locale);
    const shown = format.format(count);
    const goal = isPlausibleCount(this.goal) ? this.goal : 0;
    // The next milestone doubles the goal until it is ahead of the count (at most 34 doublings from a goal of 1).
    let next = goal;
    while (next && count >= next) next *= 2;
    const goalText = format.format(goal);
    const nextText = format.format(next);
    return html`<div part="counter" class="counter">
      <p part="count" id="count">
        ${plural(count, this.locale, {
          // One message per plural category: Arabic uses all six, Russian four (one, few, many, other).
          zero: () => msg(str`${shown} signatures`, { id: 'petition-form.count-zero', desc: 'Signature counter, plural category "zero" (Arabic 0). 0 = the number, already formatted.' }),
          one: () => msg(str`${shown} signature`, { id: 'petition-form.count-one', desc: 'Signature counter, plural category "one". 0 = the number, already formatted.' }),
          two: () => msg(str`${shown} signatures`, { id: 'petition-form.count-two', desc: 'Signature counter, plural category "two" (Arabic dual). 0 = the number, already formatted.' }),
          few: () => msg(str`${shown} signatures`, { id: 'petition-form.count-few', desc: 'Signature counter, plural category "few" (e.g. Russian 2–4, Arabic 3–10). 0 = the number, already formatted.' }),
          many: () => msg(str`${shown} signatures`, { id: 'petition-form.count-many', desc: 'Signature counter, plural category "many" (e.g. Russian 5–20, Arabic 11–99). 0 = the number, already formatted.' }),
          other: () => msg(str`${shown} signatures`, { id: 'petition-form.count-other', desc: 'Signature counter, plural category "other". 0 = the number, already formatted.' }),
        })}
      </p>
      ${goal
        ? html`<progress part="progress" max=${next} .value=${count} aria-labelledby="count goal"></progress>
            <p part="goal" id="goal">
              ${next > goal
                ? msg(str`We reached our goal of ${goalText}! Next goal: ${nextText}.`, { id: 'petition-form.goal-reached', desc: 'Under the progress bar once the goal is reached; 0 = the goal, 1 = the next milestone.' })
                : msg(str`Goal: ${goalText}`, { id: 'petition-form.goal', desc: 'Under the progress bar: the number of signatures the campaign aims for.' })}
            </p>`
        : nothing}
    </div>`;
  }

  #renderForm() {
    const privacy = safeUrl(this.privacyUrl);
    return html`<form part="form" novalidate @submit=${this.#onSubmit} @change=${this.#onChange} @input=${this.#onInput} @focusin=${this.#prefetch}>
      ${this.#shown.map((field) => this.#renderField(field))}
      ${this.consent
        ? html`<div part="consent" class="consent"><input type="checkbox" id="consent" name="consent" /><label for="consent">${this.consent}</label></div>`
        : nothing}
      ${privacy
        ? html`<p><a part="privacy-link" href=${privacy} target="_blank" rel="noopener noreferrer"
            >${msg('Privacy notice (opens in a new tab)', { id: 'petition-form.privacy', desc: 'Link to the campaigning organisation\'s privacy notice.' })}</a
          ></p>`
        : nothing}
      <div class="visually-hidden" aria-hidden="true"><input name="website" tabindex="-1" autocomplete="off" /></div>
      <button part="submit" type="submit">${msg('Sign the petition', { id: 'petition-form.submit', desc: 'Button that sends the signature.' })}</button>
    </form>`;
  }

  #renderField([key, max, type = 'text', pattern]: FieldSpec) {
    const error = this.errors[key];
    const required = this.#needed.has(key);
    const [label] = TEXTS[key]();
    const name = fieldName(key);
    const auto = key === 'phone' ? 'tel' : key;
    const invalid = error ? 'true' : nothing;
    const described = error ? `${key}-error` : nothing;
    return html`<div part="field" class="field">
      <label part="label" for=${key}
        >${label}${required ? nothing : html` <span class="optional">${msg('(optional)', { id: 'petition-form.optional', desc: 'After the label of a field the signer may leave empty.' })}</span>`}</label
      >
      ${error ? html`<p part="error" class="error" id=${`${key}-error`}>${error}</p>` : nothing}
      ${type === 'select'
        ? html`<select id=${key} name=${name} autocomplete=${auto} part="input" ?required=${required} aria-invalid=${invalid} aria-describedby=${described}>
            <option value="">${msg('Choose a country', { id: 'petition-form.country-choose', desc: 'First, empty choice of the country list.' })}</option>
          </select>`
        : html`<input id=${key} name=${name} type=${type} autocomplete=${auto} maxlength=${max} pattern=${pattern ?? nothing} part="input" ?required=${required} aria-invalid=${invalid} aria-describedby=${described} />`}
    </div>`;
  }

  /** The field a control belongs to (not the opt-in or the honeypot). */
  #spec(control: EventTarget | null): [FieldSpec, Control] | undefined {
    const field = this.#shown.find(([key]) => fieldName(key) === (control as Control).name);
    return field && [field, control as Control];
  }

  /** After the signer changes a field: clean it and show or clear its error. */
  #onChange(event: Event): void {
    const found = this.#spec(event.target);
    if (!found) return;
    const [[key, max], control] = found;
    control.value = clean(control.value, max);
    this.errors = { ...this.errors, [key]: validationMessage(key, control) };
  }

  /** While typing: only clear (or update) an error already shown, never raise a new one mid-word. */
  #onInput(event: Event): void {
    const found = this.#spec(event.target);
    const key = found?.[0][0];
    if (key && this.errors[key]) this.errors = { ...this.errors, [key]: validationMessage(key, found[1]) };
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // One signature at a time: a double click, or Enter while sending, sends nothing more.
    if (this.#current || this.#held || this.#delivery?.item) return;
    const formElement = event.currentTarget as HTMLFormElement;
    const control = (name: string) => formElement.elements.namedItem(name) as HTMLInputElement | null;
    const errors: Record<string, string> = {};
    const signer: Record<string, string> = {};
    for (const [key, max] of this.#shown) {
      const input = control(fieldName(key))!;
      input.value = clean(input.value, max);
      errors[key] = validationMessage(key, input);
      if (input.value) signer[fieldName(key)] = input.value;
    }
    if (this.#showErrors(errors)) return;
    // Signs of a bot (a filled honeypot, a form sent faster than a person fills it) go with the signature for the
    // partner's server to judge: a fast autofilling signer is a real person, and no signature is dropped here.
    const fillMs = Math.round(performance.now() - this.#shownAt);
    const signature: Signature = {
      // Given with the sending code (send()), once: every later try of this signature keeps it.
      submission_id: '',
      signer,
      consent: { given: !!control('consent')?.checked, text: this.consent ?? '', locale: this.locale, time: new Date().toISOString() },
      tags: (this.tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
      source_code: this.sourceCode?.trim() || undefined,
      screening: { fill_ms: fillMs, honeypot: !!control('website')!.value, too_fast: fillMs < this.minFillTime },
    };
    void this.#send(signature);
  }

  /** Formats the signature and hands it to the partner (cancelable event) or to the delivery. */
  async #send(signature: Signature): Promise<void> {
    this.#hold(signature);
    let code: SendCode;
    try {
      code = await this.#loadCode();
    } catch {
      // Offline before the sending code arrived: the signature waits here, and goes when the connection returns.
      if (this.#held !== signature) return;
      this.#announcer.announce(offlineMessage());
      this.emit('cw-petition-error', { status: 0, retrying: true });
      addEventListener('online', () => void (this.#held === signature && this.#send(signature)), { once: true });
      return;
    }
    // Cleared meanwhile (the visitor left with the quick exit).
    if (this.#held !== signature) return;
    this.#hold(null);
    const id = (signature.submission_id ||= code.uuid());
    const [type, body] = code.ADAPTERS[this.#fmt](signature);
    const action = safeUrl(this.action);
    this.#current = { id, format: this.#fmt, action, method: this.#verb, headers: { 'content-type': type, accept: 'application/json', 'idempotency-key': id }, body, signature };
    if (!this.emit('cw-petition-submit', { format: this.#fmt, submissionId: id }, { cancelable: true })) return this.#announcer.announce(code.sendingMessage());
    if (!action) {
      this.reportError('invalid-action', 'has no usable action URL; the signature was not sent.');
      return this.#fail(0);
    }
    this.#deliveryWith(code).send({ id, url: action, method: this.#verb, type, body });
  }

  /** The delivery's progress (the sending code is loaded: it reports). */
  #onReport({ state, status, id, answer }: DeliveryReport): void {
    const code = this.#code!;
    if (state === 'sending') return this.#announcer.announce(code.sendingMessage());
    if (state === 'sent') return void this.#succeed(id);
    if (state === 'rejected') return this.#fail(status, answer);
    this.#announcer.announce(state === 'offline' ? offlineMessage() : code.retryingMessage());
    this.emit('cw-petition-error', { status, retrying: true });
  }

  async #succeed(submissionId: string): Promise<void> {
    const focused = this.matches(':focus-within');
    const detail = { format: this.#fmt, submissionId };
    this.#current = null;
    this.view = 'done';
    this.added = 1;
    this.#announcer.clear();
    this.emit('cw-petition-success', detail);
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  /** Refused or not sendable (the sending code is loaded): the signer's input stays; the server's field errors are shown where it gave them. */
  #fail(status: number, answer?: unknown): void {
    const code = this.#code!;
    this.#current = null;
    if (!this.#showErrors(code.serverFieldErrors(answer, this.#shown))) this.#announcer.announce(code.failedMessage());
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
        zero: () => msg(str`Please correct ${n} fields.`, { id: 'petition-form.summary-zero', desc: 'Error summary after submitting with mistakes, plural category "zero". 0 = the number of fields.' }),
        one: () => msg(str`Please correct ${n} field.`, { id: 'petition-form.summary-one', desc: 'Error summary after submitting with mistakes, plural category "one". 0 = the number of fields.' }),
        two: () => msg(str`Please correct ${n} fields.`, { id: 'petition-form.summary-two', desc: 'Error summary after submitting with mistakes, plural category "two" (Arabic dual). 0 = the number of fields.' }),
        few: () => msg(str`Please correct ${n} fields.`, { id: 'petition-form.summary-few', desc: 'Error summary after submitting with mistakes, plural category "few". 0 = the number of fields.' }),
        many: () => msg(str`Please correct ${n} fields.`, { id: 'petition-form.summary-many', desc: 'Error summary after submitting with mistakes, plural category "many". 0 = the number of fields.' }),
        other: () => msg(str`Please correct ${n} fields.`, { id: 'petition-form.summary-other', desc: 'Error summary after submitting with mistakes, plural category "other". 0 = the number of fields.' }),
      }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return true;
  }
}
