import { css } from 'lit';

/**
 * Styles every Mutua component shares: box sizing, visible focus, buttons, form fields and a
 * visually hidden class for labels that screen readers need but sighted members do not.
 * Colours come from the `--mutua-*` custom properties set on the page.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--mutua-font, system-ui, sans-serif);
    color: var(--mutua-color-text, #1d2521);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--mutua-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.45rem 1rem;
    border-radius: var(--mutua-radius, 10px);
    border: 1px solid var(--mutua-color-border, #d9d4c7);
    background: var(--mutua-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--mutua-color-brand, #2f7d6d);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.65;
  }
  button.primary {
    background: var(--mutua-color-brand, #2f7d6d);
    border-color: var(--mutua-color-brand, #2f7d6d);
    color: var(--mutua-color-on-brand, #fff);
    font-weight: 600;
  }
  button.primary:hover:not(:disabled) {
    background: var(--mutua-color-brand-strong, #205a4e);
  }
  input,
  select {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border-radius: var(--mutua-radius, 10px);
    border: 1px solid var(--mutua-color-muted, #55615b);
    background: var(--mutua-color-surface, #fff);
    color: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--mutua-color-error, #a52a1a);
  }
  .error {
    color: var(--mutua-color-error, #a52a1a);
  }
  .alert {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--mutua-radius, 10px);
    border-left: 4px solid var(--mutua-color-error, #a52a1a);
    background: var(--mutua-color-error-bg, #fdecea);
  }
  .muted {
    color: var(--mutua-color-muted, #55615b);
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: mutua-spin 0.9s linear infinite;
    }
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
  }
  @keyframes mutua-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
