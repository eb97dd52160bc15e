import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  li { margin: 0.5rem 0; }
  .meta { color: #555; }
`;
