import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
    }
    .globe {
      flex: none;
      color: var(--mutua-color-muted, #55615b);
    }
    select {
      min-height: 2.25rem;
      padding-block: 0.2rem;
    }
  `,
];
