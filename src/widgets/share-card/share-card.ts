import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CampaignElement } from '../../core/campaign-element.js';
import { citationContent, citationText, estimateText } from '../../core/citation.js';
import { hostStyles } from '../../core/theme.styles.js';
import { formatNumber, numberFormatter, wrappableFigure } from '../../core/format.js';
import { newerFigureNotice, resolveStat, type ResolvedStat } from '../../core/resolve-stat.js';
import { copyText } from '../../core/clipboard.js';
import { Announcer } from '../../core/announcer.js';
import { loadOnce } from '../../core/load-once.js';
import { within } from '../../core/within.js';
import { PageExitController } from '../../core/page-exit.js';
import { slottedContent } from '../../core/slots.js';
import { findStat } from '../../data/stats.js';
import { asContinuation } from './continuation.js';
import { BRANDS, shareUrl, withUtm, type ShareNetwork } from './networks.js';
import { icon, iconWithName } from './icons.js';
import { mastodonShareUrl, renderMastodonForm } from './mastodon-form.js';
import { parseShareCard } from './parse.js';
import { shareCardStyles } from './share-card.styles.js';

export type { ShareNetwork } from './networks.js';

/** Which share action the visitor used: a network, or `download` for a saved image. Never personal data. */
export interface CwShareDetail {
  network: ShareNetwork | 'download';
}

declare module '../../core/events.js' {
  interface CwEventDetails {
    'cw-share': CwShareDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-share': CustomEvent<CwShareDetail>;
  }
}

/** The two image sizes "Save image" offers: a link preview (1200×630) and a square post (1080×1080). */
export const IMAGE_SIZES = [
  [1200, 630],
  [1080, 1080],
] as const;

/** The drawing of "Save image" and shared pictures, loaded on first use. */
const loadImageCode = loadOnce(() => import('./share-image.js'));

/**
 * How long the share sheet waits for the card's picture. A click allows a page to open it for about 5 s (Chrome),
 * and Chromium encodes a PNG in idle time: on a busy page that can take seconds.
 */
const PICTURE_WAIT_MS = 1500;

/**
 * How long "Link copied" stays on screen. The message is about one moment: left for good it still says "copied"
 * after the visitor has copied something else, and a second press of the button changes nothing to see. So it goes,
 * as a copy button's feedback does (Shoelace's returns to rest after a second), but after long enough to read at
 * ease, magnified too: a line of text under the buttons, not an icon on the button pressed. It is spoken once, when
 * it appears; a live region that empties says nothing. Messages that ask the visitor to do something stay.
 */
const COPIED_FEEDBACK_MS = 6000;

/** True for an http: or https: address; false for other schemes and for text that is no URL at all (`http://[`). */
function isWebAddress(candidate: string | undefined): candidate is string {
  return !!candidate && URL.canParse(candidate) && /^https?:$/.test(new URL(candidate).protocol);
}

/**
 * The page's own address: its canonical link when that is a usable web address, else the address bar without its
 * query and fragment, which can carry one reader's own link (`?email=…` from a newsletter) into a public post.
 */
function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
  return isWebAddress(canonical) ? canonical : location.origin + location.pathname;
}

