import { startLocalization } from './i18n/localization.js';

// The saved language loads before the shell is defined, so French or Spanish members never
// see a flash of English.
await startLocalization().catch((error: unknown) => {
  console.error('Could not load the saved language; showing English.', error);
});
await import('./components/mutua-app/mutua-app.js');
