import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    .verdict {
      font-size: 1.2rem;
    }
    ol {
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 0.4rem;
    }
  `,
];
