import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    form {
      display: grid;
      gap: 0.9rem;
      max-width: 40rem;
    }
    label {
      display: grid;
      gap: 0.25rem;
    }
    .inline {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    input,
    select,
    textarea {
      font: inherit;
      padding: 0.4rem;
    }
    textarea {
      min-height: 6rem;
    }
    fieldset.action {
      display: grid;
      gap: 0.6rem;
      border: 1px solid currentColor;
      border-radius: 0.3rem;
    }
  `,
];
