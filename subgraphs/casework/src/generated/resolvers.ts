// Generato da graphql-codegen (npm run codegen) dallo schema del sottografo casework: non modificare a mano.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Referral as ReferralModel } from '../entities/referral.entity';
import type { SocialCase as SocialCaseModel } from '../entities/socialCase.entity';
import type { DiaryEntry as DiaryEntryModel } from '../entities/diaryEntry.entity';
import type { CaseItem as CaseItemModel } from '../entities/caseItem.entity';
import type { CaseEvent as CaseEventModel } from '../entities/caseEvent.entity';
import type { CaseDocument as CaseDocumentModel } from '../entities/caseDocument.entity';
import type { Assessment as AssessmentModel } from '../entities/assessment.entity';
import type { IndicatorMeasurementResult as IndicatorMeasurementResultModel } from '@sisa/kernel';
import type { CaseworkContext } from '../context';
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

/** Una valutazione multidimensionale su un modulo dell'ente: punteggio e fascia calcolati dal servizio; firmata non cambia più. */
export type Assessment = {
  __typename?: 'Assessment';
  /** Le risposte: voce → codice dell'opzione scelta. */
  answers: Scalars['JSON']['output'];
  /** La data della valutazione. */
  assessedAt: Scalars['Date']['output'];
  /** Chi l'ha compilata. */
  assessor: User;
  /** La fascia del punteggio. */
  band?: Maybe<Scalars['String']['output']>;
  /** Il modulo, nella versione su cui è stata fatta. */
  form: AssessmentForm;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il punteggio: la somma dei punteggi delle opzioni scelte. */
  score?: Maybe<Scalars['Decimal']['output']>;
  /** Quando è stata firmata (null: ancora modificabile da chi l'ha compilata). */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Un modulo di valutazione dell'ente in una sua versione (il servizio config lo descrive). */
export type AssessmentForm = {
  __typename?: 'AssessmentForm';
  /** Chiave del modulo. */
  key: Scalars['String']['output'];
  /** Versione. */
  version: Scalars['Int']['output'];
};

/** Una lettura del contenuto di una cartella: chi, quando, con quale operazione. */
export type CaseAccess = {
  __typename?: 'CaseAccess';
  /** Chi: nome utente o nome del client API. */
  actor: Scalars['String']['output'];
  /** user o client. */
  actorKind: Scalars['String']['output'];
  /** Quando. */
  at: Scalars['DateTime']['output'];
  /** Il nome dell'operazione GraphQL, se indicato. */
  operation?: Maybe<Scalars['String']['output']>;
  /** I campi dell'operazione. */
  rootFields: Array<Scalars['String']['output']>;
  /** I dati particolari letti (SocialCase.diary…). */
  specialFields: Array<Scalars['String']['output']>;
};

/** Una pagina di letture. */
export type CaseAccessPage = {
  __typename?: 'CaseAccessPage';
  /** Gli elementi della pagina. */
  items: Array<CaseAccess>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto. */
  total: Scalars['Int']['output'];
};

/** Un documento della cartella (relazione, decreto, certificato): si carica e si scarica da /files/casework, con le stesse regole di accesso. */
export type CaseDocument = {
  __typename?: 'CaseDocument';
  /** Il tipo del contenuto (application/pdf, image/png…). */
  contentType: Scalars['String']['output'];
  /** Il nome del file. */
  fileName: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il tipo: codice dell'elenco «case_document_kinds». */
  kind: Scalars['String']['output'];
  /** L'impronta SHA-256 del contenuto (esadecimale). */
  sha256: Scalars['String']['output'];
  /** La dimensione in byte. */
  size: Scalars['Int']['output'];
  /** Il titolo. */
  title: Scalars['String']['output'];
  /** Quando è stato caricato. */
  uploadedAt: Scalars['DateTime']['output'];
  /** Chi l'ha caricato. */
  uploadedBy: User;
  /** Dove scaricarlo (GET con lo stesso token): /files/casework/documents/<id>. */
  url: Scalars['String']['output'];
};

/** Una problematica del caso. */
export type CaseProblem = {
  __typename?: 'CaseProblem';
  /** Codice dell'elenco «case_problems». */
  code: Scalars['String']['output'];
  /** Descrizione. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il componente del nucleo, per l'ambito MEMBER. */
  member?: Maybe<Subject>;
  /** Quando è stata risolta. */
  resolvedAt?: Maybe<Scalars['Date']['output']>;
  /** A chi si riferisce. */
  scope: CaseScope;
  /** Da quando. */
  since?: Maybe<Scalars['Date']['output']>;
};

/** Una problematica (con id: la modifica). */
export type CaseProblemInput = {
  /** Codice dell'elenco «case_problems». */
  code: Scalars['String']['input'];
  /** Descrizione (al massimo 2.000 caratteri). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Per modificarne una esistente. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Il componente del nucleo, per l'ambito MEMBER. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Quando è stata risolta. */
  resolvedAt?: InputMaybe<Scalars['Date']['input']>;
  /** A chi si riferisce. */
  scope: CaseScope;
  /** Da quando. */
  since?: InputMaybe<Scalars['Date']['input']>;
};

/** Una risorsa del caso. */
export type CaseResource = {
  __typename?: 'CaseResource';
  /** Codice dell'elenco «case_resources». */
  code: Scalars['String']['output'];
  /** Descrizione. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il componente del nucleo, per l'ambito MEMBER. */
  member?: Maybe<Subject>;
  /** A chi si riferisce. */
  scope: CaseScope;
};

/** Una risorsa (con id: la modifica). */
export type CaseResourceInput = {
  /** Codice dell'elenco «case_resources». */
  code: Scalars['String']['input'];
  /** Descrizione (al massimo 2.000 caratteri). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Per modificarne una esistente. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Il componente del nucleo, per l'ambito MEMBER. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** A chi si riferisce. */
  scope: CaseScope;
};

/** A chi si riferisce una problematica o una risorsa. */
export type CaseScope =
  /** All'ambiente di vita (casa, quartiere, rete). */
  | 'ENVIRONMENT'
  /** Al nucleo familiare. */
  | 'HOUSEHOLD'
  /** A un componente del nucleo. */
  | 'MEMBER';

/** Un professionista nell'équipe del caso, per un periodo. */
export type CaseTeamMember = {
  __typename?: 'CaseTeamMember';
  /** Il ruolo. */
  role: CaseTeamRole;
  /** Dal giorno. */
  since: Scalars['Date']['output'];
  /** Fino al giorno (null: ancora in équipe). */
  until?: Maybe<Scalars['Date']['output']>;
  /** L'utente. */
  user: User;
};

/** Un componente dell'équipe, per un periodo. */
export type CaseTeamMemberInput = {
  /** Il ruolo. */
  role: CaseTeamRole;
  /** Dal giorno. */
  since: Scalars['Date']['input'];
  /** Fino al giorno. */
  until?: InputMaybe<Scalars['Date']['input']>;
  /** L'utente. */
  userId: Scalars['ID']['input'];
};

/** Il ruolo di un professionista nell'équipe. */
export type CaseTeamRole =
  /** Consulente. */
  | 'CONSULTANT'
  /** Componente dell'équipe. */
  | 'MEMBER'
  /** Responsabile del caso: uno solo alla volta. */
  | 'RESPONSIBLE';

/** Misura di un indicatore sulle cartelle sociali e sulle segnalazioni, calcolata qui dalla specifica nella chiave. */
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
  /** La chiave dell'indicatore (specifica codificata) restituita dal servizio di configurazione. */
  spec: Scalars['String']['output'];
  /**
   * Il valore complessivo; null se non calcolabile (vedi error).
   * @deprecated Usare decimalValue: un Float non rappresenta esattamente gli importi
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** La riservatezza di un'annotazione del diario. */
export type DiaryConfidentiality =
  /** Visibile all'équipe del caso e ai responsabili del servizio. */
  | 'NORMAL'
  /** Riservata: solo all'autore, al responsabile del caso e ai responsabili del servizio. */
  | 'RESTRICTED';

/** Un'annotazione del diario sociale: una bozza si modifica solo dal suo autore; firmata non cambia più e si rettifica solo con una nuova annotazione. */
export type DiaryEntry = {
  __typename?: 'DiaryEntry';
  /** L'annotazione firmata che questa rettifica. */
  amends?: Maybe<DiaryEntry>;
  /** L'autore. */
  author: User;
  /** La riservatezza. */
  confidentiality: DiaryConfidentiality;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il tipo: codice dell'elenco «diary_kinds» (COLLOQUIO, VISITA_DOMICILIARE, TELEFONATA, RIUNIONE_EQUIPE, RELAZIONE, ALTRO). */
  kind: Scalars['String']['output'];
  /** Quando è avvenuto il fatto. */
  occurredAt: Scalars['DateTime']['output'];
  /** Chi era presente (nomi liberi). */
  participants: Array<Scalars['String']['output']>;
  /** Quando è stata firmata (null: bozza). */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Il testo. */
  text: Scalars['String']['output'];
};

/** Un'annotazione del diario. */
export type DiaryEntryInput = {
  /** La riservatezza. */
  confidentiality?: InputMaybe<DiaryConfidentiality>;
  /** Il tipo: codice dell'elenco «diary_kinds». */
  kind: Scalars['String']['input'];
  /** Quando è avvenuto il fatto (non nel futuro). */
  occurredAt: Scalars['DateTime']['input'];
  /** Chi era presente (al massimo 50 nomi). */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Il testo (al massimo 20.000 caratteri). */
  text: Scalars['String']['input'];
};

/** Una pagina del diario. */
export type DiaryEntryPage = {
  __typename?: 'DiaryEntryPage';
  /** Gli elementi della pagina. */
  items: Array<DiaryEntry>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Le modifiche di una bozza: cambia solo ciò che è indicato (un campo assente resta com'è; la riservatezza non torna NORMAL da sola). */
export type DiaryEntryUpdateInput = {
  /** La riservatezza. */
  confidentiality?: InputMaybe<DiaryConfidentiality>;
  /** Il tipo: codice dell'elenco «diary_kinds». */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Quando è avvenuto il fatto (non nel futuro). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Chi era presente (al massimo 50 nomi; null li toglie). */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Il testo (al massimo 20.000 caratteri). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Filtro del diario: ogni campo indicato restringe. */
export type DiaryFilter = {
  /** Avvenute da questo istante. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Solo questo tipo. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Ricerca nel testo (parole in italiano: «visita casa» trova «visite a casa»). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Avvenute fino a questo istante. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Un nucleo familiare dell'anagrafe. */
export type Household = {
  __typename?: 'Household';
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Rettifica un'annotazione firmata con una nuova bozza che la richiama (da firmare). */
  amendDiaryEntry: DiaryEntry;
  /** Chiude una cartella con data e motivo (il responsabile del caso o del servizio). */
  closeSocialCase: SocialCase;
  /** Registra una segnalazione: operatori, responsabili del servizio, o il sistema di una scuola o di un ospedale con un client API che ha l'ambito casework:referrals. */
  createReferral: Referral;
  /** Collega la segnalazione a un soggetto dell'anagrafe (creato o trovato dall'operatore): finché non è valutata. */
  linkReferralSubject: Referral;
  /** Apre una cartella sociale (presa in carico): responsabile, aree, nucleo; una persona ha al più una cartella aperta o sospesa. */
  openSocialCase: SocialCase;
  /** Registra una valutazione sull'ultima versione del modulo «formKey» dell'ente: ogni voce con una delle sue opzioni; punteggio e fascia li calcola il servizio. */
  recordAssessment: Assessment;
  /** Riapre una cartella chiusa o sospesa (il responsabile del caso o del servizio). */
  reopenSocialCase: SocialCase;
  /** Aggiunge o modifica (con id) una problematica. */
  saveCaseProblem: CaseProblem;
  /** Aggiunge o modifica (con id) una risorsa. */
  saveCaseResource: CaseResource;
  /** Fissa l'équipe (tutta, con le date): un solo responsabile alla volta, uno oggi (il responsabile del caso o del servizio). */
  setCaseTeam: SocialCase;
  /** Firma una valutazione (chi l'ha compilata): da quel momento non cambia più. */
  signAssessment: Assessment;
  /** Firma una bozza (solo il suo autore): da quel momento non cambia più. */
  signDiaryEntry: DiaryEntry;
  /** Prende in valutazione una segnalazione ricevuta. */
  startReferralTriage: Referral;
  /** Sospende una cartella aperta (il responsabile del caso o del servizio). */
  suspendSocialCase: SocialCase;
  /** Valuta la segnalazione: accolta (la persona deve essere nell'anagrafe) o non accolta (con una nota). */
  triageReferral: Referral;
  /** Modifica una valutazione non ancora firmata (chi l'ha compilata): risposte e data; punteggio e fascia ricalcolati sull'ultima versione del modulo, che la valutazione da allora conserva. */
  updateAssessment: Assessment;
  /** Modifica una bozza del diario (solo il suo autore). */
  updateDiaryEntry: DiaryEntry;
  /** Modifica aree e nucleo di una cartella (équipe del caso, responsabili del servizio). */
  updateSocialCase: SocialCase;
  /** Scrive una bozza nel diario (équipe del caso, responsabili del servizio). */
  writeDiaryEntry: DiaryEntry;
};


export type MutationAmendDiaryEntryArgs = {
  id: Scalars['ID']['input'];
  input: DiaryEntryInput;
};


export type MutationCloseSocialCaseArgs = {
  closedAt: Scalars['Date']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreateReferralArgs = {
  input: ReferralInput;
};


export type MutationLinkReferralSubjectArgs = {
  id: Scalars['ID']['input'];
  subjectId: Scalars['ID']['input'];
};


export type MutationOpenSocialCaseArgs = {
  input: OpenSocialCaseInput;
};


export type MutationRecordAssessmentArgs = {
  answers: Scalars['JSON']['input'];
  assessedAt: Scalars['Date']['input'];
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
};


export type MutationReopenSocialCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSaveCaseProblemArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseProblemInput;
};


export type MutationSaveCaseResourceArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseResourceInput;
};


export type MutationSetCaseTeamArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  members: Array<CaseTeamMemberInput>;
};


export type MutationSignAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignDiaryEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartReferralTriageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendSocialCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationTriageReferralArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  decision: TriageDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateAssessmentArgs = {
  answers: Scalars['JSON']['input'];
  assessedAt: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateDiaryEntryArgs = {
  id: Scalars['ID']['input'];
  input: DiaryEntryUpdateInput;
};


export type MutationUpdateSocialCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SocialCaseUpdateInput;
};


export type MutationWriteDiaryEntryArgs = {
  caseId: Scalars['ID']['input'];
  input: DiaryEntryInput;
};

/** L'apertura di una cartella (presa in carico). */
export type OpenSocialCaseInput = {
  /** Le aree: codici dell'elenco «case_areas» (almeno una). */
  areas: Array<Scalars['String']['input']>;
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Il suo nucleo familiare. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** La data della presa in carico (non futura). */
  openedAt: Scalars['Date']['input'];
  /** La segnalazione da cui nasce: se non ancora valutata, risulta accolta. */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  /** Il responsabile del caso (un operatore o un responsabile del servizio dell'ente). */
  responsibleId: Scalars['ID']['input'];
  /** La persona, dall'anagrafe. */
  subjectId: Scalars['ID']['input'];
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
  /** Chi ha letto il contenuto di una cartella, dal più recente (responsabili del servizio, il responsabile del caso, l'amministratore dell'ente). */
  caseAccessLog: CaseAccessPage;
  /** Registro delle letture della cartella sociale: le operazioni che hanno restituito dati personali, dalla più recente (amministratore dell'ente). */
  caseworkReadAuditLog: ReadAuditPage;
  /** Una segnalazione dell'ente (operatori, responsabili del servizio; un client API con casework:referrals vede quelle che ha inviato). */
  referral?: Maybe<Referral>;
  /** Le segnalazioni dell'ente: senza ordinamento, prima le più urgenti e poi le meno recenti (la casella delle segnalazioni). */
  referrals: ReferralPage;
  /** Una cartella sociale dell'ente (di chi non è in équipe, un operatore vede solo che esiste). */
  socialCase?: Maybe<SocialCase>;
  /** Le cartelle sociali dell'ente (di quelle in cui non è in équipe, un operatore vede solo numero, stato e responsabile). */
  socialCases: SocialCasePage;
};


export type QueryCaseAccessLogArgs = {
  caseId: Scalars['ID']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseworkReadAuditLogArgs = {
  filter?: InputMaybe<ReadAuditFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  filter?: InputMaybe<ReferralFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ReferralSort>;
};


export type QuerySocialCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySocialCasesArgs = {
  filter?: InputMaybe<SocialCaseFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SocialCaseSort>;
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

/** Una segnalazione: qualcuno (scuola, ospedale, forze dell'ordine, tribunale, cittadino, altro servizio) segnala una persona che potrebbe avere bisogno di aiuto. */
export type Referral = {
  __typename?: 'Referral';
  /** Chi l'ha registrata (nome utente o nome del client API). */
  createdBy: Scalars['String']['output'];
  /** Campi personalizzati dell'ente. */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Il motivo della segnalazione. */
  description: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** La persona come la descrive chi segnala, quando non è (ancora) nell'anagrafe: nome, età, indirizzo. */
  personDescription?: Maybe<Scalars['String']['output']>;
  /** Quando è arrivata. */
  receivedAt: Scalars['DateTime']['output'];
  /** La cartella sociale in cui è stata accolta (aperta per lei o quella già aperta della persona). */
  socialCase?: Maybe<SocialCase>;
  /** Da chi: codice dell'elenco «referral_sources» (SCUOLA, OSPEDALE, FORZE_ORDINE, TRIBUNALE, CITTADINO, ALTRO_SERVIZIO…). */
  source: Scalars['String']['output'];
  /** Lo stato. */
  status: ReferralStatus;
  /** La persona, se è nell'anagrafe; null per un client API (l'anagrafe è del servizio). */
  subject?: Maybe<Subject>;
  /** La nota della valutazione (obbligatoria se non accolta); null per un client API. */
  triageNote?: Maybe<Scalars['String']['output']>;
  /** Quando è stata valutata. */
  triagedAt?: Maybe<Scalars['DateTime']['output']>;
  /** L'urgenza. */
  urgency: ReferralUrgency;
};

/** Filtro delle segnalazioni: ogni campo indicato restringe. */
export type ReferralFilter = {
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Arrivate da questo istante. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Arrivate fino a questo istante. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Solo questa fonte (codice dell'elenco «referral_sources»). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Solo questo stato. */
  status?: InputMaybe<ReferralStatus>;
  /** Solo quelle su questo soggetto dell'anagrafe. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Solo questa urgenza. */
  urgency?: InputMaybe<ReferralUrgency>;
};

/** Una nuova segnalazione. */
export type ReferralInput = {
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Il motivo della segnalazione (al massimo 10.000 caratteri). */
  description: Scalars['String']['input'];
  /** La persona, se non è nell'anagrafe: nome, età, indirizzo (al massimo 1.000 caratteri). */
  personDescription?: InputMaybe<Scalars['String']['input']>;
  /** Quando è arrivata (predefinito: adesso); non nel futuro. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Da chi: codice dell'elenco «referral_sources». */
  source: Scalars['String']['input'];
  /** La persona, se è nell'anagrafe dell'ente. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** L'urgenza. */
  urgency: ReferralUrgency;
};

/** Una pagina di segnalazioni. */
export type ReferralPage = {
  __typename?: 'ReferralPage';
  /** Gli elementi della pagina. */
  items: Array<Referral>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco delle segnalazioni. */
export type ReferralSort = {
  /** Il campo su cui ordinare. */
  field: ReferralSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco delle segnalazioni (senza ordinamento: prima le più urgenti, poi le meno recenti). */
export type ReferralSortField =
  /** Identificativo. */
  | 'ID'
  /** Quando è arrivata. */
  | 'RECEIVED_AT'
  /** Lo stato. */
  | 'STATUS'
  /** L'urgenza. */
  | 'URGENCY';

/** Lo stato di una segnalazione. */
export type ReferralStatus =
  /** Accolta. */
  | 'ACCEPTED'
  /** In valutazione. */
  | 'IN_TRIAGE'
  /** Non accolta (con una nota che dice perché). */
  | 'NOT_ACCEPTED'
  /** Ricevuta, non ancora valutata. */
  | 'RECEIVED';

/** Quanto è urgente una segnalazione: la casella delle segnalazioni mostra prima le più urgenti. */
export type ReferralUrgency =
  /** Alta. */
  | 'HIGH'
  /** Bassa. */
  | 'LOW'
  /** Media. */
  | 'MEDIUM'
  /** Urgente: da valutare subito. */
  | 'URGENT';

/** La cartella sociale di una persona presa in carico (e del suo nucleo). */
export type SocialCase = {
  __typename?: 'SocialCase';
  /** Che cosa il chiamante vede di questa cartella: con EXISTENCE gli elenchi sono vuoti e i dati di contenuto null. */
  access: SocialCaseAccess;
  /** Le aree: codici dell'elenco «case_areas». */
  areas: Array<Scalars['String']['output']>;
  /** Le valutazioni multidimensionali, dalla più recente (vuoto senza accesso CONTENT). Ogni lettura è registrata. */
  assessments: Array<Assessment>;
  /** La data di chiusura. */
  closedAt?: Maybe<Scalars['Date']['output']>;
  /** Il motivo della chiusura (null con accesso EXISTENCE). */
  closureReason?: Maybe<Scalars['String']['output']>;
  /** Campi personalizzati dell'ente (null con accesso EXISTENCE). */
  customFields?: Maybe<Scalars['JSON']['output']>;
  /** Il diario sociale, dal più recente: le bozze solo al loro autore, le riservate solo a chi può leggerle; vuoto senza accesso CONTENT. Ogni lettura è registrata (caseAccessLog). */
  diary: DiaryEntryPage;
  /** I documenti, dal più recente (vuoto senza accesso CONTENT). */
  documents: Array<CaseDocument>;
  /** La storia della cartella: chi ha fatto che cosa e quando (vuota con accesso EXISTENCE; senza accesso CONTENT senza i dati cambiati). */
  history: Array<SocialCaseEvent>;
  /** Il nucleo familiare (null con accesso EXISTENCE). */
  household?: Maybe<Household>;
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Il numero della cartella, per ente e anno: CS/2026/000123. */
  number: Scalars['String']['output'];
  /** La data della presa in carico. */
  openedAt: Scalars['Date']['output'];
  /** Le problematiche. */
  problems: Array<CaseProblem>;
  /** La segnalazione da cui nasce: ciò che è stato segnalato è contenuto (null senza accesso CONTENT). */
  referral?: Maybe<Referral>;
  /** Le risorse. */
  resources: Array<CaseResource>;
  /** Il responsabile del caso oggi. */
  responsible: User;
  /** Lo stato. */
  status: SocialCaseStatus;
  /** La persona presa in carico. */
  subject: Subject;
  /** L'équipe, con le date di ciascuno (anche chi ne è uscito). */
  team: Array<CaseTeamMember>;
  /** La versione, per la concorrenza ottimistica (expectedVersion). */
  version: Scalars['Int']['output'];
};


/** La cartella sociale di una persona presa in carico (e del suo nucleo). */
export type SocialCaseDiaryArgs = {
  filter?: InputMaybe<DiaryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** Che cosa il chiamante vede di una cartella. */
export type SocialCaseAccess =
  /** Tutto, diario compreso (équipe del caso, responsabili del servizio). */
  | 'CONTENT'
  /** Solo che esiste: numero, stato, date, responsabile (operatori fuori dall'équipe, amministratori). Gli altri campi sono vuoti. */
  | 'EXISTENCE'
  /** I dati della cartella senza il contenuto: mai diario né documenti (client API con casework:read). */
  | 'METADATA';

/** Un fatto della storia di una cartella. */
export type SocialCaseEvent = {
  __typename?: 'SocialCaseEvent';
  /** Che cosa: OPENED, UPDATED, TEAM_SET, SUSPENDED, CLOSED, REOPENED, PROBLEM_SAVED, RESOURCE_SAVED, ASSESSED, ASSESSMENT_UPDATED, REFERRAL_JOINED. */
  action: Scalars['String']['output'];
  /** Quando. */
  at: Scalars['DateTime']['output'];
  /** Chi (nome utente). */
  by: Scalars['String']['output'];
  /** I dati cambiati. */
  changes?: Maybe<Scalars['JSON']['output']>;
};

/** Filtro delle cartelle: ogni campo indicato restringe. */
export type SocialCaseFilter = {
  /** Solo quelle di quest'area (codice dell'elenco «case_areas»). */
  area?: InputMaybe<Scalars['String']['input']>;
  /** Solo quelle di questo nucleo. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** Solo gli elementi con questi identificativi. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Solo quelle in cui il chiamante è oggi in équipe. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Aperte da questa data. */
  openedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Aperte fino a questa data. */
  openedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Il numero della cartella (anche in parte). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Solo quelle di questo responsabile. */
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  /** Solo questo stato. */
  status?: InputMaybe<SocialCaseStatus>;
  /** Solo quelle di questa persona. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};

/** Una pagina di cartelle sociali. */
export type SocialCasePage = {
  __typename?: 'SocialCasePage';
  /** Gli elementi della pagina. */
  items: Array<SocialCase>;
  /** Dove si trova la pagina: numero, elementi per pagina e se ne seguono altre. */
  pageInfo: PageInfo;
  /** Quanti elementi in tutto corrispondono al filtro. */
  total: Scalars['Int']['output'];
};

/** Ordinamento dell'elenco delle cartelle. */
export type SocialCaseSort = {
  /** Il campo su cui ordinare. */
  field: SocialCaseSortField;
  /** Il verso: crescente (ASC, predefinito) o decrescente (DESC). */
  order?: InputMaybe<SortOrder>;
};

/** I campi su cui si può ordinare l'elenco delle cartelle. */
export type SocialCaseSortField =
  /** Identificativo. */
  | 'ID'
  /** Il numero. */
  | 'NUMBER'
  /** La data della presa in carico. */
  | 'OPENED_AT'
  /** Lo stato. */
  | 'STATUS';

/** Lo stato di una cartella sociale. */
export type SocialCaseStatus =
  /** Chiusa, con data e motivo: solo consultazione finché non viene riaperta. */
  | 'CLOSED'
  /** Aperta: la persona è in carico. */
  | 'OPEN'
  /** Sospesa: il lavoro è fermo, la cartella resta della persona. */
  | 'SUSPENDED';

/** Le modifiche a una cartella: cambia solo ciò che è indicato. */
export type SocialCaseUpdateInput = {
  /** Le aree: codici dell'elenco «case_areas» (almeno una). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Campi personalizzati dell'ente: cambiano solo le chiavi indicate. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Il nucleo familiare. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
};

/** Verso dell'ordinamento (sort order). */
export type SortOrder =
  /** Crescente (ascending): A→Z, dal più vecchio al più recente. */
  | 'ASC'
  /** Decrescente (descending): Z→A, dal più recente al più vecchio. */
  | 'DESC';

/** Una persona dell'anagrafica dell'ente. */
export type Subject = {
  __typename?: 'Subject';
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** Le cartelle sociali della persona che il chiamante può vedere, le più recenti prima (di quelle di cui non è in équipe un operatore vede solo numero, stato e responsabile). */
  socialCases?: Maybe<Array<SocialCase>>;
};

/** La decisione sulla segnalazione. */
export type TriageDecision =
  /** Accolta. */
  | 'ACCEPT'
  /** Non accolta. */
  | 'NOT_ACCEPT';

/** Un utente della piattaforma (il servizio config lo descrive). */
export type User = {
  __typename?: 'User';
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
};

export type _ObjectType = Assessment | AssessmentForm | CaseAccess | CaseAccessPage | CaseDocument | CaseProblem | CaseResource | CaseTeamMember | CaseworkMeasurement | DiaryEntry | DiaryEntryPage | Household | IndicatorGroup | PageInfo | ReadAuditEntry | ReadAuditPage | ReadAuditRecords | Referral | ReferralPage | SocialCase | SocialCaseEvent | SocialCasePage | Subject | User;



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
  CaseworkMeasurement: CaseworkMeasurement;
  Household: Household;
  Referral: Referral;
  SocialCase: SocialCase;
  Subject: Subject;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CaseworkMeasurement:
    ( { __typename: 'CaseworkMeasurement' }
    & GraphQLRecursivePick<FederationTypes['CaseworkMeasurement'], {"spec":true}> );
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
  SocialCase:
    ( { __typename: 'SocialCase' }
    & GraphQLRecursivePick<FederationTypes['SocialCase'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  _ObjectType:
    | ( AssessmentModel )
    | ( { __typename?: 'AssessmentForm'; key: string; version: number } )
    | ( CaseAccess )
    | ( CaseAccessPage )
    | ( CaseDocumentModel )
    | ( CaseItemModel )
    | ( CaseItemModel )
    | ( Omit<CaseTeamMember, 'user'> & { user: _RefType['User'] } )
    | ( IndicatorMeasurementResultModel )
    | ( DiaryEntryModel )
    | ( Omit<DiaryEntryPage, 'items'> & { items: Array<_RefType['DiaryEntry']> } )
    | ( { __typename?: 'Household'; id: string } )
    | ( IndicatorGroup )
    | ( PageInfo )
    | ( ReadAuditEntry )
    | ( ReadAuditPage )
    | ( ReadAuditRecords )
    | ( ReferralModel )
    | ( Omit<ReferralPage, 'items'> & { items: Array<_RefType['Referral']> } )
    | ( SocialCaseModel )
    | ( CaseEventModel )
    | ( Omit<SocialCasePage, 'items'> & { items: Array<_RefType['SocialCase']> } )
    | ( { __typename?: 'Subject'; id: string } )
    | ( { __typename?: 'User'; id: string } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  IndicatorMeasurement: ( IndicatorMeasurementResultModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Assessment: ResolverTypeWrapper<AssessmentModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssessmentForm: ResolverTypeWrapper<{ __typename?: 'AssessmentForm'; key: string; version: number }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CaseAccess: ResolverTypeWrapper<CaseAccess>;
  CaseAccessPage: ResolverTypeWrapper<CaseAccessPage>;
  CaseDocument: ResolverTypeWrapper<CaseDocumentModel>;
  CaseProblem: ResolverTypeWrapper<CaseItemModel>;
  CaseProblemInput: CaseProblemInput;
  CaseResource: ResolverTypeWrapper<CaseItemModel>;
  CaseResourceInput: CaseResourceInput;
  CaseScope: CaseScope;
  CaseTeamMember: ResolverTypeWrapper<Omit<CaseTeamMember, 'user'> & { user: ResolversTypes['User'] }>;
  CaseTeamMemberInput: CaseTeamMemberInput;
  CaseTeamRole: CaseTeamRole;
  CaseworkMeasurement: ResolverTypeWrapper<IndicatorMeasurementResultModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DiaryConfidentiality: DiaryConfidentiality;
  DiaryEntry: ResolverTypeWrapper<DiaryEntryModel>;
  DiaryEntryInput: DiaryEntryInput;
  DiaryEntryPage: ResolverTypeWrapper<Omit<DiaryEntryPage, 'items'> & { items: Array<ResolversTypes['DiaryEntry']> }>;
  DiaryEntryUpdateInput: DiaryEntryUpdateInput;
  DiaryFilter: DiaryFilter;
  Household: ResolverTypeWrapper<{ __typename?: 'Household'; id: string }>;
  IndicatorGroup: ResolverTypeWrapper<IndicatorGroup>;
  IndicatorMeasurement: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['IndicatorMeasurement']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenSocialCaseInput: OpenSocialCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadAuditEntry: ResolverTypeWrapper<ReadAuditEntry>;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: ResolverTypeWrapper<ReadAuditPage>;
  ReadAuditRecords: ResolverTypeWrapper<ReadAuditRecords>;
  Referral: ResolverTypeWrapper<ReferralModel>;
  ReferralFilter: ReferralFilter;
  ReferralInput: ReferralInput;
  ReferralPage: ResolverTypeWrapper<Omit<ReferralPage, 'items'> & { items: Array<ResolversTypes['Referral']> }>;
  ReferralSort: ReferralSort;
  ReferralSortField: ReferralSortField;
  ReferralStatus: ReferralStatus;
  ReferralUrgency: ReferralUrgency;
  SocialCase: ResolverTypeWrapper<SocialCaseModel>;
  SocialCaseAccess: SocialCaseAccess;
  SocialCaseEvent: ResolverTypeWrapper<CaseEventModel>;
  SocialCaseFilter: SocialCaseFilter;
  SocialCasePage: ResolverTypeWrapper<Omit<SocialCasePage, 'items'> & { items: Array<ResolversTypes['SocialCase']> }>;
  SocialCaseSort: SocialCaseSort;
  SocialCaseSortField: SocialCaseSortField;
  SocialCaseStatus: SocialCaseStatus;
  SocialCaseUpdateInput: SocialCaseUpdateInput;
  SortOrder: SortOrder;
  Subject: ResolverTypeWrapper<{ __typename?: 'Subject'; id: string }>;
  TriageDecision: TriageDecision;
  User: ResolverTypeWrapper<{ __typename?: 'User'; id: string }>;
  _ObjectType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['_ObjectType']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Assessment: AssessmentModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AssessmentForm: { __typename?: 'AssessmentForm'; key: string; version: number };
  Int: Scalars['Int']['output'];
  CaseAccess: CaseAccess;
  CaseAccessPage: CaseAccessPage;
  CaseDocument: CaseDocumentModel;
  CaseProblem: CaseItemModel;
  CaseProblemInput: CaseProblemInput;
  CaseResource: CaseItemModel;
  CaseResourceInput: CaseResourceInput;
  CaseTeamMember: Omit<CaseTeamMember, 'user'> & { user: ResolversParentTypes['User'] };
  CaseTeamMemberInput: CaseTeamMemberInput;
  CaseworkMeasurement: IndicatorMeasurementResultModel;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DiaryEntry: DiaryEntryModel;
  DiaryEntryInput: DiaryEntryInput;
  DiaryEntryPage: Omit<DiaryEntryPage, 'items'> & { items: Array<ResolversParentTypes['DiaryEntry']> };
  DiaryEntryUpdateInput: DiaryEntryUpdateInput;
  DiaryFilter: DiaryFilter;
  Household: { __typename?: 'Household'; id: string };
  IndicatorGroup: IndicatorGroup;
  IndicatorMeasurement: ResolversInterfaceTypes<ResolversParentTypes>['IndicatorMeasurement'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenSocialCaseInput: OpenSocialCaseInput;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ReadAuditEntry: ReadAuditEntry;
  ReadAuditFilter: ReadAuditFilter;
  ReadAuditPage: ReadAuditPage;
  ReadAuditRecords: ReadAuditRecords;
  Referral: ReferralModel;
  ReferralFilter: ReferralFilter;
  ReferralInput: ReferralInput;
  ReferralPage: Omit<ReferralPage, 'items'> & { items: Array<ResolversParentTypes['Referral']> };
  ReferralSort: ReferralSort;
  SocialCase: SocialCaseModel;
  SocialCaseEvent: CaseEventModel;
  SocialCaseFilter: SocialCaseFilter;
  SocialCasePage: Omit<SocialCasePage, 'items'> & { items: Array<ResolversParentTypes['SocialCase']> };
  SocialCaseSort: SocialCaseSort;
  SocialCaseUpdateInput: SocialCaseUpdateInput;
  Subject: { __typename?: 'Subject'; id: string };
  User: { __typename?: 'User'; id: string };
  _ObjectType: ResolversUnionTypes<ResolversParentTypes>['_ObjectType'];
};

export type AssessmentResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  answers?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  assessedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assessor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  band?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['AssessmentForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssessmentFormResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['AssessmentForm'] = ResolversParentTypes['AssessmentForm']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseAccessResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseAccess'] = ResolversParentTypes['CaseAccess']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rootFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  specialFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseAccessPageResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseAccessPage'] = ResolversParentTypes['CaseAccessPage']> = {
  items?: Resolver<Array<ResolversTypes['CaseAccess']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseDocumentResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseDocument'] = ResolversParentTypes['CaseDocument']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseProblemResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseProblem'] = ResolversParentTypes['CaseProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CaseScope'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseResourceResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseResource'] = ResolversParentTypes['CaseResource']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CaseScope'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseTeamMemberResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseTeamMember'] = ResolversParentTypes['CaseTeamMember']> = {
  role?: Resolver<ResolversTypes['CaseTeamRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseworkMeasurementResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['CaseworkMeasurement'] = ResolversParentTypes['CaseworkMeasurement'], FederationReferenceType extends FederationReferenceTypes['CaseworkMeasurement'] = FederationReferenceTypes['CaseworkMeasurement']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CaseworkMeasurement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['IndicatorGroup']>, ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type DiaryEntryResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['DiaryEntry'] = ResolversParentTypes['DiaryEntry']> = {
  amends?: Resolver<Maybe<ResolversTypes['DiaryEntry']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  confidentiality?: Resolver<ResolversTypes['DiaryConfidentiality'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DiaryEntryPageResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['DiaryEntryPage'] = ResolversParentTypes['DiaryEntryPage']> = {
  items?: Resolver<Array<ResolversTypes['DiaryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorGroupResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['IndicatorGroup'] = ResolversParentTypes['IndicatorGroup']> = {
  decimalValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorMeasurementResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['IndicatorMeasurement'] = ResolversParentTypes['IndicatorMeasurement']> = {
  __resolveType: TypeResolveFn<'CaseworkMeasurement', ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  amendDiaryEntry?: Resolver<ResolversTypes['DiaryEntry'], ParentType, ContextType, RequireFields<MutationAmendDiaryEntryArgs, 'id' | 'input'>>;
  closeSocialCase?: Resolver<ResolversTypes['SocialCase'], ParentType, ContextType, RequireFields<MutationCloseSocialCaseArgs, 'closedAt' | 'expectedVersion' | 'id' | 'reason'>>;
  createReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  linkReferralSubject?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationLinkReferralSubjectArgs, 'id' | 'subjectId'>>;
  openSocialCase?: Resolver<ResolversTypes['SocialCase'], ParentType, ContextType, RequireFields<MutationOpenSocialCaseArgs, 'input'>>;
  recordAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationRecordAssessmentArgs, 'answers' | 'assessedAt' | 'caseId' | 'formKey'>>;
  reopenSocialCase?: Resolver<ResolversTypes['SocialCase'], ParentType, ContextType, RequireFields<MutationReopenSocialCaseArgs, 'expectedVersion' | 'id'>>;
  saveCaseProblem?: Resolver<ResolversTypes['CaseProblem'], ParentType, ContextType, RequireFields<MutationSaveCaseProblemArgs, 'caseId' | 'input'>>;
  saveCaseResource?: Resolver<ResolversTypes['CaseResource'], ParentType, ContextType, RequireFields<MutationSaveCaseResourceArgs, 'caseId' | 'input'>>;
  setCaseTeam?: Resolver<ResolversTypes['SocialCase'], ParentType, ContextType, RequireFields<MutationSetCaseTeamArgs, 'expectedVersion' | 'id' | 'members'>>;
  signAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationSignAssessmentArgs, 'id'>>;
  signDiaryEntry?: Resolver<ResolversTypes['DiaryEntry'], ParentType, ContextType, RequireFields<MutationSignDiaryEntryArgs, 'id'>>;
  startReferralTriage?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationStartReferralTriageArgs, 'id'>>;
  suspendSocialCase?: Resolver<ResolversTypes['SocialCase'], ParentType, ContextType, RequireFields<MutationSuspendSocialCaseArgs, 'expectedVersion' | 'id'>>;
  triageReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationTriageReferralArgs, 'decision' | 'id'>>;
  updateAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationUpdateAssessmentArgs, 'answers' | 'assessedAt' | 'id'>>;
  updateDiaryEntry?: Resolver<ResolversTypes['DiaryEntry'], ParentType, ContextType, RequireFields<MutationUpdateDiaryEntryArgs, 'id' | 'input'>>;
  updateSocialCase?: Resolver<ResolversTypes['SocialCase'], ParentType, ContextType, RequireFields<MutationUpdateSocialCaseArgs, 'expectedVersion' | 'id' | 'input'>>;
  writeDiaryEntry?: Resolver<ResolversTypes['DiaryEntry'], ParentType, ContextType, RequireFields<MutationWriteDiaryEntryArgs, 'caseId' | 'input'>>;
};

export type PageInfoResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  caseAccessLog?: Resolver<ResolversTypes['CaseAccessPage'], ParentType, ContextType, RequireFields<QueryCaseAccessLogArgs, 'caseId' | 'page' | 'perPage'>>;
  caseworkReadAuditLog?: Resolver<ResolversTypes['ReadAuditPage'], ParentType, ContextType, RequireFields<QueryCaseworkReadAuditLogArgs, 'page' | 'perPage'>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referrals?: Resolver<ResolversTypes['ReferralPage'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'page' | 'perPage'>>;
  socialCase?: Resolver<Maybe<ResolversTypes['SocialCase']>, ParentType, ContextType, RequireFields<QuerySocialCaseArgs, 'id'>>;
  socialCases?: Resolver<ResolversTypes['SocialCasePage'], ParentType, ContextType, RequireFields<QuerySocialCasesArgs, 'page' | 'perPage'>>;
};

export type ReadAuditEntryResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['ReadAuditEntry'] = ResolversParentTypes['ReadAuditEntry']> = {
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

export type ReadAuditPageResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['ReadAuditPage'] = ResolversParentTypes['ReadAuditPage']> = {
  items?: Resolver<Array<ResolversTypes['ReadAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReadAuditRecordsResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['ReadAuditRecords'] = ResolversParentTypes['ReadAuditRecords']> = {
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReferralResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  socialCase?: Resolver<Maybe<ResolversTypes['SocialCase']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  triageNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triagedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['ReferralUrgency'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReferralPageResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['ReferralPage'] = ResolversParentTypes['ReferralPage']> = {
  items?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialCaseResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['SocialCase'] = ResolversParentTypes['SocialCase'], FederationReferenceType extends FederationReferenceTypes['SocialCase'] = FederationReferenceTypes['SocialCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  access?: Resolver<ResolversTypes['SocialCaseAccess'], ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  diary?: Resolver<ResolversTypes['DiaryEntryPage'], ParentType, ContextType, RequireFields<SocialCaseDiaryArgs, 'page' | 'perPage'>>;
  documents?: Resolver<Array<ResolversTypes['CaseDocument']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['SocialCaseEvent']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['CaseProblem']>, ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['CaseResource']>, ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SocialCaseStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['CaseTeamMember']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialCaseEventResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['SocialCaseEvent'] = ResolversParentTypes['SocialCaseEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SocialCasePageResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['SocialCasePage'] = ResolversParentTypes['SocialCasePage']> = {
  items?: Resolver<Array<ResolversTypes['SocialCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  socialCases?: Resolver<Maybe<Array<ResolversTypes['SocialCase']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type _ObjectTypeResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['_ObjectType'] = ResolversParentTypes['_ObjectType']> = {
  __resolveType: TypeResolveFn<'Assessment' | 'AssessmentForm' | 'CaseAccess' | 'CaseAccessPage' | 'CaseDocument' | 'CaseProblem' | 'CaseResource' | 'CaseTeamMember' | 'CaseworkMeasurement' | 'DiaryEntry' | 'DiaryEntryPage' | 'Household' | 'IndicatorGroup' | 'PageInfo' | 'ReadAuditEntry' | 'ReadAuditPage' | 'ReadAuditRecords' | 'Referral' | 'ReferralPage' | 'SocialCase' | 'SocialCaseEvent' | 'SocialCasePage' | 'Subject' | 'User', ParentType, ContextType>;
};

export type Resolvers<ContextType = CaseworkContext> = {
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentForm?: AssessmentFormResolvers<ContextType>;
  CaseAccess?: CaseAccessResolvers<ContextType>;
  CaseAccessPage?: CaseAccessPageResolvers<ContextType>;
  CaseDocument?: CaseDocumentResolvers<ContextType>;
  CaseProblem?: CaseProblemResolvers<ContextType>;
  CaseResource?: CaseResourceResolvers<ContextType>;
  CaseTeamMember?: CaseTeamMemberResolvers<ContextType>;
  CaseworkMeasurement?: CaseworkMeasurementResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DiaryEntry?: DiaryEntryResolvers<ContextType>;
  DiaryEntryPage?: DiaryEntryPageResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  IndicatorGroup?: IndicatorGroupResolvers<ContextType>;
  IndicatorMeasurement?: IndicatorMeasurementResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadAuditEntry?: ReadAuditEntryResolvers<ContextType>;
  ReadAuditPage?: ReadAuditPageResolvers<ContextType>;
  ReadAuditRecords?: ReadAuditRecordsResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralPage?: ReferralPageResolvers<ContextType>;
  SocialCase?: SocialCaseResolvers<ContextType>;
  SocialCaseEvent?: SocialCaseEventResolvers<ContextType>;
  SocialCasePage?: SocialCasePageResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  _ObjectType?: _ObjectTypeResolvers<ContextType>;
};

