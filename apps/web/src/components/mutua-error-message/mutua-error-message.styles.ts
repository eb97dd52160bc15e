import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    .summary {
      margin: 0;
      font-weight: 600;
    }
    details {
      margin-top: 0.4rem;
      font-size: 0.875rem;
    }
    summary {
      cursor: pointer;
      color: var(--mutua-color-muted, #55615b);
    }
    ::slotted(*) {
      margin-top: 0.6rem;
    }
    .detail {
      margin: 0.3rem 0 0;
      overflow-wrap: anywhere;
      font-family: ui-monospace, monospace;
    }
  `,
];
