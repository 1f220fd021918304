import { LitElement, type PropertyValues } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { getFormattingLocale } from './localization.js';
import { directionOf } from './locale-negotiation.js';
import { VERSION } from './version.js';
import { cwEvent, type CwEventDetails, type CwEventName } from './events.js';
import type { AttributeWarning } from './attributes.js';

const warnedOnce = new WeakMap<Element, Set<string>>();

/**
 * The widgets on the page, re-rendered in place when setLocale() has loaded a new language (docs/toolchain.md, trap 4).
 * One listener for all of them rather than @lit/localize's one per element: a page with a thousand figures would
 * otherwise add a thousand window listeners while it renders. It is added by the first widget that connects (adding
 * the same listener again does nothing), so importing the library changes nothing on the page.
 */
const connectedWidgets = new Set<CampaignElement>();
const rerenderOnLocale = (event: Event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') for (const widget of connectedWidgets) widget.requestUpdate();
};

/**
 * The base of every widget: follows the page's UI locale and its writing direction, fires typed `cw-*`
 * events, and reports bad input once per element and value without ever throwing.
 */
export abstract class CampaignElement extends LitElement {
  /** Recognised by `defineElement()` so two copies of the same version on one page stay quiet. */
  static readonly cwVersion = VERSION;

  /** The `dir` the page author wrote on the element, which always wins over the locale's direction. */
  #authorDir: string | null = null;
  #dirChecked = false;

  /**
   * The locale this element formats numbers, dates and names in: the page's UI locale, or the page's own
   * variant of it (`ar-EG` for Eastern Arabic digits). Messages always come from the UI locale.
   */
  get locale(): string {
    return getFormattingLocale();
  }

  override connectedCallback(): void {
    if (!this.#dirChecked) {
      this.#dirChecked = true;
      this.#authorDir = this.getAttribute('dir');
    }
    super.connectedCallback();
    connectedWidgets.add(this);
    addEventListener(LOCALE_STATUS_EVENT, rerenderOnLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedWidgets.delete(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#authorDir === null) {
      const dir = directionOf(this.locale);
      if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    }
  }

  /**
   * Fires a `cw-*` event that bubbles out of shadow roots. Returns false when a listener cancelled it.
   * Details must never carry personal data.
   */
  protected emit<K extends CwEventName>(name: K, detail: CwEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(cwEvent(name, detail, options.cancelable ?? false));
  }

  /** Warns once per element about an attribute value it cannot use, naming what is allowed and what it does instead. */
  protected warnInvalid(attribute: string, value: unknown, allowed: string, fallback: string): void {
    this.warnOnce(`${attribute}=${String(value)}`, `<${this.localName}> ${attribute}="${String(value)}" is not valid (allowed: ${allowed}); ${fallback}.`);
  }

  /** Reports what a parse function could not use (each warning once per element and value). */
  protected reportWarnings(warnings: readonly AttributeWarning[]): void {
    for (const { attribute, value, allowed, fallback } of warnings) this.warnInvalid(attribute, value, allowed, fallback);
  }

  /** Logs a console warning the first time this element meets `key`; returns false when it had already. */
  protected warnOnce(key: string, message: string): boolean {
    let seen = warnedOnce.get(this);
    if (!seen) warnedOnce.set(this, (seen = new Set()));
    if (seen.has(key)) return false;
    seen.add(key);
    console.warn(`campaign-widgets: ${message}`, this);
    return true;
  }

  /**
   * Reports that the element cannot show something true: warns and fires `cw-error` once per distinct problem
   * (not on every re-render), so a partner can hide or replace the widget.
   */
  protected reportError(code: string, message: string): void {
    if (this.warnOnce(`error:${code}:${message}`, `<${this.localName}> ${message}`)) {
      this.emit('cw-error', { code, message });
    }
  }
}
