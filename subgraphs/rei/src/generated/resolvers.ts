// Generato da graphql-codegen (npm run codegen) dallo schema del sottografo rei: non modificare a mano.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReiApplication as ReiApplicationModel } from '../entities/reiApplication.entity';
import type { ReiProject as ReiProjectModel } from '../entities/reiProject.entity';
import type { ReiIntervention as ReiInterventionModel } from '../entities/reiIntervention.entity';
import type { InpsExport as InpsExportModel } from '../entities/inpsExport.entity';
import type { IndicatorMeasurementResult as IndicatorMeasurementResultModel, ReadAuditEntry as ReadAuditEntryModel } from '@sisa/kernel';
import type { ReiContext } from '../context';
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

/** Il calcolo del beneficio mensile con ogni passaggio; gli importi sono decimali esatti. */
export type BenefitComputation = {
  __typename?: 'BenefitComputation';
  /** Beneficio annuo (euro). */
  annualAmount: Scalars['Decimal']['output'];
  /** Massimale annuo (euro). */
  annualCap: Scalars['Decimal']['output'];
  /** Soglia annua per la scala (euro). */
  annualThreshold: Scalars['Decimal']['output'];
  /** Vero se il massimale ha ridotto il beneficio. */
  capApplied: Scalars['Boolean']['output'];
  /** Quando si applica il massimale. */
  capOrder: ReiCapOrder;
  /** Scala di equivalenza del nucleo. */
  equivalenceScale: Scalars['Decimal']['output'];
  /** Il calcolo passo per passo, in parole. */
  explanation: Array<Scalars['String']['output']>;
  /** Componenti del nucleo. */
  householdSize: Scalars['Int']['output'];
  /** ISR: indicatore della situazione reddituale (euro). */
  isr: Scalars['Decimal']['output'];
  /** Importo mensile prima degli altri trattamenti: annuo ÷ 12 arrotondato. */
  maximumMonthlyAmount: Scalars['Decimal']['output'];
  /** Il mese (AAAA-MM) per cui è calcolato, quando noto. */
  month?: Maybe<Scalars['String']['output']>;
  /** Importo mensile (euro). */
  monthlyAmount: Scalars['Decimal']['output'];
  /** Altri trattamenti che contano nel mese (euro). */
  otherBenefitsMonthly: Scalars['Decimal']['output'];
  /** Come si arrotonda. */
  roundingMode: ReiRoundingMode;
  /** La versione delle regole applicate (insieme di parametri, es. REI-2018). */
  rulesVersion: Scalars['String']['output'];
  /** Per una domanda: il beneficio di ogni mese, con le regole in vigore in quel mese (null in una simulazione). */
  schedule?: Maybe<Array<ReiBenefitMonth>>;
};

/** L'esito di un requisito. */
export type CheckOutcome =
  /** Non soddisfatto. */
  | 'FAILED'
  /** Non pertinente per questa domanda. */
  | 'NOT_APPLICABLE'
  /** Non verificabile con i dati disponibili: da verificare a mano. */
  | 'NOT_VERIFIABLE'
  /** Soddisfatto. */
  | 'PASSED';

/** Stato di una scadenza: da rispettare, superata, rispettata (in tempo o in ritardo), in attesa del suo inizio, non più pertinente. */
export type DeadlineState =
  /** Rispettata in tempo. */
  | 'MET'
  /** Rispettata in ritardo. */
  | 'MET_LATE'
  /** Non più pertinente. */
  | 'NOT_APPLICABLE'
  /** Superata e non rispettata. */
  | 'OVERDUE'
  /** Da rispettare. */
  | 'PENDING'
  /** Non ancora iniziata. */
  | 'WAITING';

/** Un nucleo familiare dell'anagrafe. */
export type Household = {
  __typename?: 'Household';
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Le domande REI del nucleo, le più recenti prima (null, con un errore su questo campo, senza rei:read o se REI non risponde). */
  reiApplications?: Maybe<Array<ReiApplication>>;
};

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

/** Un lotto di domande inviate all'INPS: il file da caricare e le domande che contiene. */
export type InpsExport = {
  __typename?: 'InpsExport';
  /** Domande contenute. */
  applicationCount: Scalars['Int']['output'];
  /** Le domande contenute. */
  applications: Array<ReiApplication>;
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Chi l'ha creato. */
  createdBy: Scalars['String']['output'];
  /** Nome del file. */
  fileName: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Impronta SHA-256 (esadecimale). */
  sha256: Scalars['String']['output'];
  /** Dimensione in byte. */
  sizeBytes: Scalars['Int']['output'];
  /** Dove scaricare il file (GET con lo stesso token, solo per l'ente che l'ha prodotto). */
  url: Scalars['String']['output'];
};

/** Filtro dei lotti inviati all'INPS. */
export type InpsExportFilter = {
  /** Creati dall'istante (compreso). */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Creati fino all'istante (escluso). */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Una pagina di lotti inviati all'INPS. */
export type InpsExportPage = {
  __typename?: 'InpsExportPage';
  /** Gli elementi della pagina. */
  items: Array<InpsExport>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco dei lotti inviati all'INPS: il campo e il verso. */
export type InpsExportSort = {
  /** Il campo su cui ordinare. */
  field: InpsExportSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco dei lotti inviati all'INPS (inpsExports). */
export type InpsExportSortField =
  /** Numero di domande del lotto. */
  | 'APPLICATION_COUNT'
  /** Data di creazione del lotto. */
  | 'CREATED_AT'
  /** Chi l'ha generato. */
  | 'CREATED_BY'
  /** Nome del file. */
  | 'FILE_NAME'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID';

/** L'esito dell'INPS. */
export type InpsOutcomeInput = {
  /** Data dell'esito. */
  decidedOn: Scalars['Date']['input'];
  /** Obbligatoria per accogliere in riesame una domanda respinta. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Accolta o respinta. */
  outcome: ReiInpsOutcome;
  /** Riferimento della comunicazione INPS. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Registra una domanda REI (in DRAFT). */
  createReiApplication: ReiApplication;
  /** Aggiunge una voce al registro delle comunicazioni e dei report del progetto. */
  logReiCommunication: ReiProject;
  /** Un operatore registra a mano l'esito di un requisito, con una nota. */
  recordCheck: ReiApplication;
  /** Registra l'esito dell'INPS su una domanda inviata. */
  recordInpsOutcome: ReiApplication;
  /** Valuta ogni requisito dai dati dell'anagrafe e dalle dichiarazioni, calcola il beneficio e il periodo. */
  runMunicipalChecks: ReiApplication;
  /** Crea o modifica il progetto personalizzato. */
  saveReiProject: ReiProject;
  /** Produce il file per l'INPS con le domande indicate (tutte CHECKS_PASSED) e le porta a SENT_TO_INPS. */
  sendToInps: InpsExport;
  /** Registra la sottoscrizione del progetto. */
  signReiProject: ReiProject;
  /** Sospensione, ripresa, revoca (decadenza) o conclusione, sempre con una nota. */
  transitionReiApplication: ReiApplication;
  /** Cambia solo i campi presenti in input. Modificare i dati di una domanda controllata la riporta in DRAFT (controlli da ripetere); dopo l'invio all'INPS si modificano solo i campi personalizzati. `expectedVersion` è la versione letta: se nel frattempo è cambiata, CONFLICT con `extensions.currentVersion`. */
  updateReiApplication: ReiApplication;
};


export type MutationCreateReiApplicationArgs = {
  input: ReiApplicationInput;
};


export type MutationLogReiCommunicationArgs = {
  applicationId: Scalars['ID']['input'];
  input: ReiCommunicationInput;
};


export type MutationRecordCheckArgs = {
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: CheckOutcome;
};


export type MutationRecordInpsOutcomeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: InpsOutcomeInput;
};


export type MutationRunMunicipalChecksArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSaveReiProjectArgs = {
  applicationId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: ReiProjectInput;
};


export type MutationSendToInpsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationSignReiProjectArgs = {
  applicationId: Scalars['ID']['input'];
  signedAt: Scalars['Date']['input'];
};


export type MutationTransitionReiApplicationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: ReiStatus;
};


export type MutationUpdateReiApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ReiApplicationUpdateInput;
};

/** Un altro trattamento assistenziale del nucleo (art. 4 c. 2). */
export type OtherBenefit = {
  __typename?: 'OtherBenefit';
  /** Importo (euro). */
  amount: Scalars['Decimal']['output'];
  /** Descrizione. */
  description: Scalars['String']['output'];
  /** Tipo. */
  kind: OtherBenefitKind;
  /** Falso per i trattamenti non soggetti alla prova dei mezzi: non riducono il REI. */
  meansTested: Scalars['Boolean']['output'];
  /** Mesi coperti. */
  months?: Maybe<Scalars['Int']['output']>;
  /** Il mese di pagamento (AAAA-MM) di un una tantum. */
  paidMonth?: Maybe<Scalars['String']['output']>;
};

/** Un altro trattamento assistenziale. */
export type OtherBenefitInput = {
  /** Importo (euro). */
  amount: Scalars['Decimal']['input'];
  /** Descrizione. */
  description: Scalars['String']['input'];
  /** Tipo. */
  kind: OtherBenefitKind;
  /** Falso per i trattamenti non soggetti alla prova dei mezzi (es. indennità di accompagnamento): non riducono il REI. */
  meansTested: Scalars['Boolean']['input'];
  /** PERIODIC: quanti mesi copre il pagamento. */
  months?: InputMaybe<Scalars['Int']['input']>;
  /** ONE_OFF: il mese in cui è stato pagato (AAAA-MM). */
  paidMonth?: InputMaybe<Scalars['String']['input']>;
};

