import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    h1 {
      margin: 0 0 1rem;
      font-size: clamp(1.4rem, 4vw, 1.9rem);
    }
    form {
      display: grid;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .search label {
      flex-basis: 100%;
      font-weight: 600;
    }
    .search input {
      flex: 1 1 14rem;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .filters .near {
      align-self: end;
    }
    .filters label {
      display: grid;
      gap: 0.2rem;
      font-size: 0.9rem;
      color: var(--mutua-color-muted, #55615b);
    }
    .progress,
    .empty {
      padding: 1rem;
      border-radius: var(--mutua-radius, 10px);
      background: var(--mutua-color-surface, #fff);
    }
    .warning,
    .error {
      padding: 0.75rem 1rem;
      border-radius: var(--mutua-radius, 10px);
      border-left: 4px solid var(--mutua-color-accent, #b5442b);
      background: var(--mutua-color-surface, #fff);
      overflow-wrap: anywhere;
    }
    .bar {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
    }
    button[aria-pressed='true'] {
      border-color: var(--mutua-color-brand, #2f7d6d);
      font-weight: 600;
    }
    ul.grid,
    ul.list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    ul.grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 1rem;
    }
    ul.list {
      display: grid;
      gap: 0.5rem;
    }
    .more {
      margin: 1rem auto;
      display: block;
    }
    .chip {
      margin: 0;
    }
  `,
];
