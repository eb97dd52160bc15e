import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: grid;
      gap: 1rem;
    }
    h1 {
      margin: 0;
    }
    .note {
      margin: 0;
      color: var(--mutua-color-muted, #4d5a53);
    }
    .error {
      color: #8a1c1c;
    }
  `,
];
