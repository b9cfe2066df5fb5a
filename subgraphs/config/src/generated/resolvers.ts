// Generato da graphql-codegen (npm run codegen) dallo schema del sottografo config: non modificare a mano.
/* eslint-disable */
import type { Scope } from '@sisa/kernel';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Tenant as TenantModel } from '../entities/tenant.entity';
import type { UserShape as UserShapeModel, ViewerShape as ViewerShapeModel } from '../resolvers/identityShapes';
import type { ApiClient as ApiClientModel } from '../entities/apiClient.entity';
import type { AuditEvent as AuditEventModel } from '../entities/auditEvent.entity';
import type { FieldDefinition as FieldDefinitionModel } from '../entities/fieldDefinition.entity';
import type { ValueList as ValueListModel } from '../entities/valueList.entity';
import type { Indicator as IndicatorModel } from '../entities/indicator.entity';
import type { AssessmentForm as AssessmentFormModel } from '../entities/assessmentForm.entity';
import type { ParameterSet as ParameterSetModel } from '../entities/parameterSet.entity';
import type { SupportGrant as SupportGrantModel } from '../entities/supportGrant.entity';
import type { MeasurementReference as MeasurementReferenceModel, UnavailableMeasurementShape as UnavailableMeasurementShapeModel } from '../resolvers/IndicatorMeasurement';
import type { ConfigContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
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

/** Come un indicatore aggrega i record. */
export type Aggregate =
  /** Media del campo. */
  | 'AVG'
  /** Numero di record. */
  | 'COUNT'
  /** Massimo del campo. */
  | 'MAX'
  /** Mediana del campo: il valore centrale (metà dei record sta sotto, metà sopra). */
  | 'MEDIAN'
  /** Minimo del campo. */
  | 'MIN'
  /** Somma del campo. */
  | 'SUM';

/** Un'applicazione di terze parti che accede all'API con OAuth2 client_credentials. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** Falso se disattivato. */
  active: Scalars['Boolean']['output'];
  /** L'identificativo pubblico del client (client_id) per /oauth/token. */
  clientId: Scalars['String']['output'];
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Gli ambiti concessi al client. */
  grantedScopes: Array<Scope>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** L'ultima volta che il client ha ottenuto un token. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Nome dell'applicazione. */
  name: Scalars['String']['output'];
  /** Quando è stato revocato (i suoi token smettono subito di valere). */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Gli ambiti nella forma di RFC 6749 (`registry:read`); gli stessi come enum in grantedScopes. */
  scopes: Array<Scalars['String']['output']>;
};

/** Le credenziali di un client appena creato: il segreto si vede solo ora. */
export type ApiClientCredentials = {
  __typename?: 'ApiClientCredentials';
  /** Il client creato. */
  client: ApiClient;
  /** Il segreto (client_secret): mostrato solo ora, conservarlo al sicuro. */
  clientSecret: Scalars['String']['output'];
};

/** Un nuovo client API. */
export type ApiClientInput = {
  /** Gli ambiti da concedere al client (almeno uno, qui o in scopes). */
  grantedScopes?: InputMaybe<Array<Scope>>;
  /** Nome dell'applicazione. */
  name: Scalars['String']['input'];
  /** Gli ambiti nella forma di RFC 6749 (`registry:read`); in alternativa, o insieme, grantedScopes. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Una fascia del punteggio totale. */
export type AssessmentBand = {
  __typename?: 'AssessmentBand';
  /** Nome della fascia (es. «Lieve»). */
  label: Scalars['String']['output'];
  /** Punteggio massimo della fascia (compreso). */
  max: Scalars['Int']['output'];
  /** Punteggio minimo della fascia (compreso). */
  min: Scalars['Int']['output'];
};

/** Una fascia del punteggio da salvare. */
export type AssessmentBandInput = {
  /** Nome della fascia. */
  label: Scalars['String']['input'];
  /** Punteggio massimo (compreso). */
  max: Scalars['Int']['input'];
  /** Punteggio minimo (compreso). */
  min: Scalars['Int']['input'];
};

/** Un modulo di valutazione multidimensionale dell'ente, in una sua versione: una versione non cambia più, un modulo modificato è la versione successiva. */
export type AssessmentForm = {
  __typename?: 'AssessmentForm';
  /** Le fasce del punteggio totale: ogni totale possibile cade in una e una sola. */
  bands: Array<AssessmentBand>;
  /** Le voci da valutare, nell'ordine del modulo. */
  items: Array<AssessmentItem>;
  /** Chiave del modulo (minuscole, cifre e trattino basso), unica nell'ente. */
  key: Scalars['String']['output'];
  /** Nome del modulo. */
  label: Scalars['String']['output'];
  /** Versione (1, 2, …): ogni modifica del modulo ne crea una nuova. */
  version: Scalars['Int']['output'];
};

/** Un modulo di valutazione da salvare: se differisce dall'ultima versione ne diventa la successiva. */
export type AssessmentFormInput = {
  /** Le fasce (da 1 a 20), che insieme coprono ogni totale possibile senza sovrapporsi. */
  bands: Array<AssessmentBandInput>;
  /** Le voci (da 1 a 200). */
  items: Array<AssessmentItemInput>;
  /** Chiave del modulo (minuscole, cifre e trattino basso, iniziando con una lettera). */
  key: Scalars['String']['input'];
  /** Nome del modulo. */
  label: Scalars['String']['input'];
};

/** Una voce del modulo, con le risposte possibili. */
export type AssessmentItem = {
  __typename?: 'AssessmentItem';
  /** Chiave della voce, unica nel modulo (le risposte di una valutazione la usano). */
  key: Scalars['String']['output'];
  /** Testo della voce. */
  label: Scalars['String']['output'];
  /** Le risposte possibili (almeno due), ciascuna con il suo punteggio. */
  options: Array<AssessmentOption>;
};

/** Una voce del modulo da salvare. */
export type AssessmentItemInput = {
  /** Chiave della voce, unica nel modulo. */
  key: Scalars['String']['input'];
  /** Testo della voce. */
  label: Scalars['String']['input'];
  /** Le risposte possibili (da 2 a 20). */
  options: Array<AssessmentOptionInput>;
};

/** Una risposta possibile a una voce. */
export type AssessmentOption = {
  __typename?: 'AssessmentOption';
  /** Codice della risposta (maiuscole, cifre e trattino basso), unico nella voce. */
  code: Scalars['String']['output'];
  /** Testo della risposta. */
  label: Scalars['String']['output'];
  /** Punti della risposta (intero tra -1000 e 1000); il punteggio è la somma delle risposte date. */
  score: Scalars['Int']['output'];
};

/** Una risposta possibile da salvare. */
export type AssessmentOptionInput = {
  /** Codice della risposta, unico nella voce. */
  code: Scalars['String']['input'];
  /** Testo della risposta. */
  label: Scalars['String']['input'];
  /** Punti della risposta (intero tra -1000 e 1000). */
  score: Scalars['Int']['input'];
};

/** L'operazione registrata nello storico delle modifiche. */
export type AuditAction =
  /** Creazione. */
  | 'CREATE'
  /** Eliminazione. */
  | 'DELETE'
  /** Revoca (accesso di assistenza, client API). */
  | 'REVOKE'
  /** Un amministratore di piattaforma è entrato nell'ente (switchTenant). */
  | 'SWITCH_TENANT'
  /** Sblocco di un utente bloccato dopo troppi tentativi falliti. */
  | 'UNLOCK'
  /** Modifica. */
  | 'UPDATE'
  /** Un amministratore di piattaforma è entrato nell'ente con un accesso di assistenza. */
  | 'USE';

/** Una modifica registrata: chi, quando, cosa, valori prima → dopo. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** L'operazione. */
  action: AuditAction;
  /** Chi (nome utente o client API). */
  actor: Scalars['String']['output'];
  /** Quando. */
  at: Scalars['DateTime']['output'];
  /** I valori cambiati: `{ campo: { from, to } }`. */
  changes: Scalars['JSON']['output'];
  /** Il tipo di dato modificato (es. FieldDefinition). */
  entity: Scalars['String']['output'];
  /** L'identificativo del record modificato. */
  entityId: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
};

