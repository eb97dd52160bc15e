import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  .error { color: #a00; }
`;
