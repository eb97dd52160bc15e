import { baseStyles } from '../../styles/base-styles.js';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      position: relative;
      min-height: 14rem;
    }
    canvas {
      max-width: 100%;
    }
  `,
];
