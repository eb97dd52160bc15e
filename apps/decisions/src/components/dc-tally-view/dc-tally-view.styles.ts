import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    svg {
      width: 100%;
      max-width: 36rem;
      height: auto;
    }
    .bar {
      fill: var(--mutua-color-brand, #2f7d6d);
    }
    svg text {
      font-size: 12px;
      fill: currentColor;
    }
    table {
      border-collapse: collapse;
      margin-top: 0.5rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.25rem 0.75rem 0.25rem 0;
    }
    td.number {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
];
