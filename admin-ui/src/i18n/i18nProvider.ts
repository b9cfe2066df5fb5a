import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { it } from './it';

/**
 * Italian is the console's language. To add one, write `en.ts` and `enConsole.ts` with the same
 * shape as `it.ts` and `itConsole.ts` (react-admin's half from `ra-language-english`), add it here
 * as `en: () => import('./en')` so it loads only when chosen, and list it in LOCALES: react-admin
 * then shows a language menu.
 */
const catalogs: Record<string, () => Promise<{ default: TranslationMessages }>> = {};

export const LOCALES = [{ locale: 'it', name: 'Italiano' }];

/** The console's messages after login (itConsole.ts), once loadConsoleMessages has run. */
let consoleMessages: Partial<TranslationMessages> | undefined;

function italian(): TranslationMessages {
  if (!consoleMessages) return it;
  return {
    ...it,
    ...consoleMessages,
    app: { ...(it.app as object), ...(consoleMessages.app as object) },
  };
}

export const i18nProvider = polyglotI18nProvider(
  (locale) =>
    locale === 'it' || !catalogs[locale] ? italian() : catalogs[locale]().then((m) => m.default),
  'it',
  LOCALES,
  // Server messages arrive already in Italian and are passed through as they are.
  { allowMissing: true },
);

let loading: Promise<void> | undefined;

/**
 * Adds the console's messages (menus, resources, dashboard) to the login page's: the layout
 * awaits it before its first render, so every page after login finds its labels.
 */
export function loadConsoleMessages(): Promise<void> {
  loading ??= import('./itConsole').then(
    async ({ itConsole }) => {
      consoleMessages = itConsole;
      await i18nProvider.changeLocale('it');
    },
    (error: unknown) => {
      loading = undefined; // a network failure: the next attempt fetches again
      throw error;
    },
  );
  return loading;
}
