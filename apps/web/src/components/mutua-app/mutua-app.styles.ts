import { baseStyles } from '@mutua/elements';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .skip-link {
      position: absolute;
      left: 0.5rem;
      top: -3rem;
      z-index: 10;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mutua-radius, 10px);
      background: var(--mutua-color-surface, #fff);
      color: inherit;
    }
    .skip-link:focus {
      top: 0.5rem;
    }
    header {
      background: var(--mutua-color-surface, #fff);
      border-bottom: 1px solid var(--mutua-color-border, #d9d4c7);
    }
    .bar,
    mutua-app-nav {
      max-width: 72rem;
      margin: 0 auto;
      padding-inline: clamp(0.75rem, 3vw, 2rem);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding-block: 0.6rem;
    }
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--mutua-color-brand-strong, #205a4e);
      font-size: 1.35rem;
      font-weight: 800;
      letter-spacing: -0.01em;
      text-decoration: none;
      border-radius: var(--mutua-radius, 10px);
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.5rem 1rem;
      min-width: 0;
      margin-left: auto;
    }
    main {
      flex: 1;
      display: grid;
      align-content: start;
      gap: 1rem;
      width: 100%;
      max-width: 72rem;
      margin: 0 auto;
      padding: clamp(1rem, 4vw, 2.5rem) clamp(0.75rem, 3vw, 2rem);
    }
    main:focus {
      outline: none;
    }
    .status {
      margin: 0;
      text-align: center;
      color: var(--mutua-color-muted, #55615b);
    }
    mutua-error-message {
      max-width: 34rem;
      width: 100%;
      margin: 0 auto;
    }
    footer {
      padding: 1rem;
      text-align: center;
      font-size: 0.875rem;
      color: var(--mutua-color-muted, #55615b);
    }
  `,
];
