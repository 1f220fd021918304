import { css } from 'lit';

/** The help line's styles: the urgent number first and largest, each line a block, notes quieter. */
export const helpLineStyles = css`
  [hidden] {
    display: none !important;
  }
  .base {
    display: grid;
    gap: 0.5em;
  }
  .label,
  .name,
  .kind,
  .country {
    font-weight: 700;
  }
  .picker,
  .card,
  .compact {
    border: 0.0625em solid var(--cw-help-line-border-color, var(--cw-color-border, #8c959f));
    border-radius: var(--cw-radius, 0.5em);
    background: var(--cw-help-line-background, var(--cw-color-surface, #fff));
    color: inherit;
    font: inherit;
  }
  .picker {
    /* A select is as wide as its longest country name (wider than a phone in Russian) unless it may shrink. */
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2.75em;
  }
  .card,
  .compact {
    gap: 1em;
    padding: var(--cw-help-line-padding, 1em);
  }
  .card {
    display: grid;
  }
  /* The line beside its button when the line has room for a few words, else the button below it. */
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
  .compact p {
    flex: 1 1 8em;
  }
  p {
    margin: 0;
  }
  .line {
    display: grid;
    gap: 0.4em;
    padding-block-start: 1em;
    border-block-start: 0.0625em solid var(--cw-help-line-border-color, var(--cw-color-border, #8c959f));
  }
  .title {
    display: grid;
    gap: 0.4em;
  }
  .kind {
    font-size: 0.875em;
    text-transform: none;
    color: var(--cw-help-line-kind-color, var(--cw-color-accent, #0b57d0));
  }
  .name {
    font-size: 1.25em;
    line-height: 1.25;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .action {
    display: inline-block;
    padding: 0.6em 1em;
    border: 0.125em solid transparent;
    border-radius: var(--cw-radius, 0.5em);
    background: var(--cw-help-line-button-background, var(--cw-color-accent, #0b57d0));
    color: var(--cw-help-line-button-color, var(--cw-color-on-accent, #fff));
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .action.secondary {
    border-color: var(--cw-help-line-button-background, var(--cw-color-accent, #0b57d0));
    background: transparent;
    color: var(--cw-help-line-button-background, var(--cw-color-accent, #0b57d0));
  }
  .action.urgent {
    background: var(--cw-help-line-emergency-background, #b3261e);
    color: var(--cw-help-line-emergency-color, #fff);
    font-size: 1.125em;
  }
  .action:hover {
    text-decoration: underline;
  }
  .emergency {
    display: grid;
    gap: 0.4em;
  }
  .note {
    font-size: 0.875em;
    color: var(--cw-help-line-muted-color, var(--cw-color-muted, #57606a));
  }
  .note a,
  .directory a {
    color: inherit;
  }
  /* A number wraps as a whole onto the next line ("Call" above "08000 121 700"), not between its digit groups. */
  .number {
    display: inline-block;
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
    }
  }
`;
