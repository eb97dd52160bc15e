import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      max-width: 40rem;
    }
    h1 {
      font-size: clamp(1.4rem, 4vw, 1.9rem);
    }
    form {
      display: grid;
      gap: 0.4rem;
    }
    fieldset {
      display: grid;
      gap: 0.3rem;
      margin: 0.5rem 0;
      border: 1px solid var(--mutua-color-border, #d9d4c7);
      border-radius: var(--mutua-radius, 10px);
    }
    label {
      font-weight: 600;
    }
    fieldset label {
      font-weight: normal;
    }
    .kept img {
      height: 3rem;
      vertical-align: middle;
    }
    .error {
      color: var(--mutua-color-accent, #b5442b);
      overflow-wrap: anywhere;
    }
  `,
];
