import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    fieldset {
      border: 1px solid var(--mutua-color-border, #d9d4c7);
      border-radius: var(--mutua-radius, 10px);
      padding: 1rem;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0.4rem 0;
    }
    ol {
      padding-left: 1.5rem;
    }
    ol li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0.3rem 0;
    }
    ol li span {
      flex: 1;
    }
    textarea {
      width: 100%;
      min-height: 4rem;
      font: inherit;
    }
    input[type='range'] {
      flex: 1;
    }
    .actions {
      margin-top: 1rem;
    }
  `,
];
