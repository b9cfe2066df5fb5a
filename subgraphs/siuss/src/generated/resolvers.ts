// Generato da graphql-codegen (npm run codegen) dallo schema del sottografo siuss: non modificare a mano.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SocialBenefit as SocialBenefitModel } from '../entities/socialBenefit.entity';
import type { Transmission as TransmissionModel, TransmissionItem as TransmissionItemModel } from '../entities/transmission.entity';
import type { ImportJob as ImportJobModel, ImportLayout as ImportLayoutModel, ImportErrorRow as ImportErrorRowModel } from '../entities/importJob.entity';
import type { IndicatorMeasurementResult as IndicatorMeasurementResultModel, ReadAuditEntry as ReadAuditEntryModel } from '@sisa/kernel';
import type { SiussContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Data di calendario nel formato YYYY-MM-DD (RFC 3339 full-date). */
  Date: { input: string; output: string | Date; }
  /** Istante in formato RFC 3339 con fuso orario obbligatorio (es. "2026-12-08T10:00:00Z", "2026-12-08T11:00:00+01:00"). */
  DateTime: { input: Date; output: Date | string; }
  /** Numero decimale esatto come stringa, mai un numero JSON: punto come separatore, nessun separatore delle migliaia, al massimo 15 cifre intere e 2 decimali (es. "187.50"). */
  Decimal: { input: string; output: string; }
  /** Un qualunque valore JSON. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: string; output: string; }
};

/** CaratterePrestazione: 1 periodica, 2 occasionale (una tantum). */
export type BenefitCharacter =
  /** 2: occasionale (una tantum). */
  | 'OCCASIONAL'
  /** 1: periodica. */
  | 'PERIODIC';

/** Residenza del beneficiario (Indirizzo): per l'Italia regione e comune ISTAT. */
export type BenefitResidence = {
  __typename?: 'BenefitResidence';
  /** CodiceNazione, ISO 3166 numerico (380 Italia). */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** CodiceComune, codice ISTAT di 6 cifre. */
  municipalityCode?: Maybe<Scalars['String']['output']>;
  /** CodiceRegione, 2 cifre. */
  regionCode?: Maybe<Scalars['String']['output']>;
};

/** Residenza del beneficiario. */
export type BenefitResidenceInput = {
  /** Codice ISO numerico, alfa-2/3 o nome dello Stato (380 se assente). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** CodiceComune, codice ISTAT di 6 cifre. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** CodiceRegione, 2 cifre. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** Da dove viene una prestazione sociale (source). */
export type BenefitSource =
  /** Importata da un file. */
  | 'IMPORT'
  /** Inserita a mano (o da un client API). */
  | 'MANUAL'
  /** Estratta da un intervento economico del REI. */
  | 'REI';

/** Un invio di cui il record ha fatto parte: I inserimento, C annullamento, CI annullamento e nuovo inserimento. */
export type BenefitTransmission = {
  __typename?: 'BenefitTransmission';
  /** La versione del record inviata. */
  benefitVersion: Scalars['Int']['output'];
  /** TipoOperazione: I, C o CI. */
  operation: Scalars['String']['output'];
  /** L'esito INPS per questo invio, se registrato. */
  outcome?: Maybe<SiussOutcome>;
  /** L'invio. */
  transmission: Transmission;
};

/** Una colonna di un tracciato: da dove leggere un attributo. */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** Attributo XSD (CodiceFiscale, Cognome, …) o campo personalizzato (customFields.chiave). */
  attribute: Scalars['String']['output'];
  /** Intestazione della colonna nel file (COLUMN_MAPPING). */
  header?: Maybe<Scalars['String']['output']>;
  /** Larghezza (FIXED_WIDTH). */
  length?: Maybe<Scalars['Int']['output']>;
  /** Primo carattere, da 1 (FIXED_WIDTH). */
  start?: Maybe<Scalars['Int']['output']>;
};

/** Una colonna di un tracciato. */
export type ImportColumnInput = {
  /** Attributo XSD (CodiceFiscale, Cognome, …) o campo personalizzato (customFields.chiave). */
  attribute: Scalars['String']['input'];
  /** Intestazione della colonna nel file (COLUMN_MAPPING). */
  header?: InputMaybe<Scalars['String']['input']>;
  /** Larghezza (FIXED_WIDTH). */
  length?: InputMaybe<Scalars['Int']['input']>;
  /** Primo carattere, da 1 (FIXED_WIDTH). */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** Una riga scartata: la sua riga nel file (come la numera un foglio di calcolo) e i motivi. */
export type ImportError = {
  __typename?: 'ImportError';
  /** Gli stessi motivi, strutturati: riga, colonna come la chiama il file, valore come scritto, messaggio, campo (vuoto per le importazioni precedenti). */
  issues: Array<ImportIssue>;
  /** I motivi dello scarto, una frase ciascuno: `Riga 12, colonna "ImportoPrestazione": "12,345" non è un importo valido (al massimo due decimali)`. */
  reasons: Array<Scalars['String']['output']>;
  /** Riga del file come la mostra un foglio di calcolo o un editor di testo, da 1 (con l'intestazione alla riga 1 il primo dato è la 2); contano anche le righe vuote e quelle di un campo tra virgolette su più righe. */
  row: Scalars['Int']['output'];
};

/** Il formato di un file importato. */
export type ImportFormat =
  /** Testo delimitato (CSV). */
  | 'CSV'
  /** Testo delimitato o a larghezza fissa (TXT). */
  | 'TXT'
  /** Foglio di calcolo Excel (XLSX). */
  | 'XLSX';

/** Un problema di una riga scartata, come si legge nel file. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  /** La colonna come la chiama il file: la sua intestazione (anche secondo il tracciato), o il nome del campo del tracciato a larghezza fissa. */
  column: Scalars['String']['output'];
  /** Il campo del record che la colonna riempie (percorso GraphQL, es. amount). */
  field: Scalars['String']['output'];
  /** Riga del file (come in ImportError.row). */
  line: Scalars['Int']['output'];
  /** Cosa non va, senza colonna né valore (es. «non è un importo valido (al massimo due decimali)»). */
  message: Scalars['String']['output'];
  /** Il valore esattamente come scritto nel file (vuoto se la cella è vuota o la colonna manca). */
  value: Scalars['String']['output'];
};

/** Un'importazione: avanzamento e righe scartate. I record compaiono tutti insieme alla fine, o nessuno. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** Righe importate. */
  accepted: Scalars['Int']['output'];
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Le prime 100 righe scartate; tutte nel CSV di rejectsUrl. */
  errors: Array<ImportError>;
  /** Perché l'importazione è fallita (nessun record importato). */
  failure?: Maybe<Scalars['String']['output']>;
  /** Nome del file caricato. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** Quando è terminata. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Formato del file: CSV, XLSX o TXT. */
  format: ImportFormat;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Righe che hanno creato un nuovo record (inserted). */
  inserted: Scalars['Int']['output'];
  /** Le prime 100 righe che hanno trovato una prestazione già presente (aggiornata o invariata), con il record. */
  outcomes: Array<ImportRowOutcome>;
  /** Righe scartate. */
  rejected: Scalars['Int']['output'];
  /** Percorso del gateway del CSV con tutte le righe scartate: le colonne e i valori del file originale, più la colonna «Motivi» (UTF-8 con BOM, stesso separatore); corretto, si importa di nuovo. */
  rejectsUrl: Scalars['String']['output'];
  /** Percorso del gateway dello stesso file degli scarti in XLSX, per le importazioni da XLSX (altrimenti null). */
  rejectsXlsxUrl?: Maybe<Scalars['String']['output']>;
  /** Righe lette. */
  rows: Scalars['Int']['output'];
  /** Impronta SHA-256 del file (esadecimale), calcolata alla lettura: lo stesso file importato di nuovo viene segnalato. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** RUNNING, COMPLETED o FAILED. */
  status: ImportJobStatus;
  /** Righe di una prestazione già presente con gli stessi valori: nulla cambiato, nulla da inviare (unchanged). */
  unchanged: Scalars['Int']['output'];
  /** Righe di una prestazione già presente con valori diversi: il record è stato aggiornato (updated), nuova versione, e se già inviato ne parte la correzione. */
  updated: Scalars['Int']['output'];
};

