import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { it } from './it';

/**
 * Italian is the console's language. To add one, write `en.ts` with the same shape as `it.ts`
 * (react-admin's half from `ra-language-english`), add it here as `en: () => import('./en')`
 * so it loads only when chosen, and list it in LOCALES: react-admin then shows a language menu.
 */
const catalogs: Record<string, () => Promise<{ default: TranslationMessages }>> = {};

export const LOCALES = [{ locale: 'it', name: 'Italiano' }];

export const i18nProvider = polyglotI18nProvider(
  (locale) =>
    locale === 'it' || !catalogs[locale] ? it : catalogs[locale]().then((m) => m.default),
  'it',
  LOCALES,
  // Server messages arrive already in Italian and are passed through as they are.
  { allowMissing: true },
);
