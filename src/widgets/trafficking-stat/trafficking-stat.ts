import { html, nothing, type PropertyValues } from 'lit';
import { CampaignElement } from '../../core/campaign-element.js';
import { citationContent, estimateText } from '../../core/citation.js';
import { hostStyles } from '../../core/theme.styles.js';
import { slottedContent } from '../../core/slots.js';
import { formatNumber, wrappableFigure } from '../../core/format.js';
import { numberAttribute } from '../../core/attributes.js';
import { findStat } from '../../data/stats.js';
import { CountUpController } from './count-up.js';
import { newerFigureNotice, resolveStat, type ResolvedStat } from '../../core/resolve-stat.js';
import { traffickingStatStyles } from './trafficking-stat.styles.js';

/**
 * A headline statistic with its source: the figure formatted for the page's language, a label, and a visible,
 * linked citation. Takes its figures from the bundled catalogue (`stat`) or from attributes, which win. The
 * catalogue's publishers and report titles are English and marked `lang="en"` inside a translated citation, so a
 * screen reader reads them with an English voice; a `source` you give is taken to be in the page's language.
 *
 * When it cannot show a true figure (unknown `stat`, a `value` that is not a number) it shows no number at all
 * and fires `cw-error`.
 *
 * @summary A headline statistic with its source.
 * @tag trafficking-stat
 *
 * @slot - The label, replacing the catalogue's (rich text allowed).
 *
 * @csspart base - The figure that holds everything.
 * @csspart value - The formatted number.
 * @csspart label - The label under the number.
 * @csspart source - The citation line.
 * @csspart source-link - The link to the source inside the citation.
 * @csspart estimate - The "estimate" note in the citation line.
 *
 * @cssprop [--cw-trafficking-stat-value-color=var(--cw-color-accent, #b3261e)] - Colour of the number.
 * @cssprop [--cw-trafficking-stat-value-size=2.5em] - Size of the number.
 * @cssprop [--cw-trafficking-stat-value-weight=700] - Weight of the number.
 * @cssprop [--cw-trafficking-stat-label-color=inherit] - Colour of the label.
 * @cssprop [--cw-trafficking-stat-source-color=var(--cw-color-muted, #57606a)] - Colour of the citation line.
 * @cssprop [--cw-trafficking-stat-background=transparent] - Background of the figure.
 * @cssprop [--cw-trafficking-stat-padding=0] - Padding around the figure.
 * @cssprop [--cw-color-accent] - Global accent colour (number and links).
 * @cssprop [--cw-color-muted=#57606a] - Global colour of notes and sources.
 * @cssprop [--cw-font-family] - Global font family.
 * @cssprop [--cw-font-size=medium] - Global base size; everything scales from it.
 *
 * @fires {CustomEvent<CwErrorDetail>} cw-error - The statistic cannot be shown (unknown `stat`, invalid `value`). Detail: `{code, message}`.
 */
export class TraffickingStat extends CampaignElement {
  static override styles = [hostStyles, traffickingStatStyles];

  static override properties = {
    stat: { reflect: true },
    value: { converter: numberAttribute },
    format: {},
    currency: {},
    label: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    year: {},
    estimate: { type: Boolean },
    countUp: { type: Boolean, attribute: 'animate' },
  };

  /**
   * The statistic to show, with its source, from the bundled catalogue of cited figures.
   *
   * The id of an entry, e.g. `ilo-2014-forced-labour-profits`.
   */
  stat?: string;

  /** The figure to show, overriding the catalogue's (percentages as fractions: 0.71 for 71 %). */
  value?: number;

  /**
   * How to show the figure. Default: the catalogue's, else a plain number.
   *
   * `number`, `percent`, `currency`, `compact` or `compact-currency`.
   */
  format?: string;

  /**
   * The currency of an amount of money, as a three-letter code such as USD, EUR or GBP.
   *
   * An ISO 4217 code, for the currency formats. Default `USD`.
   */
  currency?: string;

  /**
   * Text under the figure, instead of the catalogue's label.
   *
   * Content in the default slot overrides both.
   */
  label?: string;

  /** Who published the figure, e.g. `ILO`. */
  source?: string;

  /** Link to the source (https only; other schemes are refused and the citation shows without a link). */
  sourceUrl?: string;

  /** Year of the source, shown in the citation. */
  year?: string;

  /** Marks the figure as an estimate. */
  estimate = false;

  /**
   * Counts the figure up from zero the first time it scrolls into view (never when motion is reduced).
   *
   * The attribute is `animate`; the property is `countUp` because `Element.animate()` is a built-in method.
   */
  countUp = false;

  readonly #counter = new CountUpController(this);
  #resolved: ResolvedStat | null = null;
  /** The locale the statistic was resolved in (its label is a translated message). */
  #resolvedIn?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('countUp')) {
      if (this.countUp) this.#counter.arm();
      else this.#counter.finish();
    }
    // A count-up frame only redraws the figure: the statistic is checked again when an attribute or the language
    // changes, not sixty times a second.
    const attributesChanged = [...changed.keys()].some((key) => key !== 'countUp');
    if (this.hasUpdated && !attributesChanged && this.#resolvedIn === this.locale) return;
    this.#resolvedIn = this.locale;
    const resolution = resolveStat(
      {
        stat: this.stat,
        value: this.value,
        rawValue: this.getAttribute('value'),
        format: this.format,
        currency: this.currency,
        label: this.label,
        source: this.source,
        sourceUrl: this.sourceUrl,
        year: this.year,
        estimate: this.estimate,
      },
      findStat,
    );
    this.reportWarnings(resolution.warnings);
    this.#resolved = resolution.ok ? resolution.stat : null;
    if (!resolution.ok) this.reportError(resolution.code, resolution.message);
    if (resolution.ok && resolution.supersededBy) this.warnOnce('newer-figure', newerFigureNotice(this.localName, this.stat!.trim(), resolution.supersededBy));
  }

  protected override render() {
    const stat = this.#resolved;
    if (!stat) return nothing;
    const finalText = wrappableFigure(formatNumber(stat.value, stat.format, this.locale, stat.currency));
    return html`
      <figure part="base" class="base">
        <p part="value" class="value">${this.#renderValue(stat, finalText)}</p>
        <figcaption part="label" class="label">
          <slot @slotchange=${() => this.requestUpdate()}></slot>${slottedContent(this).length ? nothing : html`<bdi>${stat.label}</bdi>`}
        </figcaption>
        ${this.#renderCitation(stat)}
      </figure>
    `;
  }

  /** While counting, the moving figure is hidden from assistive technology, which gets only the final value. */
  #renderValue(stat: ResolvedStat, finalText: string) {
    if (!this.#counter.running) return finalText;
    const current = wrappableFigure(formatNumber(stat.value * this.#counter.progress, stat.format, this.locale, stat.currency));
    // The final figure holds the box at its own size (invisible, still read by assistive technology); the moving
    // figure is drawn over it, out of the flow, so counting never moves the label or the citation.
    return html`<span class="final">${finalText}</span><span class="count" aria-hidden="true">${current}</span>`;
  }

  #renderCitation(stat: ResolvedStat) {
    if (!stat.source) return nothing;
    const text = citationContent(stat);
    const estimate = stat.estimate ? html`<span part="estimate" class="estimate">${estimateText()}</span>` : nothing;
    const citation = stat.sourceUrl ? html`<a part="source-link" href=${stat.sourceUrl} rel="noopener noreferrer">${text}</a>` : text;
    return html`<p part="source" class="source">${citation}${estimate}</p>`;
  }
}
