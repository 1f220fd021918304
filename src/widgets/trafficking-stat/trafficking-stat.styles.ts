import { css } from 'lit';

export const traffickingStatStyles = css`
  .base {
    margin: 0;
    padding: var(--cw-trafficking-stat-padding, 0);
    background: var(--cw-trafficking-stat-background, transparent);
    border-radius: var(--cw-radius, 0.5em);
  }
  .value {
    margin: 0;
    font-size: var(--cw-trafficking-stat-value-size, 2.5em);
    font-weight: var(--cw-trafficking-stat-value-weight, 700);
    line-height: 1.15;
    color: var(--cw-trafficking-stat-value-color, var(--cw-color-accent, #b3261e));
    font-variant-numeric: tabular-nums;
  }
  .value {
    position: relative;
  }
  .final {
    opacity: 0;
  }
  /* Exactly over the final figure: a moving figure wraps as the final one does and never reaches past its box
     (on one unbroken line it ran off a phone's screen, and the page scrolled sideways while counting). */
  .count {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }
  /* On paper, the final figure: a statistic not yet scrolled into view would otherwise print as 0. */
  @media print {
    .final {
      opacity: 1;
    }
    .count {
      display: none;
    }
  }
  .label {
    margin-block-start: 0.25em;
    color: var(--cw-trafficking-stat-label-color, inherit);
  }
  .source {
    margin-block: 0.5em 0;
    font-size: 0.875em;
    color: var(--cw-trafficking-stat-source-color, var(--cw-color-muted, #57606a));
  }
  .estimate::before {
    content: ' · ';
  }
  @media (forced-colors: active) {
    .value {
      color: CanvasText;
    }
  }
`;
