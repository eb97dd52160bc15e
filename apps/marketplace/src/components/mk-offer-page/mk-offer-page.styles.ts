import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: grid;
      gap: 1.25rem;
      max-width: 60rem;
      overflow-wrap: anywhere;
    }
    h1 {
      margin: 0 0 0.75rem;
      font-size: clamp(1.4rem, 4vw, 1.9rem);
    }
    .kind {
      margin: 0;
      font-size: 0.8rem;
      font-weight: 700;
      text-transform: uppercase;
      color: var(--mutua-color-brand, #2f7d6d);
    }
    .pictures {
      display: flex;
      gap: 0.5rem;
      overflow-x: auto;
      padding: 0;
      list-style: none;
    }
    .pictures img {
      max-height: 18rem;
      max-width: 80vw;
      border-radius: var(--mutua-radius, 10px);
    }
    .description {
      white-space: pre-wrap;
    }
    dl {
      display: grid;
      gap: 0.3rem;
    }
    dl div {
      display: flex;
      gap: 0.75rem;
    }
    dt {
      font-weight: 600;
      min-width: 8rem;
    }
    dd {
      margin: 0;
    }
    aside,
    section {
      padding: 1rem 1.25rem;
      border-radius: calc(var(--mutua-radius, 10px) * 1.2);
      background: var(--mutua-color-surface, #fff);
      box-shadow: var(--mutua-shadow);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.15rem;
    }
    h3 {
      font-size: 1rem;
    }
    .author {
      display: flex;
      gap: 0.75rem;
    }
    .author img {
      border-radius: 50%;
      object-fit: cover;
    }
    .author p {
      margin: 0 0 0.2rem;
    }
    .name {
      font-weight: 600;
    }
    form {
      display: grid;
      gap: 0.4rem;
    }
    a.button {
      display: inline-block;
      padding: 0.45rem 1rem;
      border-radius: var(--mutua-radius, 10px);
      border: 1px solid var(--mutua-color-brand, #2f7d6d);
      color: var(--mutua-color-brand, #2f7d6d);
      text-decoration: none;
      margin-right: 0.5rem;
    }
    a.button.primary {
      background: var(--mutua-color-brand, #2f7d6d);
      color: var(--mutua-color-on-brand, #fff);
      font-weight: 600;
    }
  `,
];
