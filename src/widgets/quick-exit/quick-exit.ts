import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { CampaignElement } from '../../core/campaign-element.js';
import { hostStyles } from '../../core/theme.styles.js';
import { Announcer } from '../../core/announcer.js';
import { safeUrl } from '../../core/safe-url.js';
import { clearBeforeLeaving, listenForExit } from '../../core/page-exit.js';
import { leavePage } from './leave-page.js';
import { PRESSES_TO_EXIT, subscribeToShortcut, type ShortcutSubscriber } from './shift-shortcut.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { StickyScrollPadding } from './sticky-scroll-padding.js';

/** Where the visitor goes when `href` is missing or unsafe: a neutral page, as GOV.UK recommends. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * `href` as a safe address that leaves this page, or null. A relative `#top`, `?` or the page's own name resolves to
 * this page again (at most with another query): the visitor would stay on the campaign page, under the neutral
 * screen or in full view.
 */
function exitAddress(href: string | undefined): string | null {
  const url = safeUrl(href);
  if (!url) return null;
  const target = new URL(url);
  return target.origin === location.origin && target.pathname === location.pathname ? null : url;
}

/** The quick exit each skip link leaves with (its `href`), by skip link. */
const skipLinkOwners = new WeakMap<Element, QuickExit>();

/** How the visitor left: with the button, the skip link or the Shift shortcut. Never personal data. */
export interface CwExitDetail {
  trigger: 'button' | 'skip-link' | 'shortcut';
}

declare module '../../core/events.js' {
  interface CwEventDetails {
    'cw-exit': CwExitDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-exit': CustomEvent<CwExitDetail>;
  }
}

/**
 * A button that leaves the page at once, for visitors who may be watched: it covers the page with a neutral
 * screen, tells every widget to forget what it holds, and replaces the page in the history with a neutral site,
 * sending no referrer. Pressing Shift three times within five seconds does the same from anywhere on the page
 * (progress is shown on the button and announced to screen readers). Only Shift pressed on its own counts: Shift used
 * to type a capital or with Tab is typing. Modelled on GOV.UK's "Exit this page".
 *
 * The first `<quick-exit>` on a page also adds a skip link at the very start of the page, hidden until it
 * receives focus, so keyboard and screen-reader users reach the exit first (`no-skip-link` turns this off).
 *
 * What it cannot do: the page stays in the browser's history list (only the current entry is replaced) and in
 * the browser's cache. An entry the visitor added on the page (an in-page link such as `#act`) stays too, so Back
 * from the neutral site can reach the page: kept in the back/forward cache, it leaves again at once; reloaded, it
 * shows. Link to guidance on browsing safely with `safety-url`. A "Leave site?" guard the page added before the
 * widgets' script ran can still hold the exit: add none beside it. While the page's own modal dialog is open, the
 * button cannot be pressed (the shortcut works: put a `<quick-exit>` in the dialog); while focus is in an embedded
 * frame, the shortcut is not heard (the button works). docs/embedding.md, "Beside a quick exit", says more.
 *
 * @summary Leave the page fast, for visitors' safety.
 * @tag quick-exit
 *
 * @slot cw-fallback - A plain link to the neutral site, `<a slot="cw-fallback" href="…" rel="noreferrer">Exit this
 *   page</a>`: shown until the script has run (on a page slow to finish loading, seconds after the campaign is on
 *   screen), hidden once the button is there.
 *
 * @csspart base - The wrapper of the button and the safety link.
 * @csspart button - The exit button.
 * @csspart indicator - The three marks that fill as Shift is pressed.
 * @csspart safety-link - The link to safety guidance (with `safety-url`).
 * @csspart overlay - The neutral screen shown while the neutral site loads.
 * @csspart status - The shortcut's progress for screen readers ("Press Shift twice more to exit."), visually hidden.
 *
 * @cssprop [--cw-quick-exit-background=#b3261e] - Button background.
 * @cssprop [--cw-quick-exit-color=#fff] - Button text colour.
 * @cssprop [--cw-quick-exit-radius=var(--cw-radius, 0.25em)] - Button corner radius.
 * @cssprop [--cw-quick-exit-overlay-background=#fff] - The neutral screen's background.
 * @cssprop [--cw-quick-exit-inset-block-start=0] - Distance from the top of the viewport when `sticky`.
 * @cssprop [--cw-quick-exit-safety-background=var(--cw-color-surface, #fff)] - Behind the advice link when `sticky`, so it stays readable over the page's text.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwExitDetail>} cw-exit - The visitor is leaving; every widget's data is cleared already. Detail: `{trigger}`. Not cancelable.
 */
