import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  nav { display: flex; gap: 1rem; margin-bottom: 1rem; flex-wrap: wrap; }
  nav a[aria-current='page'] { font-weight: bold; }
  .error { color: #a00; }
`;
