import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    .menu {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-width: 0;
    }
    .member {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-width: 0;
    }
    .avatar {
      flex: none;
      width: 36px;
      height: 36px;
      border-radius: 50%;
      object-fit: cover;
      background: var(--mutua-color-border, #d9d4c7);
    }
    .initials {
      display: inline-grid;
      place-items: center;
      font-size: 0.85rem;
      font-weight: 700;
      color: var(--mutua-color-on-brand, #fff);
      background: var(--mutua-color-brand, #2f7d6d);
    }
    .name {
      overflow: hidden;
      max-width: 14rem;
      white-space: nowrap;
      text-overflow: ellipsis;
      font-weight: 600;
    }
    .logout {
      flex: none;
    }
    /* On phones the welcome heading already shows the name; the header keeps only the photo. */
    @media (max-width: 30rem) {
      .name {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        clip: rect(0 0 0 0);
      }
    }
  `,
];
