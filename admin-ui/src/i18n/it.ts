import type { TranslationMessages } from 'react-admin';
import { raItalian } from './raItalian';

/**
 * Italian for the first screen: react-admin's messages and what the login page and the data
 * provider's errors say. The rest of the console's Italian (`itConsole.ts`: menus, resources,
 * dashboard) loads with the console's layout, after login (see i18nProvider.ts). Another
 * language is another pair of files with the same shape.
 */
export const it: TranslationMessages = {
  ...raItalian,
  app: {
    name: 'SISA',
    tagline: 'Sistema informativo dei servizi socio-assistenziali',
    auth: {
      title: 'Accedi a SISA',
      session_expired: 'La sessione è scaduta: accedi di nuovo per continuare.',
      signing_in: 'Accesso in corso…',
    },
    error: {
      conflict: 'Qualcun altro ha modificato questo record: ricarica e riprova',
      network: 'Impossibile raggiungere il server: controlla la connessione e riprova',
      server: 'Il server non ha potuto completare l’operazione: riprova tra poco',
      session_expired: 'La sessione è scaduta: accedi di nuovo.',
    },
  },
};
