import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    ul {
      list-style: none;
      padding-left: 0;
    }
    ul ul {
      padding-left: 1.5rem;
      border-left: 2px solid var(--mutua-color-border, #d9d4c7);
    }
    article {
      margin: 0.6rem 0;
    }
    .meta {
      font-size: 0.85rem;
      color: var(--mutua-color-muted, #5b6660);
    }
    .content {
      white-space: pre-wrap;
      margin: 0.25rem 0;
    }
    textarea {
      width: 100%;
      min-height: 3.5rem;
      font: inherit;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
];
