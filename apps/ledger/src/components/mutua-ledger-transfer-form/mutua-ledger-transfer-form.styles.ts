import { css } from 'lit';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [
  pageStyles,
  css`
    form {
      display: grid;
      gap: 0.9rem;
      max-width: 32rem;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-weight: 600;
    }
    .hint {
      font-weight: 400;
      font-size: 0.9rem;
    }
    .amount {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .amount input {
      flex: 1;
    }
  `,
];
