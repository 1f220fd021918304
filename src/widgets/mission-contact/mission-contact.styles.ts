import { css } from 'lit';

/** The picker's and the card's styles. */
export const missionContactStyles = css`
  .base {
    display: grid;
    gap: 0.5em;
  }
  .label,
  .name {
    font-weight: 700;
  }
  .picker,
  .card {
    border: 0.0625em solid var(--cw-mission-contact-border-color, var(--cw-color-border, #8c959f));
    border-radius: var(--cw-radius, 0.5em);
    background: var(--cw-mission-contact-background, var(--cw-color-surface, #fff));
    color: inherit;
    font: inherit;
  }
  .picker {
    /* A select is as wide as its longest country name (wider than a phone in Russian) unless it may shrink. */
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2.75em;
  }
  .card {
    padding: var(--cw-mission-contact-padding, 1em);
  }
  p {
    margin-block: 0 0.75em;
  }
  .name {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .address,
  .message {
    white-space: pre-line;
    /* Each line in its own direction: a letter's English address heads an Arabic message, and kept in the page's
       direction its house number would move to the end of the line. */
    unicode-bidi: plaintext;
  }
  /* In a right-to-left card the address stands on the right like the lines around it (its own direction kept):
     with plaintext, "start" would follow the English line to the left. */
  :host([dir='rtl']) .address {
    text-align: right;
  }
  ul {
    display: grid;
    gap: 0.75em;
    margin-block: 0 1em;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .action {
    display: inline-block;
    padding: 0.6em 1em;
    border: 0.125em solid transparent;
    border-radius: var(--cw-radius, 0.5em);
    background: var(--cw-mission-contact-button-background, var(--cw-color-accent, #0b57d0));
    color: var(--cw-mission-contact-button-color, var(--cw-color-on-accent, #fff));
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    text-decoration: underline;
  }
  .note {
    font-size: 0.875em;
    color: var(--cw-mission-contact-muted-color, var(--cw-color-muted, #57606a));
  }
  .note .note {
    font-size: 1em;
  }
  .note a {
    color: inherit;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .script {
    margin-block-end: 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--cw-mission-contact-border-color, var(--cw-color-border, #8c959f));
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
