import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      max-width: 50rem;
      overflow-wrap: anywhere;
    }
    h1 {
      font-size: clamp(1.4rem, 4vw, 1.9rem);
    }
    ul {
      display: grid;
      gap: 0.75rem;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 0.75rem 1rem;
      border-radius: var(--mutua-radius, 10px);
      background: var(--mutua-color-surface, #fff);
      box-shadow: var(--mutua-shadow);
    }
    li.attention {
      border-left: 4px solid var(--mutua-color-accent, #b5442b);
    }
    h3 {
      margin: 0 0 0.25rem;
      font-size: 1.05rem;
    }
    .state {
      margin: 0 0 0.5rem;
      color: var(--mutua-color-muted, #55615b);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .error {
      color: var(--mutua-color-accent, #b5442b);
    }
  `,
];
