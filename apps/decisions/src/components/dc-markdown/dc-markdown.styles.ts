import { css } from 'lit';
import { decisionStyles } from '../../styles/decision-styles.js';

export const styles = [
  decisionStyles,
  css`
    :host {
      line-height: 1.5;
    }
    pre {
      overflow-x: auto;
    }
  `,
];