/** Una pagina di importazioni. */
export type ImportJobPage = {
  __typename?: 'ImportJobPage';
  /** Gli elementi della pagina. */
  items: Array<ImportJob>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Lo stato di un'importazione. */
export type ImportJobStatus =
  /** Conclusa: i record importati sono salvati. */
  | 'COMPLETED'
  /** Non riuscita: nessun record importato (failure dice perché). */
  | 'FAILED'
  /** In corso. */
  | 'RUNNING';

/** Un tracciato salvato dall'ente per leggere i suoi file. */
export type ImportLayout = {
  __typename?: 'ImportLayout';
  /** Le colonne. */
  columns: Array<ImportColumn>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Come legge il file. */
  kind: ImportLayoutKind;
  /** Nome del tracciato. */
  name: Scalars['String']['output'];
  /** Salta la prima riga (intestazione) nei file a larghezza fissa. */
  skipFirstLine: Scalars['Boolean']['output'];
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};

/** Un tracciato di importazione. */
export type ImportLayoutInput = {
  /** Le colonne. */
  columns: Array<ImportColumnInput>;
  /** Come legge il file. */
  kind: ImportLayoutKind;
  /** Nome del tracciato. */
  name: Scalars['String']['input'];
  /** Salta la prima riga nei file a larghezza fissa. */
  skipFirstLine?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Come un tracciato legge un file. */
export type ImportLayoutKind =
  /** Intestazioni delle colonne del file → attributi XSD (CSV, XLSX, TXT delimitato). */
  | 'COLUMN_MAPPING'
  /** Posizioni fisse (inizio e lunghezza) → attributi XSD (TXT a larghezza fissa). */
  | 'FIXED_WIDTH';

/** Una riga dell'importazione che ha trovato una prestazione già presente. */
export type ImportRowOutcome = {
  __typename?: 'ImportRowOutcome';
  /** Il record trovato. */
  benefitId: Scalars['ID']['output'];
  /** Il messaggio per l'operatore: «aggiornata» o «già presente, invariata». */
  message: Scalars['String']['output'];
  /** Aggiornata o invariata. */
  outcome: ImportRowOutcomeKind;
  /** Riga del file (come in ImportError.row). */
  row: Scalars['Int']['output'];
};

/** Cosa ha fatto una riga a una prestazione già presente (stessa chiave naturale). */
export type ImportRowOutcomeKind =
  /** Già presente, invariata: stessi valori, nulla cambiato. */
  | 'UNCHANGED'
  /** Aggiornata: valori diversi, record modificato. */
  | 'UPDATED';

/** Il valore di un indicatore per un gruppo (es. per stato o per comune). */
export type IndicatorGroup = {
  __typename?: 'IndicatorGroup';
  /** Il valore esatto come stringa decimale (importi: "1234.50"; medie arrotondate a due decimali). */
  decimalValue?: Maybe<Scalars['Decimal']['output']>;
  /** La chiave del gruppo (il valore del campo di raggruppamento). */
  key: Scalars['String']['output'];
  /**
   * Il valore dell'indicatore nel gruppo; null se non calcolabile.
   * @deprecated Usare decimalValue: un Float non rappresenta esattamente gli importi
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Il valore di un indicatore, calcolato dal servizio che possiede i dati. */
export type IndicatorMeasurement = {
  /** Quando il valore è stato calcolato (può venire da una cache di pochi secondi). */
  computedAt: Scalars['DateTime']['output'];
  /** Il valore esatto come stringa decimale (importi: "1234.50"; medie arrotondate a due decimali). */
  decimalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Perché l'indicatore ora non si può calcolare (per esempio un campo usato non esiste più). */
  error?: Maybe<Scalars['String']['output']>;
  /** Il valore per gruppo, quando l'indicatore raggruppa (group by); vuoto altrimenti. */
  groups: Array<IndicatorGroup>;
  /**
   * Il valore complessivo; null se non calcolabile (vedi error).
   * @deprecated Usare decimalValue: un Float non rappresenta esattamente gli importi
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** PresenzaProvaMezzi: 1 soggetta a ISEE (PSA), 2 prova dei mezzi non ISEE, 3 ISEE ma esentata per il beneficiario, 4 nessuna prova dei mezzi. */
export type MeansTest =
  /** 1: soggetta a ISEE. */
  | 'ISEE'
  /** 3: soggetta a ISEE ma esentata per il beneficiario. */
  | 'ISEE_EXEMPT'
  /** 4: nessuna prova dei mezzi. */
  | 'NONE'
  /** 2: prova dei mezzi diversa dall'ISEE. */
  | 'OTHER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Annulla il record; se era stato inviato, il prossimo invio porta l'annullamento (TipoOperazione C). */
  cancelSocialBenefit: SocialBenefit;
  /** Registra una prestazione sociale. */
  createSocialBenefit: SocialBenefit;
  /** Genera i file dei record VALID non ancora inviati (PS_PSA_SINA) o dei minori con dati SINBA; prima, transmissionPreview mostra cosa conterrà. */
  createTransmission: Transmission;
  /** Elimina un tracciato. */
  deleteImportLayout: Scalars['Boolean']['output'];
  /** Estrae gli interventi economici concessi nei progetti REI: idempotente (la seconda volta non aggiunge nulla). Restituisce i record creati o aggiornati. */
  extractBenefitsFromRei: Scalars['Int']['output'];
  /** Registra l'esito INPS di un record di un invio. */
  recordSiussOutcome: SocialBenefit;
  /** Crea (senza id) o modifica un tracciato di importazione. */
  saveImportLayout: ImportLayout;
  /** Cambia solo i campi presenti in input. `expectedVersion` è la versione letta: se nel frattempo è cambiata, CONFLICT con `extensions.currentVersion`. */
  updateSocialBenefit: SocialBenefit;
};


export type MutationCancelSocialBenefitArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateSocialBenefitArgs = {
  input: SocialBenefitInput;
};


export type MutationCreateTransmissionArgs = {
  input: TransmissionInput;
};


export type MutationDeleteImportLayoutArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExtractBenefitsFromReiArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type MutationRecordSiussOutcomeArgs = {
  benefitId: Scalars['ID']['input'];
  input: SiussOutcomeInput;
  transmissionId: Scalars['ID']['input'];
};


export type MutationSaveImportLayoutArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ImportLayoutInput;
};


export type MutationUpdateSocialBenefitArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SocialBenefitUpdateInput;
};

/** Dove si trova una pagina nel suo elenco: per scorrere tutto l'elenco, chiedere la pagina successiva finché hasNextPage è true. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Vero se dopo questa pagina ce ne sono altre. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Il numero della pagina restituita (da 1), come richiesto. */
  page: Scalars['Int']['output'];
  /** Gli elementi per pagina richiesti (da 1 a 200). */
  perPage: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Gli attributi XSD che un'importazione riconosce (intestazioni predefinite). */
  importAttributes: Array<Scalars['String']['output']>;
  /** Un'importazione. */
  importJob?: Maybe<ImportJob>;
  /** Le importazioni, dalla più recente. */
  importJobs: ImportJobPage;
  /** I tracciati di importazione dell'ente. */
  importLayouts: Array<ImportLayout>;
  /** Le colonne di un file da importare con descrizione, formato, esempio e obbligatorietà: quelle standard senza layoutId, altrimenti quelle del tracciato (null se il tracciato non esiste). */
  siussImportColumns?: Maybe<Array<SiussImportColumn>>;
  /** I modelli da scaricare (CSV e XLSX) per le colonne standard o per un tracciato (null se il tracciato non esiste). */
  siussImportTemplates?: Maybe<SiussImportTemplates>;
  /** Registro delle letture del SIUSS: le operazioni che hanno restituito dati personali, dalla più recente (amministratore dell'ente). */
  siussReadAuditLog: ReadAuditPage;
  /** Una prestazione sociale dell'ente. */
  socialBenefit?: Maybe<SocialBenefit>;
  /** Le prestazioni già registrate che potrebbero essere la stessa (stesso beneficiario e prestazione, stessa chiave o periodo sovrapposto): la console le mostra come «Possibile duplicato» prima di salvare. Le annullate e i duplicati messi da parte non compaiono. */
  socialBenefitDuplicates: Array<SocialBenefitDuplicate>;
  /** Le prestazioni sociali dell'ente. */
  socialBenefits: SocialBenefitPage;
  /** Un invio all'INPS. */
  transmission?: Maybe<Transmission>;
  /** Cosa conterrebbe il prossimo invio del flusso, prima di generarlo. */
  transmissionPreview: TransmissionPreview;
  /** Gli invii all'INPS, dal più recente. */
  transmissions: TransmissionPage;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySiussImportColumnsArgs = {
  layoutId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySiussImportTemplatesArgs = {
  layoutId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySiussReadAuditLogArgs = {
  filter?: InputMaybe<ReadAuditFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySocialBenefitArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySocialBenefitDuplicatesArgs = {
  excludeId?: InputMaybe<Scalars['ID']['input']>;
  input: SocialBenefitKeyInput;
};


export type QuerySocialBenefitsArgs = {
  filter?: InputMaybe<SocialBenefitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SocialBenefitSort>;
};


export type QueryTransmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransmissionPreviewArgs = {
  input: TransmissionPreviewInput;
};


export type QueryTransmissionsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** Un'operazione che ha restituito dati personali, come l'ha registrata un servizio. */
export type ReadAuditEntry = {
  __typename?: 'ReadAuditEntry';
  /** Nome utente o nome del client API. */
  actor: Scalars['String']['output'];
  /** L'identificativo dell'utente o del client API. */
  actorId: Scalars['String']['output'];
  /** user o client. */
  actorKind: Scalars['String']['output'];
  /** Quando l'operazione è stata eseguita. */
  at: Scalars['DateTime']['output'];
  /** L'X-Request-Id inviato dal chiamante, solo per correlazione. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Identificativo della riga nel registro del servizio. */
  id: Scalars['ID']['output'];
  /** Il nome dell'operazione GraphQL (operationName), se indicato. */
  operation?: Maybe<Scalars['String']['output']>;
  /** I record restituiti, per tipo. */
  records: Array<ReadAuditRecords>;
  /** L'identificativo della richiesta assegnato dal gateway (X-Request-Id della risposta). */
  requestId: Scalars['String']['output'];
  /** I campi dell'operazione, o il file scaricato. */
  rootFields: Array<Scalars['String']['output']>;
  /** Il servizio che ha risposto: registry, rei o siuss. */
  service: Scalars['String']['output'];
  /** I campi di categoria particolare selezionati (Tipo.campo). */
  specialFields: Array<Scalars['String']['output']>;
};

/** Filtro del registro delle letture: ogni campo indicato restringe. */
export type ReadAuditFilter = {
  /** Solo le operazioni di questo utente o client API (nome). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Dall'istante indicato (compreso). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Le operazioni che hanno restituito questo record. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Solo la richiesta con questo identificativo (X-Request-Id). */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** Fino all'istante indicato (escluso). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Una pagina del registro delle letture, dalla più recente. */
export type ReadAuditPage = {
  __typename?: 'ReadAuditPage';
  /** Le voci della pagina. */
  items: Array<ReadAuditEntry>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quante voci in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** I record di un tipo restituiti da un'operazione. */
export type ReadAuditRecords = {
  __typename?: 'ReadAuditRecords';
  /** Gli identificativi dei record restituiti. */
  ids: Array<Scalars['ID']['output']>;
  /** Il tipo GraphQL dei record (es. Subject). */
  type: Scalars['String']['output'];
};

/** Sesso come lo codifica il codice fiscale. */
export type Sex =
  /** Femminile. */
  | 'F'
  /** Maschile. */
  | 'M';

/** Valutazione multidimensionale SINA (codici dello schema PS_PSA_SINA201812). */
export type SinaAssessment = {
  __typename?: 'SinaAssessment';
  /** FonteDerivazioneValutazione 1–4. */
  assessmentSource: Scalars['Int']['output'];
  /** StrumentoValutazione 1–7. */
  assessmentTool: Scalars['Int']['output'];
  /** DisturbiComportamentali 1–2. */
  behaviouralDisorders: Scalars['Int']['output'];
  /** InvaliditaCivile: codici InvCiv 1–8. */
  civilDisabilities: Array<Scalars['Int']['output']>;
  /** DisturbiAreaCognitiva 1–3. */
  cognitiveDisorders?: Maybe<Scalars['Int']['output']>;
  /** AttivitaVitaQuotidiana 1–3. */
  dailyActivities: Scalars['Int']['output'];
  /** FonteDerivazioneInvalidita 1–2. */
  disabilitySource?: Maybe<Scalars['Int']['output']>;
  /** NecessitaCureSanitarie 1–3. */
  healthCareNeeds?: Maybe<Scalars['Int']['output']>;
  /** AreaReddituale 1–3. */
  incomeArea: Scalars['Int']['output'];
  /** Mobilita 1–3. */
  mobility: Scalars['Int']['output'];
  /** NecessitaInterventiSociali: codici delle prestazioni necessarie. */
  neededServices: Array<Scalars['String']['output']>;
  /** AreaSupporto 1–3. */
  supportArea: Scalars['Int']['output'];
};

/** Valutazione multidimensionale SINA. */
export type SinaAssessmentInput = {
  /** FonteDerivazioneValutazione 1–4. */
  assessmentSource: Scalars['Int']['input'];
  /** StrumentoValutazione 1–7. */
  assessmentTool: Scalars['Int']['input'];
  /** DisturbiComportamentali 1–2. */
  behaviouralDisorders: Scalars['Int']['input'];
  /** InvaliditaCivile: codici InvCiv 1–8. */
  civilDisabilities?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** DisturbiAreaCognitiva 1–3. */
  cognitiveDisorders?: InputMaybe<Scalars['Int']['input']>;
  /** AttivitaVitaQuotidiana 1–3. */
  dailyActivities: Scalars['Int']['input'];
  /** FonteDerivazioneInvalidita 1–2. */
  disabilitySource?: InputMaybe<Scalars['Int']['input']>;
  /** NecessitaCureSanitarie 1–3. */
  healthCareNeeds?: InputMaybe<Scalars['Int']['input']>;
  /** AreaReddituale 1–3. */
  incomeArea: Scalars['Int']['input'];
  /** Mobilita 1–3. */
  mobility: Scalars['Int']['input'];
  /** NecessitaInterventiSociali: codici delle prestazioni necessarie. */
  neededServices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** AreaSupporto 1–3. */
  supportArea: Scalars['Int']['input'];
};

/** Flussi INPS: PS_PSA_SINA (prestazioni, con SINA) e SINBA (minori, pseudonimo). */
export type SiussFlow =
  /** Prestazioni sociali, con la valutazione SINA. */
  | 'PS_PSA_SINA'
  /** Minori (SINBA), con pseudonimo. */
  | 'SINBA';

/** Una colonna che un'importazione legge: nome nel file e come compilarla (stesso catalogo dei modelli scaricabili). */
export type SiussImportColumn = {
  __typename?: 'SiussImportColumn';
  /** L'attributo XSD (CodiceFiscale, …) o il campo personalizzato (customFields.chiave). */
  attribute: Scalars['String']['output'];
  /** Che cos'è. */
  description: Scalars['String']['output'];
  /** Un esempio di valore (vuoto se non ha senso un esempio unico). */
  example: Scalars['String']['output'];
  /** Il campo del record che riempie (percorso GraphQL, es. monthlyAmount). */
  field: Scalars['String']['output'];
  /** Come scriverla (formato). */
  format: Scalars['String']['output'];
  /** Nome breve in italiano. */
  label: Scalars['String']['output'];
  /** Larghezza (tracciati a larghezza fissa). */
  length?: Maybe<Scalars['Int']['output']>;
  /** Il nome della colonna nel file: l'intestazione (tracciato a colonne) o l'attributo XSD. */
  name: Scalars['String']['output'];
  /** Vero se una riga senza questo valore viene scartata. */
  required: Scalars['Boolean']['output'];
  /** Primo carattere, da 1 (tracciati a larghezza fissa). */
  start?: Maybe<Scalars['Int']['output']>;
};

/** I modelli di file da compilare per importare (intestazione e una riga d'esempio). */
export type SiussImportTemplates = {
  __typename?: 'SiussImportTemplates';
  /** Percorso del gateway del modello CSV (UTF-8 con BOM, separatore ;). */
  csvUrl: Scalars['String']['output'];
  /** Percorso del gateway del modello XLSX (con il foglio «Istruzioni»). */
  xlsxUrl: Scalars['String']['output'];
};

/** Misura di un indicatore sulle prestazioni sociali, calcolata qui dalla specifica nella chiave. */
export type SiussMeasurement = IndicatorMeasurement & {
  __typename?: 'SiussMeasurement';
  /** Quando il valore è stato calcolato. */
  computedAt: Scalars['DateTime']['output'];
  /** Il valore esatto come stringa decimale (importi: "1234.50"). */
  decimalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Perché l'indicatore ora non si può calcolare. */
  error?: Maybe<Scalars['String']['output']>;
  /** Il valore per gruppo, quando l'indicatore raggruppa. */
  groups: Array<IndicatorGroup>;
  /** La chiave dell'indicatore (specifica codificata) restituita dal servizio di configurazione. */
  spec: Scalars['String']['output'];
  /**
   * Il valore complessivo; null se non calcolabile (vedi error).
   * @deprecated Usare decimalValue: un Float non rappresenta esattamente gli importi
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** L'esito comunicato dall'INPS per un record inviato. */
export type SiussOutcome = {
  __typename?: 'SiussOutcome';
  /** Vero se l'INPS ha accettato il record. */
  accepted: Scalars['Boolean']['output'];
  /** Il motivo dello scarto, se scartato. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Quando l'esito è stato registrato. */
  recordedAt: Scalars['DateTime']['output'];
};

/** L'esito INPS di un record. */
export type SiussOutcomeInput = {
  /** Vero se accettato. */
  accepted: Scalars['Boolean']['input'];
  /** Il motivo dello scarto. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Una prestazione sociale (record SIUSS): il beneficiario e ogni attributo di PrestazioniSociali. */
export type SocialBenefit = {
  __typename?: 'SocialBenefit';
  /** ImportoPrestazione. */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Il soggetto dell'anagrafe con questo codice fiscale, se c'è. */
  beneficiary?: Maybe<Subject>;
  /** LuogoNascita: codice catastale del comune o codice Z dello Stato. */
  birthPlaceCode?: Maybe<Scalars['String']['output']>;
  /** AnnoNascita. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** CaratterePrestazione. */
  character: BenefitCharacter;
  /** CodiceCittadinanza, ISO 3166 numerico. */
  citizenshipCode?: Maybe<Scalars['String']['output']>;
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields: Scalars['JSON']['output'];
  /** DataDSU. */
  dsuDate?: Maybe<Scalars['Date']['output']>;
  /** NumeroProtocolloDSU. */
  dsuProtocol?: Maybe<Scalars['String']['output']>;
  /** AnnoProtocolloDSU. */
  dsuYear?: Maybe<Scalars['Int']['output']>;
  /** Se il record è un duplicato (duplicate): l'id del record con la stessa chiave naturale (codice fiscale, prestazione, protocollo, periodo) che resta valido. Un duplicato non viene inviato all'INPS; se l'INPS lo ha già ricevuto, annullarlo ne invia la cancellazione. */
  duplicateOf?: Maybe<Scalars['ID']['output']>;
  /** DataFinePrestazione (l'invio divide per anno solare). */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** ImportoQuotaEnte. */
  entityShare?: Maybe<Scalars['Decimal']['output']>;
  /** DataEvento. */
  eventDate?: Maybe<Scalars['Date']['output']>;
  /** Nome. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** CodiceFiscale del beneficiario. */
  fiscalCode: Scalars['String']['output'];
  /** ImportoQuotaSSN. */
  healthServiceShare?: Maybe<Scalars['Decimal']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** L'ultimo esito INPS registrato. */
  inpsOutcome?: Maybe<SiussOutcome>;
  /** ImportoSogliaISEE. */
  iseeThreshold?: Maybe<Scalars['Decimal']['output']>;
  /** I problemi aperti (vuoto se VALID). */
  issues: Array<ValidationIssue>;
  /** Cognome. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** PresenzaProvaMezzi. */
  meansTest: MeansTest;
  /** ImportoMensile. */
  monthlyAmount?: Maybe<Scalars['Decimal']['output']>;
  /** OreServizioMensile. */
  monthlyHours?: Maybe<Scalars['Decimal']['output']>;
  /** PeriodoErogazione: mesi coperti (calcolati dalle date se non indicati). */
  months?: Maybe<Scalars['Int']['output']>;
  /** DataErogazionePrestazione. */
  paymentDate?: Maybe<Scalars['Date']['output']>;
  /** Vero quando l'INPS ha una versione precedente da annullare col prossimo invio. */
  pendingCancellation: Scalars['Boolean']['output'];
  /** ProtocolloDomanda. */
  requestProtocol: Scalars['String']['output'];
  /** ImportoQuotaRichiesta. */
  requestedShare?: Maybe<Scalars['Decimal']['output']>;
  /** Residenza del beneficiario. */
  residence: BenefitResidence;
  /** CodiceSecondaCittadinanza. */
  secondCitizenshipCode?: Maybe<Scalars['String']['output']>;
  /** CodicePrestazione (elenco siuss_service). */
  serviceCode: Scalars['String']['output'];
  /** DenominazionePrestazione (10–200 caratteri). */
  serviceName: Scalars['String']['output'];
  /** Genere: M (1) o F (2). */
  sex?: Maybe<Sex>;
  /** Valutazione multidimensionale SINA, se presente. */
  sina?: Maybe<SinaAssessment>;
  /** Dati SINBA del minore, per nome di attributo XSD (codici), con ComposizioneFamiglia come elenco. */
  sinba?: Maybe<Scalars['JSON']['output']>;
  /** Da dove viene il record: REI, IMPORT o MANUAL. */
  source: BenefitSource;
  /** Id dell'origine (intervento REI, riga di importazione). */
  sourceId?: Maybe<Scalars['String']['output']>;
  /** DataInizioPrestazione. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Lo stato del record. */
  status: SocialBenefitStatus;
  /** PresaCarico. */
  takenInCharge: Scalars['Boolean']['output'];
  /** Gli invii di cui ha fatto parte, i più recenti prima. */
  transmissions: Array<BenefitTransmission>;
  /** L'ultimo invio. */
  transmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** AreaUtenza. */
  userArea?: Maybe<UserArea>;
  /** ImportoQuotaUtente. */
  userShare?: Maybe<Scalars['Decimal']['output']>;
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};

/** Una prestazione esistente che potrebbe essere un duplicato (possibile duplicato). */
export type SocialBenefitDuplicate = {
  __typename?: 'SocialBenefitDuplicate';
  /** La prestazione esistente. */
  benefit: SocialBenefit;
  /** Perché è simile. */
  match: SocialBenefitDuplicateMatch;
};

/** Perché una prestazione esistente potrebbe essere la stessa che si sta registrando. */
export type SocialBenefitDuplicateMatch =
  /** Stessi beneficiario, prestazione e periodo, protocollo diverso. */
  | 'OTHER_PROTOCOL'
  /** Stessi beneficiario e prestazione, periodo sovrapposto. */
  | 'OVERLAPPING_PERIOD'
  /** Stessa chiave naturale (codice fiscale, prestazione, protocollo, periodo): il salvataggio sarebbe rifiutato. */
  | 'SAME_KEY';

/** Filtro delle prestazioni sociali: ogni campo indicato restringe. */
export type SocialBenefitFilter = {
  /** CaratterePrestazione. */
  character?: InputMaybe<BenefitCharacter>;
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** CodiceFiscale del beneficiario. */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  /** Periodo della prestazione (inizio o erogazione) dal… */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Con (true) o senza (false) problemi aperti. */
  hasIssues?: InputMaybe<Scalars['Boolean']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Con un problema su questo campo (es. fiscalCode). */
  issueField?: InputMaybe<Scalars['String']['input']>;
  /** PresenzaProvaMezzi. */
  meansTest?: InputMaybe<MeansTest>;
  /** CodicePrestazione (elenco siuss_service). */
  serviceCode?: InputMaybe<Scalars['String']['input']>;
  /** Solo i record di questa origine. */
  source?: InputMaybe<BenefitSource>;
  /** Solo questi stati. */
  status?: InputMaybe<Array<SocialBenefitStatus>>;
  /** …al. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Solo i record di questo invio. */
  transmissionId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Un record SIUSS. I dati anagrafici assenti si prendono dal soggetto dell'anagrafe con lo stesso codice
 * fiscale, se c'è. I testi si normalizzano (spazi, maiuscole per codici e nomi); i problemi non bloccano
 * il salvataggio ma rendono il record INVALID.
 */
export type SocialBenefitInput = {
  /** ImportoPrestazione. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** LuogoNascita: codice catastale del comune o codice Z dello Stato. */
  birthPlaceCode?: InputMaybe<Scalars['String']['input']>;
  /** AnnoNascita. */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** CaratterePrestazione. */
  character: BenefitCharacter;
  /** ISO numerico, alfa-2/3 o nome dello Stato. */
  citizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** DataDSU. */
  dsuDate?: InputMaybe<Scalars['Date']['input']>;
  /** NumeroProtocolloDSU. */
  dsuProtocol?: InputMaybe<Scalars['String']['input']>;
  /** AnnoProtocolloDSU. */
  dsuYear?: InputMaybe<Scalars['Int']['input']>;
  /** DataFinePrestazione (l'invio divide per anno solare). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** ImportoQuotaEnte. */
  entityShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** DataEvento. */
  eventDate?: InputMaybe<Scalars['Date']['input']>;
  /** Nome. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** CodiceFiscale del beneficiario. */
  fiscalCode: Scalars['String']['input'];
  /** ImportoQuotaSSN. */
  healthServiceShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** ImportoSogliaISEE. */
  iseeThreshold?: InputMaybe<Scalars['Decimal']['input']>;
  /** Cognome. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** PresenzaProvaMezzi. */
  meansTest: MeansTest;
  /** ImportoMensile. */
  monthlyAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** OreServizioMensile. */
  monthlyHours?: InputMaybe<Scalars['Decimal']['input']>;
  /** PeriodoErogazione: mesi coperti (calcolati dalle date se non indicati). */
  months?: InputMaybe<Scalars['Int']['input']>;
  /** DataErogazionePrestazione. */
  paymentDate?: InputMaybe<Scalars['Date']['input']>;
  /** ProtocolloDomanda. */
  requestProtocol: Scalars['String']['input'];
  /** ImportoQuotaRichiesta. */
  requestedShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** Residenza del beneficiario. */
  residence?: InputMaybe<BenefitResidenceInput>;
  /** CodiceSecondaCittadinanza. */
  secondCitizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** CodicePrestazione (elenco siuss_service). */
  serviceCode: Scalars['String']['input'];
  /** Se assente, la denominazione dell'elenco siuss_service. */
  serviceName?: InputMaybe<Scalars['String']['input']>;
  /** M, F, 1 o 2. */
  sex?: InputMaybe<Scalars['String']['input']>;
  /** Valutazione SINA. */
  sina?: InputMaybe<SinaAssessmentInput>;
  /** Dati SINBA del minore, per nome di attributo XSD (codici), con ComposizioneFamiglia come elenco. */
  sinba?: InputMaybe<Scalars['JSON']['input']>;
  /** DataInizioPrestazione. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** PresaCarico. */
  takenInCharge: Scalars['Boolean']['input'];
  /** AreaUtenza. */
  userArea?: InputMaybe<UserArea>;
  /** ImportoQuotaUtente. */
  userShare?: InputMaybe<Scalars['Decimal']['input']>;
};

/** I dati che identificano una prestazione, per cercarne i possibili duplicati prima di salvarla. */
export type SocialBenefitKeyInput = {
  /** DataFinePrestazione. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Codice fiscale del beneficiario. */
  fiscalCode: Scalars['String']['input'];
  /** DataErogazionePrestazione. */
  paymentDate?: InputMaybe<Scalars['Date']['input']>;
  /** ProtocolloDomanda (maiuscole e spazi non contano). */
  requestProtocol?: InputMaybe<Scalars['String']['input']>;
  /** CodicePrestazione. */
  serviceCode: Scalars['String']['input'];
  /** DataInizioPrestazione. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Una pagina di prestazioni sociali. */
export type SocialBenefitPage = {
  __typename?: 'SocialBenefitPage';
  /** Gli elementi della pagina. */
  items: Array<SocialBenefit>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco delle prestazioni sociali: il campo e il verso. */
export type SocialBenefitSort = {
  /** Il campo su cui ordinare. */
  field: SocialBenefitSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco delle prestazioni sociali (socialBenefits). */
export type SocialBenefitSortField =
  /** Importo. */
  | 'AMOUNT'
  /** Data di creazione. */
  | 'CREATED_AT'
  /** Codice fiscale del beneficiario. */
  | 'FISCAL_CODE'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID'
  /** Cognome del beneficiario. */
  | 'LAST_NAME'
  /** Importo mensile. */
  | 'MONTHLY_AMOUNT'
  /** Data di erogazione. */
  | 'PAYMENT_DATE'
  /** CodicePrestazione. */
  | 'SERVICE_CODE'
  /** Data di inizio della prestazione. */
  | 'START_DATE'
  /** Stato del record. */
  | 'STATUS'
  /** Data dell'ultima modifica. */
  | 'UPDATED_AT';

/**
 * DRAFT (riservato), VALID (pronto per l'invio), INVALID (con problemi da correggere), TRANSMITTED
 * (inviato com'è ora), CANCELLED (annullato; se era stato inviato, l'annullamento parte col prossimo invio).
 */
export type SocialBenefitStatus =
  /** Annullato. */
  | 'CANCELLED'
  /** Riservato: non si invia. */
  | 'DRAFT'
  /** Con problemi da correggere (issues). */
  | 'INVALID'
  /** Inviato com'è ora. */
  | 'TRANSMITTED'
  /** Pronto per l'invio. */
  | 'VALID';

/**
 * Modifica di un record SIUSS: ogni campo è facoltativo e ha lo stesso nome che in SocialBenefitInput. Un
 * campo assente resta com'è; null lo cancella (null su fiscalCode, serviceCode, meansTest, character,
 * requestProtocol o takenInCharge è un errore sul campo). `residence`, `sina` e `sinba` sono valori unici:
 * se presenti sostituiscono il tutto. Cambiando il servizio senza serviceName si prende la denominazione
 * dell'elenco; cambiando le date senza months i mesi si ricalcolano se erano calcolati.
 */
export type SocialBenefitUpdateInput = {
  /** ImportoPrestazione. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** LuogoNascita: codice catastale del comune o codice Z dello Stato. */
  birthPlaceCode?: InputMaybe<Scalars['String']['input']>;
  /** AnnoNascita. */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** CaratterePrestazione. */
  character?: InputMaybe<BenefitCharacter>;
  /** ISO numerico, alfa-2/3 o nome dello Stato. */
  citizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** DataDSU. */
  dsuDate?: InputMaybe<Scalars['Date']['input']>;
  /** NumeroProtocolloDSU. */
  dsuProtocol?: InputMaybe<Scalars['String']['input']>;
  /** AnnoProtocolloDSU. */
  dsuYear?: InputMaybe<Scalars['Int']['input']>;
  /** DataFinePrestazione (l'invio divide per anno solare). */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** ImportoQuotaEnte. */
  entityShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** DataEvento. */
  eventDate?: InputMaybe<Scalars['Date']['input']>;
  /** Nome. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** CodiceFiscale del beneficiario. */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  /** ImportoQuotaSSN. */
  healthServiceShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** ImportoSogliaISEE. */
  iseeThreshold?: InputMaybe<Scalars['Decimal']['input']>;
  /** Cognome. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** PresenzaProvaMezzi. */
  meansTest?: InputMaybe<MeansTest>;
  /** ImportoMensile. */
  monthlyAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** OreServizioMensile. */
  monthlyHours?: InputMaybe<Scalars['Decimal']['input']>;
  /** PeriodoErogazione: mesi coperti (calcolati dalle date se non indicati). */
  months?: InputMaybe<Scalars['Int']['input']>;
  /** DataErogazionePrestazione. */
  paymentDate?: InputMaybe<Scalars['Date']['input']>;
  /** ProtocolloDomanda. */
  requestProtocol?: InputMaybe<Scalars['String']['input']>;
  /** ImportoQuotaRichiesta. */
  requestedShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** Residenza del beneficiario. */
  residence?: InputMaybe<BenefitResidenceInput>;
  /** CodiceSecondaCittadinanza. */
  secondCitizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** CodicePrestazione (elenco siuss_service). */
  serviceCode?: InputMaybe<Scalars['String']['input']>;
  /** Se assente, la denominazione dell'elenco siuss_service. */
  serviceName?: InputMaybe<Scalars['String']['input']>;
  /** M, F, 1 o 2. */
  sex?: InputMaybe<Scalars['String']['input']>;
  /** Valutazione SINA. */
  sina?: InputMaybe<SinaAssessmentInput>;
  /** Dati SINBA del minore, per nome di attributo XSD (codici), con ComposizioneFamiglia come elenco. */
  sinba?: InputMaybe<Scalars['JSON']['input']>;
  /** DataInizioPrestazione. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** PresaCarico. */
  takenInCharge?: InputMaybe<Scalars['Boolean']['input']>;
  /** AreaUtenza. */
  userArea?: InputMaybe<UserArea>;
  /** ImportoQuotaUtente. */
  userShare?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Verso dell'ordinamento (sort order). */
export type SortOrder =
  /** Crescente (ascending): A→Z, dal più vecchio al più recente. */
  | 'ASC'
  /** Decrescente (descending): Z→A, dal più recente al più vecchio. */
  | 'DESC';

/** Una persona dell'anagrafica dell'ente. Raggiungibile anche per codice fiscale (chiave usata dal servizio siuss). */
export type Subject = {
  __typename?: 'Subject';
  /** Codice fiscale (16 caratteri), unico nell'ente. */
  fiscalCode: Scalars['String']['output'];
  /** Le prestazioni sociali registrate per questo codice fiscale, le più recenti prima (null, con un errore su questo campo, senza siuss:read o se SIUSS non risponde). */
  socialBenefits?: Maybe<Array<SocialBenefit>>;
};

/** Un invio all'INPS: i file generati, completi, con il loro hash. */
export type Transmission = {
  __typename?: 'Transmission';
  /** Record (prestazioni) inclusi. */
  benefitCount: Scalars['Int']['output'];
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Chi l'ha generato. */
  createdBy: Scalars['String']['output'];
  /** I file generati. */
  files: Array<TransmissionFile>;
  /** Il flusso (PS_PSA_SINA o SINBA). */
  flow: SiussFlow;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Elementi scritti (PrestazioniSociali dopo la divisione per anno, o SINBA). */
  recordCount: Scalars['Int']['output'];
  /** Elementi per file. */
  recordsPerFile: Scalars['Int']['output'];
  /** READY quando i file sono completi (un invio fallito non lascia nulla). */
  status: TransmissionStatus;
};

/** Un motivo di esclusione dall'invio. */
export type TransmissionExcludedReason = {
  __typename?: 'TransmissionExcludedReason';
  /** Quanti record hanno questo problema. */
  count: Scalars['Int']['output'];
  /** L'attributo del record, come nei problemi del record. */
  field: Scalars['String']['output'];
  /** Cosa non va. */
  message: Scalars['String']['output'];
};

/** Un file XML di un invio. */
export type TransmissionFile = {
  __typename?: 'TransmissionFile';
  /** Nome del file. */
  name: Scalars['String']['output'];
  /** Elementi nel file. */
  records: Scalars['Int']['output'];
  /** Impronta SHA-256 del file (esadecimale). */
  sha256: Scalars['String']['output'];
  /** Dimensione in byte. */
  sizeBytes: Scalars['Int']['output'];
  /** Percorso del gateway da cui scaricarlo (stesso token, solo il proprio ente). */
  url: Scalars['String']['output'];
};

/** Un nuovo invio. */
export type TransmissionInput = {
  /** L'impronta dell'anteprima confermata (TransmissionPreview.fingerprint): se i record da inviare sono cambiati da allora, nulla è generato (CONFLICT). */
  confirm?: InputMaybe<Scalars['String']['input']>;
  /** Il flusso (predefinito PS_PSA_SINA). */
  flow?: InputMaybe<SiussFlow>;
  /** Codice fiscale dell'operatore che invia (CFOperatore). */
  operatorFiscalCode: Scalars['String']['input'];
  /** Record (elementi) per file: 1 per la cooperazione applicativa (un beneficiario e una prestazione per file). */
  recordsPerFile?: InputMaybe<Scalars['Int']['input']>;
};

/** Una pagina di invii. */
export type TransmissionPage = {
  __typename?: 'TransmissionPage';
  /** Gli elementi della pagina. */
  items: Array<Transmission>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** L'anteprima di un invio: cosa conterrà, cosa resta fuori e perché. Nulla è ancora scritto. */
export type TransmissionPreview = {
  __typename?: 'TransmissionPreview';
  /** Record (prestazioni) che l'invio conterrà. */
  benefitCount: Scalars['Int']['output'];
  /** Di cui annullamenti di quanto l'INPS ha già ricevuto (TipoOperazione C). */
  cancellationCount: Scalars['Int']['output'];
  /** Di cui correzioni (C del dato inviato, poi I del dato nuovo). */
  correctionCount: Scalars['Int']['output'];
  /** Record con problemi aperti (da correggere): restano fuori dall'invio. */
  excludedCount: Scalars['Int']['output'];
  /** I motivi di esclusione più frequenti (al massimo 20). */
  excludedReasons: Array<TransmissionExcludedReason>;
  /** File che saranno scritti con i record per file indicati. */
  fileCount: Scalars['Int']['output'];
  /** Da passare a createTransmission (confirm): se nel frattempo i record da inviare cambiano, l'invio non parte. */
  fingerprint: Scalars['String']['output'];
  /** Il flusso. */
  flow: SiussFlow;
  /** Gli elementi per prestazione e anno (per SINBA: per prestazione, anno assente). */
  groups: Array<TransmissionPreviewGroup>;
  /** Elementi scritti (PrestazioniSociali dopo la divisione per anno, o bambini SINBA). */
  recordCount: Scalars['Int']['output'];
};

/** Gli elementi di una prestazione in un anno. */
export type TransmissionPreviewGroup = {
  __typename?: 'TransmissionPreviewGroup';
  /** Elementi PrestazioniSociali (SINBA: record) di questa prestazione in quell'anno. */
  records: Scalars['Int']['output'];
  /** CodicePrestazione. */
  serviceCode: Scalars['String']['output'];
  /** DenominazionePrestazione. */
  serviceName: Scalars['String']['output'];
  /** L'anno solare (assente per SINBA). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** L'anteprima di un invio. */
export type TransmissionPreviewInput = {
  /** Il flusso (predefinito PS_PSA_SINA). */
  flow?: InputMaybe<SiussFlow>;
  /** Record (elementi) per file: 1 per la cooperazione applicativa (un beneficiario e una prestazione per file). */
  recordsPerFile?: InputMaybe<Scalars['Int']['input']>;
};

/** Lo stato di un invio all'INPS: esiste solo quando i suoi file sono completi. */
export type TransmissionStatus =
  /** Pronto: i file sono completi e si possono scaricare. */
  | 'READY';

/** AreaUtenza: 1 famiglia e minori, 2 disabilità e non autosufficienza, 3 povertà ed esclusione sociale. */
export type UserArea =
  /** 2: disabilità e non autosufficienza. */
  | 'DISABILITY_AND_DEPENDENCY'
  /** 1: famiglia e minori. */
  | 'FAMILY_AND_MINORS'
  /** 3: povertà ed esclusione sociale. */
  | 'POVERTY_AND_EXCLUSION';

/** Un problema di un record: il campo (percorso GraphQL) e cosa non va, in italiano, con il nome dell'attributo XSD. */
export type ValidationIssue = {
  __typename?: 'ValidationIssue';
  /** Il campo (percorso GraphQL, es. sina.mobility). */
  field: Scalars['String']['output'];
  /** Il nome del campo per le persone, in italiano (es. «Importo mensile» per monthlyAmount). */
  label: Scalars['String']['output'];
  /** Cosa non va. */
  message: Scalars['String']['output'];
};

export type _ObjectType = BenefitResidence | BenefitTransmission | ImportColumn | ImportError | ImportIssue | ImportJob | ImportJobPage | ImportLayout | ImportRowOutcome | IndicatorGroup | PageInfo | ReadAuditEntry | ReadAuditPage | ReadAuditRecords | SinaAssessment | SiussImportColumn | SiussImportTemplates | SiussMeasurement | SiussOutcome | SocialBenefit | SocialBenefitDuplicate | SocialBenefitPage | Subject | Transmission | TransmissionExcludedReason | TransmissionFile | TransmissionPage | TransmissionPreview | TransmissionPreviewGroup | ValidationIssue;



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  SiussMeasurement: SiussMeasurement;
  SocialBenefit: SocialBenefit;
  Subject: Subject;
  Transmission: Transmission;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  SiussMeasurement:
    ( { __typename: 'SiussMeasurement' }
    & GraphQLRecursivePick<FederationTypes['SiussMeasurement'], {"spec":true}> );
  SocialBenefit:
    ( { __typename: 'SocialBenefit' }
    & GraphQLRecursivePick<FederationTypes['SocialBenefit'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"fiscalCode":true}> );
  Transmission:
    ( { __typename: 'Transmission' }
    & GraphQLRecursivePick<FederationTypes['Transmission'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  _ObjectType:
    | ( BenefitResidence )
    | ( TransmissionItemModel )
    | ( ImportColumn )
    | ( ImportErrorRowModel )
    | ( ImportIssue )
    | ( ImportJobModel )
    | ( Omit<ImportJobPage, 'items'> & { items: Array<_RefType['ImportJob']> } )
    | ( ImportLayoutModel )
    | ( ImportRowOutcome )
    | ( IndicatorGroup )
    | ( PageInfo )
    | ( ReadAuditEntryModel )
    | ( Omit<ReadAuditPage, 'items'> & { items: Array<_RefType['ReadAuditEntry']> } )
    | ( ReadAuditRecords )
    | ( SinaAssessment )
    | ( SiussImportColumn )
    | ( SiussImportTemplates )
    | ( IndicatorMeasurementResultModel )
    | ( SiussOutcome )
    | ( SocialBenefitModel )
    | ( Omit<SocialBenefitDuplicate, 'benefit'> & { benefit: _RefType['SocialBenefit'] } )
    | ( Omit<SocialBenefitPage, 'items'> & { items: Array<_RefType['SocialBenefit']> } )
    | ( { __typename?: 'Subject'; fiscalCode: string } )
    | ( TransmissionModel )
    | ( TransmissionExcludedReason )
    | ( TransmissionFile )
    | ( Omit<TransmissionPage, 'items'> & { items: Array<_RefType['Transmission']> } )
    | ( TransmissionPreview )
    | ( TransmissionPreviewGroup )
    | ( ValidationIssue )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  IndicatorMeasurement: ( IndicatorMeasurementResultModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BenefitCharacter: BenefitCharacter;
  BenefitResidence: ResolverTypeWrapper<BenefitResidence>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BenefitResidenceInput: BenefitResidenceInput;
  BenefitSource: BenefitSource;
  BenefitTransmission: ResolverTypeWrapper<TransmissionItemModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ImportColumn: ResolverTypeWrapper<ImportColumn>;
  ImportColumnInput: ImportColumnInput;
  ImportError: ResolverTypeWrapper<ImportErrorRowModel>;
  ImportFormat: ImportFormat;
  ImportIssue: ResolverTypeWrapper<ImportIssue>;
  ImportJob: ResolverTypeWrapper<ImportJobModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportJobPage: ResolverTypeWrapper<Omit<ImportJobPage, 'items'> & { items: Array<ResolversTypes['ImportJob']> }>;
  ImportJobStatus: ImportJobStatus;
  ImportLayout: ResolverTypeWrapper<ImportLayoutModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImportLayoutInput: ImportLayoutInput;
  ImportLayoutKind: ImportLayoutKind;
  ImportRowOutcome: ResolverTypeWrapper<ImportRowOutcome>;
  ImportRowOutcomeKind: ImportRowOutcomeKind;
  IndicatorGroup: ResolverTypeWrapper<IndicatorGroup>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorMeasurement: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorMeasurement']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MeansTest: MeansTest;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadAuditEntry: ResolverTypeWrapper<ReadAuditEntryModel>;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: ResolverTypeWrapper<Omit<ReadAuditPage, 'items'> & { items: Array<ResolversTypes['ReadAuditEntry']> }>;
  ReadAuditRecords: ResolverTypeWrapper<ReadAuditRecords>;
  Sex: Sex;
  SinaAssessment: ResolverTypeWrapper<SinaAssessment>;
  SinaAssessmentInput: SinaAssessmentInput;
  SiussFlow: SiussFlow;
  SiussImportColumn: ResolverTypeWrapper<SiussImportColumn>;
  SiussImportTemplates: ResolverTypeWrapper<SiussImportTemplates>;
  SiussMeasurement: ResolverTypeWrapper<IndicatorMeasurementResultModel>;
  SiussOutcome: ResolverTypeWrapper<SiussOutcome>;
  SiussOutcomeInput: SiussOutcomeInput;
  SocialBenefit: ResolverTypeWrapper<SocialBenefitModel>;
  SocialBenefitDuplicate: ResolverTypeWrapper<Omit<SocialBenefitDuplicate, 'benefit'> & { benefit: ResolversTypes['SocialBenefit'] }>;
  SocialBenefitDuplicateMatch: SocialBenefitDuplicateMatch;
  SocialBenefitFilter: SocialBenefitFilter;
  SocialBenefitInput: SocialBenefitInput;
  SocialBenefitKeyInput: SocialBenefitKeyInput;
  SocialBenefitPage: ResolverTypeWrapper<Omit<SocialBenefitPage, 'items'> & { items: Array<ResolversTypes['SocialBenefit']> }>;
  SocialBenefitSort: SocialBenefitSort;
  SocialBenefitSortField: SocialBenefitSortField;
  SocialBenefitStatus: SocialBenefitStatus;
  SocialBenefitUpdateInput: SocialBenefitUpdateInput;
  SortOrder: SortOrder;
  Subject: ResolverTypeWrapper<{ __typename?: 'Subject'; fiscalCode: string }>;
  Transmission: ResolverTypeWrapper<TransmissionModel>;
  TransmissionExcludedReason: ResolverTypeWrapper<TransmissionExcludedReason>;
  TransmissionFile: ResolverTypeWrapper<TransmissionFile>;
  TransmissionInput: TransmissionInput;
  TransmissionPage: ResolverTypeWrapper<Omit<TransmissionPage, 'items'> & { items: Array<ResolversTypes['Transmission']> }>;
  TransmissionPreview: ResolverTypeWrapper<TransmissionPreview>;
  TransmissionPreviewGroup: ResolverTypeWrapper<TransmissionPreviewGroup>;
  TransmissionPreviewInput: TransmissionPreviewInput;
  TransmissionStatus: TransmissionStatus;
  UserArea: UserArea;
  ValidationIssue: ResolverTypeWrapper<ValidationIssue>;
  _ObjectType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['_ObjectType']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BenefitResidence: BenefitResidence;
  String: Scalars['String']['output'];
  BenefitResidenceInput: BenefitResidenceInput;
  BenefitTransmission: TransmissionItemModel;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ImportColumn: ImportColumn;
  ImportColumnInput: ImportColumnInput;
  ImportError: ImportErrorRowModel;
  ImportIssue: ImportIssue;
  ImportJob: ImportJobModel;
  ID: Scalars['ID']['output'];
  ImportJobPage: Omit<ImportJobPage, 'items'> & { items: Array<ResolversParentTypes['ImportJob']> };
  ImportLayout: ImportLayoutModel;
  Boolean: Scalars['Boolean']['output'];
  ImportLayoutInput: ImportLayoutInput;
  ImportRowOutcome: ImportRowOutcome;
  IndicatorGroup: IndicatorGroup;
  Float: Scalars['Float']['output'];
  IndicatorMeasurement: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorMeasurement'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReadAuditEntry: ReadAuditEntryModel;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: Omit<ReadAuditPage, 'items'> & { items: Array<ResolversParentTypes['ReadAuditEntry']> };
  ReadAuditRecords: ReadAuditRecords;
  SinaAssessment: SinaAssessment;
  SinaAssessmentInput: SinaAssessmentInput;
  SiussImportColumn: SiussImportColumn;
  SiussImportTemplates: SiussImportTemplates;
  SiussMeasurement: IndicatorMeasurementResultModel;
  SiussOutcome: SiussOutcome;
  SiussOutcomeInput: SiussOutcomeInput;
  SocialBenefit: SocialBenefitModel;
  SocialBenefitDuplicate: Omit<SocialBenefitDuplicate, 'benefit'> & { benefit: ResolversParentTypes['SocialBenefit'] };
  SocialBenefitFilter: SocialBenefitFilter;
  SocialBenefitInput: SocialBenefitInput;
  SocialBenefitKeyInput: SocialBenefitKeyInput;
  SocialBenefitPage: Omit<SocialBenefitPage, 'items'> & { items: Array<ResolversParentTypes['SocialBenefit']> };
  SocialBenefitSort: SocialBenefitSort;
  SocialBenefitUpdateInput: SocialBenefitUpdateInput;
  Subject: { __typename?: 'Subject'; fiscalCode: string };
  Transmission: TransmissionModel;
  TransmissionExcludedReason: TransmissionExcludedReason;
  TransmissionFile: TransmissionFile;
  TransmissionInput: TransmissionInput;
  TransmissionPage: Omit<TransmissionPage, 'items'> & { items: Array<ResolversParentTypes['Transmission']> };
  TransmissionPreview: TransmissionPreview;
  TransmissionPreviewGroup: TransmissionPreviewGroup;
  TransmissionPreviewInput: TransmissionPreviewInput;
  ValidationIssue: ValidationIssue;
  _ObjectType: ResolversUnionTypes<ResolversParentTypes>['_ObjectType'];
};

export type BenefitResidenceResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['BenefitResidence'] = ResolversParentTypes['BenefitResidence']> = {
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BenefitTransmissionResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['BenefitTransmission'] = ResolversParentTypes['BenefitTransmission']> = {
  benefitVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SiussOutcome']>, ParentType, ContextType>;
  transmission?: Resolver<ResolversTypes['Transmission'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ImportColumnResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportColumn'] = ResolversParentTypes['ImportColumn']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  header?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportErrorResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportError'] = ResolversParentTypes['ImportError']> = {
  issues?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportIssueResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportIssue'] = ResolversParentTypes['ImportIssue']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportJobResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportError']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['ImportRowOutcome']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectsUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectsXlsxUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportJobPageResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportJobPage'] = ResolversParentTypes['ImportJobPage']> = {
  items?: Resolver<Array<ResolversTypes['ImportJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportLayoutResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportLayout'] = ResolversParentTypes['ImportLayout']> = {
  columns?: Resolver<Array<ResolversTypes['ImportColumn']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImportLayoutKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skipFirstLine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportRowOutcomeResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ImportRowOutcome'] = ResolversParentTypes['ImportRowOutcome']> = {
  benefitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportRowOutcomeKind'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorGroupResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['IndicatorGroup'] = ResolversParentTypes['IndicatorGroup']> = {
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorMeasurementResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['IndicatorMeasurement'] = ResolversParentTypes['IndicatorMeasurement']> = {
  __resolveType: TypeResolveFn<'SiussMeasurement', ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelSocialBenefit?: Resolver<ResolversTypes['SocialBenefit'], ParentType, ContextType, RequireFields<MutationCancelSocialBenefitArgs, 'id'>>;
  createSocialBenefit?: Resolver<ResolversTypes['SocialBenefit'], ParentType, ContextType, RequireFields<MutationCreateSocialBenefitArgs, 'input'>>;
  createTransmission?: Resolver<ResolversTypes['Transmission'], ParentType, ContextType, RequireFields<MutationCreateTransmissionArgs, 'input'>>;
  deleteImportLayout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteImportLayoutArgs, 'id'>>;
  extractBenefitsFromRei?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationExtractBenefitsFromReiArgs, 'from' | 'to'>>;
  recordSiussOutcome?: Resolver<ResolversTypes['SocialBenefit'], ParentType, ContextType, RequireFields<MutationRecordSiussOutcomeArgs, 'benefitId' | 'input' | 'transmissionId'>>;
  saveImportLayout?: Resolver<ResolversTypes['ImportLayout'], ParentType, ContextType, RequireFields<MutationSaveImportLayoutArgs, 'input'>>;
  updateSocialBenefit?: Resolver<ResolversTypes['SocialBenefit'], ParentType, ContextType, RequireFields<MutationUpdateSocialBenefitArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  importAttributes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryImportJobArgs, 'id'>>;
  importJobs?: Resolver<ResolversTypes['ImportJobPage'], ParentType, ContextType, RequireFields<QueryImportJobsArgs, 'page' | 'perPage'>>;
  importLayouts?: Resolver<Array<ResolversTypes['ImportLayout']>, ParentType, ContextType>;
  siussImportColumns?: Resolver<Maybe<Array<ResolversTypes['SiussImportColumn']>>, ParentType, ContextType, Partial<QuerySiussImportColumnsArgs>>;
  siussImportTemplates?: Resolver<Maybe<ResolversTypes['SiussImportTemplates']>, ParentType, ContextType, Partial<QuerySiussImportTemplatesArgs>>;
  siussReadAuditLog?: Resolver<ResolversTypes['ReadAuditPage'], ParentType, ContextType, RequireFields<QuerySiussReadAuditLogArgs, 'page' | 'perPage'>>;
  socialBenefit?: Resolver<Maybe<ResolversTypes['SocialBenefit']>, ParentType, ContextType, RequireFields<QuerySocialBenefitArgs, 'id'>>;
  socialBenefitDuplicates?: Resolver<Array<ResolversTypes['SocialBenefitDuplicate']>, ParentType, ContextType, RequireFields<QuerySocialBenefitDuplicatesArgs, 'input'>>;
  socialBenefits?: Resolver<ResolversTypes['SocialBenefitPage'], ParentType, ContextType, RequireFields<QuerySocialBenefitsArgs, 'page' | 'perPage'>>;
  transmission?: Resolver<Maybe<ResolversTypes['Transmission']>, ParentType, ContextType, RequireFields<QueryTransmissionArgs, 'id'>>;
  transmissionPreview?: Resolver<ResolversTypes['TransmissionPreview'], ParentType, ContextType, RequireFields<QueryTransmissionPreviewArgs, 'input'>>;
  transmissions?: Resolver<ResolversTypes['TransmissionPage'], ParentType, ContextType, RequireFields<QueryTransmissionsArgs, 'page' | 'perPage'>>;
};

export type ReadAuditEntryResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ReadAuditEntry'] = ResolversParentTypes['ReadAuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  correlationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ReadAuditRecords']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuditPageResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ReadAuditPage'] = ResolversParentTypes['ReadAuditPage']> = {
  items?: Resolver<Array<ResolversTypes['ReadAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuditRecordsResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ReadAuditRecords'] = ResolversParentTypes['ReadAuditRecords']> = {
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SinaAssessmentResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SinaAssessment'] = ResolversParentTypes['SinaAssessment']> = {
  assessmentSource?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assessmentTool?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  behaviouralDisorders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  civilDisabilities?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  cognitiveDisorders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dailyActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabilitySource?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  healthCareNeeds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  incomeArea?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mobility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neededServices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  supportArea?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SiussImportColumnResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SiussImportColumn'] = ResolversParentTypes['SiussImportColumn']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  example?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SiussImportTemplatesResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SiussImportTemplates'] = ResolversParentTypes['SiussImportTemplates']> = {
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  xlsxUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SiussMeasurementResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SiussMeasurement'] = ResolversParentTypes['SiussMeasurement'], FederationReferenceType extends FederationReferenceTypes['SiussMeasurement'] = FederationReferenceTypes['SiussMeasurement']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiussMeasurement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['IndicatorGroup']>, ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SiussOutcomeResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SiussOutcome'] = ResolversParentTypes['SiussOutcome']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialBenefitResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SocialBenefit'] = ResolversParentTypes['SocialBenefit'], FederationReferenceType extends FederationReferenceTypes['SocialBenefit'] = FederationReferenceTypes['SocialBenefit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialBenefit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  birthPlaceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  character?: Resolver<ResolversTypes['BenefitCharacter'], ParentType, ContextType>;
  citizenshipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  dsuDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dsuProtocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dsuYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entityShare?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  eventDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fiscalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthServiceShare?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inpsOutcome?: Resolver<Maybe<ResolversTypes['SiussOutcome']>, ParentType, ContextType>;
  iseeThreshold?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['ValidationIssue']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meansTest?: Resolver<ResolversTypes['MeansTest'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  monthlyHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  months?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  pendingCancellation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestProtocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedShare?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  residence?: Resolver<ResolversTypes['BenefitResidence'], ParentType, ContextType>;
  secondCitizenshipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  sina?: Resolver<Maybe<ResolversTypes['SinaAssessment']>, ParentType, ContextType>;
  sinba?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['BenefitSource'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SocialBenefitStatus'], ParentType, ContextType>;
  takenInCharge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transmissions?: Resolver<Array<ResolversTypes['BenefitTransmission']>, ParentType, ContextType>;
  transmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userArea?: Resolver<Maybe<ResolversTypes['UserArea']>, ParentType, ContextType>;
  userShare?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialBenefitDuplicateResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SocialBenefitDuplicate'] = ResolversParentTypes['SocialBenefitDuplicate']> = {
  benefit?: Resolver<ResolversTypes['SocialBenefit'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SocialBenefitDuplicateMatch'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialBenefitPageResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['SocialBenefitPage'] = ResolversParentTypes['SocialBenefitPage']> = {
  items?: Resolver<Array<ResolversTypes['SocialBenefit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fiscalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  socialBenefits?: Resolver<Maybe<Array<ResolversTypes['SocialBenefit']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransmissionResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['Transmission'] = ResolversParentTypes['Transmission'], FederationReferenceType extends FederationReferenceTypes['Transmission'] = FederationReferenceTypes['Transmission']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transmission']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['TransmissionFile']>, ParentType, ContextType>;
  flow?: Resolver<ResolversTypes['SiussFlow'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsPerFile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransmissionStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransmissionExcludedReasonResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['TransmissionExcludedReason'] = ResolversParentTypes['TransmissionExcludedReason']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransmissionFileResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['TransmissionFile'] = ResolversParentTypes['TransmissionFile']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransmissionPageResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['TransmissionPage'] = ResolversParentTypes['TransmissionPage']> = {
  items?: Resolver<Array<ResolversTypes['Transmission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransmissionPreviewResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['TransmissionPreview'] = ResolversParentTypes['TransmissionPreview']> = {
  benefitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancellationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  correctionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedReasons?: Resolver<Array<ResolversTypes['TransmissionExcludedReason']>, ParentType, ContextType>;
  fileCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flow?: Resolver<ResolversTypes['SiussFlow'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['TransmissionPreviewGroup']>, ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransmissionPreviewGroupResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['TransmissionPreviewGroup'] = ResolversParentTypes['TransmissionPreviewGroup']> = {
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ValidationIssueResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['ValidationIssue'] = ResolversParentTypes['ValidationIssue']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type _ObjectTypeResolvers<ContextType = SiussContext, ParentType extends ResolversParentTypes['_ObjectType'] = ResolversParentTypes['_ObjectType']> = {
  __resolveType: TypeResolveFn<'BenefitResidence' | 'BenefitTransmission' | 'ImportColumn' | 'ImportError' | 'ImportIssue' | 'ImportJob' | 'ImportJobPage' | 'ImportLayout' | 'ImportRowOutcome' | 'IndicatorGroup' | 'PageInfo' | 'ReadAuditEntry' | 'ReadAuditPage' | 'ReadAuditRecords' | 'SinaAssessment' | 'SiussImportColumn' | 'SiussImportTemplates' | 'SiussMeasurement' | 'SiussOutcome' | 'SocialBenefit' | 'SocialBenefitDuplicate' | 'SocialBenefitPage' | 'Subject' | 'Transmission' | 'TransmissionExcludedReason' | 'TransmissionFile' | 'TransmissionPage' | 'TransmissionPreview' | 'TransmissionPreviewGroup' | 'ValidationIssue', ParentType, ContextType>;
};

export type Resolvers<ContextType = SiussContext> = {
  BenefitResidence?: BenefitResidenceResolvers<ContextType>;
  BenefitTransmission?: BenefitTransmissionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ImportColumn?: ImportColumnResolvers<ContextType>;
  ImportError?: ImportErrorResolvers<ContextType>;
  ImportIssue?: ImportIssueResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobPage?: ImportJobPageResolvers<ContextType>;
  ImportLayout?: ImportLayoutResolvers<ContextType>;
  ImportRowOutcome?: ImportRowOutcomeResolvers<ContextType>;
  IndicatorGroup?: IndicatorGroupResolvers<ContextType>;
  IndicatorMeasurement?: IndicatorMeasurementResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadAuditEntry?: ReadAuditEntryResolvers<ContextType>;
  ReadAuditPage?: ReadAuditPageResolvers<ContextType>;
  ReadAuditRecords?: ReadAuditRecordsResolvers<ContextType>;
  SinaAssessment?: SinaAssessmentResolvers<ContextType>;
  SiussImportColumn?: SiussImportColumnResolvers<ContextType>;
  SiussImportTemplates?: SiussImportTemplatesResolvers<ContextType>;
  SiussMeasurement?: SiussMeasurementResolvers<ContextType>;
  SiussOutcome?: SiussOutcomeResolvers<ContextType>;
  SocialBenefit?: SocialBenefitResolvers<ContextType>;
  SocialBenefitDuplicate?: SocialBenefitDuplicateResolvers<ContextType>;
  SocialBenefitPage?: SocialBenefitPageResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  Transmission?: TransmissionResolvers<ContextType>;
  TransmissionExcludedReason?: TransmissionExcludedReasonResolvers<ContextType>;
  TransmissionFile?: TransmissionFileResolvers<ContextType>;
  TransmissionPage?: TransmissionPageResolvers<ContextType>;
  TransmissionPreview?: TransmissionPreviewResolvers<ContextType>;
  TransmissionPreviewGroup?: TransmissionPreviewGroupResolvers<ContextType>;
  ValidationIssue?: ValidationIssueResolvers<ContextType>;
  _ObjectType?: _ObjectTypeResolvers<ContextType>;
};

