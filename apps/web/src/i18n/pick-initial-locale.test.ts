import { describe, expect, it } from 'vitest';
import { isAppLocale, pickInitialLocale } from './pick-initial-locale.js';

describe('pickInitialLocale', () => {
  it('prefers the saved choice over the browser languages', () => {
    expect(pickInitialLocale('es', ['fr-FR', 'en'])).toBe('es');
  });

  it('uses the first browser language the app ships, matching regional variants', () => {
    expect(pickInitialLocale(null, ['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(pickInitialLocale(undefined, ['es-419'])).toBe('es');
  });

  it('ignores a saved value that is not a shipped locale and falls back to English', () => {
    expect(pickInitialLocale('klingon', ['de', 'it'])).toBe('en');
    expect(pickInitialLocale(null, [])).toBe('en');
  });
});

describe('isAppLocale', () => {
  it('accepts exactly the source and target locales', () => {
    expect(['en', 'fr', 'es'].every(isAppLocale)).toBe(true);
    expect(isAppLocale('fr-FR')).toBe(false);
    expect(isAppLocale(undefined)).toBe(false);
  });
});
