import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; }
  ol { margin: 0.25rem 0; }
`;
