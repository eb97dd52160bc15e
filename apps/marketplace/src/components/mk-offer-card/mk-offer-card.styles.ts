import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      height: 100%;
    }
    article {
      height: 100%;
      border-radius: calc(var(--mutua-radius, 10px) * 1.2);
      background: var(--mutua-color-surface, #fff);
      box-shadow: var(--mutua-shadow);
      overflow: hidden;
    }
    article.list {
      padding: 0.5rem 1rem;
    }
    .picture {
      aspect-ratio: 4 / 3;
      background: var(--mutua-color-border, #d9d4c7);
    }
    .picture img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    .grid .text {
      padding: 0.6rem 0.9rem 0.9rem;
    }
    h2 {
      margin: 0.15rem 0 0.3rem;
      font-size: 1.05rem;
      overflow-wrap: anywhere;
    }
    h2 a {
      color: inherit;
    }
    .kind {
      margin: 0;
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: var(--mutua-color-brand, #2f7d6d);
    }
    .kind.request {
      color: var(--mutua-color-accent, #b5442b);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
      font-size: 0.85rem;
      color: var(--mutua-color-muted, #55615b);
      overflow-wrap: anywhere;
    }
  `,
];
