import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  article { border-top: 1px solid #ddd; padding: 0.75rem 0; }
  h3 { margin: 0 0 0.25rem; }
  .meta { color: #555; font-size: 0.9em; }
  img { max-width: 100%; }
  .badge { font-size: 0.8em; border: 1px solid #999; border-radius: 0.25rem; padding: 0 0.25rem; margin-left: 0.5rem; }
`;