export class QuickExit extends CampaignElement {
  static override styles = [hostStyles, quickExitStyles];

  static override properties = {
    href: {},
    sticky: { type: Boolean, reflect: true },
    safetyUrl: { attribute: 'safety-url' },
    skipLink: { type: Boolean, reflect: true, attribute: 'skip-link' },
    noSkipLink: { type: Boolean, attribute: 'no-skip-link' },
    pressed: { state: true, attribute: false },
    leaving: { state: true, attribute: false },
  };

  /**
   * The neutral site to go to (https). Default: BBC Weather.
   *
   * An unsafe URL, or one that leads back to this page (`#top`, `?`, the page's own address), is refused in favour of
   * the default.
   */
  href?: string;

  /**
   * Keeps the button in view at the top of the window while the page scrolls.
   *
   * The page's top scroll padding then follows the button's height, so a field reached with Tab is not hidden under
   * it (a page that sets its own `scroll-padding` keeps it).
   */
  sticky = false;

  /** A page with advice on browsing safely (clearing history, private windows); shown as a link beside the button. */
  safetyUrl?: string;

  /** Renders as a skip link: hidden until focused. Set on the copy the first `<quick-exit>` adds to the page. */
  skipLink = false;

  /** Stops this element from adding an exit link at the start of the page (hidden until a keyboard user reaches it with Tab). */
  noSkipLink = false;

  /** Shift presses counted so far (0 to 2). */
  private pressed = 0;
  private leaving = false;

