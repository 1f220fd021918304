import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { mastodonHost, shareUrl, type ShareContent } from './networks.js';

/*
 * The Mastodon form: the visitor types their own server (there is no relay). Drawn when a visitor first opens it;
 * its styles are in share-card.styles.ts with the card's own.
 */

/** The form's state and handlers, kept by the card. */
export interface MastodonFormState {
  open: boolean;
  /** What was typed is not a server address. */
  invalid: boolean;
  onInput(): void;
  onSubmit(event: SubmitEvent): void;
}

/** The form (hidden while closed, so what was typed stays until the visitor leaves or quick-exits). */
export function renderMastodonForm({ open, invalid, onInput, onSubmit }: MastodonFormState): TemplateResult {
  const label = msg('Your Mastodon server', {
    id: 'share-card.mastodon-label',
    desc: 'Label of the field where the visitor types their Mastodon server, e.g. mastodon.social.',
  });
  const submit = msg('Share on Mastodon', {
    id: 'share-card.mastodon-submit',
    desc: "Submit button of the Mastodon form: opens the share page on the visitor's server.",
  });
  const error = msg('Enter the address of your server, such as mastodon.social.', {
    id: 'share-card.mastodon-error',
    desc: 'Error under the Mastodon server field when what was typed is not a server address.',
  });
  return html`
    <form id="mastodon" part="form" class="mastodon" ?hidden=${!open} novalidate @submit=${onSubmit}>
      <label class="field">
        ${label}
        <input
          part="input"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          inputmode="url"
          placeholder="mastodon.social"
          aria-invalid=${invalid}
          aria-describedby=${invalid ? 'error' : nothing}
          @input=${onInput}
        />
      </label>
      <button part="submit" class="action">${submit}</button>
      ${invalid ? html`<p id="error" part="error" class="error" role="alert">${error}</p>` : nothing}
    </form>
  `;
}

/** The share page on the server the visitor typed, or null when it is not a server address. */
export function mastodonShareUrl(typed: string, content: ShareContent): string | null {
  const host = mastodonHost(typed);
  return host && shareUrl('mastodon', content, host);
}
