import type { SystemListData } from './types';

/**
 * SIUSS benefit codes (DM 206/2014, Tabella 1, sections A1–A3) with the descriptions INPS uses
 * for «PrestazioneDaErogare» (docs/domain/research/siuss.md §4, table (a)). The official current
 * table was not retrievable: codes seen without a reliable description (A1.23, A2.14, A2.16–A2.29…)
 * and Z9.99 (ISEE web service only) are left out; a tenant adds them by saving its own
 * `siuss_service` list, which then wins for that tenant.
 */
export const SIUSS_SERVICES: SystemListData = {
  key: 'siuss_service',
  label: 'Prestazioni sociali (codici SIUSS)',
  items: [
    { code: 'A1.01', label: 'Assegno per il nucleo familiare erogati dai comuni' },
    { code: 'A1.02', label: 'Assegno Maternità erogato dai Comuni' },
    { code: 'A1.03', label: 'Carta acquisti' },
    { code: 'A1.04', label: 'Contributi economici a integrazione del reddito familiare' },
    { code: 'A1.05', label: 'Contributi economici per alloggio' },
    { code: 'A1.06', label: 'Buoni spesa o buoni pasto' },
    { code: 'A1.07', label: 'Contributi e integrazioni a rette per asili nido' },
    {
      code: 'A1.08',
      label:
        'Contributi e integrazioni a rette per servizi integrativi o innovativi per la prima infanzia',
    },
    { code: 'A1.09', label: 'Contributi economici per i servizi scolastici' },
    {
      code: 'A1.10',
      label: 'Contributi economici per cure o prestazioni sociali a rilevanza sanitaria',
    },
    {
      code: 'A1.11',
      label:
        'Assegnazioni economiche per il sostegno della domiciliarità e dell\u2019autonomia personale',
    },
    { code: 'A1.12', label: 'Contributi e integrazioni a rette per accesso a centri diurni' },
    {
      code: 'A1.13',
      label: 'Contributi e integrazioni a rette per accesso ai servizi semi-residenziali',
    },
    {
      code: 'A1.14',
      label: 'Contributi e integrazioni a rette per accesso a servizi residenziali',
    },
    { code: 'A1.15', label: 'Contributi per servizi alla persona' },
    { code: 'A1.16', label: 'Contributi economici per servizio trasporto e mobilità' },
    {
      code: 'A1.17',
      label: 'Contributi economici erogati a titolo di prestito/prestiti d\u2019onore',
    },
    { code: 'A1.18', label: 'Contributi economici per l\u2019inserimento lavorativo' },
    { code: 'A1.19', label: 'Borse di studio' },
    { code: 'A1.20', label: 'Buono vacanze' },
    { code: 'A2.01', label: 'Mensa sociale' },
    { code: 'A2.02', label: 'Sostegno socio-educativo territoriale o domiciliare' },
    { code: 'A2.03', label: 'Prestazioni del diritto allo studio universitario' },
    { code: 'A2.04', label: 'Agevolazioni per tasse universitarie' },
    {
      code: 'A2.05',
      label: 'Agevolazioni per i servizi di pubblica utilità (telefono, luce, gas)',
    },
    { code: 'A2.06', label: 'Agevolazioni tributarie comunali (nettezza urbana, ecc.)' },
    { code: 'A2.07', label: 'Assistenza domiciliare socio-assistenziale' },
    { code: 'A2.08', label: 'A.D.I. – Assistenza domiciliare integrata con servizi sanitari' },
    { code: 'A2.09', label: 'Supporto all\u2019inserimento lavorativo' },
    { code: 'A2.10', label: 'Servizi integrativi per la prima infanzia' },
    { code: 'A2.11', label: 'Sostegno socio-educativo scolastico' },
    { code: 'A2.12', label: 'Mensa scolastica' },
    { code: 'A3.01', label: 'Strutture semiresidenziali' },
    { code: 'A3.02', label: 'Strutture residenziali' },
    { code: 'A3.03', label: 'Asilo nido' },
  ],
};
