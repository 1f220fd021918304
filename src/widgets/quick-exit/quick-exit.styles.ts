import { css } from 'lit';

export const quickExitStyles = css`
  :host([sticky]) {
    position: sticky;
    inset-block-start: var(--cw-quick-exit-inset-block-start, 0);
    z-index: 1000;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em 1em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 0.125em solid transparent;
    border-radius: var(--cw-quick-exit-radius, var(--cw-radius, 0.25em));
    background: var(--cw-quick-exit-background, #b3261e);
    color: var(--cw-quick-exit-color, #fff);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .indicator {
    display: inline-flex;
    gap: 0.25em;
  }
  .mark {
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 0.1em solid currentColor;
    border-radius: 50%;
  }
  .mark.on {
    background: currentColor;
  }
  .indicator[data-pressed='0'] {
    display: none;
  }
  /* The skip link: out of sight until it has keyboard focus, then at the top of the page. */
  :host([skip-link]) .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    padding: 0;
    border: 0;
  }
  :host([skip-link]) .base {
    justify-content: flex-start;
  }
  .safety {
    font-size: 0.9em;
  }
  /* Sticky, the row floats over the page's text: the advice link gets a background so it stays readable, drawn
     wider by a shadow, which takes no room (the row wraps exactly as before, and as a page's reservation expects). */
  :host([sticky]) .safety {
    border-radius: 0.125em;
    background: var(--cw-quick-exit-safety-background, var(--cw-color-surface, #fff));
    box-shadow: 0 0 0 0.375em var(--cw-quick-exit-safety-background, var(--cw-color-surface, #fff));
  }
  .overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 2em;
    border: 0;
    background: var(--cw-quick-exit-overlay-background, #fff);
    color: #1f2328;
  }
  .overlay[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .mark.on {
      background: ButtonText;
    }
  }
`;
