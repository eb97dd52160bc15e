import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      margin-top: 2rem;
      font-size: 0.85rem;
      color: var(--mutua-color-muted, #55615b);
    }
    summary {
      cursor: pointer;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.25rem 1rem;
    }
    dl div {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
];
