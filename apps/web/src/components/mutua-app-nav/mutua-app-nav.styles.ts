import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    ul {
      display: flex;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
      /* A strip that scrolls sideways on narrow screens instead of wrapping into a wall of links. */
      overflow-x: auto;
      scrollbar-width: thin;
    }
    li {
      flex: none;
    }
    a,
    .soon {
      display: inline-flex;
      align-items: baseline;
      gap: 0.35rem;
      padding: 0.55rem 0.7rem 0.45rem;
      border-bottom: 3px solid transparent;
      white-space: nowrap;
    }
    a {
      color: inherit;
      font-weight: 600;
      text-decoration: none;
    }
    a[aria-current='page'] {
      border-bottom-color: var(--mutua-color-brand, #2f7d6d);
      color: var(--mutua-color-brand-strong, #205a4e);
    }
    a:hover {
      text-decoration: underline;
    }
    .soon {
      color: var(--mutua-color-muted, #55615b);
      cursor: default;
    }
    small {
      padding: 0 0.35rem;
      border-radius: 999px;
      border: 1px solid var(--mutua-color-border, #d9d4c7);
      font-size: 0.68rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
  `,
];
