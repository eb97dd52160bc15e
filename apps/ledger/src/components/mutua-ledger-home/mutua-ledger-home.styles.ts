import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
];