/** Come è pagato un altro trattamento assistenziale (art. 4 c. 2): mensile, periodico (pro rata sui mesi), una tantum o mensilità aggiuntiva (1/12 nei 12 mesi successivi). */
export type OtherBenefitKind =
  /** Mensile. */
  | 'MONTHLY'
  /** Una tantum o mensilità aggiuntiva: 1/12 nei 12 mesi successivi. */
  | 'ONE_OFF'
  /** Periodico: ripartito sui mesi che copre. */
  | 'PERIODIC';

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
  /** Un lotto inviato all'INPS. */
  inpsExport?: Maybe<InpsExport>;
  /** I lotti inviati all'INPS, dal più recente. */
  inpsExports: InpsExportPage;
  /** Una domanda REI dell'ente. */
  reiApplication?: Maybe<ReiApplication>;
  /** Le domande REI dell'ente. */
  reiApplications: ReiApplicationPage;
  /** Il calcolatore del beneficio: stesse regole e stessa spiegazione del calcolo sulle domande. */
  reiBenefitSimulation: BenefitComputation;
  /**
   * Per il servizio siuss: gli interventi economici dei progetti sottoscritti il cui periodo (inizio–fine,
   * o la data di pagamento) tocca l'intervallo from–to, compresi quelli tolti dal progetto (removed).
   * Con changedSince solo quelli modificati da quell'istante.
   */
  reiGrantedInterventions: Array<ReiGrantedIntervention>;
  /** Il progetto personalizzato di una domanda. */
  reiProject?: Maybe<ReiProject>;
  /** Registro delle letture del REI: le operazioni che hanno restituito dati personali, dalla più recente (amministratore dell'ente). */
  reiReadAuditLog: ReadAuditPage;
};


export type QueryInpsExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInpsExportsArgs = {
  filter?: InputMaybe<InpsExportFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InpsExportSort>;
};


export type QueryReiApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReiApplicationsArgs = {
  filter?: InputMaybe<ReiApplicationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ReiApplicationSort>;
};


export type QueryReiBenefitSimulationArgs = {
  input: ReiSimulationInput;
};