/**
 * A fact card made to be shared: a headline figure with its text and source, an optional image, and share actions
 * (the device's share sheet, X, Facebook, WhatsApp, LinkedIn, Telegram, Bluesky, Mastodon, email, copy link), plus
 * "Save image" as a PNG in two sizes. The figure comes from the bundled statistics catalogue (`stat`) or from
 * slots. Share actions are plain links and buttons: nothing is requested from any network before the visitor
 * clicks, and nothing the visitor types is kept.
 *
 * Text is encoded in every share link. An unknown `stat` shows no figure and fires `cw-error`; unknown networks
 * and hashtags are left out and an invalid `url` falls back to the page's address, each with one console warning.
 *
 * @summary A shareable fact card with share links and a downloadable image.
 * @tag share-card
 *
 * @slot headline - The headline, replacing the catalogue figure (e.g. `<strong slot="headline">Nearly 4 in 10</strong>` for a 38% share).
 * @slot - The card's text, replacing the catalogue label and the `text` attribute.
 * @slot image - An image shown beside the text (above it on narrow cards) and drawn into the saved image.
 *
 * @csspart base - The card.
 * @csspart media - The box around the slotted image.
 * @csspart headline - The headline figure.
 * @csspart text - The card's text.
 * @csspart source - The citation line.
 * @csspart source-link - The link to the source inside the citation.
 * @csspart estimate - The "estimate" note in the citation line.
 * @csspart actions - The list of share actions.
 * @csspart action - Every share link and button (each also has `action-<network>`, e.g. `action-x`, `action-copy`).
 * @csspart download - The "Save image" buttons.
 * @csspart form - The Mastodon server form.
 * @csspart input - The Mastodon server field.
 * @csspart submit - The Mastodon form's submit button.
 * @csspart error - The Mastodon form's error message.
 * @csspart link-input - The read-only field with the link, focused and selected, when copying is blocked (to copy by hand).
 * @csspart status - The polite message line ("Link copied" for a few seconds, or why the link is to be copied by hand).
 *
 * @cssprop [--cw-share-card-background=var(--cw-color-surface, #fff)] - Card background (also of the saved image).
 * @cssprop [--cw-share-card-color=var(--cw-color-text, #1f2328)] - Text colour.
 * @cssprop [--cw-share-card-border=1px solid var(--cw-color-border, #d0d7de)] - Card border.
 * @cssprop [--cw-share-card-radius=var(--cw-radius, 0.75em)] - Card corner radius.
 * @cssprop [--cw-share-card-padding=var(--cw-space-m, 1.25em)] - Space inside the card.
 * @cssprop [--cw-share-card-max-width=50em] - Widest the card grows.
 * @cssprop [--cw-share-card-headline-color=var(--cw-color-accent, #b3261e)] - Headline colour (and the image's accent bar).
 * @cssprop [--cw-share-card-headline-size=3em] - Headline size.
 * @cssprop [--cw-share-card-headline-weight=700] - Headline weight.
 * @cssprop [--cw-share-card-source-color=var(--cw-color-muted, #57606a)] - Citation colour.
 * @cssprop [--cw-share-card-action-background=var(--cw-color-surface, #f6f8fa)] - Share button background.
 * @cssprop [--cw-share-card-action-color=var(--cw-color-text, #1f2328)] - Share button icon and text colour.
 * @cssprop [--cw-share-card-action-border-color=var(--cw-color-border, #d0d7de)] - Share button and field border colour.
 * @cssprop [--cw-color-accent] - Global accent colour.
 * @cssprop [--cw-color-muted=#57606a] - Global colour of notes and sources.
 * @cssprop [--cw-color-surface=#fff] - Global background of cards, buttons and fields.
 * @cssprop [--cw-color-text=#1f2328] - Global text colour.
 * @cssprop [--cw-color-border=#d0d7de] - Global border colour of the card, its buttons and fields.
 * @cssprop [--cw-color-error=#b3261e] - Error text colour.
 * @cssprop [--cw-font-family] - Global font family (also used in the saved image).
 * @cssprop [--cw-font-size=medium] - Global base size.
 *
 * @fires {CustomEvent<CwShareDetail>} cw-share - The visitor used a share action: followed a share link, completed the native share, copied the link or saved the image. Detail: `{network}`.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - The `stat` id is not in the catalogue; no figure is shown. Detail: `{code, message}`.
 */
export class ShareCard extends CampaignElement {
  static override styles = [hostStyles, shareCardStyles];

  static override properties = {
    stat: { reflect: true },
    text: {},
    url: {},
    hashtags: {},
    networks: {},
    download: { type: Boolean },
    utmSource: { attribute: 'utm-source' },
    utmMedium: { attribute: 'utm-medium' },
    utmCampaign: { attribute: 'utm-campaign' },
    mastodonOpen: { state: true, attribute: false },
    mastodonError: { state: true, attribute: false },
    manualLink: { state: true, attribute: false },
  };

  /**
   * The statistic on the card: its figure, label and source fill it.
   *
   * The id of an entry in the bundled statistics catalogue.
   */
  stat?: string;

  /**
   * The text to share. Default: the statistic's figure, label and source. Shown on the card when there is no
   * statistic.
   *
   * Slotted text, when given, is what the card shows instead.
   */
  text?: string;

  /**
   * The address to share (https). Default: the address of the page the card is on.
   *
   * The page's address is its `<link rel="canonical">`, else its address without the query and fragment: set `url`
   * when the query is part of the page's address.
   */
  url?: string;

