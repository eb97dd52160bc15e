import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: end;
      justify-content: space-between;
      margin-bottom: 1rem;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    nav a {
      display: inline-block;
      padding: 0.3rem 0.2rem;
      text-decoration: none;
      border-bottom: 3px solid transparent;
    }
    nav a[aria-current='page'] {
      border-bottom-color: var(--mutua-color-brand, #2f7d6d);
      font-weight: 600;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      font-weight: 600;
    }
  `,
];
