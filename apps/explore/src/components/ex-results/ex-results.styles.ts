import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    mutua-chart {
      margin: 1rem 0;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.3rem 0.6rem;
      border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    .warnings {
      margin-top: 1rem;
      padding: 0.5rem 1rem;
      border-left: 4px solid #b5442b;
      background: #fdf3ef;
    }
    .warnings ul {
      padding-left: 1rem;
      overflow-wrap: anywhere;
    }
    .detail {
      display: block;
      color: var(--mutua-color-muted, #4d5a53);
      font-size: 0.85rem;
    }
    .error,
    .warning {
      color: #8a1c1c;
    }
  `,
];
