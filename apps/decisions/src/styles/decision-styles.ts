import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

/** What every decisions component shares: links, status badges, errors, hints. */
export const decisionStyles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    a {
      color: var(--mutua-color-brand-strong, #1f5f52);
    }
    .error {
      color: #8a1c1c;
    }
    .hint {
      color: var(--mutua-color-muted, #5b6660);
      font-size: 0.92rem;
    }
    .badge {
      display: inline-block;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      border: 1px solid var(--mutua-color-border, #d9d4c7);
      font-size: 0.85rem;
    }
    .panel {
      border: 1px solid var(--mutua-color-border, #d9d4c7);
      border-radius: var(--mutua-radius, 10px);
      background: var(--mutua-color-surface, #fff);
      padding: 1rem;
      margin-block: 1rem;
    }
    button.primary {
      background: var(--mutua-color-brand, #2f7d6d);
      color: var(--mutua-color-on-brand, #fff);
      border-color: transparent;
    }
  `,
];
