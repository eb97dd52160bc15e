import { css } from 'lit';
import { baseStyles } from '../../styles/base-styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    .point {
      margin: 0.25rem 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
];