  get #overlay(): HTMLElement | null {
    return this.renderRoot?.querySelector('[part="overlay"]') ?? null;
  }

  readonly #announcer = new Announcer(this);

  constructor() {
    super();
    // Sticky, it keeps what the visitor focuses clear of itself.
    new StickyScrollPadding(this);
  }
  #unsubscribe?: () => void;
  /** The skip link this element added at the start of the page, if it added one. */
  #skipLink?: QuickExit;

  readonly #shortcut: ShortcutSubscriber = {
    shown: () => this.checkVisibility?.() ?? true,
    progress: (pressed, announce) => {
      this.pressed = pressed;
      if (announce) {
        // Two presses to go, or one: a message each (no number to agree with), so every language says it naturally.
        this.#announcer.announce(
          PRESSES_TO_EXIT - pressed === 1
            ? msg('Press Shift once more to exit.', {
                id: 'quick-exit.press-once-more',
                desc: 'Announced after the second Shift press of the exit shortcut (3 presses leave the page). Name the key as keyboards in your language label it.',
              })
            : msg('Press Shift twice more to exit.', {
                id: 'quick-exit.press-twice-more',
                desc: 'Announced after the first Shift press of the exit shortcut (3 presses leave the page). Name the key as keyboards in your language label it.',
              }),
        );
      }
    },
    expired: (announce) => {
      if (this.pressed > 0 && announce) {
        this.#announcer.announce(
          msg('Shift presses reset: press Shift 3 times to exit.', {
            id: 'quick-exit.presses-reset',
            desc: 'Announced when the visitor stopped pressing Shift before the third press: the count starts again. Not alarming; name the key as keyboards in your language label it.',
          }),
        );
      } else {
        // A quiet reset (Shift used to type a capital): no progress left in the region to be read later.
        this.#announcer.clear();
      }
      this.pressed = 0;
    },
    trigger: () => this.exit('shortcut'),
  };

  readonly #onPageShow = (event: PageTransitionEvent) => {
    // Brought back from the back/forward cache after leaving (Back, on the neutral site): whoever pressed Back may not
    // be the visitor who left, so the page stays covered and leaves again. A new visit loads the page afresh.
    if (event.persisted && this.leaving) leavePage(this.exitUrl);
  };

  /** The address the button leaves for, after validation. */
  get exitUrl(): string {
    return exitAddress(this.href) ?? DEFAULT_EXIT_URL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // As early as the page allows: while the page leaves, the page's close-page warnings added after this are stopped.
    listenForExit();
    // The skip link copy does not listen: the visible button (or the first element) owns the shortcut.
    if (!this.skipLink) this.#unsubscribe = subscribeToShortcut(this.#shortcut);
    window.addEventListener('pageshow', this.#onPageShow);
    if (!this.skipLink && !this.noSkipLink) this.#addSkipLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    window.removeEventListener('pageshow', this.#onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The skip link is a copy of the page's first quick exit, which has said what it refuses already.
    if (this.skipLink) return;
    if (changed.has('href') && this.href != null && !exitAddress(this.href)) {
      this.warnInvalid('href', this.href, 'an https: URL of another page', `leaving for ${DEFAULT_EXIT_URL} instead`);
    }
    if (changed.has('safetyUrl') && this.safetyUrl != null && !safeUrl(this.safetyUrl)) {
      this.warnInvalid('safety-url', this.safetyUrl, 'an https: URL', 'the safety link is not shown');
    }
  }

  /** Leaves the page now, exactly as the button does. */
  exit(trigger: CwExitDetail['trigger'] = 'button'): void {
    this.leaving = true;
    // Cover the page before anything else, even before the re-render.
    this.#showOverlay();
    this.pressed = 0;
    // The widgets are cleared here, not only on `cw-exit`, which a listener of the page could stop.
    clearBeforeLeaving(() => this.emit('cw-exit', { trigger }));
    leavePage(this.exitUrl);
  }

  #showOverlay(): void {
    const overlay = this.#overlay;
    if (!overlay) return;
    overlay.hidden = false;
    // In the top layer the screen covers everything, even inside a transformed or clipped container.
    if (typeof overlay.showPopover === 'function' && !overlay.matches(':popover-open')) overlay.showPopover();
  }

  /**
   * Adds `<quick-exit skip-link>` as the first thing in the page, once per page. A quick exit that replaces one the
   * page removed (a single-page app's next view) takes the skip link over, so it leaves for this one's site.
   */
  #addSkipLink(): void {
    const body = this.ownerDocument.body;
    if (!body) return;
    let skip = body.querySelector<QuickExit>(':scope > quick-exit[skip-link]');
    if (skip && skipLinkOwners.get(skip)?.isConnected) return;
    if (!skip) {
      skip = this.ownerDocument.createElement(this.localName) as QuickExit;
      skip.setAttribute('skip-link', '');
      body.prepend(skip);
    }
    skipLinkOwners.set(skip, this);
    this.#skipLink = skip;
    this.#syncSkipLink();
  }

  /** The skip link leaves for the same place as this button, also after `href` changes. */
  #syncSkipLink(): void {
    if (!this.#skipLink) return;
    if (this.href == null) this.#skipLink.removeAttribute('href');
    else this.#skipLink.setAttribute('href', this.href);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('href')) this.#syncSkipLink();
    if (changed.has('leaving') && !this.leaving && this.#overlay) {
      if (this.#overlay.matches(':popover-open')) this.#overlay.hidePopover();
      this.#overlay.hidden = true;
    }
  }

  protected override render() {
    const label = msg('Exit this page', {
      id: 'quick-exit.button',
      desc: 'Button that immediately leaves the campaign page for a neutral website (safety feature for people at risk).',
    });
    // The hint is `hidden`: read once, as the button's description, not a second time as text in the reading order.
    const hint = msg('Or press Shift 3 times.', { id: 'quick-exit.hint', desc: 'Accessible description of the exit button: the keyboard shortcut.' });
    const safety = safeUrl(this.safetyUrl);
    return html`
      <div part="base" class="base">
        <button
          part="button"
          class=${this.skipLink ? 'button skip' : 'button'}
          type="button"
          aria-describedby="hint"
          @click=${() => this.exit(this.skipLink ? 'skip-link' : 'button')}
        >
          ${label}
          <span part="indicator" class="indicator" aria-hidden="true" data-pressed=${this.pressed}>
            ${[1, 2, 3].map((mark) => html`<span class=${mark <= this.pressed ? 'mark on' : 'mark'}></span>`)}
          </span>
        </button>
        <span id="hint" hidden>${hint}</span>
        ${
          safety && !this.skipLink
            ? html`<a part="safety-link" class="safety" href=${safety} rel="noopener noreferrer"
                >${msg('How to browse safely', { id: 'quick-exit.safety-link', desc: 'Link to guidance on hiding or clearing a visit to this website.' })}</a
              >`
            : nothing
        }
      </div>
      ${this.#announcer.render()}
      <div part="overlay" class="overlay" popover="manual" ?hidden=${!this.leaving}>
        <p>
          ${msg('Loading…', { id: 'quick-exit.overlay', desc: 'Neutral text on the blank screen shown while the neutral website loads; must not mention the campaign.' })}
        </p>
      </div>
    `;
  }
}
