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
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      margin: 0 0 1.25rem;
      padding-bottom: 0.5rem;
      border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
    }
    nav a {
      color: var(--mutua-color-brand, #2f7d6d);
      font-weight: 600;
      text-decoration: none;
    }
    nav a[aria-current='page'] {
      text-decoration: underline;
      text-underline-offset: 0.3em;
    }
  `,
];
