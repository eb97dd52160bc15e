import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  form { display: grid; gap: 0.5rem; max-width: 40rem; }
  textarea { min-height: 10rem; font: inherit; }
  .error { color: #a00; }
`;
