import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { mastodonHost, shareUrl, type ShareContent } from './networks.js';

/*
 * The Mastodon form: the visitor types their own server (there is no relay). Mastodon is an opt-in network, so this
 * loads when a visitor first reaches for its button (dist/lazy/mastodon.js beside the script), not with every page.
 * Lit is used only inside functions: in the built script it is lent by the page's bundle after loading.
 */

/** The form's state and handlers, kept by the card. */
export interface MastodonFormState {
  open: boolean;
  /** What was typed is not a server address. */
  invalid: boolean;
  onInput(): void;
  onSubmit(event: SubmitEvent): void;
}

/** The form's own styles, adopted by the card with the form (made when called: Lit is lent after this module loads). */
export const mastodonStyles = (): CSSResult =>
  css`
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5em;
    }
    .field {
      display: flex;
      flex: 1 1 12em;
      flex-direction: column;
    }
    input {
      min-block-size: 2.75em;
      padding: 0 0.5em;
      border: 1px solid #6e7781;
      border-radius: 0.375em;
      font: inherit;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--cw-color-error, #b3261e);
    }
  `;

/** The form (hidden while closed, so what was typed stays until the visitor leaves or quick-exits). */
export function renderMastodonForm({ open, invalid, onInput, onSubmit }: MastodonFormState): TemplateResult {
  // prettier-ignore
  return html`<form id="mastodon" part="form" class="form" ?hidden=${!open} novalidate @submit=${onSubmit}>
<label class="field">${msg('Your Mastodon server', { id: 'share-card.mastodon-label', desc: 'Label of the field where the visitor types their Mastodon server, e.g. mastodon.social.' })}
<input part="input" autocomplete="off" autocapitalize="none" spellcheck="false" inputmode="url" placeholder="mastodon.social" aria-invalid=${invalid} aria-describedby=${invalid ? 'error' : nothing} @input=${onInput}></label>
<button part="submit" class="action">${msg('Share on Mastodon', { id: 'share-card.mastodon-submit', desc: "Submit button of the Mastodon form: opens the share page on the visitor's server." })}</button>
${invalid ? html`<p id="error" part="error" class="error" role="alert">${msg('Enter the address of your server, such as mastodon.social.', { id: 'share-card.mastodon-error', desc: 'Error under the Mastodon server field when what was typed is not a server address.' })}</p>` : nothing}
</form>`;
}

/** The share page on the server the visitor typed, or null when it is not a server address. */
export function mastodonShareUrl(typed: string, content: ShareContent): string | null {
  const host = mastodonHost(typed);
  return host && shareUrl('mastodon', content, host);
}
