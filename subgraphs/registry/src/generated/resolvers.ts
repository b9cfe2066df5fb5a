// Generato da graphql-codegen (npm run codegen) dallo schema del sottografo registry: non modificare a mano.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Subject as SubjectModel } from '../entities/subject.entity';
import type { Household as HouseholdModel } from '../entities/household.entity';
import type { HouseholdMember as HouseholdMemberModel } from '../entities/householdMember.entity';
import type { IseeAttestation as IseeAttestationModel } from '../entities/iseeAttestation.entity';
import type { Revision as RevisionModel } from '../entities/revision.entity';
import type { SubjectAccess as SubjectAccessModel } from '../entities/subjectAccess.entity';
import type { IndicatorMeasurementResult as IndicatorMeasurementResultModel, ReadAuditEntry as ReadAuditEntryModel } from '@sisa/kernel';
import type { RegistryContext } from '../context';
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

/** Un indirizzo. Per l'Italia il comune è il codice ISTAT di 6 cifre. */
export type Address = {
  __typename?: 'Address';
  /** Stato, codice ISO 3166 numerico (380 = Italia). */
  countryCode: Scalars['String']['output'];
  /** Codice ISTAT del comune (6 cifre), solo per un indirizzo in Italia. */
  municipalityCode?: Maybe<Scalars['String']['output']>;
  /** Nome del comune. */
  municipalityName?: Maybe<Scalars['String']['output']>;
  /** CAP. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Codice ISTAT della regione (2 cifre), ricavato dal comune. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Via e numero civico. */
  street?: Maybe<Scalars['String']['output']>;
};

