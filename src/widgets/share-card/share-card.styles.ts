import { css } from 'lit';

/** The card's styles, the share actions', the Mastodon form's and the field with the link to copy by hand. */
export const shareCardStyles = css`
  :host {
    max-inline-size: var(--cw-share-card-max-width, 50em);
  }
  [hidden] {
    display: none !important;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    overflow: hidden;
    background: var(--cw-share-card-background, var(--cw-color-surface, #fff));
    color: var(--cw-share-card-color, var(--cw-color-text, #1f2328));
    border: var(--cw-share-card-border, 1px solid var(--cw-color-border, #d0d7de));
    border-radius: var(--cw-share-card-radius, var(--cw-radius, 0.75em));
  }
  /* The image sits beside the text when the card is wide enough and above it when narrow: flex-wrap, no media query. */
  .media {
    flex: 1 1 15em;
    min-block-size: 10em;
  }
  ::slotted([slot='image']) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .body {
    flex: 999 1 20em;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: var(--cw-share-card-padding, var(--cw-space-m, 1.25em));
  }
  .headline {
    /* A fixed size on purpose: the space reserved for a widget assumes it is tallest at the narrowest column
       (src/core/reserved-height.ts), and a size following the width (vw, cqi) grows taller on a wider phone. */
    font-size: var(--cw-share-card-headline-size, 3em);
    font-weight: var(--cw-share-card-headline-weight, 700);
    line-height: 1.1;
    color: var(--cw-share-card-headline-color, var(--cw-color-accent, #b3261e));
  }
  .text {
    font-size: 1.125em;
  }
  .source {
    margin: 0;
    font-size: 0.875em;
    color: var(--cw-share-card-source-color, var(--cw-color-muted, #57606a));
  }
  .source a {
    color: inherit;
  }
  .estimate::before {
    content: ' · ';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0 0.6em;
    /* The global tokens reach the buttons too, so a dark theme made with them has no light buttons left. */
    border: 1px solid var(--cw-share-card-action-border-color, var(--cw-color-border, #d0d7de));
    border-radius: 0.5em;
    background: var(--cw-share-card-action-background, var(--cw-color-surface, #f6f8fa));
    color: var(--cw-share-card-action-color, var(--cw-color-text, #1f2328));
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    filter: brightness(0.95);
  }
  svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The label and its size wrap as one text beside the icon; "1200 × 630" never splits. */
  .size {
    font-size: 0.8em;
    white-space: nowrap;
  }
  /* The Mastodon form (mastodon-form.ts), drawn once a visitor opens it. */
  .mastodon {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }
  /* A labelled field: the Mastodon server, and the link to copy by hand when copying is blocked. */
  .field {
    display: flex;
    flex-direction: column;
  }
  .mastodon .field {
    flex: 1 1 12em;
  }
  .field input {
    min-block-size: 2.75em;
    padding: 0 0.5em;
    border: 1px solid var(--cw-color-border, #6e7781);
    border-radius: 0.375em;
    background: var(--cw-color-surface, #fff);
    color: inherit;
    font: inherit;
  }
  .mastodon .error {
    flex-basis: 100%;
    margin: 0;
    color: var(--cw-color-error, #b3261e);
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
    }
    .headline {
      color: CanvasText;
    }
  }
`;
