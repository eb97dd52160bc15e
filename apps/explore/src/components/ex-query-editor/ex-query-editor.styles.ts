import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: 0.4rem;
    }
    label {
      font-weight: 600;
    }
    .description {
      margin: 0 0 0.5rem;
      color: var(--mutua-color-muted, #4d5a53);
    }
    textarea {
      font-family: var(--mutua-font-mono, ui-monospace, monospace);
      font-size: 0.9rem;
      width: 100%;
    }
    textarea[aria-invalid='true'] {
      border-color: #8a1c1c;
    }
    .error {
      margin: 0;
      color: #8a1c1c;
      white-space: pre-wrap;
    }
    .error:empty {
      display: none;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
];