/** Un indirizzo. */
export type AddressInput = {
  /** Codice ISTAT dello Stato (380: Italia). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Codice ISTAT del comune (6 cifre); obbligatorio per una residenza in Italia. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** CAP. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Via e numero civico. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** Un nucleo familiare. */
export type Household = {
  __typename?: 'Household';
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields: Scalars['JSON']['output'];
  /** Le modifiche salvate del nucleo, la più recente per prima. */
  history: Array<HouseholdRevision>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** L'attestazione valida alla data indicata (oggi se assente) con la data DSU più recente. */
  isee?: Maybe<IseeAttestation>;
  /** Tutte le attestazioni, dalla data DSU più recente. */
  iseeHistory: Array<IseeAttestation>;
  /** Tutti i periodi di appartenenza, anche chiusi, dal più recente. */
  memberHistory: Array<HouseholdMember>;
  /** I componenti alla data indicata (oggi se assente). */
  members: Array<HouseholdMember>;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};


/** Un nucleo familiare. */
export type HouseholdIseeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** Un nucleo familiare. */
export type HouseholdMembersArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** Filtro dei nuclei: ogni campo indicato restringe. */
export type HouseholdFilter = {
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Con (true) o senza (false) un'attestazione ISEE valida oggi. */
  hasValidIsee?: InputMaybe<Scalars['Boolean']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Nuclei di cui il soggetto fa parte oggi. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Nuclei con un componente attuale che corrisponde al testo (cognome, nome, codice fiscale). */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** Un nuovo nucleo familiare. */
export type HouseholdInput = {
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** I componenti. */
  members: Array<HouseholdMemberInput>;
};

/** Un periodo di appartenenza di un soggetto a un nucleo familiare. */
export type HouseholdMember = {
  __typename?: 'HouseholdMember';
  /** Il nucleo. */
  household: Household;
  /** Codice dell'elenco di sistema «relationship» (rapporto con l'intestatario). */
  relationship: Scalars['String']['output'];
  /** Primo giorno nel nucleo (null: non noto). */
  since?: Maybe<Scalars['Date']['output']>;
  /** Il soggetto. */
  subject: Subject;
  /** Giorno di uscita dal nucleo (da quel giorno non ne fa più parte); null finché ne fa parte. */
  until?: Maybe<Scalars['Date']['output']>;
};

/** Un componente del nucleo. */
export type HouseholdMemberInput = {
  /** Relazione con l'intestatario (codice dell'elenco delle relazioni di parentela). */
  relationship: Scalars['String']['input'];
  /** Primo giorno nel nucleo (oggi se assente). */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Il soggetto. */
  subjectId: Scalars['ID']['input'];
};

/** Una pagina di nuclei. */
export type HouseholdPage = {
  __typename?: 'HouseholdPage';
  /** Gli elementi della pagina. */
  items: Array<Household>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Una modifica salvata di un nucleo familiare, dei suoi componenti o del suo ISEE. */
export type HouseholdRevision = {
  __typename?: 'HouseholdRevision';
  /** CREATE, UPDATE, MEMBER_ADDED, MEMBER_REMOVED o ISEE_RECORDED. */
  action: HouseholdRevisionAction;
  /** Quando. */
  changedAt: Scalars['DateTime']['output'];
  /** Chi (nome utente o client API). */
  changedBy: Scalars['String']['output'];
  /** I valori cambiati: `{ campo: { from, to } }`. */
  changes: Scalars['JSON']['output'];
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};

/** L'operazione di una modifica salvata di un nucleo familiare. */
export type HouseholdRevisionAction =
  /** Creazione. */
  | 'CREATE'
  /** Registrata un'attestazione ISEE. */
  | 'ISEE_RECORDED'
  /** Un componente entra nel nucleo. */
  | 'MEMBER_ADDED'
  /** Un componente esce dal nucleo. */
  | 'MEMBER_REMOVED'
  /** Modifica dei dati del nucleo. */
  | 'UPDATE';

/** Ordinamento dell'elenco dei nuclei familiari: il campo e il verso. */
export type HouseholdSort = {
  /** Il campo su cui ordinare. */
  field: HouseholdSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco dei nuclei familiari (households). */
export type HouseholdSortField =
  /** Data di creazione. */
  | 'CREATED_AT'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID'
  /** Data dell'ultima modifica. */
  | 'UPDATED_AT';

/** Modifica di un nucleo: un campo assente resta com'è. */
export type HouseholdUpdateInput = {
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
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

/** Un'attestazione ISEE del nucleo (importi in euro). */
export type IseeAttestation = {
  __typename?: 'IseeAttestation';
  /** Data di presentazione della DSU. */
  dsuDate: Scalars['Date']['output'];
  /** Protocollo della DSU (dichiarazione sostitutiva unica). */
  dsuProtocol: Scalars['String']['output'];
  /** Scala di equivalenza. */
  equivalenceScale: Scalars['Decimal']['output'];
  /** Componenti del nucleo nella DSU. */
  householdSize: Scalars['Int']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Valore ISEE (euro). */
  isee: Scalars['Decimal']['output'];
  /** Indicatore della situazione reddituale. */
  isr: Scalars['Decimal']['output'];
  /** Indicatore della situazione reddituale equivalente (ISR / scala). */
  isre: Scalars['Decimal']['output'];
  /** Tipo di ISEE. */
  kind: IseeKind;
  /** Patrimonio mobiliare. */
  movableAssets: Scalars['Decimal']['output'];
  /** Patrimonio immobiliare (esclusa la casa di abitazione, come richiesto dal REI). */
  realEstateAssets: Scalars['Decimal']['output'];
  /** Quando è stata registrata. */
  recordedAt: Scalars['DateTime']['output'];
  /** Chi l'ha registrata. */
  recordedBy: Scalars['String']['output'];
  /** Fino a quando l'attestazione è valida. */
  validUntil: Scalars['Date']['output'];
};

/** Un'attestazione ISEE da registrare. */
export type IseeInput = {
  /** Data di presentazione della DSU. */
  dsuDate: Scalars['Date']['input'];
  /** Protocollo della DSU. */
  dsuProtocol: Scalars['String']['input'];
  /** Scala di equivalenza. */
  equivalenceScale: Scalars['Decimal']['input'];
  /** Componenti del nucleo nella DSU. */
  householdSize: Scalars['Int']['input'];
  /** Valore ISEE (euro). */
  isee: Scalars['Decimal']['input'];
  /** ISR: indicatore della situazione reddituale (euro). */
  isr: Scalars['Decimal']['input'];
  /** ISRE: ISR diviso per la scala di equivalenza (euro). */
  isre: Scalars['Decimal']['input'];
  /** Tipo di ISEE. */
  kind: IseeKind;
  /** Patrimonio mobiliare (euro). */
  movableAssets: Scalars['Decimal']['input'];
  /** Patrimonio immobiliare (euro). */
  realEstateAssets: Scalars['Decimal']['input'];
  /** Fino a quando è valida. */
  validUntil: Scalars['Date']['input'];
};

/** ISEE ordinario, minorenni o corrente. */
export type IseeKind =
  /** ISEE corrente (dopo una variazione della situazione). */
  | 'CURRENT'
  /** ISEE per prestazioni rivolte a minorenni. */
  | 'MINORS'
  /** ISEE ordinario. */
  | 'ORDINARY';

export type Mutation = {
  __typename?: 'Mutation';
  /** Aggiunge un componente al nucleo. `expectedVersion` (facoltativa): la versione del nucleo letta; se è cambiata, CONFLICT con `extensions.currentVersion`. */
  addHouseholdMember: Household;
  /** Crea un nucleo familiare. */
  createHousehold: Household;
  /** Aggiunge un soggetto all'anagrafe. */
  createSubject: Subject;
  /** Archivia il soggetto: resta nello storico, esce dagli elenchi e dai nuclei di cui faceva parte. */
  deleteSubject: Scalars['Boolean']['output'];
  /** Registra un'attestazione ISEE del nucleo. `expectedVersion` (facoltativa): la versione del nucleo letta; se è cambiata, CONFLICT con `extensions.currentVersion`. */
  recordIsee: IseeAttestation;
  /** Registra l'uscita del soggetto dal nucleo (oggi se until è assente): il periodo resta nello storico. `expectedVersion` (facoltativa) come in addHouseholdMember. */
  removeHouseholdMember: Household;
  /** Modifica i campi di un nucleo: `expectedVersion` è la versione letta; se nel frattempo è cambiata, CONFLICT con `extensions.currentVersion`. */
  updateHousehold: Household;
  /** Cambia solo i campi presenti in input. `expectedVersion` è la versione letta: se nel frattempo è cambiata, CONFLICT con `extensions.currentVersion`. */
  updateSubject: Subject;
};


export type MutationAddHouseholdMemberArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  householdId: Scalars['ID']['input'];
  relationship: Scalars['String']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
  subjectId: Scalars['ID']['input'];
};


export type MutationCreateHouseholdArgs = {
  input: HouseholdInput;
};


export type MutationCreateSubjectArgs = {
  input: SubjectInput;
};


export type MutationDeleteSubjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordIseeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  householdId: Scalars['ID']['input'];
  input: IseeInput;
};


export type MutationRemoveHouseholdMemberArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  householdId: Scalars['ID']['input'];
  subjectId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationUpdateHouseholdArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: HouseholdUpdateInput;
};


export type MutationUpdateSubjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SubjectUpdateInput;
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
  /** Un nucleo familiare. */
  household?: Maybe<Household>;
  /** I nuclei familiari dell'ente. */
  households: HouseholdPage;
  /** Registro delle letture dell'anagrafe: le operazioni che hanno restituito dati personali, dalla più recente (amministratore dell'ente). */
  registryReadAuditLog: ReadAuditPage;
  /** Un soggetto dell'ente (la lettura è registrata). */
  subject?: Maybe<Subject>;
  /** Registro delle letture delle schede dei soggetti (amministratore dell'ente). */
  subjectAccessLog: SubjectAccessPage;
  /** Il soggetto attivo con questo codice fiscale. */
  subjectByFiscalCode?: Maybe<Subject>;
  /** I soggetti dell'ente. */
  subjects: SubjectPage;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  filter?: InputMaybe<HouseholdFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<HouseholdSort>;
};


export type QueryRegistryReadAuditLogArgs = {
  filter?: InputMaybe<ReadAuditFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubjectArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubjectAccessLogArgs = {
  filter?: InputMaybe<SubjectAccessFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubjectByFiscalCodeArgs = {
  fiscalCode: Scalars['String']['input'];
};


export type QuerySubjectsArgs = {
  filter?: InputMaybe<SubjectFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SubjectSort>;
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

/** Il valore di un indicatore su soggetti o nuclei, calcolato dall'anagrafica. */
export type RegistryMeasurement = IndicatorMeasurement & {
  __typename?: 'RegistryMeasurement';
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

/** Sesso come lo codifica il codice fiscale. */
export type Sex =
  /** Femminile. */
  | 'F'
  /** Maschile. */
  | 'M';

/** Verso dell'ordinamento (sort order). */
export type SortOrder =
  /** Crescente (ascending): A→Z, dal più vecchio al più recente. */
  | 'ASC'
  /** Decrescente (descending): Z→A, dal più recente al più vecchio. */
  | 'DESC';

/** Una persona dell'anagrafica dell'ente. Raggiungibile anche per codice fiscale (chiave usata dal servizio siuss). */
export type Subject = {
  __typename?: 'Subject';
  /** Valorizzato quando il soggetto è stato eliminato: resta per lo storico ma non compare negli elenchi. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Data di nascita. */
  birthDate: Scalars['Date']['output'];
  /** Codice catastale (Belfiore) del comune, o codice Z dello Stato estero. */
  birthPlaceCode: Scalars['String']['output'];
  /** Nome del comune o dello Stato di nascita. */
  birthPlaceName?: Maybe<Scalars['String']['output']>;
  /** Cittadinanza, codice ISO 3166 numerico di 3 cifre (380 = Italia). */
  citizenshipCode: Scalars['String']['output'];
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Valori dei campi personalizzati dell'ente, per chiave. */
  customFields: Scalars['JSON']['output'];
  /** Email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Nome. */
  firstName: Scalars['String']['output'];
  /** Codice fiscale (16 caratteri), unico nell'ente. */
  fiscalCode: Scalars['String']['output'];
  /** Anagrafica storica: ogni modifica salvata, la più recente per prima. */
  history: Array<SubjectRevision>;
  /** I nuclei familiari di cui il soggetto fa parte oggi. */
  households: Array<Household>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Cognome. */
  lastName: Scalars['String']['output'];
  /** Tutte le appartenenze del soggetto a nuclei familiari, anche passate (le più recenti prima). */
  memberships: Array<HouseholdMember>;
  /** Telefono. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Indirizzo di residenza. */
  residence?: Maybe<Address>;
  /** Sesso. */
  sex: Sex;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Versione del record, cresce a ogni modifica (da passare come expectedVersion). */
  version: Scalars['Int']['output'];
};

/** Una lettura della scheda di un soggetto (registro degli accessi). */
export type SubjectAccess = {
  __typename?: 'SubjectAccess';
  /** Nome utente o nome del client API. */
  actor: Scalars['String']['output'];
  /** user o client. */
  actorKind: Scalars['String']['output'];
  /** Quando. */
  at: Scalars['DateTime']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** L'identificativo della richiesta (X-Request-Id). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Il soggetto (null se archiviato e non più visibile). */
  subject?: Maybe<Subject>;
  /** Il soggetto consultato. */
  subjectId: Scalars['ID']['output'];
  /** L'operazione che ha restituito la scheda: subject, subjectByFiscalCode, entities, householdMember, accessLog. */
  via: Scalars['String']['output'];
};

/** Filtro del registro delle consultazioni. */
export type SubjectAccessFilter = {
  /** Solo quelle di questo utente o client. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Dall'istante (compreso). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Solo le consultazioni di questo soggetto. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Fino all'istante (escluso). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Una pagina del registro delle consultazioni. */
export type SubjectAccessPage = {
  __typename?: 'SubjectAccessPage';
  /** Gli elementi della pagina. */
  items: Array<SubjectAccess>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Filtro dei soggetti: ogni campo indicato restringe. */
export type SubjectFilter = {
  /** Nati dal giorno (compreso). */
  bornFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Nati fino al giorno (compreso). */
  bornTo?: InputMaybe<Scalars['Date']['input']>;
  /** Codice della cittadinanza. */
  citizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** Valori dei campi personalizzati che il soggetto deve avere (contenimento JSON). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Codice fiscale esatto. */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Inizio del cognome (senza distinzione di maiuscole e accenti). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Testo libero su cognome, nome e codice fiscale (senza distinzione di maiuscole e accenti). Tollera un errore di battitura in una parola del cognome di almeno quattro lettere (typo tolerance): questi soggetti seguono quelli che corrispondono esattamente. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Comune di residenza (codice). */
  residenceMunicipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Sesso. */
  sex?: InputMaybe<Sex>;
};

/** I dati di un soggetto. */
export type SubjectInput = {
  /** Data di nascita (non futura). */
  birthDate: Scalars['Date']['input'];
  /** Codice catastale (Belfiore) del comune o dello Stato di nascita. */
  birthPlaceCode: Scalars['String']['input'];
  /** Codice ISTAT della cittadinanza (380: italiana). */
  citizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** Campi personalizzati: le chiavi presenti sostituiscono i valori salvati (null cancella), le altre restano. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Nome. */
  firstName: Scalars['String']['input'];
  /** Codice fiscale (16 caratteri, controllato). */
  fiscalCode: Scalars['String']['input'];
  /** Cognome. */
  lastName: Scalars['String']['input'];
  /** Telefono. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Indirizzo di residenza. */
  residence?: InputMaybe<AddressInput>;
  /** Sesso. */
  sex: Sex;
};

/** Una pagina di soggetti. */
export type SubjectPage = {
  __typename?: 'SubjectPage';
  /** Gli elementi della pagina. */
  items: Array<Subject>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Una modifica salvata di un soggetto: chi, quando, cosa (valore precedente → nuovo). */
export type SubjectRevision = {
  __typename?: 'SubjectRevision';
  /** CREATE, UPDATE o ARCHIVE. */
  action: SubjectRevisionAction;
  /** Quando. */
  changedAt: Scalars['DateTime']['output'];
  /** Chi (nome utente o client API). */
  changedBy: Scalars['String']['output'];
  /** { campo: { from, to } } per ogni campo cambiato. */
  changes: Scalars['JSON']['output'];
  /** La versione del soggetto dopo la modifica. */
  version: Scalars['Int']['output'];
};

/** L'operazione di una modifica salvata di un soggetto. */
export type SubjectRevisionAction =
  /** Archiviazione. */
  | 'ARCHIVE'
  /** Creazione. */
  | 'CREATE'
  /** Modifica. */
  | 'UPDATE';

/** Ordinamento dell'elenco dei soggetti: il campo e il verso. */
export type SubjectSort = {
  /** Il campo su cui ordinare. */
  field: SubjectSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco dei soggetti (subjects). */
export type SubjectSortField =
  /** Data di nascita. */
  | 'BIRTH_DATE'
  /** Data di creazione. */
  | 'CREATED_AT'
  /** Nome. */
  | 'FIRST_NAME'
  /** Codice fiscale. */
  | 'FISCAL_CODE'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID'
  /** Cognome; a parità di cognome, nome. */
  | 'LAST_NAME'
  /** Data dell'ultima modifica. */
  | 'UPDATED_AT';

/**
 * Modifica di un soggetto: ogni campo è facoltativo e ha lo stesso nome che in SubjectInput. Un campo
 * assente resta com'è; null lo cancella (solo i campi facoltativi: residence, phone, email; null su un
 * campo obbligatorio è un errore sul campo). `residence` è un valore unico: se presente sostituisce
 * tutta la residenza (i suoi campi assenti restano vuoti, lo Stato è 380 se assente).
 */
export type SubjectUpdateInput = {
  /** Data di nascita (non futura). */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Codice catastale (Belfiore) del comune o dello Stato di nascita. */
  birthPlaceCode?: InputMaybe<Scalars['String']['input']>;
  /** Assente: resta la cittadinanza salvata (nessun valore predefinito in modifica). */
  citizenshipCode?: InputMaybe<Scalars['String']['input']>;
  /** Campi personalizzati: le chiavi presenti sostituiscono i valori salvati (null cancella), le altre restano. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Nome. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Codice fiscale (16 caratteri, controllato). */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  /** Cognome. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Telefono. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Indirizzo di residenza. */
  residence?: InputMaybe<AddressInput>;
  /** Sesso. */
  sex?: InputMaybe<Sex>;
};

export type _ObjectType = Address | Household | HouseholdMember | HouseholdPage | HouseholdRevision | IndicatorGroup | IseeAttestation | PageInfo | ReadAuditEntry | ReadAuditPage | ReadAuditRecords | RegistryMeasurement | Subject | SubjectAccess | SubjectAccessPage | SubjectPage | SubjectRevision;



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
  RegistryMeasurement: RegistryMeasurement;
  Subject: Subject;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  RegistryMeasurement:
    ( { __typename: 'RegistryMeasurement' }
    & GraphQLRecursivePick<FederationTypes['RegistryMeasurement'], {"spec":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & ( GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"fiscalCode":true}> ) );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  _ObjectType:
    | ( Address )
    | ( HouseholdModel )
    | ( HouseholdMemberModel )
    | ( Omit<HouseholdPage, 'items'> & { items: Array<_RefType['Household']> } )
    | ( RevisionModel )
    | ( IndicatorGroup )
    | ( IseeAttestationModel )
    | ( PageInfo )
    | ( ReadAuditEntryModel )
    | ( Omit<ReadAuditPage, 'items'> & { items: Array<_RefType['ReadAuditEntry']> } )
    | ( ReadAuditRecords )
    | ( IndicatorMeasurementResultModel )
    | ( SubjectModel )
    | ( SubjectAccessModel )
    | ( Omit<SubjectAccessPage, 'items'> & { items: Array<_RefType['SubjectAccess']> } )
    | ( Omit<SubjectPage, 'items'> & { items: Array<_RefType['Subject']> } )
    | ( RevisionModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  IndicatorMeasurement: ( IndicatorMeasurementResultModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressInput: AddressInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Household: ResolverTypeWrapper<HouseholdModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  HouseholdFilter: HouseholdFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  HouseholdInput: HouseholdInput;
  HouseholdMember: ResolverTypeWrapper<HouseholdMemberModel>;
  HouseholdMemberInput: HouseholdMemberInput;
  HouseholdPage: ResolverTypeWrapper<Omit<HouseholdPage, 'items'> & { items: Array<ResolversTypes['Household']> }>;
  HouseholdRevision: ResolverTypeWrapper<RevisionModel>;
  HouseholdRevisionAction: HouseholdRevisionAction;
  HouseholdSort: HouseholdSort;
  HouseholdSortField: HouseholdSortField;
  HouseholdUpdateInput: HouseholdUpdateInput;
  IndicatorGroup: ResolverTypeWrapper<IndicatorGroup>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorMeasurement: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorMeasurement']>;
  IseeAttestation: ResolverTypeWrapper<IseeAttestationModel>;
  IseeInput: IseeInput;
  IseeKind: IseeKind;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadAuditEntry: ResolverTypeWrapper<ReadAuditEntryModel>;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: ResolverTypeWrapper<Omit<ReadAuditPage, 'items'> & { items: Array<ResolversTypes['ReadAuditEntry']> }>;
  ReadAuditRecords: ResolverTypeWrapper<ReadAuditRecords>;
  RegistryMeasurement: ResolverTypeWrapper<IndicatorMeasurementResultModel>;
  Sex: Sex;
  SortOrder: SortOrder;
  Subject: ResolverTypeWrapper<SubjectModel>;
  SubjectAccess: ResolverTypeWrapper<SubjectAccessModel>;
  SubjectAccessFilter: SubjectAccessFilter;
  SubjectAccessPage: ResolverTypeWrapper<Omit<SubjectAccessPage, 'items'> & { items: Array<ResolversTypes['SubjectAccess']> }>;
  SubjectFilter: SubjectFilter;
  SubjectInput: SubjectInput;
  SubjectPage: ResolverTypeWrapper<Omit<SubjectPage, 'items'> & { items: Array<ResolversTypes['Subject']> }>;
  SubjectRevision: ResolverTypeWrapper<RevisionModel>;
  SubjectRevisionAction: SubjectRevisionAction;
  SubjectSort: SubjectSort;
  SubjectSortField: SubjectSortField;
  SubjectUpdateInput: SubjectUpdateInput;
  _ObjectType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['_ObjectType']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  String: Scalars['String']['output'];
  AddressInput: AddressInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Household: HouseholdModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  HouseholdFilter: HouseholdFilter;
  Boolean: Scalars['Boolean']['output'];
  HouseholdInput: HouseholdInput;
  HouseholdMember: HouseholdMemberModel;
  HouseholdMemberInput: HouseholdMemberInput;
  HouseholdPage: Omit<HouseholdPage, 'items'> & { items: Array<ResolversParentTypes['Household']> };
  HouseholdRevision: RevisionModel;
  HouseholdSort: HouseholdSort;
  HouseholdUpdateInput: HouseholdUpdateInput;
  IndicatorGroup: IndicatorGroup;
  Float: Scalars['Float']['output'];
  IndicatorMeasurement: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorMeasurement'];
  IseeAttestation: IseeAttestationModel;
  IseeInput: IseeInput;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReadAuditEntry: ReadAuditEntryModel;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: Omit<ReadAuditPage, 'items'> & { items: Array<ResolversParentTypes['ReadAuditEntry']> };
  ReadAuditRecords: ReadAuditRecords;
  RegistryMeasurement: IndicatorMeasurementResultModel;
  Subject: SubjectModel;
  SubjectAccess: SubjectAccessModel;
  SubjectAccessFilter: SubjectAccessFilter;
  SubjectAccessPage: Omit<SubjectAccessPage, 'items'> & { items: Array<ResolversParentTypes['SubjectAccess']> };
  SubjectFilter: SubjectFilter;
  SubjectInput: SubjectInput;
  SubjectPage: Omit<SubjectPage, 'items'> & { items: Array<ResolversParentTypes['Subject']> };
  SubjectRevision: RevisionModel;
  SubjectSort: SubjectSort;
  SubjectUpdateInput: SubjectUpdateInput;
  _ObjectType: ResolversUnionTypes<ResolversParentTypes>['_ObjectType'];
};

export type AddressResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type HouseholdResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HouseholdRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isee?: Resolver<Maybe<ResolversTypes['IseeAttestation']>, ParentType, ContextType, Partial<HouseholdIseeArgs>>;
  iseeHistory?: Resolver<Array<ResolversTypes['IseeAttestation']>, ParentType, ContextType>;
  memberHistory?: Resolver<Array<ResolversTypes['HouseholdMember']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['HouseholdMember']>, ParentType, ContextType, Partial<HouseholdMembersArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HouseholdMemberResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['HouseholdMember'] = ResolversParentTypes['HouseholdMember']> = {
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HouseholdPageResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['HouseholdPage'] = ResolversParentTypes['HouseholdPage']> = {
  items?: Resolver<Array<ResolversTypes['Household']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HouseholdRevisionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['HouseholdRevision'] = ResolversParentTypes['HouseholdRevision']> = {
  action?: Resolver<ResolversTypes['HouseholdRevisionAction'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorGroupResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['IndicatorGroup'] = ResolversParentTypes['IndicatorGroup']> = {
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorMeasurementResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['IndicatorMeasurement'] = ResolversParentTypes['IndicatorMeasurement']> = {
  __resolveType: TypeResolveFn<'RegistryMeasurement', ParentType, ContextType>;
};

export type IseeAttestationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['IseeAttestation'] = ResolversParentTypes['IseeAttestation']> = {
  dsuDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dsuProtocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equivalenceScale?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  householdSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  isr?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  isre?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IseeKind'], ParentType, ContextType>;
  movableAssets?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  realEstateAssets?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addHouseholdMember?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationAddHouseholdMemberArgs, 'householdId' | 'relationship' | 'subjectId'>>;
  createHousehold?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationCreateHouseholdArgs, 'input'>>;
  createSubject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType, RequireFields<MutationCreateSubjectArgs, 'input'>>;
  deleteSubject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSubjectArgs, 'id'>>;
  recordIsee?: Resolver<ResolversTypes['IseeAttestation'], ParentType, ContextType, RequireFields<MutationRecordIseeArgs, 'householdId' | 'input'>>;
  removeHouseholdMember?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationRemoveHouseholdMemberArgs, 'householdId' | 'subjectId'>>;
  updateHousehold?: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<MutationUpdateHouseholdArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSubject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType, RequireFields<MutationUpdateSubjectArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'id'>>;
  households?: Resolver<ResolversTypes['HouseholdPage'], ParentType, ContextType, RequireFields<QueryHouseholdsArgs, 'page' | 'perPage'>>;
  registryReadAuditLog?: Resolver<ResolversTypes['ReadAuditPage'], ParentType, ContextType, RequireFields<QueryRegistryReadAuditLogArgs, 'page' | 'perPage'>>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType, RequireFields<QuerySubjectArgs, 'id'>>;
  subjectAccessLog?: Resolver<ResolversTypes['SubjectAccessPage'], ParentType, ContextType, RequireFields<QuerySubjectAccessLogArgs, 'page' | 'perPage'>>;
  subjectByFiscalCode?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType, RequireFields<QuerySubjectByFiscalCodeArgs, 'fiscalCode'>>;
  subjects?: Resolver<ResolversTypes['SubjectPage'], ParentType, ContextType, RequireFields<QuerySubjectsArgs, 'page' | 'perPage'>>;
};

export type ReadAuditEntryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ReadAuditEntry'] = ResolversParentTypes['ReadAuditEntry']> = {
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

export type ReadAuditPageResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ReadAuditPage'] = ResolversParentTypes['ReadAuditPage']> = {
  items?: Resolver<Array<ResolversTypes['ReadAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuditRecordsResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ReadAuditRecords'] = ResolversParentTypes['ReadAuditRecords']> = {
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistryMeasurementResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryMeasurement'] = ResolversParentTypes['RegistryMeasurement'], FederationReferenceType extends FederationReferenceTypes['RegistryMeasurement'] = FederationReferenceTypes['RegistryMeasurement']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RegistryMeasurement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['IndicatorGroup']>, ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  birthPlaceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthPlaceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citizenshipCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SubjectRevision']>, ParentType, ContextType>;
  households?: Resolver<Array<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['HouseholdMember']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residence?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectAccessResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SubjectAccess'] = ResolversParentTypes['SubjectAccess']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectAccessPageResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SubjectAccessPage'] = ResolversParentTypes['SubjectAccessPage']> = {
  items?: Resolver<Array<ResolversTypes['SubjectAccess']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectPageResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SubjectPage'] = ResolversParentTypes['SubjectPage']> = {
  items?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectRevisionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SubjectRevision'] = ResolversParentTypes['SubjectRevision']> = {
  action?: Resolver<ResolversTypes['SubjectRevisionAction'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type _ObjectTypeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['_ObjectType'] = ResolversParentTypes['_ObjectType']> = {
  __resolveType: TypeResolveFn<'Address' | 'Household' | 'HouseholdMember' | 'HouseholdPage' | 'HouseholdRevision' | 'IndicatorGroup' | 'IseeAttestation' | 'PageInfo' | 'ReadAuditEntry' | 'ReadAuditPage' | 'ReadAuditRecords' | 'RegistryMeasurement' | 'Subject' | 'SubjectAccess' | 'SubjectAccessPage' | 'SubjectPage' | 'SubjectRevision', ParentType, ContextType>;
};

export type Resolvers<ContextType = RegistryContext> = {
  Address?: AddressResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdMember?: HouseholdMemberResolvers<ContextType>;
  HouseholdPage?: HouseholdPageResolvers<ContextType>;
  HouseholdRevision?: HouseholdRevisionResolvers<ContextType>;
  IndicatorGroup?: IndicatorGroupResolvers<ContextType>;
  IndicatorMeasurement?: IndicatorMeasurementResolvers<ContextType>;
  IseeAttestation?: IseeAttestationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadAuditEntry?: ReadAuditEntryResolvers<ContextType>;
  ReadAuditPage?: ReadAuditPageResolvers<ContextType>;
  ReadAuditRecords?: ReadAuditRecordsResolvers<ContextType>;
  RegistryMeasurement?: RegistryMeasurementResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  SubjectAccess?: SubjectAccessResolvers<ContextType>;
  SubjectAccessPage?: SubjectAccessPageResolvers<ContextType>;
  SubjectPage?: SubjectPageResolvers<ContextType>;
  SubjectRevision?: SubjectRevisionResolvers<ContextType>;
  _ObjectType?: _ObjectTypeResolvers<ContextType>;
};