/** Filtro dello storico: ogni campo indicato restringe. */
export type AuditEventFilter = {
  /** Solo questa operazione. */
  action?: InputMaybe<AuditAction>;
  /** Solo le modifiche di questo utente o client. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Solo questo tipo di dato. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Solo questo record. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Dall'istante (compreso). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Fino all'istante (escluso). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Una pagina dello storico delle modifiche. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** Gli elementi della pagina. */
  items: Array<AuditEvent>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco dello storico delle modifiche: il campo e il verso. */
export type AuditEventSort = {
  /** Il campo su cui ordinare. */
  field: AuditEventSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco dello storico delle modifiche (auditEvents). */
export type AuditEventSortField =
  /** Operazione. */
  | 'ACTION'
  /** Chi l'ha modificato. */
  | 'ACTOR'
  /** Quando. */
  | 'AT'
  /** Tipo di elemento modificato. */
  | 'ENTITY'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID';

/** Misura di un indicatore su dati del servizio casework: cartelle sociali e segnalazioni (solo conteggi e tempi, mai contenuti). La chiave porta la specifica; il servizio casework la calcola. */
export type CaseworkMeasurement = IndicatorMeasurement & {
  __typename?: 'CaseworkMeasurement';
  /** Quando il valore è stato calcolato. */
  computedAt: Scalars['DateTime']['output'];
  /** Il valore esatto come stringa decimale (importi: "1234.50"). */
  decimalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Perché l'indicatore ora non si può calcolare. */
  error?: Maybe<Scalars['String']['output']>;
  /** Il valore per gruppo, quando l'indicatore raggruppa. */
  groups: Array<IndicatorGroup>;
  /** La specifica dell'indicatore (JSON serializzato) che il servizio calcola. */
  spec: Scalars['String']['output'];
  /** Il valore complessivo; null se non calcolabile (vedi error). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** I tipi di dato a cui un ente può aggiungere campi. */
export type ConfigurableEntity =
  /** Nucleo familiare (registry). */
  | 'HOUSEHOLD'
  /** Segnalazione (casework). */
  | 'REFERRAL'
  /** Domanda REI (rei). */
  | 'REI_APPLICATION'
  /** Progetto personalizzato REI (rei). */
  | 'REI_PROJECT'
  /** Prestazione sociale (siuss). */
  | 'SOCIAL_BENEFIT'
  /** Cartella sociale (casework). */
  | 'SOCIAL_CASE'
  /** Soggetto dell'anagrafe (registry). */
  | 'SUBJECT';

/** Condizione di visibilità: il campo si mostra (ed è obbligatorio e accettato) solo quando un altro campo vale `equals`. */
export type FieldCondition = {
  __typename?: 'FieldCondition';
  /** Il valore che l'altro campo deve avere. */
  equals?: Maybe<Scalars['JSON']['output']>;
  /** Chiave di un altro campo personalizzato (anche come `customFields.<chiave>`) o nome di un campo predefinito. */
  field: Scalars['String']['output'];
};

/** Condizione di visibilità di un campo. */
export type FieldConditionInput = {
  /** Il valore che l'altro campo deve avere. */
  equals?: InputMaybe<Scalars['JSON']['input']>;
  /** Chiave di un altro campo personalizzato o nome di un campo predefinito. */
  field: Scalars['String']['input'];
};

/** Un campo personalizzato dell'ente su un tipo di dato. */
export type FieldDefinition = {
  __typename?: 'FieldDefinition';
  /** Un campo disattivato conserva i dati ma non accetta nuovi valori. */
  active: Scalars['Boolean']['output'];
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Il tipo di dato a cui il campo appartiene. */
  entity: ConfigurableEntity;
  /** Testo di aiuto mostrato sotto il campo. */
  helpText?: Maybe<Scalars['String']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** `^[a-z][a-zA-Z0-9_]{0,39}$`, unica per ente e tipo di dato; non cambia mai. */
  key: Scalars['String']['output'];
  /** Etichetta mostrata alle persone. */
  label: Scalars['String']['output'];
  /** Elenco di valori dei campi SELECT e MULTI_SELECT. */
  listKey?: Maybe<Scalars['String']['output']>;
  /** Limite superiore (vedi min). */
  max?: Maybe<Scalars['Float']['output']>;
  /** Limiti: valore per i numeri, lunghezza per i testi, numero di scelte per MULTI_SELECT. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Espressione regolare che l'intero testo deve rispettare. */
  pattern?: Maybe<Scalars['String']['output']>;
  /** Posizione tra i campi dello stesso tipo di dato. */
  position: Scalars['Int']['output'];
  /** Obbligatorio (quando visibile). */
  required: Scalars['Boolean']['output'];
  /** La sezione del modulo in cui il campo compare. */
  section?: Maybe<Scalars['String']['output']>;
  /** Il tipo di valore. */
  type: FieldType;
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Condizione di visibilità; assente: sempre visibile. */
  visibleWhen?: Maybe<FieldCondition>;
};

/** I dati di un campo personalizzato. */
export type FieldDefinitionInput = {
  /** Falso: il campo conserva i dati ma non accetta nuovi valori. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Il tipo di dato (non cambia dopo la creazione). */
  entity: ConfigurableEntity;
  /** Testo di aiuto. */
  helpText?: InputMaybe<Scalars['String']['input']>;
  /** `^[a-z][a-zA-Z0-9_]{0,39}$`, unica per ente e tipo di dato; non cambia dopo la creazione. */
  key: Scalars['String']['input'];
  /** Etichetta mostrata alle persone. */
  label: Scalars['String']['input'];
  /** Elenco di valori, per SELECT e MULTI_SELECT. */
  listKey?: InputMaybe<Scalars['String']['input']>;
  /** Limite superiore: valore, lunghezza o numero di scelte. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Limite inferiore: valore, lunghezza o numero di scelte. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Espressione regolare (RE2) che l'intero testo deve rispettare. */
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** Se assente: in coda ai campi dello stesso tipo di dato. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Obbligatorio (quando visibile). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sezione del modulo. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Il tipo di valore. */
  type: FieldType;
  /** Condizione di visibilità. */
  visibleWhen?: InputMaybe<FieldConditionInput>;
};

/**
 * Modifica di un campo personalizzato: ogni campo è facoltativo, senza valori predefiniti. Un campo
 * assente resta com'è; null lo cancella (null su entity, key, label, type, required o active è un
 * errore sul campo). `visibleWhen` è un valore unico.
 */
export type FieldDefinitionUpdateInput = {
  /** Falso: il campo conserva i dati ma non accetta nuovi valori. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Non si può cambiare: se presente deve essere quello attuale. */
  entity?: InputMaybe<ConfigurableEntity>;
  /** Testo di aiuto. */
  helpText?: InputMaybe<Scalars['String']['input']>;
  /** Non si può cambiare: se presente deve essere quella attuale. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Etichetta mostrata alle persone. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Elenco di valori, per SELECT e MULTI_SELECT. */
  listKey?: InputMaybe<Scalars['String']['input']>;
  /** Limite superiore: valore, lunghezza o numero di scelte. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Limite inferiore: valore, lunghezza o numero di scelte. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Espressione regolare (RE2) che l'intero testo deve rispettare. */
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** Se assente: in coda ai campi dello stesso tipo di dato. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Obbligatorio (quando visibile). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sezione del modulo. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Il tipo di valore. */
  type?: InputMaybe<FieldType>;
  /** Condizione di visibilità. */
  visibleWhen?: InputMaybe<FieldConditionInput>;
};

/** Il tipo di dato di un campo personalizzato. */
export type FieldType =
  /** Sì/no. */
  | 'BOOLEAN'
  /** Data (YYYY-MM-DD). */
  | 'DATE'
  /** Numero decimale (come stringa Decimal). */
  | 'DECIMAL'
  /** Indirizzo email. */
  | 'EMAIL'
  /** Numero intero. */
  | 'INTEGER'
  /** Testo su più righe. */
  | 'LONG_TEXT'
  /** Più voci di un elenco di valori (listKey). */
  | 'MULTI_SELECT'
  /** Numero di telefono. */
  | 'PHONE'
  /** Una voce di un elenco di valori (listKey). */
  | 'SELECT'
  /** Testo su una riga. */
  | 'TEXT';

/** Un indicatore del cruscotto: una specifica dichiarativa calcolata dal servizio che possiede i dati. */
export type Indicator = {
  __typename?: 'Indicator';
  /** L'aggregazione. */
  aggregate: Aggregate;
  /** Il tipo di dato misurato. */
  entity: ConfigurableEntity;
  /** Campo aggregato (facoltativo per COUNT); un campo personalizzato si scrive `customFields.<chiave>`. */
  field?: Maybe<Scalars['String']['output']>;
  /** Condizioni, tutte da rispettare: `{ "status": "ACCEPTED", "age": { "gte": 18 } }`. */
  filter?: Maybe<Scalars['JSON']['output']>;
  /** Campo di raggruppamento; per le date `campo:month` o `campo:year`. */
  groupBy?: Maybe<Scalars['String']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Chiave unica per ente. */
  key: Scalars['String']['output'];
  /** Il titolo mostrato nel cruscotto. */
  label: Scalars['String']['output'];
  /** Calcolato dal servizio che possiede i dati; `error` spiega perché manca. */
  measurement?: Maybe<IndicatorMeasurement>;
  /** Il periodo, se l'indicatore ne ha uno. */
  period?: Maybe<IndicatorPeriod>;
  /** Posizione nel cruscotto. */
  position: Scalars['Int']['output'];
  /** Valore obiettivo (target), se fissato. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unità di misura mostrata (es. €, domande). */
  unit?: Maybe<Scalars['String']['output']>;
};

/** Un campo che un indicatore può aggregare, filtrare, raggruppare o usare come periodo. */
export type IndicatorField = {
  __typename?: 'IndicatorField';
  /** L'etichetta mostrata. */
  label: Scalars['String']['output'];
  /** A scelta multipla: si filtra con `contains`, non si raggruppa né si aggrega. */
  multiple: Scalars['Boolean']['output'];
  /** Il nome da usare nella specifica (es. status, customFields.isee). */
  name: Scalars['String']['output'];
  /** Il tipo del campo. */
  type: IndicatorFieldType;
};

/** Il tipo di un campo utilizzabile in un indicatore. */
export type IndicatorFieldType =
  /** Sì/no. */
  | 'BOOLEAN'
  /** Data. */
  | 'DATE'
  /** Numero. */
  | 'NUMBER'
  /** Testo. */
  | 'TEXT';

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

/** I dati di un indicatore. */
export type IndicatorInput = {
  /** L'aggregazione. */
  aggregate: Aggregate;
  /** Il tipo di dato misurato. */
  entity: ConfigurableEntity;
  /** Campo aggregato (facoltativo per COUNT); `customFields.<chiave>` per un campo personalizzato. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** Condizioni, tutte da rispettare (JSON, vedi Indicator.filter). */
  filter?: InputMaybe<Scalars['JSON']['input']>;
  /** Campo di raggruppamento; per le date `campo:month` o `campo:year`. */
  groupBy?: InputMaybe<Scalars['String']['input']>;
  /** `^[a-z][a-z0-9_]{1,63}$`, unica per ente: salvare con una chiave esistente la modifica. */
  key: Scalars['String']['input'];
  /** Il titolo. */
  label: Scalars['String']['input'];
  /** Periodo su un campo data. */
  period?: InputMaybe<IndicatorPeriodInput>;
  /** Se assente: in coda (o invariata, in modifica). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Valore obiettivo. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unità di misura mostrata. */
  unit?: InputMaybe<Scalars['String']['input']>;
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

/** Periodo su un campo data: un intervallo (`from`, `to`) o gli ultimi N mesi di calendario, il corrente compreso. */
export type IndicatorPeriod = {
  __typename?: 'IndicatorPeriod';
  /** Il campo data su cui si applica il periodo. */
  field: Scalars['String']['output'];
  /** Dal giorno (compreso). */
  from?: Maybe<Scalars['Date']['output']>;
  /** Gli ultimi N mesi di calendario, il corrente compreso. */
  lastMonths?: Maybe<Scalars['Int']['output']>;
  /** Al giorno (compreso). */
  to?: Maybe<Scalars['Date']['output']>;
};

/** Periodo su un campo data. */
export type IndicatorPeriodInput = {
  /** Il campo data. */
  field: Scalars['String']['input'];
  /** Dal giorno (compreso). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Gli ultimi N mesi di calendario (in alternativa a from/to). */
  lastMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Al giorno (compreso). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cambia la propria password: le altre sessioni si chiudono, questa continua con il token restituito. */
  changePassword: Session;
  /** Crea un client API dell'ente; il segreto si vede solo nella risposta. */
  createApiClient: ApiClientCredentials;
  /** Aggiunge un campo personalizzato (amministratore dell'ente). */
  createFieldDefinition: FieldDefinition;
  /** Solo PLATFORM_ADMIN. */
  createTenant: Tenant;
  /** Crea un utente dell'ente (amministratore dell'ente). */
  createUser: User;
  /** Toglie un indicatore dal cruscotto. */
  deleteIndicator: Scalars['Boolean']['output'];
  /** Solo PLATFORM_ADMIN: aggiunge gli indicatori predefiniti mancanti all'ente indicato (o a tutti); restituisce quanti ne ha creati. */
  ensureDefaultIndicators: Scalars['Int']['output'];
  /** Solo TENANT_ADMIN: consente a un amministratore di piattaforma l'accesso ai dati personali dell'ente. */
  grantSupport: SupportGrant;
  /** Accesso con nome utente e password: restituisce il token. Troppi tentativi falliti: RATE_LIMITED. */
  login: Session;
  /** Chiude la sessione del token usato: smette di valere subito in ogni servizio. */
  logout: Scalars['Boolean']['output'];
  /** Revoca un client API: i suoi token smettono subito di valere. */
  revokeApiClient: ApiClient;
  /** Solo TENANT_ADMIN: revoca un accesso di assistenza; smette di valere subito. */
  revokeSupportGrant: SupportGrant;
  /** Salva un modulo di valutazione: se cambia qualcosa crea la versione successiva, se è uguale all'ultima la restituisce. */
  saveAssessmentForm: AssessmentForm;
  /** Crea o modifica (per chiave) un indicatore. */
  saveIndicator: Indicator;
  /** Solo PLATFORM_ADMIN: crea o modifica (per codice) un insieme di parametri. */
  saveParameterSet: ParameterSet;
  /** Crea o modifica (per chiave) un elenco dell'ente. */
  saveValueList: ValueList;
  /** Amministratore dell'ente: le origini https (http solo per localhost) da cui le pagine web possono chiamare l'API con i token dell'ente (CORS), al massimo 20; una lista vuota le toglie tutte. */
  setAllowedOrigins: Tenant;
  /** Amministratore dell'ente: la festa del santo patrono (MM-GG, es. 06-24); null la toglie. Vale per le scadenze calcolate da quel momento. */
  setPatronSaintDay: Tenant;
  /** Solo PLATFORM_ADMIN: un nuovo token che opera nell'ente indicato. */
  switchTenant: Session;
  /** Sblocca un utente bloccato per troppi tentativi falliti. */
  unlockUser: User;
  /** Chiave e tipo di dato non cambiano; tipo ed elenco solo se nessun record ha un valore; `active: false` disattiva. */
  updateFieldDefinition: FieldDefinition;
  /** Modifica un utente (cambia solo i campi presenti): disattivarlo o cambiargli la password chiude le sue sessioni; i nuovi ruoli valgono subito. */
  updateUser: User;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateApiClientArgs = {
  input: ApiClientInput;
};


export type MutationCreateFieldDefinitionArgs = {
  input: FieldDefinitionInput;
};


export type MutationCreateTenantArgs = {
  input: TenantInput;
};


export type MutationCreateUserArgs = {
  input: UserInput;
};


export type MutationDeleteIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnsureDefaultIndicatorsArgs = {
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationGrantSupportArgs = {
  input: SupportGrantInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSupportGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveAssessmentFormArgs = {
  input: AssessmentFormInput;
};


export type MutationSaveIndicatorArgs = {
  input: IndicatorInput;
};


export type MutationSaveParameterSetArgs = {
  input: ParameterSetInput;
};


export type MutationSaveValueListArgs = {
  input: ValueListInput;
};


export type MutationSetAllowedOriginsArgs = {
  origins: Array<Scalars['String']['input']>;
};


export type MutationSetPatronSaintDayArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSwitchTenantArgs = {
  tenantId: Scalars['ID']['input'];
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateFieldDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: FieldDefinitionUpdateInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UserUpdateInput;
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

/** Un insieme datato di parametri di una misura (es. REI-2018): soglie, scala, massimali, scadenze. */
export type ParameterSet = {
  __typename?: 'ParameterSet';
  /** Codice dell'insieme (es. REI-2018). */
  code: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** La misura (es. REI). */
  measure: Scalars['String']['output'];
  /** Quando è stato modificato l'ultima volta. */
  updatedAt: Scalars['DateTime']['output'];
  /** Da quando è in vigore. */
  validFrom: Scalars['Date']['output'];
  /** Assente: in vigore senza scadenza. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Importi come stringhe decimali (es. "5889.00"). */
  values: Scalars['JSON']['output'];
};

/** Un insieme di parametri. */
export type ParameterSetInput = {
  /** Es. `REI-2019`; salvare con un codice esistente lo modifica. */
  code: Scalars['String']['input'];
  /** La misura (es. REI). */
  measure: Scalars['String']['input'];
  /** Da quando è in vigore. */
  validFrom: Scalars['Date']['input'];
  /** Fino a quando; assente: senza scadenza. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** I parametri (JSON); importi come stringhe decimali. */
  values: Scalars['JSON']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** I client API dell'ente (amministratore dell'ente). */
  apiClients: Array<ApiClient>;
  /** I moduli di valutazione dell'ente, ciascuno nella sua ultima versione. */
  assessmentForms: Array<AssessmentForm>;
  /** Lo storico delle modifiche dell'ente (amministratore dell'ente); fuori da ogni ente, quello della piattaforma. */
  auditEvents: AuditEventPage;
  /** Gli operatori e i responsabili del servizio attivi dell'ente, per nome: a chi si può assegnare una cartella sociale o un posto nell'équipe (operatori, responsabili del servizio, amministratore dell'ente). Il codice fiscale e gli accessi dei colleghi non sono mostrati. */
  caseworkers: Array<User>;
  /** Un campo personalizzato dell'ente. */
  fieldDefinition?: Maybe<FieldDefinition>;
  /** Quanti record dell'ente hanno un valore per il campo (contati dal servizio che possiede i dati). */
  fieldDefinitionUsage: Scalars['Int']['output'];
  /** I campi personalizzati dell'ente (anche quelli disattivati), per tipo di dato e posizione. */
  fieldDefinitions: Array<FieldDefinition>;
  /** Un indicatore dell'ente. */
  indicator?: Maybe<Indicator>;
  /** I campi utilizzabili negli indicatori di un tipo di dato (predefiniti e personalizzati). */
  indicatorFields: Array<IndicatorField>;
  /** Calcola un indicatore non salvato (anteprima della console). */
  indicatorPreview?: Maybe<IndicatorMeasurement>;
  /** Gli indicatori del cruscotto dell'ente, ciascuno calcolato dove stanno i suoi dati. */
  indicators: Array<Indicator>;
  /** L'utente autenticato. */
  me: User;
  /** Gli insiemi di parametri di una misura (es. REI), dal più vecchio. */
  parameterSets: Array<ParameterSet>;
  /** Gli accessi di assistenza concessi agli amministratori di piattaforma (amministratore dell'ente). */
  supportGrants: SupportGrantPage;
  /** Un ente (il proprio, o qualunque per l'amministratore di piattaforma). */
  tenant?: Maybe<Tenant>;
  /** La configurazione dell'ente per i servizi: basta un token dell'ente, qualunque ruolo o ambito. */
  tenantConfiguration: TenantConfiguration;
  /** Tutti gli enti per l'amministratore di piattaforma; il proprio per gli altri. */
  tenants: Array<Tenant>;
  /** Un utente dell'ente. */
  user?: Maybe<User>;
  /** Gli utenti dell'ente (amministratore dell'ente). */
  users: UserPage;
  /** Un elenco visibile all'ente, per chiave. */
  valueList?: Maybe<ValueList>;
  /** Gli elenchi visibili all'ente: i suoi e quelli di sistema (quello dell'ente prevale a parità di chiave). */
  valueLists: Array<ValueList>;
  /** Chi sta chiamando (una persona o un client API): ente, ruoli, ambiti. */
  viewer: Viewer;
};


export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AuditEventSort>;
};


export type QueryFieldDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFieldDefinitionUsageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFieldDefinitionsArgs = {
  entity?: InputMaybe<ConfigurableEntity>;
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorFieldsArgs = {
  entity: ConfigurableEntity;
};


export type QueryIndicatorPreviewArgs = {
  input: IndicatorInput;
};


export type QueryParameterSetsArgs = {
  measure: Scalars['String']['input'];
};


export type QuerySupportGrantsArgs = {
  filter?: InputMaybe<SupportGrantFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupportGrantSort>;
};


export type QueryTenantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTenantConfigurationArgs = {
  listKeys: Array<Scalars['String']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<UserSort>;
};


export type QueryValueListArgs = {
  key: Scalars['String']['input'];
};


export type QueryValueListsArgs = {
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Misura di un indicatore su dati del servizio registry: anagrafica (soggetti, nuclei). La chiave porta la specifica; il servizio registry la calcola. */
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
  /** La specifica dell'indicatore (JSON serializzato) che il servizio calcola. */
  spec: Scalars['String']['output'];
  /** Il valore complessivo; null se non calcolabile (vedi error). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Misura di un indicatore su dati del servizio rei: REI (domande, progetti). La chiave porta la specifica; il servizio rei la calcola. */
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
  /** La specifica dell'indicatore (JSON serializzato) che il servizio calcola. */
  spec: Scalars['String']['output'];
  /** Il valore complessivo; null se non calcolabile (vedi error). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Ruoli delle persone: amministratore di piattaforma (Città Metropolitana), amministratore dell'ente, responsabile del servizio, operatore, consultazione. */
export type Role =
  /** Operatore (caseworker): consulta e modifica i dati dei servizi sociali dell'ente. */
  | 'CASEWORKER'
  /** Responsabile del servizio: vede tutte le cartelle sociali dell'ente. */
  | 'CASE_SUPERVISOR'
  /** Amministratore di piattaforma (Città Metropolitana): enti, utenti, parametri; i dati personali di un ente solo con un accesso di assistenza. */
  | 'PLATFORM_ADMIN'
  /** Amministratore dell'ente: utenti, client API, configurazione e registri dell'ente. */
  | 'TENANT_ADMIN'
  /** Consultazione: legge senza modificare. */
  | 'VIEWER';

export { Scope };

/** Una sessione aperta: il token da inviare come Authorization: Bearer. */
export type Session = {
  __typename?: 'Session';
  /** Quando il token scade: poi serve un nuovo login. */
  expiresAt: Scalars['DateTime']['output'];
  /** Per un amministratore di piattaforma in un ente: fino a quando un accesso di assistenza gli apre i dati personali (assente: solo configurazione e utenti). */
  supportUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Il token (JWT) da inviare in Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
  /** L'utente della sessione. */
  user: User;
};

/** Misura di un indicatore su dati del servizio siuss: SIUSS (prestazioni sociali). La chiave porta la specifica; il servizio siuss la calcola. */
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
  /** La specifica dell'indicatore (JSON serializzato) che il servizio calcola. */
  spec: Scalars['String']['output'];
  /** Il valore complessivo; null se non calcolabile (vedi error). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Verso dell'ordinamento (sort order). */
export type SortOrder =
  /** Crescente (ascending): A→Z, dal più vecchio al più recente. */
  | 'ASC'
  /** Decrescente (descending): Z→A, dal più recente al più vecchio. */
  | 'DESC';

/**
 * Un accesso di assistenza: l'amministratore dell'ente consente a un amministratore di piattaforma
 * di consultare e modificare i dati personali dell'ente, per un tempo limitato (al massimo 7 giorni).
 * Senza, un amministratore di piattaforma entrato nell'ente ne gestisce solo configurazione e utenti.
 */
export type SupportGrant = {
  __typename?: 'SupportGrant';
  /** Vero se l'accesso è in vigore in questo momento. */
  active: Scalars['Boolean']['output'];
  /** Quando è stato creato. */
  createdAt: Scalars['DateTime']['output'];
  /** Chi ha concesso l'accesso. */
  grantedBy: Scalars['String']['output'];
  /** Il nome utente dell'amministratore di piattaforma autorizzato. */
  granteeUsername: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il motivo dell'accesso (es. il numero della segnalazione). */
  reason: Scalars['String']['output'];
  /** Quando è stato revocato, se revocato. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Chi lo ha revocato. */
  revokedBy?: Maybe<Scalars['String']['output']>;
  /** Da quando vale. */
  validFrom: Scalars['DateTime']['output'];
  /** Fino a quando vale. */
  validUntil: Scalars['DateTime']['output'];
};

/** Filtro degli accessi di assistenza. */
export type SupportGrantFilter = {
  /** Solo gli accessi in vigore (true) o solo quelli scaduti, revocati o futuri (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Un accesso di assistenza da concedere. */
export type SupportGrantInput = {
  /** Il motivo (obbligatorio, resta nello storico). */
  reason: Scalars['String']['input'];
  /** Il nome utente dell'amministratore di piattaforma da autorizzare. */
  username: Scalars['String']['input'];
  /** Da quando vale (se assente: da subito). */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Fino a quando vale: al massimo 7 giorni da ora. */
  validUntil: Scalars['DateTime']['input'];
};

/** Una pagina di accessi di assistenza. */
export type SupportGrantPage = {
  __typename?: 'SupportGrantPage';
  /** Gli elementi della pagina. */
  items: Array<SupportGrant>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco degli accessi di assistenza: il campo e il verso. */
export type SupportGrantSort = {
  /** Il campo su cui ordinare. */
  field: SupportGrantSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco degli accessi di assistenza (supportGrants). */
export type SupportGrantSortField =
  /** Data della concessione. */
  | 'CREATED_AT'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID'
  /** Fine della validità. */
  | 'VALID_UNTIL';

/** Un ente (comune) della piattaforma. */
export type Tenant = {
  __typename?: 'Tenant';
  /** Falso se l'ente è disattivato. */
  active: Scalars['Boolean']['output'];
  /** Le origini (CORS, es. https://servizi.comune.it) le cui pagine web possono chiamare l'API con i token dell'ente; vuoto: nessuna. */
  allowedOrigins: Array<Scalars['String']['output']>;
  /** Codice catastale (Belfiore), 4 caratteri. */
  belfioreCode: Scalars['String']['output'];
  /** Codice ISTAT del comune, 6 cifre. */
  code: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Denominazione dell'ente. */
  name: Scalars['String']['output'];
  /** La festa del santo patrono (MM-GG, es. 12-07 per Milano): non lavorativa nell'ente, le scadenze in giorni lavorativi la saltano. */
  patronSaintDay?: Maybe<Scalars['String']['output']>;
};

/** Ciò che ogni servizio legge per validare i campi personalizzati (tramite il client di configurazione). */
export type TenantConfiguration = {
  __typename?: 'TenantConfiguration';
  /** Tutti i campi dell'ente, attivi e no. */
  fieldDefinitions: Array<FieldDefinition>;
  /** La festa del santo patrono dell'ente (MM-GG), per il calcolo dei giorni lavorativi. */
  patronSaintDay?: Maybe<Scalars['String']['output']>;
  /** Gli elenchi usati dai campi SELECT e MULTI_SELECT più quelli chiesti. */
  valueLists: Array<ValueList>;
  /** Cresce a ogni modifica della configurazione dell'ente. */
  version: Scalars['Int']['output'];
};

/** Un nuovo ente. */
export type TenantInput = {
  /** Codice catastale (Belfiore), 4 caratteri. */
  belfioreCode: Scalars['String']['input'];
  /** Codice ISTAT del comune, 6 cifre. */
  code: Scalars['String']['input'];
  /** Denominazione dell'ente. */
  name: Scalars['String']['input'];
};

/** Un indicatore il cui servizio di calcolo non fa ancora parte della piattaforma. */
export type UnavailableMeasurement = IndicatorMeasurement & {
  __typename?: 'UnavailableMeasurement';
  /** Quando è stato chiesto. */
  computedAt: Scalars['DateTime']['output'];
  /** Sempre null. */
  decimalValue?: Maybe<Scalars['Decimal']['output']>;
  /** Perché non è calcolabile. */
  error?: Maybe<Scalars['String']['output']>;
  /** Sempre vuoto. */
  groups: Array<IndicatorGroup>;
  /**
   * Sempre null.
   * @deprecated Usare decimalValue: un Float non rappresenta esattamente gli importi
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Una persona che accede alla console o all'API con nome utente e password. */
export type User = {
  __typename?: 'User';
  /** Falso se disattivato. */
  active: Scalars['Boolean']['output'];
  /** Il codice fiscale dell'utente (maiuscolo): la console lo propone come CFOperatore negli invii SIUSS. */
  fiscalCode?: Maybe<Scalars['String']['output']>;
  /** Nome e cognome. */
  fullName: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** L'ultimo accesso riuscito. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  /** Valorizzato quando l'accesso è bloccato per troppi tentativi falliti. */
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** I ruoli dell'utente. */
  roles: Array<Role>;
  /** L'ente in cui l'utente opera (per un amministratore di piattaforma, quello scelto con switchTenant). */
  tenant?: Maybe<Tenant>;
  /** Nome utente (username) per l'accesso, unico nella piattaforma; vuoto per un client API che legge un operatore (il responsabile di una cartella). */
  username: Scalars['String']['output'];
};

/** Filtro degli utenti: ogni campo indicato restringe. */
export type UserFilter = {
  /** Solo gli utenti attivi (true) o solo i disattivati (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Testo libero su nome utente e nome (senza distinzione di maiuscole e accenti). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Solo gli utenti con questo ruolo. */
  role?: InputMaybe<Role>;
};

/** I dati di un utente. */
export type UserInput = {
  /** Falso: l'utente non può più accedere e le sue sessioni si chiudono. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Il codice fiscale dell'utente (16 caratteri, o 11 cifre se provvisorio), facoltativo. */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  /** Nome e cognome. */
  fullName: Scalars['String']['input'];
  /** Obbligatoria alla creazione (almeno 10 caratteri); se assente in modifica resta quella attuale. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** I ruoli dell'utente. */
  roles: Array<Role>;
  /** Nome utente (username), unico nella piattaforma. */
  username: Scalars['String']['input'];
};

/** Una pagina di utenti. */
export type UserPage = {
  __typename?: 'UserPage';
  /** Gli elementi della pagina. */
  items: Array<User>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco degli utenti: il campo e il verso. */
export type UserSort = {
  /** Il campo su cui ordinare. */
  field: UserSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco degli utenti (users). */
export type UserSortField =
  /** Nome e cognome. */
  | 'FULL_NAME'
  /** Identificativo: un ordine stabile, senza significato. */
  | 'ID'
  /** Ultimo accesso. */
  | 'LAST_LOGIN_AT'
  /** Nome utente. */
  | 'USERNAME';

/**
 * Modifica di un utente: ogni campo è facoltativo, senza valori predefiniti. Un campo assente resta
 * com'è (omettere `active` non riattiva un utente disattivato); null su username, fullName, roles o
 * active è un errore sul campo; password assente o null lascia quella attuale.
 */
export type UserUpdateInput = {
  /** Falso: l'utente non può più accedere e le sue sessioni si chiudono. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Il codice fiscale dell'utente: assente resta com'è, null lo cancella. */
  fiscalCode?: InputMaybe<Scalars['String']['input']>;
  /** Nome e cognome. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Obbligatoria alla creazione (almeno 10 caratteri); se assente in modifica resta quella attuale. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** I ruoli dell'utente. */
  roles?: InputMaybe<Array<Role>>;
  /** Non si può cambiare: se presente deve essere quello attuale. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Un elenco di valori: di sistema (codici nazionali, in sola lettura) o dell'ente. */
export type ValueList = {
  __typename?: 'ValueList';
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Le voci, in ordine. */
  items: Array<ValueListItem>;
  /** La chiave dell'elenco (usata da listKey). */
  key: Scalars['String']['output'];
  /** Il nome dell'elenco. */
  label: Scalars['String']['output'];
  /** Vero per gli elenchi di sistema (codici nazionali), in sola lettura. */
  system: Scalars['Boolean']['output'];
};

/** Le voci assenti da un salvataggio restano, disattivate: una voce pubblicata non si cancella. */
export type ValueListInput = {
  /** Le voci. */
  items: Array<ValueListItemInput>;
  /** La chiave: salvare con una chiave esistente modifica l'elenco. */
  key: Scalars['String']['input'];
  /** Il nome dell'elenco. */
  label: Scalars['String']['input'];
};

/** Una voce di un elenco di valori. */
export type ValueListItem = {
  __typename?: 'ValueListItem';
  /** Falso: la voce resta nei record ma non si sceglie più. */
  active: Scalars['Boolean']['output'];
  /** Il codice salvato nei record. */
  code: Scalars['String']['output'];
  /** L'etichetta mostrata alle persone. */
  label: Scalars['String']['output'];
  /** Posizione nell'elenco. */
  position: Scalars['Int']['output'];
};

/** Una voce di un elenco di valori. */
export type ValueListItemInput = {
  /** Falso: non si sceglie più. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Il codice salvato nei record. */
  code: Scalars['String']['input'];
  /** L'etichetta. */
  label: Scalars['String']['input'];
  /** Se assente: l'ordine dell'elenco. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Chi sta chiamando l'API: una persona o un client API, con il suo ente, i ruoli e gli ambiti. */
export type Viewer = {
  __typename?: 'Viewer';
  /** L'id dell'utente o del client API. */
  id: Scalars['ID']['output'];
  /** Persona o client API. */
  kind: ViewerKind;
  /** Il nome utente, o il clientId di un client API. */
  name: Scalars['String']['output'];
  /** I ruoli in vigore ora (vuoto per un client API). */
  roles: Array<Role>;
  /** Gli ambiti del token (vuoto per una persona: valgono i ruoli). */
  scopes: Array<Scope>;
  /** Per un amministratore di piattaforma in un ente: fino a quando un accesso di assistenza gli apre i dati personali. */
  supportUntil?: Maybe<Scalars['DateTime']['output']>;
  /** L'ente in cui opera il token (assente per un amministratore di piattaforma fuori da ogni ente). */
  tenant?: Maybe<Tenant>;
};

/** Che cosa chiama l'API: una persona (USER) o un client API (CLIENT). */
export type ViewerKind =
  /** Un client API, entrato con OAuth2 client_credentials. */
  | 'CLIENT'
  /** Una persona, entrata con nome utente e password. */
  | 'USER';

export type _ObjectType = ApiClient | ApiClientCredentials | AssessmentBand | AssessmentForm | AssessmentItem | AssessmentOption | AuditEvent | AuditEventPage | CaseworkMeasurement | FieldCondition | FieldDefinition | Indicator | IndicatorField | IndicatorGroup | IndicatorPeriod | PageInfo | ParameterSet | RegistryMeasurement | ReiMeasurement | Session | SiussMeasurement | SupportGrant | SupportGrantPage | Tenant | TenantConfiguration | UnavailableMeasurement | User | UserPage | ValueList | ValueListItem | Viewer;



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
  AssessmentForm: AssessmentForm;
  Tenant: Tenant;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AssessmentForm:
    ( { __typename: 'AssessmentForm' }
    & GraphQLRecursivePick<FederationTypes['AssessmentForm'], {"key":true,"version":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  _ObjectType:
    | ( ApiClientModel )
    | ( Omit<ApiClientCredentials, 'client'> & { client: _RefType['ApiClient'] } )
    | ( AssessmentBand )
    | ( AssessmentFormModel )
    | ( AssessmentItem )
    | ( AssessmentOption )
    | ( AuditEventModel )
    | ( Omit<AuditEventPage, 'items'> & { items: Array<_RefType['AuditEvent']> } )
    | ( MeasurementReferenceModel )
    | ( FieldCondition )
    | ( FieldDefinitionModel )
    | ( IndicatorModel )
    | ( IndicatorField )
    | ( IndicatorGroup )
    | ( IndicatorPeriod )
    | ( PageInfo )
    | ( ParameterSetModel )
    | ( MeasurementReferenceModel )
    | ( MeasurementReferenceModel )
    | ( Omit<Session, 'user'> & { user: _RefType['User'] } )
    | ( MeasurementReferenceModel )
    | ( SupportGrantModel )
    | ( Omit<SupportGrantPage, 'items'> & { items: Array<_RefType['SupportGrant']> } )
    | ( TenantModel )
    | ( Omit<TenantConfiguration, 'fieldDefinitions' | 'valueLists'> & { fieldDefinitions: Array<_RefType['FieldDefinition']>, valueLists: Array<_RefType['ValueList']> } )
    | ( UnavailableMeasurementShapeModel )
    | ( UserShapeModel )
    | ( Omit<UserPage, 'items'> & { items: Array<_RefType['User']> } )
    | ( ValueListModel )
    | ( ValueListItem )
    | ( ViewerShapeModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  IndicatorMeasurement:
    | ( MeasurementReferenceModel )
    | ( MeasurementReferenceModel )
    | ( MeasurementReferenceModel )
    | ( MeasurementReferenceModel )
    | ( UnavailableMeasurementShapeModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Aggregate: Aggregate;
  ApiClient: ResolverTypeWrapper<ApiClientModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiClientCredentials: ResolverTypeWrapper<Omit<ApiClientCredentials, 'client'> & { client: ResolversTypes['ApiClient'] }>;
  ApiClientInput: ApiClientInput;
  AssessmentBand: ResolverTypeWrapper<AssessmentBand>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssessmentBandInput: AssessmentBandInput;
  AssessmentForm: ResolverTypeWrapper<AssessmentFormModel>;
  AssessmentFormInput: AssessmentFormInput;
  AssessmentItem: ResolverTypeWrapper<AssessmentItem>;
  AssessmentItemInput: AssessmentItemInput;
  AssessmentOption: ResolverTypeWrapper<AssessmentOption>;
  AssessmentOptionInput: AssessmentOptionInput;
  AuditAction: AuditAction;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: ResolverTypeWrapper<Omit<AuditEventPage, 'items'> & { items: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventSort: AuditEventSort;
  AuditEventSortField: AuditEventSortField;
  CaseworkMeasurement: ResolverTypeWrapper<MeasurementReferenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ConfigurableEntity: ConfigurableEntity;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FieldCondition: ResolverTypeWrapper<FieldCondition>;
  FieldConditionInput: FieldConditionInput;
  FieldDefinition: ResolverTypeWrapper<FieldDefinitionModel>;
  FieldDefinitionInput: FieldDefinitionInput;
  FieldDefinitionUpdateInput: FieldDefinitionUpdateInput;
  FieldType: FieldType;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorField: ResolverTypeWrapper<IndicatorField>;
  IndicatorFieldType: IndicatorFieldType;
  IndicatorGroup: ResolverTypeWrapper<IndicatorGroup>;
  IndicatorInput: IndicatorInput;
  IndicatorMeasurement: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorMeasurement']>;
  IndicatorPeriod: ResolverTypeWrapper<IndicatorPeriod>;
  IndicatorPeriodInput: IndicatorPeriodInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParameterSet: ResolverTypeWrapper<ParameterSetModel>;
  ParameterSetInput: ParameterSetInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegistryMeasurement: ResolverTypeWrapper<MeasurementReferenceModel>;
  ReiMeasurement: ResolverTypeWrapper<MeasurementReferenceModel>;
  Role: Role;
  Scope: Scope;
  Session: ResolverTypeWrapper<Omit<Session, 'user'> & { user: ResolversTypes['User'] }>;
  SiussMeasurement: ResolverTypeWrapper<MeasurementReferenceModel>;
  SortOrder: SortOrder;
  SupportGrant: ResolverTypeWrapper<SupportGrantModel>;
  SupportGrantFilter: SupportGrantFilter;
  SupportGrantInput: SupportGrantInput;
  SupportGrantPage: ResolverTypeWrapper<Omit<SupportGrantPage, 'items'> & { items: Array<ResolversTypes['SupportGrant']> }>;
  SupportGrantSort: SupportGrantSort;
  SupportGrantSortField: SupportGrantSortField;
  Tenant: ResolverTypeWrapper<TenantModel>;
  TenantConfiguration: ResolverTypeWrapper<Omit<TenantConfiguration, 'fieldDefinitions' | 'valueLists'> & { fieldDefinitions: Array<ResolversTypes['FieldDefinition']>, valueLists: Array<ResolversTypes['ValueList']> }>;
  TenantInput: TenantInput;
  UnavailableMeasurement: ResolverTypeWrapper<UnavailableMeasurementShapeModel>;
  User: ResolverTypeWrapper<UserShapeModel>;
  UserFilter: UserFilter;
  UserInput: UserInput;
  UserPage: ResolverTypeWrapper<Omit<UserPage, 'items'> & { items: Array<ResolversTypes['User']> }>;
  UserSort: UserSort;
  UserSortField: UserSortField;
  UserUpdateInput: UserUpdateInput;
  ValueList: ResolverTypeWrapper<ValueListModel>;
  ValueListInput: ValueListInput;
  ValueListItem: ResolverTypeWrapper<ValueListItem>;
  ValueListItemInput: ValueListItemInput;
  Viewer: ResolverTypeWrapper<ViewerShapeModel>;
  ViewerKind: ViewerKind;
  _ObjectType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['_ObjectType']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiClient: ApiClientModel;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ApiClientCredentials: Omit<ApiClientCredentials, 'client'> & { client: ResolversParentTypes['ApiClient'] };
  ApiClientInput: ApiClientInput;
  AssessmentBand: AssessmentBand;
  Int: Scalars['Int']['output'];
  AssessmentBandInput: AssessmentBandInput;
  AssessmentForm: AssessmentFormModel;
  AssessmentFormInput: AssessmentFormInput;
  AssessmentItem: AssessmentItem;
  AssessmentItemInput: AssessmentItemInput;
  AssessmentOption: AssessmentOption;
  AssessmentOptionInput: AssessmentOptionInput;
  AuditEvent: AuditEventModel;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: Omit<AuditEventPage, 'items'> & { items: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventSort: AuditEventSort;
  CaseworkMeasurement: MeasurementReferenceModel;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  FieldCondition: FieldCondition;
  FieldConditionInput: FieldConditionInput;
  FieldDefinition: FieldDefinitionModel;
  FieldDefinitionInput: FieldDefinitionInput;
  FieldDefinitionUpdateInput: FieldDefinitionUpdateInput;
  Indicator: IndicatorModel;
  IndicatorField: IndicatorField;
  IndicatorGroup: IndicatorGroup;
  IndicatorInput: IndicatorInput;
  IndicatorMeasurement: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorMeasurement'];
  IndicatorPeriod: IndicatorPeriod;
  IndicatorPeriodInput: IndicatorPeriodInput;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ParameterSet: ParameterSetModel;
  ParameterSetInput: ParameterSetInput;
  Query: Record<PropertyKey, never>;
  RegistryMeasurement: MeasurementReferenceModel;
  ReiMeasurement: MeasurementReferenceModel;
  Session: Omit<Session, 'user'> & { user: ResolversParentTypes['User'] };
  SiussMeasurement: MeasurementReferenceModel;
  SupportGrant: SupportGrantModel;
  SupportGrantFilter: SupportGrantFilter;
  SupportGrantInput: SupportGrantInput;
  SupportGrantPage: Omit<SupportGrantPage, 'items'> & { items: Array<ResolversParentTypes['SupportGrant']> };
  SupportGrantSort: SupportGrantSort;
  Tenant: TenantModel;
  TenantConfiguration: Omit<TenantConfiguration, 'fieldDefinitions' | 'valueLists'> & { fieldDefinitions: Array<ResolversParentTypes['FieldDefinition']>, valueLists: Array<ResolversParentTypes['ValueList']> };
  TenantInput: TenantInput;
  UnavailableMeasurement: UnavailableMeasurementShapeModel;
  User: UserShapeModel;
  UserFilter: UserFilter;
  UserInput: UserInput;
  UserPage: Omit<UserPage, 'items'> & { items: Array<ResolversParentTypes['User']> };
  UserSort: UserSort;
  UserUpdateInput: UserUpdateInput;
  ValueList: ValueListModel;
  ValueListInput: ValueListInput;
  ValueListItem: ValueListItem;
  ValueListItemInput: ValueListItemInput;
  Viewer: ViewerShapeModel;
  _ObjectType: ResolversUnionTypes<ResolversParentTypes>['_ObjectType'];
};

export type ApiClientResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedScopes?: Resolver<Array<ResolversTypes['Scope']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiClientCredentialsResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['ApiClientCredentials'] = ResolversParentTypes['ApiClientCredentials']> = {
  client?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssessmentBandResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['AssessmentBand'] = ResolversParentTypes['AssessmentBand']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssessmentFormResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['AssessmentForm'] = ResolversParentTypes['AssessmentForm'], FederationReferenceType extends FederationReferenceTypes['AssessmentForm'] = FederationReferenceTypes['AssessmentForm']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AssessmentForm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bands?: Resolver<Array<ResolversTypes['AssessmentBand']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['AssessmentItem']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssessmentItemResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['AssessmentItem'] = ResolversParentTypes['AssessmentItem']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['AssessmentOption']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssessmentOptionResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['AssessmentOption'] = ResolversParentTypes['AssessmentOption']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventPageResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = {
  items?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseworkMeasurementResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['CaseworkMeasurement'] = ResolversParentTypes['CaseworkMeasurement']> = {
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type FieldConditionResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['FieldCondition'] = ResolversParentTypes['FieldCondition']> = {
  equals?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldDefinitionResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['FieldDefinition'] = ResolversParentTypes['FieldDefinition']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ConfigurableEntity'], ParentType, ContextType>;
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FieldType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibleWhen?: Resolver<Maybe<ResolversTypes['FieldCondition']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  aggregate?: Resolver<ResolversTypes['Aggregate'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ConfigurableEntity'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  groupBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measurement?: Resolver<Maybe<ResolversTypes['IndicatorMeasurement']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['IndicatorPeriod']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorFieldResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['IndicatorField'] = ResolversParentTypes['IndicatorField']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  multiple?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IndicatorFieldType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorGroupResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['IndicatorGroup'] = ResolversParentTypes['IndicatorGroup']> = {
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorMeasurementResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['IndicatorMeasurement'] = ResolversParentTypes['IndicatorMeasurement']> = {
  __resolveType: TypeResolveFn<'CaseworkMeasurement' | 'RegistryMeasurement' | 'ReiMeasurement' | 'SiussMeasurement' | 'UnavailableMeasurement', ParentType, ContextType>;
};

export type IndicatorPeriodResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['IndicatorPeriod'] = ResolversParentTypes['IndicatorPeriod']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createApiClient?: Resolver<ResolversTypes['ApiClientCredentials'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createFieldDefinition?: Resolver<ResolversTypes['FieldDefinition'], ParentType, ContextType, RequireFields<MutationCreateFieldDefinitionArgs, 'input'>>;
  createTenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType, RequireFields<MutationCreateTenantArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteIndicator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteIndicatorArgs, 'id'>>;
  ensureDefaultIndicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationEnsureDefaultIndicatorsArgs>>;
  grantSupport?: Resolver<ResolversTypes['SupportGrant'], ParentType, ContextType, RequireFields<MutationGrantSupportArgs, 'input'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokeApiClient?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType, RequireFields<MutationRevokeApiClientArgs, 'id'>>;
  revokeSupportGrant?: Resolver<ResolversTypes['SupportGrant'], ParentType, ContextType, RequireFields<MutationRevokeSupportGrantArgs, 'id'>>;
  saveAssessmentForm?: Resolver<ResolversTypes['AssessmentForm'], ParentType, ContextType, RequireFields<MutationSaveAssessmentFormArgs, 'input'>>;
  saveIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationSaveIndicatorArgs, 'input'>>;
  saveParameterSet?: Resolver<ResolversTypes['ParameterSet'], ParentType, ContextType, RequireFields<MutationSaveParameterSetArgs, 'input'>>;
  saveValueList?: Resolver<ResolversTypes['ValueList'], ParentType, ContextType, RequireFields<MutationSaveValueListArgs, 'input'>>;
  setAllowedOrigins?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType, RequireFields<MutationSetAllowedOriginsArgs, 'origins'>>;
  setPatronSaintDay?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType, Partial<MutationSetPatronSaintDayArgs>>;
  switchTenant?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSwitchTenantArgs, 'tenantId'>>;
  unlockUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUnlockUserArgs, 'id'>>;
  updateFieldDefinition?: Resolver<ResolversTypes['FieldDefinition'], ParentType, ContextType, RequireFields<MutationUpdateFieldDefinitionArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParameterSetResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['ParameterSet'] = ResolversParentTypes['ParameterSet']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  values?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  assessmentForms?: Resolver<Array<ResolversTypes['AssessmentForm']>, ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'page' | 'perPage'>>;
  caseworkers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  fieldDefinition?: Resolver<Maybe<ResolversTypes['FieldDefinition']>, ParentType, ContextType, RequireFields<QueryFieldDefinitionArgs, 'id'>>;
  fieldDefinitionUsage?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QueryFieldDefinitionUsageArgs, 'id'>>;
  fieldDefinitions?: Resolver<Array<ResolversTypes['FieldDefinition']>, ParentType, ContextType, Partial<QueryFieldDefinitionsArgs>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicatorFields?: Resolver<Array<ResolversTypes['IndicatorField']>, ParentType, ContextType, RequireFields<QueryIndicatorFieldsArgs, 'entity'>>;
  indicatorPreview?: Resolver<Maybe<ResolversTypes['IndicatorMeasurement']>, ParentType, ContextType, RequireFields<QueryIndicatorPreviewArgs, 'input'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  parameterSets?: Resolver<Array<ResolversTypes['ParameterSet']>, ParentType, ContextType, RequireFields<QueryParameterSetsArgs, 'measure'>>;
  supportGrants?: Resolver<ResolversTypes['SupportGrantPage'], ParentType, ContextType, RequireFields<QuerySupportGrantsArgs, 'page' | 'perPage'>>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType, RequireFields<QueryTenantArgs, 'id'>>;
  tenantConfiguration?: Resolver<ResolversTypes['TenantConfiguration'], ParentType, ContextType, RequireFields<QueryTenantConfigurationArgs, 'listKeys'>>;
  tenants?: Resolver<Array<ResolversTypes['Tenant']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserPage'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'page' | 'perPage'>>;
  valueList?: Resolver<Maybe<ResolversTypes['ValueList']>, ParentType, ContextType, RequireFields<QueryValueListArgs, 'key'>>;
  valueLists?: Resolver<Array<ResolversTypes['ValueList']>, ParentType, ContextType, Partial<QueryValueListsArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RegistryMeasurementResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['RegistryMeasurement'] = ResolversParentTypes['RegistryMeasurement']> = {
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReiMeasurementResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['ReiMeasurement'] = ResolversParentTypes['ReiMeasurement']> = {
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScopeResolvers = EnumResolverSignature<{ CASEWORK_READ?: any, CASEWORK_REFERRALS?: any, CASEWORK_WRITE?: any, CONFIG_READ?: any, CONFIG_WRITE?: any, REGISTRY_READ?: any, REGISTRY_WRITE?: any, REI_READ?: any, REI_WRITE?: any, SIUSS_READ?: any, SIUSS_WRITE?: any }, ResolversTypes['Scope']>;

export type SessionResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supportUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SiussMeasurementResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['SiussMeasurement'] = ResolversParentTypes['SiussMeasurement']> = {
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportGrantResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['SupportGrant'] = ResolversParentTypes['SupportGrant']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  granteeUsername?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportGrantPageResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['SupportGrantPage'] = ResolversParentTypes['SupportGrantPage']> = {
  items?: Resolver<Array<ResolversTypes['SupportGrant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenantResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allowedOrigins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  belfioreCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patronSaintDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenantConfigurationResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['TenantConfiguration'] = ResolversParentTypes['TenantConfiguration']> = {
  fieldDefinitions?: Resolver<Array<ResolversTypes['FieldDefinition']>, ParentType, ContextType>;
  patronSaintDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueLists?: Resolver<Array<ResolversTypes['ValueList']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnavailableMeasurementResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['UnavailableMeasurement'] = ResolversParentTypes['UnavailableMeasurement']> = {
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['IndicatorGroup']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fiscalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserPageResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['UserPage'] = ResolversParentTypes['UserPage']> = {
  items?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ValueListResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['ValueList'] = ResolversParentTypes['ValueList']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ValueListItem']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ValueListItemResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['ValueListItem'] = ResolversParentTypes['ValueListItem']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ViewerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['Scope']>, ParentType, ContextType>;
  supportUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type _ObjectTypeResolvers<ContextType = ConfigContext, ParentType extends ResolversParentTypes['_ObjectType'] = ResolversParentTypes['_ObjectType']> = {
  __resolveType: TypeResolveFn<'ApiClient' | 'ApiClientCredentials' | 'AssessmentBand' | 'AssessmentForm' | 'AssessmentItem' | 'AssessmentOption' | 'AuditEvent' | 'AuditEventPage' | 'CaseworkMeasurement' | 'FieldCondition' | 'FieldDefinition' | 'Indicator' | 'IndicatorField' | 'IndicatorGroup' | 'IndicatorPeriod' | 'PageInfo' | 'ParameterSet' | 'RegistryMeasurement' | 'ReiMeasurement' | 'Session' | 'SiussMeasurement' | 'SupportGrant' | 'SupportGrantPage' | 'Tenant' | 'TenantConfiguration' | 'UnavailableMeasurement' | 'User' | 'UserPage' | 'ValueList' | 'ValueListItem' | 'Viewer', ParentType, ContextType>;
};

export type Resolvers<ContextType = ConfigContext> = {
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientCredentials?: ApiClientCredentialsResolvers<ContextType>;
  AssessmentBand?: AssessmentBandResolvers<ContextType>;
  AssessmentForm?: AssessmentFormResolvers<ContextType>;
  AssessmentItem?: AssessmentItemResolvers<ContextType>;
  AssessmentOption?: AssessmentOptionResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  CaseworkMeasurement?: CaseworkMeasurementResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  FieldCondition?: FieldConditionResolvers<ContextType>;
  FieldDefinition?: FieldDefinitionResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorField?: IndicatorFieldResolvers<ContextType>;
  IndicatorGroup?: IndicatorGroupResolvers<ContextType>;
  IndicatorMeasurement?: IndicatorMeasurementResolvers<ContextType>;
  IndicatorPeriod?: IndicatorPeriodResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParameterSet?: ParameterSetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegistryMeasurement?: RegistryMeasurementResolvers<ContextType>;
  ReiMeasurement?: ReiMeasurementResolvers<ContextType>;
  Scope?: ScopeResolvers;
  Session?: SessionResolvers<ContextType>;
  SiussMeasurement?: SiussMeasurementResolvers<ContextType>;
  SupportGrant?: SupportGrantResolvers<ContextType>;
  SupportGrantPage?: SupportGrantPageResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantConfiguration?: TenantConfigurationResolvers<ContextType>;
  UnavailableMeasurement?: UnavailableMeasurementResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPage?: UserPageResolvers<ContextType>;
  ValueList?: ValueListResolvers<ContextType>;
  ValueListItem?: ValueListItemResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  _ObjectType?: _ObjectTypeResolvers<ContextType>;
};