export type QueryReiGrantedInterventionsArgs = {
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryReiProjectArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryReiReadAuditLogArgs = {
  filter?: InputMaybe<ReadAuditFilter>;
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

/** Una domanda di Reddito di Inclusione (REI). */
export type ReiApplication = {
  __typename?: 'ReiApplication';
  /** Punto di accesso dove è stata presentata. */
  accessPoint?: Maybe<Scalars['String']['output']>;
  /** Il richiedente, dall'anagrafe: null (con un errore su questo campo) senza registry:read o se l'anagrafe non risponde. */
  applicant?: Maybe<Subject>;
  /** Copia del codice fiscale e del nome del richiedente presi dall'anagrafe agli ultimi controlli. */
  applicantFiscalCode?: Maybe<Scalars['String']['output']>;
  /** Nome e cognome del richiedente agli ultimi controlli. */
  applicantName?: Maybe<Scalars['String']['output']>;
  /** Il calcolo del beneficio (dopo i controlli). */
  benefit?: Maybe<BenefitComputation>;
  /** L'esito di ogni requisito. */
  checks: Array<RequirementCheck>;
  /** Quando sono stati eseguiti gli ultimi controlli. */
  checksRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields: Scalars['JSON']['output'];
  /** Le scadenze. */
  deadlines: ReiDeadlines;
  /** Le dichiarazioni del richiedente. */
  declarations: ReiDeclarations;
  /** Data di conclusione, sospensione o revoca. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Lo storico dei cambi di stato, dal più vecchio. */
  events: Array<ReiEvent>;
  /** Primo e ultimo mese di beneficio (AAAA-MM). */
  firstMonth?: Maybe<Scalars['String']['output']>;
  /** Il nucleo, dall'anagrafe: null (con un errore su questo campo) senza registry:read o se l'anagrafe non risponde. */
  household?: Maybe<Household>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il lotto con cui è stata inviata. */
  inpsExport?: Maybe<InpsExport>;
  /** Nota dell'esito INPS. */
  inpsNote?: Maybe<Scalars['String']['output']>;
  /** Data dell'esito INPS. */
  inpsOutcomeOn?: Maybe<Scalars['Date']['output']>;
  /** Riferimento INPS dell'esito. */
  inpsReference?: Maybe<Scalars['String']['output']>;
  /** L'ISEE usato dagli ultimi controlli. */
  iseeUsed?: Maybe<ReiIseeUsed>;
  /** Ultimo mese di beneficio (AAAA-MM). */
  lastMonth?: Maybe<Scalars['String']['output']>;
  /** Gli stati raggiungibili con transitionReiApplication da quello attuale. */
  manualTransitions: Array<ReiStatus>;
  /** Importo mensile (euro). */
  monthlyAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Vero se superata e non rispettata. */
  overdue: Scalars['Boolean']['output'];
  /** Il progetto personalizzato, se avviato. */
  project?: Maybe<ReiProject>;
  /** Protocollo dell'ente, numerato per anno di presentazione (REI/2018/000123). */
  protocolNumber: Scalars['String']['output'];
  /** 0 per la prima domanda, poi 1, 2… per i rinnovi. */
  renewalNumber: Scalars['Int']['output'];
  /** La domanda di cui questa è il rinnovo. */
  renewalOf?: Maybe<ReiApplication>;
  /** La versione delle regole applicate (insieme di parametri, es. REI-2018). */
  rulesVersion: Scalars['String']['output'];
  /** Vero quando la domanda si può inviare all'INPS (controlli superati, nessuno da verificare). */
  sendable: Scalars['Boolean']['output'];
  /** Data di invio all'INPS. */
  sentToInpsOn?: Maybe<Scalars['Date']['output']>;
  /** Lo stato. */
  status: ReiStatus;
  /** Data di presentazione. */
  submittedAt: Scalars['Date']['output'];
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};

/** Filtro delle domande REI: ogni campo indicato restringe. */
export type ReiApplicationFilter = {
  /** Punto di accesso. */
  accessPoint?: InputMaybe<Scalars['String']['input']>;
  /** Solo le domande di questo richiedente. */
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  /** Contenimento JSON sui campi personalizzati. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Solo le domande di questo nucleo. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Con almeno una scadenza superata e non rispettata (true) o senza (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Protocollo dell'ente, numerato per anno di presentazione (REI/2018/000123). */
  protocolNumber?: InputMaybe<Scalars['String']['input']>;
  /** Testo libero su protocollo, nome e codice fiscale del richiedente. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** La versione delle regole applicate (insieme di parametri, es. REI-2018). */
  rulesVersion?: InputMaybe<Scalars['String']['input']>;
  /** Solo questo stato. */
  status?: InputMaybe<ReiStatus>;
  /** Solo questi stati. */
  statusIn?: InputMaybe<Array<ReiStatus>>;
  /** Presentate dal giorno (compreso). */
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Presentate fino al giorno (compreso). */
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
};

/** I dati di una domanda REI. */
export type ReiApplicationInput = {
  /** Codice dell'elenco rei_access_point. */
  accessPoint?: InputMaybe<Scalars['String']['input']>;
  /** Il richiedente (soggetto dell'anagrafe). */
  applicantId: Scalars['ID']['input'];
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Le dichiarazioni. */
  declarations?: InputMaybe<ReiDeclarationsInput>;
  /** Il nucleo familiare. */
  householdId: Scalars['ID']['input'];
  /** Per un rinnovo: la domanda conclusa che si rinnova. */
  renewalOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Data di presentazione. */
  submittedAt: Scalars['Date']['input'];
};

/** Una pagina di domande REI. */
export type ReiApplicationPage = {
  __typename?: 'ReiApplicationPage';
  /** Gli elementi della pagina. */
  items: Array<ReiApplication>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco delle domande REI: il campo e il verso. */
export type ReiApplicationSort = {
  /** Il campo su cui ordinare. */
  field: ReiApplicationSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco delle domande REI (reiApplications). */
export type ReiApplicationSortField =
  /** Punto di accesso. */
  | 'ACCESS_POINT'
  /** Cognome e nome del richiedente. */
  | 'APPLICANT_NAME'
  /** Data di creazione. */
  | 'CREATED_AT'
  /** Primo mese del beneficio. */
  | 'FIRST_MONTH'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID'
  /** Importo mensile del beneficio. */
  | 'MONTHLY_AMOUNT'
  /** Prossima scadenza. */
  | 'NEXT_DUE'
  /** Numero di protocollo. */
  | 'PROTOCOL_NUMBER'
  /** Stato della domanda. */
  | 'STATUS'
  /** Data di presentazione. */
  | 'SUBMITTED_AT'
  /** Data dell'ultima modifica. */
  | 'UPDATED_AT';

/**
 * Modifica di una domanda: ogni campo è facoltativo e ha lo stesso nome che in ReiApplicationInput. Un
 * campo assente resta com'è; null lo cancella (solo accessPoint, declarations, renewalOfId; null su un
 * campo obbligatorio è un errore sul campo). `declarations` è un valore unico: se presente sostituisce
 * tutte le dichiarazioni.
 */
export type ReiApplicationUpdateInput = {
  /** Codice dell'elenco rei_access_point. */
  accessPoint?: InputMaybe<Scalars['String']['input']>;
  /** Il richiedente (soggetto dell'anagrafe). */
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  /** Campi personalizzati: le chiavi presenti sostituiscono i valori salvati (null cancella), le altre restano. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Le dichiarazioni. */
  declarations?: InputMaybe<ReiDeclarationsInput>;
  /** Il nucleo familiare. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** Per un rinnovo: la domanda conclusa che si rinnova. */
  renewalOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Data di presentazione. */
  submittedAt?: InputMaybe<Scalars['Date']['input']>;
};

/** Il beneficio di un mese: le regole di quel mese e gli altri trattamenti che vi contano (una tantum solo nei 12 mesi successivi al pagamento). */
export type ReiBenefitMonth = {
  __typename?: 'ReiBenefitMonth';
  /** Importo mensile prima degli altri trattamenti. */
  maximumMonthlyAmount: Scalars['Decimal']['output'];
  /** AAAA-MM */
  month: Scalars['String']['output'];
  /** Importo mensile (euro). */
  monthlyAmount: Scalars['Decimal']['output'];
  /** Altri trattamenti che contano nel mese (euro). */
  otherBenefitsMonthly: Scalars['Decimal']['output'];
  /** La versione delle regole applicate (insieme di parametri, es. REI-2018). */
  rulesVersion: Scalars['String']['output'];
};

/** Inadempimento agli impegni del progetto (art. 12). */
export type ReiBreachKind =
  /** Appuntamento mancato. */
  | 'MISSED_APPOINTMENT'
  /** Offerta di lavoro congrua rifiutata. */
  | 'REFUSED_JOB_OFFER';

/** Quando si applica il massimale: dopo o prima di sottrarre l'ISR. */
export type ReiCapOrder =
  /** Massimale applicato dopo aver sottratto l'ISR. */
  | 'AFTER_ISR'
  /** Massimale applicato prima di sottrarre l'ISR. */
  | 'BEFORE_ISR';

/** Una voce del registro delle comunicazioni e dei report. */
export type ReiCommunication = {
  __typename?: 'ReiCommunication';
  /** L'interlocutore. */
  counterpart?: Maybe<Scalars['String']['output']>;
  /** In arrivo o in uscita. */
  direction?: Maybe<ReiCommunicationDirection>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Tipo. */
  kind: ReiCommunicationKind;
  /** Il giorno. */
  on: Scalars['Date']['output'];
  /** Quando è stata registrata. */
  recordedAt: Scalars['DateTime']['output'];
  /** Chi l'ha registrata. */
  recordedBy: Scalars['String']['output'];
  /** Oggetto. */
  subject: Scalars['String']['output'];
  /** Testo. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Verso di una comunicazione. */
export type ReiCommunicationDirection =
  /** In arrivo. */
  | 'INCOMING'
  /** In uscita. */
  | 'OUTGOING';

/** Una comunicazione o un report da registrare. */
export type ReiCommunicationInput = {
  /** L'interlocutore. */
  counterpart?: InputMaybe<Scalars['String']['input']>;
  /** In arrivo o in uscita. */
  direction?: InputMaybe<ReiCommunicationDirection>;
  /** Tipo. */
  kind: ReiCommunicationKind;
  /** Il giorno. */
  on: Scalars['Date']['input'];
  /** Oggetto. */
  subject: Scalars['String']['input'];
  /** Testo. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Comunicazione o report. */
export type ReiCommunicationKind =
  /** Una comunicazione. */
  | 'COMMUNICATION'
  /** Un report. */
  | 'REPORT';

/** Una scadenza della domanda. */
export type ReiDeadline = {
  __typename?: 'ReiDeadline';
  /** Il codice della scadenza. */
  code: Scalars['String']['output'];
  /** Entro quando. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Etichetta mostrata alle persone. */
  label: Scalars['String']['output'];
  /** Quando è stata rispettata. */
  metOn?: Maybe<Scalars['Date']['output']>;
  /** Vero se superata e non rispettata. */
  overdue: Scalars['Boolean']['output'];
  /** Come si conta, in parole. */
  rule: Scalars['String']['output'];
  /** Lo stato. */
  state: DeadlineState;
};

/** Le scadenze della domanda in giorni lavorativi (festività nazionali e Pasquetta escluse), l'analisi preliminare in giorni di calendario. */
export type ReiDeadlines = {
  __typename?: 'ReiDeadlines';
  /** Risposta dell'INPS. */
  inpsAnswer: ReiDeadline;
  /** La prima scadenza ancora aperta. */
  nextDue?: Maybe<Scalars['Date']['output']>;
  /** Almeno una scadenza superata e non rispettata. */
  overdue: Scalars['Boolean']['output'];
  /** Analisi preliminare (in giorni di calendario). */
  preliminaryAssessment: ReiDeadline;
  /** Sottoscrizione del progetto personalizzato. */
  projectSignature: ReiDeadline;
  /** Invio all'INPS (15 giorni lavorativi dalla presentazione). */
  sendToInps: ReiDeadline;
};

/** Le dichiarazioni del richiedente su ciò che l'anagrafe non sa (null = non ancora dichiarato). */
export type ReiDeclarations = {
  __typename?: 'ReiDeclarations';
  /** Navi o imbarcazioni da diporto. */
  boats?: Maybe<Scalars['Boolean']['output']>;
  /** Componente con disabilità e un genitore o tutore. */
  disabledMemberWithCarer?: Maybe<Scalars['Boolean']['output']>;
  /** Altri trattamenti assistenziali del nucleo. */
  otherBenefits: Array<OtherBenefit>;
  /** Titolo di soggiorno (non cittadini UE). */
  permit?: Maybe<ReiPermitKind>;
  /** Gravidanza in corso. */
  pregnancy?: Maybe<Scalars['Boolean']['output']>;
  /** Gravidanza certificata. */
  pregnancyCertified?: Maybe<Scalars['Boolean']['output']>;
  /** Data presunta del parto. */
  pregnancyDueDate?: Maybe<Scalars['Date']['output']>;
  /** Autoveicoli o motoveicoli immatricolati di recente. */
  recentVehicle?: Maybe<Scalars['Boolean']['output']>;
  /** Veicoli con agevolazioni per disabilità (non escludono). */
  recentVehicleForDisability?: Maybe<Scalars['Boolean']['output']>;
  /** Residente in Italia dal (requisito dei 2 anni). */
  residentInItalySince?: Maybe<Scalars['Date']['output']>;
  /** Mesi di SIA già ricevuti. */
  siaMonthsReceived?: Maybe<Scalars['Int']['output']>;
  /** I componenti disoccupati con almeno 55 anni. */
  unemployedMemberIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Prestazioni di disoccupazione (NASpI o altre) in corso. */
  unemploymentBenefits?: Maybe<Scalars['Boolean']['output']>;
};

/** Le dichiarazioni del richiedente (null = non ancora dichiarato). */
export type ReiDeclarationsInput = {
  /** Navi o imbarcazioni da diporto. */
  boats?: InputMaybe<Scalars['Boolean']['input']>;
  /** Componente con disabilità e un genitore o tutore. */
  disabledMemberWithCarer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Altri trattamenti assistenziali del nucleo. */
  otherBenefits?: InputMaybe<Array<OtherBenefitInput>>;
  /** Titolo di soggiorno (non cittadini UE). */
  permit?: InputMaybe<ReiPermitKind>;
  /** Gravidanza in corso. */
  pregnancy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Gravidanza certificata. */
  pregnancyCertified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Data presunta del parto. */
  pregnancyDueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Autoveicoli o motoveicoli immatricolati di recente. */
  recentVehicle?: InputMaybe<Scalars['Boolean']['input']>;
  /** Veicoli con agevolazioni per disabilità (non escludono). */
  recentVehicleForDisability?: InputMaybe<Scalars['Boolean']['input']>;
  /** Residente in Italia dal (requisito dei 2 anni). */
  residentInItalySince?: InputMaybe<Scalars['Date']['input']>;
  /** Mesi di SIA già ricevuti. */
  siaMonthsReceived?: InputMaybe<Scalars['Int']['input']>;
  /** I componenti disoccupati con almeno 55 anni. */
  unemployedMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Prestazioni di disoccupazione (NASpI o altre) in corso. */
  unemploymentBenefits?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Un cambio di stato o un'operazione sulla domanda: chi, quando, da → a, perché. */
export type ReiEvent = {
  __typename?: 'ReiEvent';
  /** L'operazione. */
  action: Scalars['String']['output'];
  /** Quando. */
  at: Scalars['DateTime']['output'];
  /** Chi. */
  by: Scalars['String']['output'];
  /** Lo stato di partenza (assente alla creazione). */
  from?: Maybe<ReiStatus>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Nota. */
  note?: Maybe<Scalars['String']['output']>;
  /** Lo stato di arrivo. */
  to: ReiStatus;
};

/** Area degli obiettivi del progetto: civica, inclusione sociale, inclusione lavorativa. */
export type ReiGoalArea =
  /** Area civica. */
  | 'CIVIC'
  /** Inclusione sociale. */
  | 'SOCIAL_INCLUSION'
  /** Inclusione lavorativa. */
  | 'WORK_INCLUSION';

/**
 * Un intervento economico concesso in un progetto REI sottoscritto, come lo estrae il servizio siuss.
 * `id` è stabile; `updatedAt` cambia solo quando cambia l'intervento; `removed` dice che è stato tolto
 * dal progetto dopo un'estrazione (va annullato). I dati DSU sono quelli dell'ISEE usato dai controlli.
 */
export type ReiGrantedIntervention = {
  __typename?: 'ReiGrantedIntervention';
  /** Importo (euro). */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** La domanda. */
  applicationId: Scalars['ID']['output'];
  /** Lo stato della domanda. */
  applicationStatus: ReiStatus;
  /** Il beneficiario. */
  beneficiary: Subject;
  /** Codice fiscale del beneficiario. */
  beneficiaryFiscalCode?: Maybe<Scalars['String']['output']>;
  /** Il beneficiario (soggetto dell'anagrafe). */
  beneficiaryId: Scalars['ID']['output'];
  /** Descrizione. */
  description?: Maybe<Scalars['String']['output']>;
  /** Data della DSU. */
  dsuDate?: Maybe<Scalars['Date']['output']>;
  /** Protocollo della DSU. */
  dsuProtocol?: Maybe<Scalars['String']['output']>;
  /** Anno della DSU. */
  dsuYear?: Maybe<Scalars['Int']['output']>;
  /** Data di fine. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Codice dell'intervento (elenco rei_intervention). */
  interventionCode: Scalars['String']['output'];
  /** Importo mensile (euro). */
  monthlyAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Mesi coperti da una prestazione periodica (da inizio a fine, compresi). */
  months?: Maybe<Scalars['Int']['output']>;
  /** Data di pagamento (una tantum). */
  paymentDate?: Maybe<Scalars['Date']['output']>;
  /** Periodica (true) o occasionale (false). */
  periodic: Scalars['Boolean']['output'];
  /** Data di sottoscrizione del progetto. */
  projectSignedAt: Scalars['Date']['output'];
  /** Protocollo della domanda. */
  protocolNumber: Scalars['String']['output'];
  /** Vero se tolto dal progetto dopo un'estrazione (va annullato). */
  removed: Scalars['Boolean']['output'];
  /** Codice SIUSS della prestazione (CodicePrestazione). */
  serviceCode: Scalars['String']['output'];
  /** Denominazione SIUSS della prestazione. */
  serviceName: Scalars['String']['output'];
  /** Data di inizio. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
};

/** L'esito dell'INPS su una domanda. */
export type ReiInpsOutcome =
  /** Accolta. */
  | 'ACCEPTED'
  /** Respinta. */
  | 'REJECTED';

/** Un intervento proposto nel progetto (elenco rei_intervention); se economico ha codice SIUSS, importi e date. */
export type ReiIntervention = {
  __typename?: 'ReiIntervention';
  /** Importo (euro). */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Il beneficiario. */
  beneficiary: Subject;
  /** Il beneficiario (soggetto dell'anagrafe). */
  beneficiaryId: Scalars['ID']['output'];
  /** Codice dell'intervento (elenco rei_intervention). */
  code: Scalars['String']['output'];
  /** Descrizione. */
  description?: Maybe<Scalars['String']['output']>;
  /** Vero per un intervento economico (va nel SIUSS). */
  economic: Scalars['Boolean']['output'];
  /** Data di fine. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Etichetta mostrata alle persone. */
  label: Scalars['String']['output'];
  /** Importo mensile (euro). */
  monthlyAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Data di pagamento (una tantum). */
  paymentDate?: Maybe<Scalars['Date']['output']>;
  /** Vero se periodico (mensile), falso se una tantum. */
  periodic: Scalars['Boolean']['output'];
  /** Codice SIUSS della prestazione (CodicePrestazione). */
  siussServiceCode?: Maybe<Scalars['String']['output']>;
  /** Denominazione SIUSS della prestazione. */
  siussServiceName?: Maybe<Scalars['String']['output']>;
  /** Data di inizio. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Un intervento proposto. */
export type ReiInterventionInput = {
  /** Importo (euro). */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Il componente del nucleo a cui è destinato; il richiedente se assente. */
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  /** Codice dell'elenco rei_intervention. */
  code: Scalars['String']['input'];
  /** Descrizione. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Vero per un intervento economico (va nel SIUSS). */
  economic: Scalars['Boolean']['input'];
  /** Data di fine. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** L'id di un intervento già salvato, per modificarlo; assente per uno nuovo. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Importo mensile (euro). */
  monthlyAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Data di pagamento (una tantum). */
  paymentDate?: InputMaybe<Scalars['Date']['input']>;
  /** Vero se periodico (mensile), falso se una tantum. */
  periodic: Scalars['Boolean']['input'];
  /** Per gli interventi economici: codice dell'elenco siuss_service. */
  siussServiceCode?: InputMaybe<Scalars['String']['input']>;
  /** Data di inizio. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** L'attestazione ISEE usata dagli ultimi controlli (copia dei dati dell'anagrafe in quel momento). */
export type ReiIseeUsed = {
  __typename?: 'ReiIseeUsed';
  /** Data della DSU. */
  dsuDate: Scalars['Date']['output'];
  /** Protocollo della DSU. */
  dsuProtocol: Scalars['String']['output'];
  /** Anno della DSU. */
  dsuYear: Scalars['Int']['output'];
  /** Componenti del nucleo. */
  householdSize: Scalars['Int']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Valore ISEE (euro). */
  isee: Scalars['Decimal']['output'];
  /** ISR: indicatore della situazione reddituale (euro). */
  isr: Scalars['Decimal']['output'];
  /** ISRE (euro). */
  isre: Scalars['Decimal']['output'];
  /** Tipo. */
  kind: Scalars['String']['output'];
  /** Patrimonio mobiliare (euro). */
  movableAssets: Scalars['Decimal']['output'];
  /** Patrimonio immobiliare (euro). */
  realEstateAssets: Scalars['Decimal']['output'];
  /** Fino a quando è valida. */
  validUntil: Scalars['Date']['output'];
};

/** Misura di un indicatore sulle entità REI (domande, progetti), calcolata qui dalla specifica nella chiave. */
export type ReiMeasurement = IndicatorMeasurement & {
  __typename?: 'ReiMeasurement';
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

/** Titolo di soggiorno dichiarato da un richiedente non cittadino UE. */
export type ReiPermitKind =
  /** Familiare di cittadino UE con diritto di soggiorno. */
  | 'EU_CITIZEN_FAMILY_MEMBER'
  /** Titolare di protezione internazionale. */
  | 'INTERNATIONAL_PROTECTION'
  /** Permesso di soggiorno UE per soggiornanti di lungo periodo. */
  | 'LONG_TERM_RESIDENT'
  /** Altro titolo (non dà diritto al REI). */
  | 'OTHER'
  /** Apolide. */
  | 'STATELESS';

/** Il progetto personalizzato (progettazione REI) di una domanda. */
export type ReiProject = {
  __typename?: 'ReiProject';
  /** Le azioni. */
  actions: Array<ReiProjectAction>;
  /** La domanda. */
  application: ReiApplication;
  /** Operatore a cui è assegnato il caso. */
  assignedTo?: Maybe<Scalars['String']['output']>;
  /** Appuntamenti mancati e altri inadempimenti. */
  breaches: Array<ReiProjectBreach>;
  /** Il registro delle comunicazioni e dei report. */
  communications: Array<ReiCommunication>;
  /** Condizionalità. */
  conditions: Array<ReiProjectItem>;
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields: Scalars['JSON']['output'];
  /** Inizio dell'erogazione. */
  disbursementFrom?: Maybe<Scalars['Date']['output']>;
  /** Fine dell'erogazione. */
  disbursementTo?: Maybe<Scalars['Date']['output']>;
  /** Gli obiettivi. */
  goals: Array<ReiProjectGoal>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Vero se serve il quadro di analisi approfondito. */
  inDepthAssessmentNeeded: Scalars['Boolean']['output'];
  /** Note del quadro di analisi approfondito. */
  inDepthAssessmentNotes?: Maybe<Scalars['String']['output']>;
  /** Data del quadro di analisi approfondito. */
  inDepthAssessmentOn?: Maybe<Scalars['Date']['output']>;
  /** Gli interventi proposti. */
  interventions: Array<ReiIntervention>;
  /** Appuntamenti mancati senza giustificazione. */
  missedAppointments: Scalars['Int']['output'];
  /** Impegni della rete. */
  networkCommitments: Array<ReiProjectItem>;
  /** Data di apertura. */
  openedAt?: Maybe<Scalars['Date']['output']>;
  /** Data dell'analisi preliminare. */
  preliminaryAssessmentOn?: Maybe<Scalars['Date']['output']>;
  /** Esito dell'analisi preliminare. */
  preliminaryAssessmentOutcome?: Maybe<Scalars['String']['output']>;
  /** Le problematiche. */
  problems: Array<ReiScopedItem>;
  /** Le risorse. */
  resources: Array<ReiScopedItem>;
  /** Le risorse coinvolte. */
  resourcesInvolved: Array<ReiProjectItem>;
  /** Le sanzioni che ne derivano. */
  sanctions: ReiSanctions;
  /** Data di sottoscrizione. */
  signedAt?: Maybe<Scalars['Date']['output']>;
  /** La cartella sociale a cui appartiene il progetto: quella del richiedente o del suo nucleo aperta alla sottoscrizione (null prima). */
  socialCase?: Maybe<SocialCase>;
  /** L'équipe multidisciplinare. */
  team: Array<ReiTeamMember>;
  /** Le attività dell'équipe. */
  teamActivities: Array<ReiProjectItem>;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};

/** Un'azione del progetto, con il suo periodo. */
export type ReiProjectAction = {
  __typename?: 'ReiProjectAction';
  /** Descrizione. */
  description: Scalars['String']['output'];
  /** Dal giorno (compreso). */
  from: Scalars['Date']['output'];
  /** Al giorno (compreso). */
  to?: Maybe<Scalars['Date']['output']>;
  /** Chi se ne occupa. */
  who?: Maybe<Scalars['String']['output']>;
};

/** Un'azione. */
export type ReiProjectActionInput = {
  /** Descrizione. */
  description: Scalars['String']['input'];
  /** Dal giorno (compreso). */
  from: Scalars['Date']['input'];
  /** Al giorno (compreso). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Chi se ne occupa. */
  who?: InputMaybe<Scalars['String']['input']>;
};

/** Un inadempimento agli impegni del progetto. */
export type ReiProjectBreach = {
  __typename?: 'ReiProjectBreach';
  /** Data. */
  date: Scalars['Date']['output'];
  /** Vero se giustificato. */
  justified: Scalars['Boolean']['output'];
  /** Tipo. */
  kind: ReiBreachKind;
  /** Nota. */
  note?: Maybe<Scalars['String']['output']>;
};

/** Un inadempimento. */
export type ReiProjectBreachInput = {
  /** Data. */
  date: Scalars['Date']['input'];
  /** Vero se giustificato. */
  justified: Scalars['Boolean']['input'];
  /** Tipo. */
  kind: ReiBreachKind;
  /** Nota. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Un obiettivo del progetto. */
export type ReiProjectGoal = {
  __typename?: 'ReiProjectGoal';
  /** Area degli obiettivi. */
  area: ReiGoalArea;
  /** Descrizione. */
  description: Scalars['String']['output'];
  /** I risultati attesi. */
  expectedResults: Array<Scalars['String']['output']>;
};

/** Un obiettivo. */
export type ReiProjectGoalInput = {
  /** Area degli obiettivi. */
  area: ReiGoalArea;
  /** Descrizione. */
  description: Scalars['String']['input'];
  /** I risultati attesi. */
  expectedResults: Array<Scalars['String']['input']>;
};

/** I dati del progetto personalizzato. */
export type ReiProjectInput = {
  /** Le azioni. */
  actions?: InputMaybe<Array<ReiProjectActionInput>>;
  /** Operatore a cui è assegnato il caso. */
  assignedTo?: InputMaybe<Scalars['String']['input']>;
  /** Appuntamenti mancati e altri inadempimenti. */
  breaches?: InputMaybe<Array<ReiProjectBreachInput>>;
  /** Condizionalità. */
  conditions?: InputMaybe<Array<ReiProjectItemInput>>;
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Inizio dell'erogazione. */
  disbursementFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Fine dell'erogazione. */
  disbursementTo?: InputMaybe<Scalars['Date']['input']>;
  /** Gli obiettivi. */
  goals?: InputMaybe<Array<ReiProjectGoalInput>>;
  /** Vero se serve il quadro di analisi approfondito. */
  inDepthAssessmentNeeded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Note del quadro di analisi approfondito. */
  inDepthAssessmentNotes?: InputMaybe<Scalars['String']['input']>;
  /** Data del quadro di analisi approfondito. */
  inDepthAssessmentOn?: InputMaybe<Scalars['Date']['input']>;
  /** Gli interventi proposti. */
  interventions?: InputMaybe<Array<ReiInterventionInput>>;
  /** Impegni della rete. */
  networkCommitments?: InputMaybe<Array<ReiProjectItemInput>>;
  /** Data di apertura. */
  openedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Data dell'analisi preliminare. */
  preliminaryAssessmentOn?: InputMaybe<Scalars['Date']['input']>;
  /** Esito dell'analisi preliminare. */
  preliminaryAssessmentOutcome?: InputMaybe<Scalars['String']['input']>;
  /** Le problematiche. */
  problems?: InputMaybe<Array<ReiScopedItemInput>>;
  /** Le risorse. */
  resources?: InputMaybe<Array<ReiScopedItemInput>>;
  /** Le risorse coinvolte. */
  resourcesInvolved?: InputMaybe<Array<ReiProjectItemInput>>;
  /** L'équipe multidisciplinare. */
  team?: InputMaybe<Array<ReiTeamMemberInput>>;
  /** Le attività dell'équipe. */
  teamActivities?: InputMaybe<Array<ReiProjectItemInput>>;
};

/** Una voce del progetto (condizionalità, attività, impegno, risorsa). */
export type ReiProjectItem = {
  __typename?: 'ReiProjectItem';
  /** Descrizione. */
  description: Scalars['String']['output'];
  /** Il componente del nucleo interessato, se uno solo. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** Chi se ne occupa. */
  who?: Maybe<Scalars['String']['output']>;
};

/** Una voce del progetto. */
export type ReiProjectItemInput = {
  /** Descrizione. */
  description: Scalars['String']['input'];
  /** Il componente del nucleo interessato, se uno solo. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Chi se ne occupa. */
  who?: InputMaybe<Scalars['String']['input']>;
};

/** Ambito di una problematica o di una risorsa: nucleo, singolo componente, contesto. */
export type ReiProjectScope =
  /** Il contesto. */
  | 'ENVIRONMENT'
  /** Il nucleo. */
  | 'HOUSEHOLD'
  /** Un singolo componente. */
  | 'INDIVIDUAL';

/** Come si arrotondano gli importi al centesimo (rounding mode). */
export type ReiRoundingMode =
  /** Per difetto. */
  | 'DOWN'
  /** Metà per difetto. */
  | 'HALF_DOWN'
  /** Al pari più vicino (bancario). */
  | 'HALF_EVEN'
  /** Metà per eccesso. */
  | 'HALF_UP'
  /** Per eccesso. */
  | 'UP';

/** Una sanzione per un inadempimento. */
export type ReiSanction = {
  __typename?: 'ReiSanction';
  /** Data. */
  date: Scalars['Date']['output'];
  /** Descrizione. */
  description: Scalars['String']['output'];
  /** L'effetto sul beneficio. */
  effect: ReiSanctionEffect;
  /** Tipo. */
  kind: ReiBreachKind;
  /** Quale assenza non giustificata è (1, 2, 3…). */
  ordinal?: Maybe<Scalars['Int']['output']>;
  /** Quanto toglie al beneficio (null se nulla o se si perde tutto il beneficio). */
  reduction?: Maybe<Scalars['Decimal']['output']>;
};

/** L'effetto di una sanzione sul beneficio (art. 12). */
export type ReiSanctionEffect =
  /** Decadenza dal beneficio. */
  | 'DECADENZA'
  /** Nessuno. */
  | 'NONE'
  /** Una mensilità in meno. */
  | 'ONE_MONTH'
  /** Un quarto di mensilità in meno. */
  | 'QUARTER_MONTH';

/** Le sanzioni che gli inadempimenti comportano sull'importo mensile (art. 12). */
export type ReiSanctions = {
  __typename?: 'ReiSanctions';
  /** Vero quando si è arrivati alla decadenza: va registrata la revoca (transitionReiApplication a REVOKED). */
  decadenza: Scalars['Boolean']['output'];
  /** Le sanzioni, in ordine di data. */
  items: Array<ReiSanction>;
  /** Quanto tolgono in tutto al beneficio (euro). */
  totalReduction: Scalars['Decimal']['output'];
};

/** Una problematica o una risorsa del nucleo, di un componente o del contesto. */
export type ReiScopedItem = {
  __typename?: 'ReiScopedItem';
  /** Codice della problematica o della risorsa (elenco di valori). */
  code: Scalars['String']['output'];
  /** Etichetta mostrata alle persone. */
  label: Scalars['String']['output'];
  /** Nota. */
  note?: Maybe<Scalars['String']['output']>;
  /** Ambito: nucleo, componente o contesto. */
  scope: ReiProjectScope;
  /** Il componente del nucleo interessato, se uno solo. */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

/** Una problematica o risorsa. */
export type ReiScopedItemInput = {
  /** Codice della problematica o della risorsa (elenco di valori). */
  code: Scalars['String']['input'];
  /** Nota. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Ambito: nucleo, componente o contesto. */
  scope: ReiProjectScope;
  /** Il componente del nucleo interessato, se uno solo. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};

/** I dati di una simulazione del beneficio. */
export type ReiSimulationInput = {
  /** La data che sceglie le regole (REI-2017, REI-2018…); oggi se assente. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Componenti del nucleo. */
  householdSize: Scalars['Int']['input'];
  /** ISR del nucleo (euro). */
  isr: Scalars['Decimal']['input'];
  /** Il mese (AAAA-MM) per cui calcolare, per i pagamenti una tantum. */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Altri trattamenti, uno per uno (al posto di otherBenefitsMonthly). */
  otherBenefits?: InputMaybe<Array<OtherBenefitInput>>;
  /** Altri trattamenti al mese (euro), in totale. */
  otherBenefitsMonthly?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Stati della domanda REI, nell'ordine del loro ciclo di vita. */
export type ReiStatus =
  /** Accolta dall'INPS: beneficio in corso. */
  | 'ACCEPTED'
  /** Controlli del comune non superati. */
  | 'CHECKS_FAILED'
  /** Controlli del comune superati: si può inviare all'INPS. */
  | 'CHECKS_PASSED'
  /** Bozza: in compilazione o da ricontrollare. */
  | 'DRAFT'
  /** Conclusa. */
  | 'ENDED'
  /** Respinta dall'INPS. */
  | 'REJECTED'
  /** Revocata (decadenza). */
  | 'REVOKED'
  /** Inviata all'INPS, in attesa di esito. */
  | 'SENT_TO_INPS'
  /** Sospesa. */
  | 'SUSPENDED';

/** Un componente dell'équipe multidisciplinare. */
export type ReiTeamMember = {
  __typename?: 'ReiTeamMember';
  /** Nome. */
  name: Scalars['String']['output'];
  /** Ente o servizio di appartenenza. */
  organisation?: Maybe<Scalars['String']['output']>;
  /** Ruolo nell'équipe. */
  role: Scalars['String']['output'];
};

/** Un componente dell'équipe. */
export type ReiTeamMemberInput = {
  /** Nome. */
  name: Scalars['String']['input'];
  /** Ente o servizio di appartenenza. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Ruolo nell'équipe. */
  role: Scalars['String']['input'];
};

/** L'esito di un requisito. `automatic` è vero quando deriva solo dai dati dell'anagrafe; `detail` spiega il perché. */
export type RequirementCheck = {
  __typename?: 'RequirementCheck';
  /** Vero se deriva solo dai dati dell'anagrafe. */
  automatic: Scalars['Boolean']['output'];
  /** Quando. */
  checkedAt: Scalars['DateTime']['output'];
  /** Chi l'ha registrato a mano (null per quelli calcolati). */
  checkedBy?: Maybe<Scalars['String']['output']>;
  /** Il codice del requisito. */
  code: Scalars['String']['output'];
  /** Perché. */
  detail?: Maybe<Scalars['String']['output']>;
  /** Etichetta mostrata alle persone. */
  label: Scalars['String']['output'];
  /** Nota. */
  note?: Maybe<Scalars['String']['output']>;
  /** L'esito. */
  outcome: CheckOutcome;
};

/** Una cartella sociale (servizio casework): REI vi aggiunge le domande della persona. */
export type SocialCase = {
  __typename?: 'SocialCase';
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Le domande REI in cui la persona della cartella è richiedente e quelle il cui progetto è stato sottoscritto sulla cartella, le più recenti prima (null, con un errore su questo campo, senza rei:read o se REI non risponde). */
  reiApplications?: Maybe<Array<ReiApplication>>;
  /** La persona della cartella. */
  subject: Subject;
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
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Le domande REI in cui il soggetto è richiedente, le più recenti prima (null, con un errore su questo campo, senza rei:read o se REI non risponde). */
  reiApplications?: Maybe<Array<ReiApplication>>;
};

export type _ObjectType = BenefitComputation | Household | IndicatorGroup | InpsExport | InpsExportPage | OtherBenefit | PageInfo | ReadAuditEntry | ReadAuditPage | ReadAuditRecords | ReiApplication | ReiApplicationPage | ReiBenefitMonth | ReiCommunication | ReiDeadline | ReiDeadlines | ReiDeclarations | ReiEvent | ReiGrantedIntervention | ReiIntervention | ReiIseeUsed | ReiMeasurement | ReiProject | ReiProjectAction | ReiProjectBreach | ReiProjectGoal | ReiProjectItem | ReiSanction | ReiSanctions | ReiScopedItem | ReiTeamMember | RequirementCheck | SocialCase | Subject;



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
  Household: Household;
  ReiApplication: ReiApplication;
  ReiMeasurement: ReiMeasurement;
  SocialCase: SocialCase;
  Subject: Subject;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  ReiApplication:
    ( { __typename: 'ReiApplication' }
    & GraphQLRecursivePick<FederationTypes['ReiApplication'], {"id":true}> );
  ReiMeasurement:
    ( { __typename: 'ReiMeasurement' }
    & GraphQLRecursivePick<FederationTypes['ReiMeasurement'], {"spec":true}> );
  SocialCase:
    ( { __typename: 'SocialCase' }
    & GraphQLRecursivePick<FederationTypes['SocialCase'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['SocialCase'], {"subject":{"id":true}}> ) );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  _ObjectType:
    | ( BenefitComputation )
    | ( { __typename?: 'Household'; id: string } )
    | ( IndicatorGroup )
    | ( InpsExportModel )
    | ( Omit<InpsExportPage, 'items'> & { items: Array<_RefType['InpsExport']> } )
    | ( OtherBenefit )
    | ( PageInfo )
    | ( ReadAuditEntryModel )
    | ( Omit<ReadAuditPage, 'items'> & { items: Array<_RefType['ReadAuditEntry']> } )
    | ( ReadAuditRecords )
    | ( ReiApplicationModel )
    | ( Omit<ReiApplicationPage, 'items'> & { items: Array<_RefType['ReiApplication']> } )
    | ( ReiBenefitMonth )
    | ( ReiCommunication )
    | ( ReiDeadline )
    | ( ReiDeadlines )
    | ( ReiDeclarations )
    | ( ReiEvent )
    | ( Omit<ReiGrantedIntervention, 'beneficiary'> & { beneficiary: _RefType['Subject'] } )
    | ( ReiInterventionModel )
    | ( ReiIseeUsed )
    | ( IndicatorMeasurementResultModel )
    | ( ReiProjectModel )
    | ( ReiProjectAction )
    | ( ReiProjectBreach )
    | ( ReiProjectGoal )
    | ( ReiProjectItem )
    | ( ReiSanction )
    | ( ReiSanctions )
    | ( ReiScopedItem )
    | ( ReiTeamMember )
    | ( RequirementCheck )
    | ( { __typename?: 'SocialCase'; id: string; subject?: { id: string } | null } )
    | ( { __typename?: 'Subject'; id: string } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  IndicatorMeasurement: ( IndicatorMeasurementResultModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BenefitComputation: ResolverTypeWrapper<BenefitComputation>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckOutcome: CheckOutcome;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineState: DeadlineState;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Household: ResolverTypeWrapper<{ __typename?: 'Household'; id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndicatorGroup: ResolverTypeWrapper<IndicatorGroup>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorMeasurement: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorMeasurement']>;
  InpsExport: ResolverTypeWrapper<InpsExportModel>;
  InpsExportFilter: InpsExportFilter;
  InpsExportPage: ResolverTypeWrapper<Omit<InpsExportPage, 'items'> & { items: Array<ResolversTypes['InpsExport']> }>;
  InpsExportSort: InpsExportSort;
  InpsExportSortField: InpsExportSortField;
  InpsOutcomeInput: InpsOutcomeInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OtherBenefit: ResolverTypeWrapper<OtherBenefit>;
  OtherBenefitInput: OtherBenefitInput;
  OtherBenefitKind: OtherBenefitKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadAuditEntry: ResolverTypeWrapper<ReadAuditEntryModel>;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: ResolverTypeWrapper<Omit<ReadAuditPage, 'items'> & { items: Array<ResolversTypes['ReadAuditEntry']> }>;
  ReadAuditRecords: ResolverTypeWrapper<ReadAuditRecords>;
  ReiApplication: ResolverTypeWrapper<ReiApplicationModel>;
  ReiApplicationFilter: ReiApplicationFilter;
  ReiApplicationInput: ReiApplicationInput;
  ReiApplicationPage: ResolverTypeWrapper<Omit<ReiApplicationPage, 'items'> & { items: Array<ResolversTypes['ReiApplication']> }>;
  ReiApplicationSort: ReiApplicationSort;
  ReiApplicationSortField: ReiApplicationSortField;
  ReiApplicationUpdateInput: ReiApplicationUpdateInput;
  ReiBenefitMonth: ResolverTypeWrapper<ReiBenefitMonth>;
  ReiBreachKind: ReiBreachKind;
  ReiCapOrder: ReiCapOrder;
  ReiCommunication: ResolverTypeWrapper<ReiCommunication>;
  ReiCommunicationDirection: ReiCommunicationDirection;
  ReiCommunicationInput: ReiCommunicationInput;
  ReiCommunicationKind: ReiCommunicationKind;
  ReiDeadline: ResolverTypeWrapper<ReiDeadline>;
  ReiDeadlines: ResolverTypeWrapper<ReiDeadlines>;
  ReiDeclarations: ResolverTypeWrapper<ReiDeclarations>;
  ReiDeclarationsInput: ReiDeclarationsInput;
  ReiEvent: ResolverTypeWrapper<ReiEvent>;
  ReiGoalArea: ReiGoalArea;
  ReiGrantedIntervention: ResolverTypeWrapper<Omit<ReiGrantedIntervention, 'beneficiary'> & { beneficiary: ResolversTypes['Subject'] }>;
  ReiInpsOutcome: ReiInpsOutcome;
  ReiIntervention: ResolverTypeWrapper<ReiInterventionModel>;
  ReiInterventionInput: ReiInterventionInput;
  ReiIseeUsed: ResolverTypeWrapper<ReiIseeUsed>;
  ReiMeasurement: ResolverTypeWrapper<IndicatorMeasurementResultModel>;
  ReiPermitKind: ReiPermitKind;
  ReiProject: ResolverTypeWrapper<ReiProjectModel>;
  ReiProjectAction: ResolverTypeWrapper<ReiProjectAction>;
  ReiProjectActionInput: ReiProjectActionInput;
  ReiProjectBreach: ResolverTypeWrapper<ReiProjectBreach>;
  ReiProjectBreachInput: ReiProjectBreachInput;
  ReiProjectGoal: ResolverTypeWrapper<ReiProjectGoal>;
  ReiProjectGoalInput: ReiProjectGoalInput;
  ReiProjectInput: ReiProjectInput;
  ReiProjectItem: ResolverTypeWrapper<ReiProjectItem>;
  ReiProjectItemInput: ReiProjectItemInput;
  ReiProjectScope: ReiProjectScope;
  ReiRoundingMode: ReiRoundingMode;
  ReiSanction: ResolverTypeWrapper<ReiSanction>;
  ReiSanctionEffect: ReiSanctionEffect;
  ReiSanctions: ResolverTypeWrapper<ReiSanctions>;
  ReiScopedItem: ResolverTypeWrapper<ReiScopedItem>;
  ReiScopedItemInput: ReiScopedItemInput;
  ReiSimulationInput: ReiSimulationInput;
  ReiStatus: ReiStatus;
  ReiTeamMember: ResolverTypeWrapper<ReiTeamMember>;
  ReiTeamMemberInput: ReiTeamMemberInput;
  RequirementCheck: ResolverTypeWrapper<RequirementCheck>;
  SocialCase: ResolverTypeWrapper<{ __typename?: 'SocialCase'; id: string; subject?: { id: string } | null }>;
  SortOrder: SortOrder;
  Subject: ResolverTypeWrapper<{ __typename?: 'Subject'; id: string }>;
  _ObjectType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['_ObjectType']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BenefitComputation: BenefitComputation;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Household: { __typename?: 'Household'; id: string };
  ID: Scalars['ID']['output'];
  IndicatorGroup: IndicatorGroup;
  Float: Scalars['Float']['output'];
  IndicatorMeasurement: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorMeasurement'];
  InpsExport: InpsExportModel;
  InpsExportFilter: InpsExportFilter;
  InpsExportPage: Omit<InpsExportPage, 'items'> & { items: Array<ResolversParentTypes['InpsExport']> };
  InpsExportSort: InpsExportSort;
  InpsOutcomeInput: InpsOutcomeInput;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  OtherBenefit: OtherBenefit;
  OtherBenefitInput: OtherBenefitInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReadAuditEntry: ReadAuditEntryModel;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: Omit<ReadAuditPage, 'items'> & { items: Array<ResolversParentTypes['ReadAuditEntry']> };
  ReadAuditRecords: ReadAuditRecords;
  ReiApplication: ReiApplicationModel;
  ReiApplicationFilter: ReiApplicationFilter;
  ReiApplicationInput: ReiApplicationInput;
  ReiApplicationPage: Omit<ReiApplicationPage, 'items'> & { items: Array<ResolversParentTypes['ReiApplication']> };
  ReiApplicationSort: ReiApplicationSort;
  ReiApplicationUpdateInput: ReiApplicationUpdateInput;
  ReiBenefitMonth: ReiBenefitMonth;
  ReiCommunication: ReiCommunication;
  ReiCommunicationInput: ReiCommunicationInput;
  ReiDeadline: ReiDeadline;
  ReiDeadlines: ReiDeadlines;
  ReiDeclarations: ReiDeclarations;
  ReiDeclarationsInput: ReiDeclarationsInput;
  ReiEvent: ReiEvent;
  ReiGrantedIntervention: Omit<ReiGrantedIntervention, 'beneficiary'> & { beneficiary: ResolversParentTypes['Subject'] };
  ReiIntervention: ReiInterventionModel;
  ReiInterventionInput: ReiInterventionInput;
  ReiIseeUsed: ReiIseeUsed;
  ReiMeasurement: IndicatorMeasurementResultModel;
  ReiProject: ReiProjectModel;
  ReiProjectAction: ReiProjectAction;
  ReiProjectActionInput: ReiProjectActionInput;
  ReiProjectBreach: ReiProjectBreach;
  ReiProjectBreachInput: ReiProjectBreachInput;
  ReiProjectGoal: ReiProjectGoal;
  ReiProjectGoalInput: ReiProjectGoalInput;
  ReiProjectInput: ReiProjectInput;
  ReiProjectItem: ReiProjectItem;
  ReiProjectItemInput: ReiProjectItemInput;
  ReiSanction: ReiSanction;
  ReiSanctions: ReiSanctions;
  ReiScopedItem: ReiScopedItem;
  ReiScopedItemInput: ReiScopedItemInput;
  ReiSimulationInput: ReiSimulationInput;
  ReiTeamMember: ReiTeamMember;
  ReiTeamMemberInput: ReiTeamMemberInput;
  RequirementCheck: RequirementCheck;
  SocialCase: { __typename?: 'SocialCase'; id: string; subject?: { id: string } | null };
  Subject: { __typename?: 'Subject'; id: string };
  _ObjectType: ResolversUnionTypes<ResolversParentTypes>['_ObjectType'];
};

export type BenefitComputationResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['BenefitComputation'] = ResolversParentTypes['BenefitComputation']> = {
  annualAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  annualCap?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  annualThreshold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  capApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  capOrder?: Resolver<ResolversTypes['ReiCapOrder'], ParentType, ContextType>;
  equivalenceScale?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  explanation?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  householdSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isr?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  maximumMonthlyAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  otherBenefitsMonthly?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  roundingMode?: Resolver<ResolversTypes['ReiRoundingMode'], ParentType, ContextType>;
  rulesVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<Array<ResolversTypes['ReiBenefitMonth']>>, ParentType, ContextType>;
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

export type HouseholdResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reiApplications?: Resolver<Maybe<Array<ResolversTypes['ReiApplication']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorGroupResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['IndicatorGroup'] = ResolversParentTypes['IndicatorGroup']> = {
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorMeasurementResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['IndicatorMeasurement'] = ResolversParentTypes['IndicatorMeasurement']> = {
  __resolveType: TypeResolveFn<'ReiMeasurement', ParentType, ContextType>;
};

export type InpsExportResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['InpsExport'] = ResolversParentTypes['InpsExport']> = {
  applicationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['ReiApplication']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InpsExportPageResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['InpsExportPage'] = ResolversParentTypes['InpsExportPage']> = {
  items?: Resolver<Array<ResolversTypes['InpsExport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createReiApplication?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType, RequireFields<MutationCreateReiApplicationArgs, 'input'>>;
  logReiCommunication?: Resolver<ResolversTypes['ReiProject'], ParentType, ContextType, RequireFields<MutationLogReiCommunicationArgs, 'applicationId' | 'input'>>;
  recordCheck?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType, RequireFields<MutationRecordCheckArgs, 'code' | 'id' | 'outcome'>>;
  recordInpsOutcome?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType, RequireFields<MutationRecordInpsOutcomeArgs, 'id' | 'input'>>;
  runMunicipalChecks?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType, RequireFields<MutationRunMunicipalChecksArgs, 'id'>>;
  saveReiProject?: Resolver<ResolversTypes['ReiProject'], ParentType, ContextType, RequireFields<MutationSaveReiProjectArgs, 'applicationId' | 'input'>>;
  sendToInps?: Resolver<ResolversTypes['InpsExport'], ParentType, ContextType, RequireFields<MutationSendToInpsArgs, 'ids'>>;
  signReiProject?: Resolver<ResolversTypes['ReiProject'], ParentType, ContextType, RequireFields<MutationSignReiProjectArgs, 'applicationId' | 'signedAt'>>;
  transitionReiApplication?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType, RequireFields<MutationTransitionReiApplicationArgs, 'id' | 'to'>>;
  updateReiApplication?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType, RequireFields<MutationUpdateReiApplicationArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OtherBenefitResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['OtherBenefit'] = ResolversParentTypes['OtherBenefit']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OtherBenefitKind'], ParentType, ContextType>;
  meansTested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  months?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paidMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  inpsExport?: Resolver<Maybe<ResolversTypes['InpsExport']>, ParentType, ContextType, RequireFields<QueryInpsExportArgs, 'id'>>;
  inpsExports?: Resolver<ResolversTypes['InpsExportPage'], ParentType, ContextType, RequireFields<QueryInpsExportsArgs, 'page' | 'perPage'>>;
  reiApplication?: Resolver<Maybe<ResolversTypes['ReiApplication']>, ParentType, ContextType, RequireFields<QueryReiApplicationArgs, 'id'>>;
  reiApplications?: Resolver<ResolversTypes['ReiApplicationPage'], ParentType, ContextType, RequireFields<QueryReiApplicationsArgs, 'page' | 'perPage'>>;
  reiBenefitSimulation?: Resolver<ResolversTypes['BenefitComputation'], ParentType, ContextType, RequireFields<QueryReiBenefitSimulationArgs, 'input'>>;
  reiGrantedInterventions?: Resolver<Array<ResolversTypes['ReiGrantedIntervention']>, ParentType, ContextType, RequireFields<QueryReiGrantedInterventionsArgs, 'from' | 'to'>>;
  reiProject?: Resolver<Maybe<ResolversTypes['ReiProject']>, ParentType, ContextType, RequireFields<QueryReiProjectArgs, 'applicationId'>>;
  reiReadAuditLog?: Resolver<ResolversTypes['ReadAuditPage'], ParentType, ContextType, RequireFields<QueryReiReadAuditLogArgs, 'page' | 'perPage'>>;
};

export type ReadAuditEntryResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReadAuditEntry'] = ResolversParentTypes['ReadAuditEntry']> = {
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

export type ReadAuditPageResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReadAuditPage'] = ResolversParentTypes['ReadAuditPage']> = {
  items?: Resolver<Array<ResolversTypes['ReadAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuditRecordsResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReadAuditRecords'] = ResolversParentTypes['ReadAuditRecords']> = {
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiApplicationResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiApplication'] = ResolversParentTypes['ReiApplication'], FederationReferenceType extends FederationReferenceTypes['ReiApplication'] = FederationReferenceTypes['ReiApplication']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReiApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicant?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  applicantFiscalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicantName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  benefit?: Resolver<Maybe<ResolversTypes['BenefitComputation']>, ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['RequirementCheck']>, ParentType, ContextType>;
  checksRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  deadlines?: Resolver<ResolversTypes['ReiDeadlines'], ParentType, ContextType>;
  declarations?: Resolver<ResolversTypes['ReiDeclarations'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ReiEvent']>, ParentType, ContextType>;
  firstMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inpsExport?: Resolver<Maybe<ResolversTypes['InpsExport']>, ParentType, ContextType>;
  inpsNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inpsOutcomeOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inpsReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iseeUsed?: Resolver<Maybe<ResolversTypes['ReiIseeUsed']>, ParentType, ContextType>;
  lastMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manualTransitions?: Resolver<Array<ResolversTypes['ReiStatus']>, ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['ReiProject']>, ParentType, ContextType>;
  protocolNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renewalNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renewalOf?: Resolver<Maybe<ResolversTypes['ReiApplication']>, ParentType, ContextType>;
  rulesVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sendable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentToInpsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReiStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiApplicationPageResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiApplicationPage'] = ResolversParentTypes['ReiApplicationPage']> = {
  items?: Resolver<Array<ResolversTypes['ReiApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiBenefitMonthResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiBenefitMonth'] = ResolversParentTypes['ReiBenefitMonth']> = {
  maximumMonthlyAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  otherBenefitsMonthly?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rulesVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiCommunicationResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiCommunication'] = ResolversParentTypes['ReiCommunication']> = {
  counterpart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['ReiCommunicationDirection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReiCommunicationKind'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiDeadlineResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiDeadline'] = ResolversParentTypes['ReiDeadline']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeadlineState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiDeadlinesResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiDeadlines'] = ResolversParentTypes['ReiDeadlines']> = {
  inpsAnswer?: Resolver<ResolversTypes['ReiDeadline'], ParentType, ContextType>;
  nextDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preliminaryAssessment?: Resolver<ResolversTypes['ReiDeadline'], ParentType, ContextType>;
  projectSignature?: Resolver<ResolversTypes['ReiDeadline'], ParentType, ContextType>;
  sendToInps?: Resolver<ResolversTypes['ReiDeadline'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiDeclarationsResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiDeclarations'] = ResolversParentTypes['ReiDeclarations']> = {
  boats?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  disabledMemberWithCarer?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  otherBenefits?: Resolver<Array<ResolversTypes['OtherBenefit']>, ParentType, ContextType>;
  permit?: Resolver<Maybe<ResolversTypes['ReiPermitKind']>, ParentType, ContextType>;
  pregnancy?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pregnancyCertified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pregnancyDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recentVehicle?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  recentVehicleForDisability?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  residentInItalySince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  siaMonthsReceived?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unemployedMemberIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  unemploymentBenefits?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiEventResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiEvent'] = ResolversParentTypes['ReiEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ReiStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReiStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiGrantedInterventionResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiGrantedIntervention'] = ResolversParentTypes['ReiGrantedIntervention']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  applicationStatus?: Resolver<ResolversTypes['ReiStatus'], ParentType, ContextType>;
  beneficiary?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  beneficiaryFiscalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beneficiaryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dsuDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dsuProtocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dsuYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interventionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  months?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  projectSignedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  protocolNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiInterventionResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiIntervention'] = ResolversParentTypes['ReiIntervention']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  beneficiary?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  beneficiaryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  economic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  paymentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siussServiceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  siussServiceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiIseeUsedResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiIseeUsed'] = ResolversParentTypes['ReiIseeUsed']> = {
  dsuDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dsuProtocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dsuYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  householdSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  isr?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  isre?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movableAssets?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  realEstateAssets?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiMeasurementResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiMeasurement'] = ResolversParentTypes['ReiMeasurement'], FederationReferenceType extends FederationReferenceTypes['ReiMeasurement'] = FederationReferenceTypes['ReiMeasurement']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReiMeasurement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['IndicatorGroup']>, ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiProjectResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiProject'] = ResolversParentTypes['ReiProject']> = {
  actions?: Resolver<Array<ResolversTypes['ReiProjectAction']>, ParentType, ContextType>;
  application?: Resolver<ResolversTypes['ReiApplication'], ParentType, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  breaches?: Resolver<Array<ResolversTypes['ReiProjectBreach']>, ParentType, ContextType>;
  communications?: Resolver<Array<ResolversTypes['ReiCommunication']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['ReiProjectItem']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  disbursementFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  disbursementTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['ReiProjectGoal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inDepthAssessmentNeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inDepthAssessmentNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inDepthAssessmentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['ReiIntervention']>, ParentType, ContextType>;
  missedAppointments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networkCommitments?: Resolver<Array<ResolversTypes['ReiProjectItem']>, ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  preliminaryAssessmentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  preliminaryAssessmentOutcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ReiScopedItem']>, ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['ReiScopedItem']>, ParentType, ContextType>;
  resourcesInvolved?: Resolver<Array<ResolversTypes['ReiProjectItem']>, ParentType, ContextType>;
  sanctions?: Resolver<ResolversTypes['ReiSanctions'], ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  socialCase?: Resolver<Maybe<ResolversTypes['SocialCase']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['ReiTeamMember']>, ParentType, ContextType>;
  teamActivities?: Resolver<Array<ResolversTypes['ReiProjectItem']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiProjectActionResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiProjectAction'] = ResolversParentTypes['ReiProjectAction']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  who?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiProjectBreachResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiProjectBreach'] = ResolversParentTypes['ReiProjectBreach']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  justified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReiBreachKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiProjectGoalResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiProjectGoal'] = ResolversParentTypes['ReiProjectGoal']> = {
  area?: Resolver<ResolversTypes['ReiGoalArea'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedResults?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiProjectItemResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiProjectItem'] = ResolversParentTypes['ReiProjectItem']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  who?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiSanctionResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiSanction'] = ResolversParentTypes['ReiSanction']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['ReiSanctionEffect'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReiBreachKind'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reduction?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiSanctionsResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiSanctions'] = ResolversParentTypes['ReiSanctions']> = {
  decadenza?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReiSanction']>, ParentType, ContextType>;
  totalReduction?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiScopedItemResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiScopedItem'] = ResolversParentTypes['ReiScopedItem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ReiProjectScope'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiTeamMemberResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['ReiTeamMember'] = ResolversParentTypes['ReiTeamMember']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RequirementCheckResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['RequirementCheck'] = ResolversParentTypes['RequirementCheck']> = {
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CheckOutcome'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialCaseResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['SocialCase'] = ResolversParentTypes['SocialCase'], FederationReferenceType extends FederationReferenceTypes['SocialCase'] = FederationReferenceTypes['SocialCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reiApplications?: Resolver<Maybe<Array<ResolversTypes['ReiApplication']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reiApplications?: Resolver<Maybe<Array<ResolversTypes['ReiApplication']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type _ObjectTypeResolvers<ContextType = ReiContext, ParentType extends ResolversParentTypes['_ObjectType'] = ResolversParentTypes['_ObjectType']> = {
  __resolveType: TypeResolveFn<'BenefitComputation' | 'Household' | 'IndicatorGroup' | 'InpsExport' | 'InpsExportPage' | 'OtherBenefit' | 'PageInfo' | 'ReadAuditEntry' | 'ReadAuditPage' | 'ReadAuditRecords' | 'ReiApplication' | 'ReiApplicationPage' | 'ReiBenefitMonth' | 'ReiCommunication' | 'ReiDeadline' | 'ReiDeadlines' | 'ReiDeclarations' | 'ReiEvent' | 'ReiGrantedIntervention' | 'ReiIntervention' | 'ReiIseeUsed' | 'ReiMeasurement' | 'ReiProject' | 'ReiProjectAction' | 'ReiProjectBreach' | 'ReiProjectGoal' | 'ReiProjectItem' | 'ReiSanction' | 'ReiSanctions' | 'ReiScopedItem' | 'ReiTeamMember' | 'RequirementCheck' | 'SocialCase' | 'Subject', ParentType, ContextType>;
};

export type Resolvers<ContextType = ReiContext> = {
  BenefitComputation?: BenefitComputationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  IndicatorGroup?: IndicatorGroupResolvers<ContextType>;
  IndicatorMeasurement?: IndicatorMeasurementResolvers<ContextType>;
  InpsExport?: InpsExportResolvers<ContextType>;
  InpsExportPage?: InpsExportPageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OtherBenefit?: OtherBenefitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadAuditEntry?: ReadAuditEntryResolvers<ContextType>;
  ReadAuditPage?: ReadAuditPageResolvers<ContextType>;
  ReadAuditRecords?: ReadAuditRecordsResolvers<ContextType>;
  ReiApplication?: ReiApplicationResolvers<ContextType>;
  ReiApplicationPage?: ReiApplicationPageResolvers<ContextType>;
  ReiBenefitMonth?: ReiBenefitMonthResolvers<ContextType>;
  ReiCommunication?: ReiCommunicationResolvers<ContextType>;
  ReiDeadline?: ReiDeadlineResolvers<ContextType>;
  ReiDeadlines?: ReiDeadlinesResolvers<ContextType>;
  ReiDeclarations?: ReiDeclarationsResolvers<ContextType>;
  ReiEvent?: ReiEventResolvers<ContextType>;
  ReiGrantedIntervention?: ReiGrantedInterventionResolvers<ContextType>;
  ReiIntervention?: ReiInterventionResolvers<ContextType>;
  ReiIseeUsed?: ReiIseeUsedResolvers<ContextType>;
  ReiMeasurement?: ReiMeasurementResolvers<ContextType>;
  ReiProject?: ReiProjectResolvers<ContextType>;
  ReiProjectAction?: ReiProjectActionResolvers<ContextType>;
  ReiProjectBreach?: ReiProjectBreachResolvers<ContextType>;
  ReiProjectGoal?: ReiProjectGoalResolvers<ContextType>;
  ReiProjectItem?: ReiProjectItemResolvers<ContextType>;
  ReiSanction?: ReiSanctionResolvers<ContextType>;
  ReiSanctions?: ReiSanctionsResolvers<ContextType>;
  ReiScopedItem?: ReiScopedItemResolvers<ContextType>;
  ReiTeamMember?: ReiTeamMemberResolvers<ContextType>;
  RequirementCheck?: RequirementCheckResolvers<ContextType>;
  SocialCase?: SocialCaseResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  _ObjectType?: _ObjectTypeResolvers<ContextType>;
};

