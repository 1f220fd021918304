import { css } from 'lit';

export const petitionFormStyles = css`
  :host {
    --_a: var(--cw-petition-form-accent, var(--cw-color-accent, #0b57d0));
    --_e: var(--cw-petition-form-error, var(--cw-color-error, #b3261e));
    --_b: 1px solid var(--cw-petition-form-border, var(--cw-color-border, #6e7781));
    background: var(--cw-petition-form-background, transparent);
  }
  p {
    margin: 0;
  }
  form,
  .counter,
  .thanks,
  .field {
    display: grid;
    gap: var(--cw-petition-form-gap, 1em);
    /* Space above each part only: the widget's box ends where its last part does. */
    margin-block: 1em 0;
  }
  .counter,
  .field {
    gap: 0.25em;
    margin: 0;
  }
  .count,
  label,
  .error,
  .title {
    font-weight: 700;
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_a);
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    border-radius: var(--cw-radius, 0.25em);
  }
  [part='input'] {
    inline-size: 100%;
    padding: 0.5em;
    border: var(--_b);
    background: var(--cw-color-surface, #fff);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_e);
  }
  .error {
    color: var(--_e);
  }
  .consent {
    display: flex;
    gap: 0.5em;
  }
  .consent input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
  }
  .consent label,
  .optional {
    font-weight: normal;
  }
  button {
    justify-self: start;
    padding: 0.6em 1.2em;
    border: 0.1em solid transparent;
    background: var(--_a);
    color: var(--cw-petition-form-on-accent, var(--cw-color-on-accent, #fff));
    font-weight: 700;
    cursor: pointer;
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  :focus-visible {
    outline: 0.15em solid var(--cw-color-focus, var(--_a));
    outline-offset: 0.15em;
  }
  .title {
    font-size: 1.25em;
  }
  .status:not(:empty) {
    margin-block: 1em 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_a);
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .error {
      color: CanvasText;
    }
  }
`;
