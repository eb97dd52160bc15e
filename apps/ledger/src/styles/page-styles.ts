import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

/** What every ledger page shares: base styles, cards, tables and the amount colours. */
export const pageStyles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    h1,
    h2,
    h3 {
      margin: 0 0 0.5rem;
      line-height: 1.25;
    }
    h1 {
      font-size: clamp(1.3rem, 3.5vw, 1.7rem);
    }
    h2 {
      font-size: 1.15rem;
    }
    .card {
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
      border-radius: calc(var(--mutua-radius, 10px) * 1.5);
      background: var(--mutua-color-surface, #fff);
      box-shadow: var(--mutua-shadow);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: 0.4rem 0.5rem;
      text-align: left;
      border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
      vertical-align: top;
    }
    th.num,
    td.num {
      text-align: right;
      white-space: nowrap;
    }
    .in {
      color: var(--mutua-color-brand, #2f7d6d);
    }
    .out {
      color: var(--mutua-color-error, #a52a1a);
    }
    .ok {
      color: var(--mutua-color-brand, #2f7d6d);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    a {
      color: var(--mutua-color-link, var(--mutua-color-brand-strong, #205a4e));
    }
    .mono {
      font-family: ui-monospace, monospace;
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    progress {
      width: min(100%, 20rem);
    }
  `,
];
