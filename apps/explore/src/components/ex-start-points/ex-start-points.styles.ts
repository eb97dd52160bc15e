import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    fieldset {
      border: 1px solid var(--mutua-color-border, #d9d4c7);
      border-radius: var(--mutua-radius, 10px);
      padding: 0.75rem 1rem;
    }
    label:has(input[type='checkbox']) {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }
    input[type='checkbox'] {
      min-height: auto;
      margin: 0;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0 0 0.75rem;
      overflow-wrap: anywhere;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-bottom: 0.5rem;
    }
    input[type='url'] {
      flex: 1 1 18rem;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: #8a1c1c;
    }
    .error:empty {
      display: none;
    }
  `,
];
