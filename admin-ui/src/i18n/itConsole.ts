import type { TranslationMessages } from 'react-admin';
import { caseworkMessages } from './casework';
import { configurationMessages } from './configuration';
import { consoleCommonMessages } from './consoleCommon';
import { dashboardMessages } from './dashboard';
import { registryMessages } from './registry';
import { reiMessages } from './rei';
import { siussMessages } from './siuss';

/**
 * The console's Italian after login: `app.*` holds the console's own strings,
 * `resources.<resource>.fields.<source>` label inputs and columns. Merged over `it.ts` when the
 * layout loads (i18nProvider.ts), so none of it weighs on the login page.
 */
export const itConsole: Partial<TranslationMessages> = {
  app: {
    ...consoleCommonMessages,
    user_menu: 'Profilo di %{name}',
    menu: {
      label: 'Menu principale',
      work: 'Lavoro',
      configuration: 'Configurazione',
      administration: 'Amministrazione',
      platform: 'Piattaforma',
    },
    tenant: {
      label: 'Ente',
      switch: 'Ente su cui operi',
      none: 'Nessun ente',
      choose: 'Scegli un ente dalla barra in alto per gestirne utenti e client API.',
      switching: 'Cambio ente in corso…',
    },
    roles: {
      PLATFORM_ADMIN: 'Amministratore di piattaforma',
      TENANT_ADMIN: 'Amministratore dell’ente',
      CASE_SUPERVISOR: 'Responsabile del servizio',
      CASEWORKER: 'Operatore sociale',
      VIEWER: 'Consultazione',
    },
    dashboard: dashboardMessages,
    action: {
      actions: 'Azioni',
      copy: 'Copia',
      copied: 'Copiato negli appunti',
      copy_failed: 'Copia non riuscita: seleziona il testo e copialo a mano',
    },
  },
  resources: {
    ...registryMessages,
    ...configurationMessages,
    ...reiMessages,
    ...siussMessages,
    ...caseworkMessages,
    users: {
      name: 'Utente |||| Utenti',
      fields: {
        q: 'Cerca per nome o nome utente',
        role: 'Ruolo',
        username: 'Nome utente',
        fullName: 'Nome e cognome',
        fiscalCode: 'Codice fiscale',
        roles: 'Ruoli',
        password: 'Password',
        active: 'Attivo',
        lastLoginAt: 'Ultimo accesso',
        lockedUntil: 'Bloccato fino al',
      },
      helper: {
        username:
          'Lettere minuscole, cifre, punto o trattino (es. mario.rossi); non si può cambiare dopo',
        password_create: 'Almeno 10 caratteri, senza il nome utente',
        password_edit: 'Lascia vuoto per non cambiarla',
      },
      unlock: {
        action: 'Sblocca',
        done: 'Utente sbloccato',
        locked: 'Bloccato',
      },
    },
    apiClients: {
      name: 'Client API |||| Client API',
      fields: {
        q: 'Cerca',
        name: 'Nome',
        clientId: 'Client ID',
        scopes: 'Ambiti',
        active: 'Attivo',
        createdAt: 'Creato il',
        lastUsedAt: 'Ultimo uso',
        revokedAt: 'Revocato il',
        clientSecret: 'Segreto (client secret)',
      },
      helper: {
        name: 'Il nome dell’applicazione che userà l’API (es. Gestionale protocollo)',
        scopes: 'Concedi solo gli ambiti che servono: "scrittura" comprende la lettura',
      },
      secret: {
        title: 'Client API creato',
        warning:
          'Copia ora il segreto e conservalo in un luogo sicuro: non sarà più mostrato. Se lo perdi, revoca il client e creane uno nuovo.',
        done: 'Ho copiato il segreto',
      },
      revoke: {
        action: 'Revoca',
        title: 'Revocare il client "%{name}"?',
        content:
          'Le applicazioni che lo usano non potranno più ottenere token. L’operazione non si può annullare.',
        done: 'Client revocato',
      },
      scope: {
        read: 'lettura',
        write: 'scrittura',
        registry: 'Anagrafe',
        rei: 'REI',
        siuss: 'SIUSS',
        config: 'Configurazione',
      },
    },
    supportGrants: {
      name: 'Accesso di assistenza |||| Accessi di assistenza',
      fields: {
        granteeUsername: 'Amministratore di piattaforma',
        username: 'Nome utente dell’amministratore di piattaforma',
        reason: 'Motivo',
        hours: 'Durata',
        validFrom: 'Dal',
        validUntil: 'Fino al',
        grantedBy: 'Concesso da',
        active: 'In vigore',
        revokedAt: 'Revocato il',
        createdAt: 'Concesso il',
      },
      helper: {
        username:
          'Chi fornisce assistenza (es. metro.admin): senza questo accesso non vede i dati delle persone',
        reason: 'Perché serve (es. numero della segnalazione): resta nello storico delle modifiche',
      },
      duration: { h4: '4 ore', h24: '1 giorno', h72: '3 giorni', h168: '7 giorni' },
      revoke: {
        action: 'Revoca',
        title: 'Revocare l’accesso di assistenza di "%{name}"?',
        content:
          'Smette subito di valere: i dati delle persone non saranno più visibili a chi lo aveva.',
        done: 'Accesso di assistenza revocato',
      },
    },
    tenants: {
      name: 'Ente |||| Enti',
      fields: {
        q: 'Cerca',
        name: 'Nome',
        code: 'Codice ISTAT',
        belfioreCode: 'Codice catastale',
        active: 'Attivo',
      },
      helper: {
        name: 'Es. Comune di Milano',
        code: '6 cifre, es. 015146',
        belfioreCode: 'Una lettera e 3 cifre, es. F205',
      },
    },
  },
};
