import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { isAppLocale, pickInitialLocale, type AppLocale } from './pick-initial-locale.js';

/** Where the member's language choice is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'mutua.locale';

// Explicit imports, not a template path, so Vite sees every locale module.
const loaders = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

export { getLocale };

/** Shows the app in `locale`, remembers the choice and sets `<html lang>`. */
export async function switchLocale(locale: AppLocale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private modes); the choice then lasts for this page only.
  }
}

/** Applies the saved or browser language at start-up. */
export async function startLocalization(): Promise<void> {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    saved = null;
  }
  const locale = pickInitialLocale(saved, navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
  document.documentElement.lang = locale;
  if (locale !== sourceLocale && isAppLocale(locale)) await setLocale(locale);
}
