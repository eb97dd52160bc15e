import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    ul {
      list-style: none;
      padding: 0;
    }
    li {
      padding: 0.6rem 0;
      border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
    }
    .notices li {
      padding: 0.4rem 0.75rem;
      margin-bottom: 0.4rem;
      border: 1px solid var(--mutua-color-accent, #2f6f4f);
      border-radius: 6px;
      background: var(--mutua-color-surface-raised, #f3f7f3);
    }
    label {
      display: block;
      margin-bottom: 0.25rem;
    }
  `,
];
