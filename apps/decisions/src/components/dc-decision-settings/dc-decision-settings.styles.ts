import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block: 1rem;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .error {
    color: #a00;
  }
`;
