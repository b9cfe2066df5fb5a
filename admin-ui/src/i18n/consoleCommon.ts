// Italian for what the registry, configuration and dashboard screens share (app.*), merged in it.ts.

export const consoleCommonMessages = {
  place: {
    loading: 'Caricamento dei comuni e degli Stati…',
    type_more: 'Scrivi almeno 2 lettere del nome',
    none: 'Nessun luogo con questo nome',
  },
  history: {
    title: 'Storico delle modifiche',
    empty: 'Nessuna modifica registrata.',
    heading: '%{action} il %{at} da %{by} (versione %{version})',
    action: {
      CREATE: 'Inserimento',
      UPDATE: 'Modifica',
      ARCHIVE: 'Archiviazione',
      MEMBER_ADDED: 'Componente aggiunto',
      MEMBER_REMOVED: 'Componente uscito',
      ISEE_RECORDED: 'ISEE registrato',
    },
  },
  entity: {
    SUBJECT: 'Soggetti',
    HOUSEHOLD: 'Nuclei familiari',
    REI_APPLICATION: 'Domande REI',
    REI_PROJECT: 'Progetti REI',
    SOCIAL_BENEFIT: 'Prestazioni SIUSS',
    SOCIAL_CASE: 'Cartelle sociali',
    REFERRAL: 'Segnalazioni',
  },
  fiscal_code: {
    hint: '16 caratteri: il codice si controlla mentre scrivi',
    loading: 'Caricamento dei controlli…',
    missing: 'Mancano %{count} caratteri',
    valid: 'Codice fiscale valido',
    decoded_M: 'Codice valido: maschio, nato il %{date} a %{place}',
    decoded_F: 'Codice valido: femmina, nata il %{date} a %{place}',
  },
  validation: {
    decimal: 'Importo non valido: scrivi ad esempio 1.234,56',
  },
};
