import { lazy, Suspense, type ReactNode } from 'react';
import { LoadingPage } from 'react-admin';
import { loadConsoleMessages } from '../i18n/i18nProvider';

let loading: Promise<typeof import('./ConsoleLayout')> | undefined;

/**
 * The layout and the console's messages come after login, together: the login page (the first
 * screen) carries neither. The login starts fetching them while it waits for the server.
 */
export function preloadConsole(): Promise<typeof import('./ConsoleLayout')> {
  loading ??= Promise.all([import('./ConsoleLayout'), loadConsoleMessages()]).then(
    ([m]) => m,
    (error: unknown) => {
      loading = undefined; // a network failure: the next attempt fetches again
      throw error;
    },
  );
  return loading;
}

const ConsoleLayout = lazy(() => preloadConsole().then((m) => ({ default: m.ConsoleLayout })));

export function Layout({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<LoadingPage />}>
      <ConsoleLayout>{children}</ConsoleLayout>
    </Suspense>
  );
}
