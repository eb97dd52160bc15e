import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    .card {
      display: grid;
      gap: 1.25rem;
      max-width: 34rem;
      margin: 0 auto;
      padding: clamp(1.25rem, 4vw, 2rem);
      border-radius: calc(var(--mutua-radius, 10px) * 1.5);
      background: var(--mutua-color-surface, #fff);
      box-shadow: var(--mutua-shadow);
    }
    h1 {
      margin: 0;
      font-size: clamp(1.4rem, 4vw, 1.8rem);
      line-height: 1.2;
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .lead {
      margin: 0;
      color: var(--mutua-color-muted, #55615b);
    }
    .bundled button {
      width: 100%;
      min-height: 3rem;
      font-size: 1.05rem;
    }
    .help {
      margin: 0.35rem 0 0;
      font-size: 0.875rem;
    }
    .other {
      padding-top: 1.25rem;
      border-top: 1px solid var(--mutua-color-border, #d9d4c7);
    }
    label {
      display: block;
      margin-bottom: 0.3rem;
      font-weight: 500;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .row input {
      flex: 1 1 14rem;
      min-width: 0;
    }
  `,
];
