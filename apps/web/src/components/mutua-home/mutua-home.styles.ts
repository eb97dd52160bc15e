import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    h1 {
      margin: 0 0 0.25rem;
      font-size: clamp(1.4rem, 4vw, 1.9rem);
    }
    .webid {
      margin: 0 0 1.5rem;
      overflow-wrap: anywhere;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      padding: 1.1rem 1.25rem;
      border-radius: calc(var(--mutua-radius, 10px) * 1.5);
      background: var(--mutua-color-surface, #fff);
      box-shadow: var(--mutua-shadow);
      border-top: 4px solid var(--mutua-color-brand, #2f7d6d);
    }
    h2 {
      margin: 0 0 0.35rem;
      font-size: 1.1rem;
    }
    .card p {
      margin: 0;
    }
    .soon {
      margin-top: 0.75rem !important;
      font-size: 0.8rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: var(--mutua-color-muted, #55615b);
    }
  `,
];
