import { svg } from 'lit';

// Two overlapping circles: members and groups in mutual exchange.
export const logo = svg`<svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
  <circle cx="12" cy="16" r="9" fill="var(--mutua-color-brand, #2f7d6d)" />
  <circle cx="20" cy="16" r="9" fill="var(--mutua-color-accent, #e0a526)" fill-opacity="0.85" />
</svg>`;
