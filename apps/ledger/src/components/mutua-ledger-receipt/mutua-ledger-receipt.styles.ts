import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    dl {
      display: grid;
      grid-template-columns: minmax(8rem, auto) 1fr;
      gap: 0.35rem 1rem;
      margin: 0 0 1rem;
    }
    dt {
      color: var(--mutua-color-muted, #55615b);
    }
    dd {
      margin: 0;
    }
    .amount {
      font-size: 1.5rem;
      font-weight: 700;
    }
  `,
];
