import { baseStyles } from '@mutua/elements';
import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  baseStyles,
  pageStyles,
  css`
    nav ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0;
      margin: 0 0 1rem;
      border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
    }
    nav a {
      display: inline-block;
      padding: 0.5rem 0.1rem;
      text-decoration: none;
      color: inherit;
    }
    nav a[aria-current='page'] {
      border-bottom: 3px solid var(--mutua-color-brand, #2f7d6d);
      font-weight: 600;
    }
  `,
];
