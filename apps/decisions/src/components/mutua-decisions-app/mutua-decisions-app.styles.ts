import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    nav {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
      margin-bottom: 1rem;
    }
    a {
      color: var(--mutua-color-brand-strong, #1f5f52);
    }
    a[aria-current='page'] {
      font-weight: 600;
    }
    .error {
      color: #8a1c1c;
    }
  `,
];
