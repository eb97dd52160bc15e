import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** A locale the app has translations for. */
export type AppLocale = typeof sourceLocale | (typeof targetLocales)[number];

const allLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** True when `value` names a locale the app ships. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && allLocales.includes(value);
}

/**
 * Chooses the first locale to show: the member's saved choice, else the first browser
 * language we have (matching `fr-CA` to `fr`), else English.
 */
export function pickInitialLocale(saved: string | null | undefined, browserLanguages: readonly string[]): AppLocale {
  if (isAppLocale(saved)) return saved;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isAppLocale(primary)) return primary;
  }
  return sourceLocale;
}
