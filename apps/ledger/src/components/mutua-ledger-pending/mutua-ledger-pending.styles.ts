import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li.card p {
      margin: 0 0 0.5rem;
    }
  `,
];