  /** Comma-separated hashtags without `#`, e.g. `EndTrafficking,FreedomNow`. */
  hashtags?: string;

  /**
   * The share buttons to offer. The device’s own share menu appears only where the browser has one.
   *
   * Space-separated, in order: `native x facebook whatsapp linkedin telegram bluesky mastodon email copy`.
   * Default: all but `mastodon`.
   */
  networks?: string;

  /**
   * Offers "Save image": the card as a PNG, 1200×630 and 1080×1080.
   *
   * Saved as `image-1200x630.png` or `image-1080x1080.png`, names that say nothing of the page. The file, and the
   * browser's list of downloads (in Chromium, with the page's address), stay after a quick exit.
   */
  download = false;

  /** `utm_source` added to the shared address when set; `{network}` is replaced by the network's name (e.g. `x`). */
  utmSource?: string;

  /** `utm_medium` added to the shared address when set (`{network}` is replaced as in `utm-source`). */
  utmMedium?: string;

  /** `utm_campaign` added to the shared address when set. */
  utmCampaign?: string;

  private mastodonOpen = false;
  private mastodonError = false;
  /** The link to copy by hand, shown in a read-only field once every way of copying was refused ('' otherwise). */
  private manualLink = '';
  #feedbackTimer = 0;
  /** The Mastodon form is drawn from the first time the visitor opens it (then kept, hidden when closed). */
  #mastodonDrawn = false;

  readonly #announcer = new Announcer(this);
  #resolved: ResolvedStat | null = null;
  #actions: ShareNetwork[] = [];
  #tags: string[] = [];
  #target = '';

  constructor() {
    super();
    // Quick exit: forget the server the visitor typed and any message.
    new PageExitController(this, () => {
      const input = this.#field();
      if (input) input.value = '';
      this.mastodonOpen = this.mastodonError = false;
      this.manualLink = '';
      clearTimeout(this.#feedbackTimer);
      this.#announcer.clear();
    });
  }

  /** The address that is shared (before UTM parameters), after validation. */
  get shareTarget(): string {
    return this.#target || pageUrl();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#resolved = null;
    if (this.stat?.trim()) {
      const resolution = resolveStat({ stat: this.stat }, findStat);
      if (resolution.ok) this.#resolved = resolution.stat;
      else this.reportError(resolution.code, resolution.message);
      if (resolution.ok && resolution.supersededBy) this.warnOnce('newer-figure', newerFigureNotice(this.localName, this.stat.trim(), resolution.supersededBy));
    }
    const { value, warnings } = parseShareCard({ url: this.url, networks: this.networks, hashtags: this.hashtags });
    this.reportWarnings(warnings);
    this.#target = value.url ?? pageUrl();
    // The device's share sheet only where the browser has one.
    this.#actions = value.networks.filter((name) => name !== 'native' || typeof navigator.share === 'function');
    this.#tags = value.hashtags;
  }

  // ---- content --------------------------------------------------------------------------------------------------

  /** Light-DOM content for a slot (`''` for the default slot), whitespace left out. */
  #slotted(name: string): Node[] {
    return slottedContent(this, name);
  }

  #slotText(name: string): string {
    return this.#slotted(name)
      .map((node) => node.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }

