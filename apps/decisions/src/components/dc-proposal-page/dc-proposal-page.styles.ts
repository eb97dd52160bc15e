import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    dt {
      font-weight: 600;
    }
    .outcome {
      border-left: 4px solid var(--mutua-color-brand, #2f7d6d);
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    code {
      word-break: break-all;
    }
  `,
];
