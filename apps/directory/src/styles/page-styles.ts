import { css } from 'lit';

/** Layout shared by the directory's pages: headings, cards, lists, forms and badges. */
export const pageStyles = css`
  :host {
    display: block;
  }
  h1,
  h2,
  h3 {
    line-height: 1.2;
    margin: 1.25rem 0 0.5rem;
  }
  h1 {
    font-size: 1.6rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  a {
    color: var(--mutua-color-brand-strong, #205a4e);
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  }
  .card {
    padding: 0.9rem 1rem;
    border: 1px solid var(--mutua-color-border, #d9d4c7);
    border-radius: var(--mutua-radius, 10px);
    background: var(--mutua-color-surface, #fff);
  }
  .card h2,
  .card h3 {
    margin-top: 0;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8rem;
    background: var(--mutua-color-brand-soft, #e3f1ed);
    color: var(--mutua-color-brand-strong, #205a4e);
  }
  .avatar {
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--mutua-color-border, #d9d4c7);
    flex: none;
  }
  .row {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    flex-wrap: wrap;
  }
  form {
    display: grid;
    gap: 0.9rem;
    max-width: 40rem;
  }
  label {
    display: grid;
    gap: 0.3rem;
    font-weight: 600;
  }
  .hint {
    font-weight: normal;
    font-size: 0.9rem;
  }
  textarea {
    font: inherit;
    min-height: 5rem;
    padding: 0.4rem 0.6rem;
    border-radius: var(--mutua-radius, 10px);
    border: 1px solid var(--mutua-color-muted, #55615b);
  }
  fieldset {
    border: 1px solid var(--mutua-color-border, #d9d4c7);
    border-radius: var(--mutua-radius, 10px);
    display: grid;
    gap: 0.75rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .status {
    margin: 0.75rem 0;
  }
  .empty {
    padding: 1rem;
    border: 1px dashed var(--mutua-color-border, #d9d4c7);
    border-radius: var(--mutua-radius, 10px);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.4rem;
    border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
    vertical-align: top;
  }
`;
