import { css } from 'lit';

/**
 * The host reset every widget starts from. Sizes are in `em` from `--cw-font-size` (default `medium`: the
 * visitor's own default size), never `rem`, so a partner's `html { font-size: 62.5% }` cannot shrink a widget.
 * Only logical properties are used, so right-to-left layouts work.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    /* One box: the margins inside a widget never collapse through it onto the page around it. */
    display: flow-root;
    font-family: var(--cw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--cw-font-size, medium);
    line-height: 1.5;
    color: var(--cw-color-text, #1f2328);
    text-align: start;
    /* Inherited text styles a partner page may set on body; reset so the widget looks the same everywhere. */
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    /* A pasted URL or a figure a typo made huge breaks inside the widget rather than widening the partner's page. */
    overflow-wrap: anywhere;
    visibility: visible;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Not inherited from the host: a page rule such as * { box-sizing: content-box } reaches the host element itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--cw-color-link, var(--cw-color-accent, #0b57d0));
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 0.15em solid var(--cw-color-focus, var(--cw-color-accent, #0b57d0));
    outline-offset: 0.15em;
  }
`;
