import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    .card {
      margin: 0;
      border-top: 4px solid var(--mutua-color-brand, #2f7d6d);
    }
    .balance {
      margin: 0.25rem 0;
      font-size: 1.8rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.2rem 0.75rem;
      margin: 0.5rem 0 0.75rem;
    }
    dt {
      color: var(--mutua-color-muted, #55615b);
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    meter {
      width: 100%;
    }
  `,
];