  get #figure(): string {
    const stat = this.#resolved;
    return stat ? formatNumber(stat.value, stat.format, this.locale, stat.currency) : '';
  }

  get #citation(): string {
    const stat = this.#resolved;
    if (!stat?.source) return '';
    return citationText(stat);
  }

  get #estimate(): string {
    return this.#resolved?.estimate ? estimateText() : '';
  }

  /** The card's own text when nothing is slotted: the catalogue label, else the `text` attribute. */
  get #fallbackText(): string {
    return this.#resolved?.label || this.text?.trim() || '';
  }

  get #bodyText(): string {
    return this.#slotText('') || this.#fallbackText;
  }

  get #headlineText(): string {
    return this.#slotText('headline') || this.#figure;
  }

  /**
   * What is shared as text: the `text` attribute, else one sentence of the figure, what it counts and its source
   * ("61% of trafficking victims detected in 2022 were women and girls (Source: …)"), else the card's own text.
   */
  get #shareText(): string {
    const figure = this.#headlineText;
    const label = this.#bodyText;
    const citation = this.#citation;
    if (this.text?.trim()) return this.text.trim();
    if (!figure || !label) return figure || label;
    const counted = asContinuation(label, this.locale);
    return citation
      ? msg(str`${figure} ${counted} (${citation})`, {
          id: 'share-card.share-sentence-source',
          desc: 'Text shared to social networks, read as one sentence. 0 = the figure and the statistic\'s label after it (e.g. "61% of trafficking victims…"; each label is translated to follow its figure), 1 = its citation ("Source: UNODC, …").',
        })
      : msg(str`${figure} ${counted}`, {
          id: 'share-card.share-sentence',
          desc: 'Text shared to social networks, read as one sentence: 0 = the figure and the statistic\'s label after it (e.g. "61% of trafficking victims…"; each label is translated to follow its figure).',
        });
  }

  #link(network: string): string {
    return withUtm(this.#target, network, { utm_source: this.utmSource, utm_medium: this.utmMedium, utm_campaign: this.utmCampaign });
  }

  #content(network: string, text = this.#shareText) {
    return { url: this.#link(network), text, hashtags: this.#tags };
  }

  // ---- rendering -------------------------------------------------------------------------------------------------

  // role="list" on the actions' <ul> is deliberate: Safari drops a list's semantics when its bullets are styled away.
  /* eslint-disable lit-a11y/no-redundant-role */
  protected override render() {
    const headline = this.#headlineText;
    const body = this.#bodyText;
    // Worked out once per render, not once per share action: it reads the slots and formats the figure.
    const shareText = this.#shareText;
    const actionsLabel = msg('Share', { id: 'share-card.actions', desc: 'Accessible name of the list of share buttons on a fact card.' });
    const newTab = msg('Opens in a new tab', { id: 'share-card.new-tab', desc: 'Accessible description of the share links.' });
    return html`
      <div part="base" class="base">
        <div part="media" class="media" ?hidden=${!this.#slotted('image').length}>
          <slot name="image" @slotchange=${this.#slotsChanged}></slot>
        </div>
        <div class="body">
          <div part="headline" class="headline" ?hidden=${!headline}>
            <slot name="headline" @slotchange=${this.#slotsChanged}>${wrappableFigure(this.#figure)}</slot>
          </div>
          <div part="text" class="text" ?hidden=${!body}>
            <slot @slotchange=${this.#slotsChanged}></slot>${this.#slotted('').length ? nothing : this.#fallbackText}
          </div>
          ${this.#renderCitation()}
          <ul part="actions" class="actions" role="list" aria-label=${actionsLabel}>
            ${this.#actions.map((network) => html`<li>${this.#renderAction(network, shareText)}</li>`)}
            ${this.download && (headline || body) ? IMAGE_SIZES.map(([width, height]) => html`<li>${this.#renderDownload(width, height)}</li>`) : nothing}
          </ul>
          <span id="new-tab" hidden>${newTab}</span>
          ${
            this.#actions.includes('mastodon') && this.#mastodonDrawn
              ? renderMastodonForm({
                  open: this.mastodonOpen,
                  invalid: this.mastodonError,
                  onInput: this.#clearMastodonError,
                  onSubmit: this.#shareMastodon,
                })
              : nothing
          }
          ${this.#announcer.render({ visible: true })}${this.#renderManualLink()}
        </div>
      </div>
    `;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  readonly #slotsChanged = () => this.requestUpdate();

  #renderCitation() {
    const stat = this.#resolved;
    const citation = stat?.source ? citationContent(stat) : '';
    const estimate = this.#estimate;
    const href = stat?.sourceUrl;
    const linked = href ? html`<a part="source-link" href=${href} rel="noopener noreferrer">${citation}</a>` : citation;
    // The estimate note follows the citation directly: its separator is drawn by the styles.
    return html`<p part="source" class="source" ?hidden=${!citation}>
      ${linked}${estimate ? html`<span part="estimate" class="estimate">${estimate}</span>` : nothing}
    </p>`;
  }

  /** The link to copy by hand, in a field like the Mastodon one: text in a field can be selected and copied with keys. */
  #renderManualLink() {
    if (!this.manualLink) return nothing;
    const label = msg('Link to copy', {
      id: 'share-card.copy-field',
      desc: 'Label of the read-only field that shows the link to share, selected, when the browser refused to copy it.',
    });
    return html`<label class="field">
      ${label}
      <input part="link-input" readonly dir="ltr" autocomplete="off" spellcheck="false" .value=${this.manualLink} />
    </label>`;
  }

  /** The accessible name of a share action. */
  #actionName(network: ShareNetwork): string {
    switch (network) {
      case 'email':
        return msg('Share by email', { id: 'share-card.email', desc: 'Accessible name of the email share link.' });
      case 'copy':
        return msg('Copy link', { id: 'share-card.copy', desc: 'Accessible name of the button that copies the link to share.' });
      case 'native':
        return msg('Share…', { id: 'share-card.native', desc: "Button that opens the device's own share sheet." });
      default:
        return msg(str`Share on ${BRANDS[network]!}`, {
          id: 'share-card.share-on',
          desc: 'Accessible name of a share link. 0 = network name (X, Facebook, WhatsApp…), never translated.',
        });
    }
  }

  /** One share action: a plain link for the networks, a button for the share sheet, copying and Mastodon. */
  #renderAction(network: ShareNetwork, shareText: string): TemplateResult {
    const name = this.#actionName(network);
    const parts = `action action-${network}`;
    const label = iconWithName(network, name, network === 'native');
    const href = shareUrl(network, this.#content(network, shareText));
    if (href) {
      const web = network !== 'email';
      return html`<a
        part=${parts}
        class="action"
        href=${href}
        title=${name}
        target=${web ? '_blank' : nothing}
        rel="noopener noreferrer"
        aria-describedby=${web ? 'new-tab' : nothing}
        @click=${() => this.emit('cw-share', { network })}
        >${label}</a
      >`;
    }
    switch (network) {
      case 'mastodon':
        return html`<button
          part=${parts}
          class="action"
          title=${name}
          aria-expanded=${this.mastodonOpen}
          aria-controls=${this.#mastodonDrawn ? 'mastodon' : nothing}
          @click=${this.#toggleMastodon}
        >
          ${label}
        </button>`;
      case 'copy':
        return html`<button part=${parts} class="action" title=${name} @click=${this.#copy}>${label}</button>`;
      default:
        return html`<button part=${parts} class="action" @click=${this.#shareNative} @pointerenter=${this.#prefetchImage} @focus=${this.#prefetchImage}>
          ${label}
        </button>`;
    }
  }

  /** "Save image" in one of the two sizes, with the size in pixels. */
  #renderDownload(width: number, height: number): TemplateResult {
    const size = (pixels: number) => numberFormatter(this.locale, { useGrouping: false }).format(pixels);
    const save = msg('Save image', { id: 'share-card.save', desc: 'Button that downloads the fact card as a PNG picture; its size in pixels follows.' });
    return html`<button
      part="download"
      class="action"
      @click=${() => this.#save(width, height)}
      @pointerenter=${this.#prefetchImage}
      @focus=${this.#prefetchImage}
    >
      ${icon('download')}<span>${save} <span class="size" dir="ltr">${size(width)} × ${size(height)}</span></span>
    </button>`;
  }

  /** The Mastodon server field. */
  #field(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#mastodon input');
  }

  // ---- actions ---------------------------------------------------------------------------------------------------

  /** Follows a link the way a click on it would (for Mastodon and saved images), with no referrer. */
  #follow(href: string, filename?: string): void {
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.rel = 'noopener noreferrer';
    if (filename) anchor.download = filename;
    else anchor.target = '_blank';
    this.renderRoot.append(anchor);
    anchor.click();
    anchor.remove();
  }

  readonly #copy = () => this.#copyLink(false);

  /**
   * Copies the link and says so; `shareRefused` when the share sheet did not open, so a visitor who pressed "Share…"
   * hears why they got a copied link instead. When every way of copying is refused, the link is put in a read-only
   * field that takes focus with its text selected: the visitor's own copy keys (or menu) then copy it.
   */
  async #copyLink(shareRefused: boolean): Promise<void> {
    const link = this.#link('copy');
    const copied = await copyText(link);
    clearTimeout(this.#feedbackTimer);
    if (copied) {
      this.emit('cw-share', { network: 'copy' });
      this.manualLink = '';
      const said = shareRefused
        ? msg('The share menu could not open. Link copied.', {
            id: 'share-card.native-failed-copied',
            desc: 'Announced (and shown) when the device\'s share menu could not open after "Share…" was pressed, so the link was copied instead.',
          })
        : msg('Link copied', { id: 'share-card.copied', desc: 'Announced (and shown) after the link was copied to the clipboard.' });
      this.#announcer.announce(said);
      // Only this message goes (COPIED_FEEDBACK_MS), and only if nothing else was said since.
      this.#feedbackTimer = window.setTimeout(() => {
        if (this.#announcer.text === said) this.#announcer.clear();
      }, COPIED_FEEDBACK_MS);
      return;
    }
    this.manualLink = link;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLInputElement>('[part~="link-input"]')!;
    field.focus();
    field.select();
    // After the focus moves: the field (its name, the link) is read first, then this, once.
    this.#announcer.announce(
      shareRefused
        ? msg('The share menu could not open, and copying is blocked here. Copy the selected link yourself.', {
            id: 'share-card.native-failed-copy-blocked',
            desc: 'Shown and announced when the device\'s share menu could not open after "Share…" was pressed and the browser also refused to copy the link; focus is on the field with the link, selected (share-card.copy-field).',
          })
        : msg('Copying is blocked here. Copy the selected link yourself.', {
            id: 'share-card.copy-blocked',
            desc: 'Shown and announced when the browser refused to copy the link; focus is on the field with the link, selected (share-card.copy-field).',
          }),
    );
  }

  /**
   * Fetches the drawing code when the pointer or focus reaches a button that needs it: the share sheet must open
   * within the click's short-lived permission, so the picture should not wait for a download.
   */
  readonly #prefetchImage = () => void loadImageCode().catch(() => undefined);

  readonly #shareNative = async () => {
    const data: ShareData = { text: this.#shareText, url: this.#link('native') };
    const [width, height] = IMAGE_SIZES[0];
    try {
      // Past PICTURE_WAIT_MS the sheet opens with the link and text alone, while the click still allows it.
      const picture = await within(this.#image(width, height), PICTURE_WAIT_MS);
      const file = picture && new File([picture], this.#filename(width, height), { type: 'image/png' });
      if (file && (this.#headlineText || this.#bodyText) && navigator.canShare?.({ files: [file] })) data.files = [file];
    } catch {
      // No image: share the link and text alone.
    }
    try {
      await navigator.share(data);
      this.emit('cw-share', { network: 'native' });
    } catch (error) {
      // Cancelled by the visitor: nothing to do. Refused (e.g. no share target): copy the link instead.
      if ((error as DOMException).name !== 'AbortError') await this.#copyLink(true);
    }
  };

  readonly #toggleMastodon = async () => {
    const opening = !this.mastodonOpen;
    this.#mastodonDrawn ||= opening;
    this.mastodonOpen = opening;
    await this.updateComplete;
    if (opening) this.#field()!.focus();
  };

  readonly #clearMastodonError = () => (this.mastodonError = false);

  readonly #shareMastodon = (event: SubmitEvent) => {
    event.preventDefault();
    const input = this.#field()!;
    const href = mastodonShareUrl(input.value, this.#content('mastodon'));
    this.mastodonError = !href;
    if (href) {
      this.#follow(href);
      this.emit('cw-share', { network: 'mastodon' });
    } else input.focus();
  };

  /**
   * A neutral name for the saved or shared picture: it stays in the Downloads folder (and in a shared file's name) on
   * a device someone else may check, so it names neither trafficking nor the statistic's source.
   */
  #filename(width: number, height: number): string {
    return `image-${width}x${height}.png`;
  }

  /** The card as a PNG (1200×630 or 1080×1080): its own fonts and colours, mirrored in right-to-left languages. */
  async #image(width: number, height: number): Promise<Blob> {
    const { cardImage } = await loadImageCode();
    const source = [this.#citation, this.#estimate].filter(Boolean).join(' · ');
    return cardImage(width, height, {
      headline: this.#headlineText,
      text: this.#bodyText,
      source,
      site: new URL(this.#target).host,
      card: this,
      slotted: this.#slotted('image')[0] as Element | undefined,
    });
  }

  async #save(width: number, height: number): Promise<void> {
    try {
      const href = URL.createObjectURL(await this.#image(width, height));
      this.#follow(href, this.#filename(width, height));
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      this.emit('cw-share', { network: 'download' });
    } catch {
      this.#announcer.announce(
        msg('The image could not be saved.', { id: 'share-card.save-failed', desc: 'Announced when the browser could not create the picture of the card.' }),
      );
    }
  }
}
