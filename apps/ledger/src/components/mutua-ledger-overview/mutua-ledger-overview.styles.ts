import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    .pair {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1.25rem;
      align-items: start;
    }
    @media (max-width: 50rem) {
      .pair {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .table-wrap {
      max-height: 22rem;
      overflow: auto;
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 1.5rem;
      margin: 0 0 1rem;
    }
    .figures div {
      display: flex;
      flex-direction: column;
    }
    .figures dd {
      margin: 0;
      font-size: 1.4rem;
      font-weight: 700;
    }
  `,
];
