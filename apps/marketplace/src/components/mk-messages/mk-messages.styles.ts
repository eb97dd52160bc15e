import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      margin-top: 2rem;
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.2rem;
    }
    ul {
      display: grid;
      gap: 0.5rem;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 0.5rem 1rem;
      border-radius: var(--mutua-radius, 10px);
      background: var(--mutua-color-surface, #fff);
    }
    .meta {
      margin: 0;
      font-size: 0.85rem;
      color: var(--mutua-color-muted, #55615b);
    }
    .text {
      white-space: pre-wrap;
    }
  `,
];
