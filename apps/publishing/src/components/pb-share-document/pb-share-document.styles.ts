import { css } from 'lit';

export const styles = css`
  :host { display: block; margin-block: 1rem; }
  form { display: grid; gap: 0.5rem; max-width: 40rem; }
  ul { padding-inline-start: 1.2rem; }
  .error { color: var(--mutua-error, #b00020); }
`;
