import type { SystemListData } from './types';

/*
 * The Cartella Sociale's lists (docs/CASEWORK.md). Each tenant may override them with its own list
 * under the same key. Areas follow the usual organisation of a comune's social services (the
 * "aree di utenza" of the SIUSS and of the ISTAT survey on municipal social spending); problems
 * and resources the areas of the multidimensional assessment.
 */

export const REFERRAL_SOURCES: SystemListData = {
  key: 'referral_sources',
  label: 'Cartella sociale – Fonti delle segnalazioni',
  items: [
    { code: 'SCUOLA', label: 'Scuola' },
    { code: 'OSPEDALE', label: 'Ospedale o servizio sanitario' },
    { code: 'FORZE_ORDINE', label: 'Forze dell\u2019ordine' },
    { code: 'TRIBUNALE', label: 'Autorità giudiziaria' },
    { code: 'CITTADINO', label: 'Cittadino o familiare' },
    { code: 'ALTRO_SERVIZIO', label: 'Altro servizio' },
  ],
};

export const CASE_AREAS: SystemListData = {
  key: 'case_areas',
  label: 'Cartella sociale – Aree',
  items: [
    { code: 'MINORI_FAMIGLIA', label: 'Minori e famiglia' },
    { code: 'ANZIANI', label: 'Anziani' },
    { code: 'DISABILI', label: 'Disabili' },
    { code: 'ADULTI_DISAGIO', label: 'Adulti in difficoltà' },
    { code: 'IMMIGRATI', label: 'Immigrati' },
    { code: 'DIPENDENZE', label: 'Dipendenze' },
  ],
};

export const DIARY_KINDS: SystemListData = {
  key: 'diary_kinds',
  label: 'Cartella sociale – Tipi di annotazione del diario',
  items: [
    { code: 'COLLOQUIO', label: 'Colloquio' },
    { code: 'VISITA_DOMICILIARE', label: 'Visita domiciliare' },
    { code: 'TELEFONATA', label: 'Telefonata' },
    { code: 'RIUNIONE_EQUIPE', label: 'Riunione d\u2019équipe' },
    { code: 'RELAZIONE', label: 'Relazione' },
    { code: 'ALTRO', label: 'Altro' },
  ],
};

export const CASE_PROBLEMS: SystemListData = {
  key: 'case_problems',
  label: 'Cartella sociale – Problematiche',
  items: [
    { code: 'ECONOMICA', label: 'Difficoltà economiche' },
    { code: 'ABITATIVA', label: 'Problemi abitativi' },
    { code: 'LAVORATIVA', label: 'Mancanza di lavoro' },
    { code: 'SALUTE', label: 'Problemi di salute' },
    { code: 'NON_AUTOSUFFICIENZA', label: 'Non autosufficienza' },
    { code: 'DISABILITA', label: 'Disabilità' },
    { code: 'DIPENDENZA', label: 'Dipendenza' },
    { code: 'DISAGIO_PSICHICO', label: 'Disagio psichico' },
    { code: 'GENITORIALITA', label: 'Difficoltà genitoriali' },
    { code: 'VIOLENZA', label: 'Violenza o maltrattamento' },
    { code: 'ISOLAMENTO', label: 'Isolamento sociale' },
    { code: 'SCOLASTICA', label: 'Difficoltà scolastiche' },
    { code: 'GIUDIZIARIA', label: 'Procedimenti giudiziari' },
    { code: 'INTEGRAZIONE', label: 'Difficoltà di integrazione' },
  ],
};

export const CASE_RESOURCES: SystemListData = {
  key: 'case_resources',
  label: 'Cartella sociale – Risorse',
  items: [
    { code: 'RETE_FAMILIARE', label: 'Rete familiare di sostegno' },
    { code: 'RETE_AMICALE', label: 'Rete amicale o di vicinato' },
    { code: 'REDDITO', label: 'Reddito stabile' },
    { code: 'ABITAZIONE', label: 'Abitazione adeguata' },
    { code: 'COMPETENZE', label: 'Competenze professionali' },
    { code: 'MOTIVAZIONE', label: 'Motivazione al cambiamento' },
    { code: 'VOLONTARIATO', label: 'Associazioni e volontariato' },
    { code: 'SERVIZI_SANITARI', label: 'Servizi sanitari coinvolti' },
    { code: 'SCUOLA', label: 'Scuola' },
  ],
};

export const CASE_DOCUMENT_KINDS: SystemListData = {
  key: 'case_document_kinds',
  label: 'Cartella sociale – Tipi di documento',
  items: [
    { code: 'RELAZIONE', label: 'Relazione sociale' },
    { code: 'DECRETO', label: 'Provvedimento dell\u2019autorità giudiziaria' },
    { code: 'CERTIFICATO', label: 'Certificato sanitario' },
    { code: 'ISEE', label: 'Attestazione ISEE' },
    { code: 'CONSENSO', label: 'Consenso informato' },
    { code: 'CORRISPONDENZA', label: 'Corrispondenza' },
    { code: 'ALTRO', label: 'Altro' },
  ],
};

export const CASEWORK_LISTS = [
  REFERRAL_SOURCES,
  CASE_AREAS,
  DIARY_KINDS,
  CASE_PROBLEMS,
  CASE_RESOURCES,
  CASE_DOCUMENT_KINDS,
];
