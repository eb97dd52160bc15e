import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    :host {
      display: block;
    }
    fieldset {
      display: grid;
      gap: 0.75rem;
    }
    input[type='number'] {
      width: 6rem;
    }
  `,
];
