// Generato da graphql-codegen (npm run codegen) dallo schema del sottografo casework: non modificare a mano.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Referral as ReferralModel } from '../entities/referral.entity';
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Registra una segnalazione: operatori, responsabili del servizio, o il sistema di una scuola o di un ospedale con un client API che ha l'ambito casework:referrals. */
  createReferral: Referral;
  /** Collega la segnalazione a un soggetto dell'anagrafe (creato o trovato dall'operatore): finché non è valutata. */
  linkReferralSubject: Referral;
  /** Prende in valutazione una segnalazione ricevuta. */
  startReferralTriage: Referral;
  /** Valuta la segnalazione: accolta (la persona deve essere nell'anagrafe) o non accolta (con una nota). */
  triageReferral: Referral;
};


export type MutationCreateReferralArgs = {
  input: ReferralInput;
};


export type MutationLinkReferralSubjectArgs = {
  id: Scalars['ID']['input'];
  subjectId: Scalars['ID']['input'];
};


export type MutationStartReferralTriageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTriageReferralArgs = {
  decision: TriageDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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
  /** Registro delle letture della cartella sociale: le operazioni che hanno restituito dati personali, dalla più recente (amministratore dell'ente). */
  caseworkReadAuditLog: ReadAuditPage;
  /** Una segnalazione dell'ente (operatori, responsabili del servizio; un client API con casework:referrals vede quelle che ha inviato). */
  referral?: Maybe<Referral>;
  /** Le segnalazioni dell'ente: senza ordinamento, prima le più urgenti e poi le meno recenti (la casella delle segnalazioni). */
  referrals: ReferralPage;
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
  /** Il motivo della segnalazione. */
  description: Scalars['String']['output'];
  /** Identificativo (UUID). */
  id: Scalars['ID']['output'];
  /** La persona come la descrive chi segnala, quando non è (ancora) nell'anagrafe: nome, età, indirizzo. */
  personDescription?: Maybe<Scalars['String']['output']>;
  /** Quando è arrivata. */
  receivedAt: Scalars['DateTime']['output'];
  /** Da chi: codice dell'elenco «referral_sources» (SCUOLA, OSPEDALE, FORZE_ORDINE, TRIBUNALE, CITTADINO, ALTRO_SERVIZIO…). */
  source: Scalars['String']['output'];
  /** Lo stato. */
  status: ReferralStatus;
  /** La persona, se è nell'anagrafe. */
  subject?: Maybe<Subject>;
  /** La nota della valutazione (obbligatoria se non accolta). */
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
};

/** La decisione sulla segnalazione. */
export type TriageDecision =
  /** Accolta. */
  | 'ACCEPT'
  /** Non accolta. */
  | 'NOT_ACCEPT';

export type _ObjectType = PageInfo | ReadAuditEntry | ReadAuditPage | ReadAuditRecords | Referral | ReferralPage | Subject;



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
  Referral: Referral;
  Subject: Subject;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  _ObjectType:
    | ( PageInfo )
    | ( ReadAuditEntry )
    | ( ReadAuditPage )
    | ( ReadAuditRecords )
    | ( ReferralModel )
    | ( Omit<ReferralPage, 'items'> & { items: Array<_RefType['Referral']> } )
    | ( { __typename?: 'Subject'; id: string } )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
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
  SortOrder: SortOrder;
  Subject: ResolverTypeWrapper<{ __typename?: 'Subject'; id: string }>;
  TriageDecision: TriageDecision;
  _ObjectType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['_ObjectType']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
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
  Subject: { __typename?: 'Subject'; id: string };
  _ObjectType: ResolversUnionTypes<ResolversParentTypes>['_ObjectType'];
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

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'input'>>;
  linkReferralSubject?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationLinkReferralSubjectArgs, 'id' | 'subjectId'>>;
  startReferralTriage?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationStartReferralTriageArgs, 'id'>>;
  triageReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationTriageReferralArgs, 'decision' | 'id'>>;
};

export type PageInfoResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  caseworkReadAuditLog?: Resolver<ResolversTypes['ReadAuditPage'], ParentType, ContextType, RequireFields<QueryCaseworkReadAuditLogArgs, 'page' | 'perPage'>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referrals?: Resolver<ResolversTypes['ReferralPage'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'page' | 'perPage'>>;
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
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type SubjectResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type _ObjectTypeResolvers<ContextType = CaseworkContext, ParentType extends ResolversParentTypes['_ObjectType'] = ResolversParentTypes['_ObjectType']> = {
  __resolveType: TypeResolveFn<'PageInfo' | 'ReadAuditEntry' | 'ReadAuditPage' | 'ReadAuditRecords' | 'Referral' | 'ReferralPage' | 'Subject', ParentType, ContextType>;
};

export type Resolvers<ContextType = CaseworkContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadAuditEntry?: ReadAuditEntryResolvers<ContextType>;
  ReadAuditPage?: ReadAuditPageResolvers<ContextType>;
  ReadAuditRecords?: ReadAuditRecordsResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralPage?: ReferralPageResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  _ObjectType?: _ObjectTypeResolvers<ContextType>;
};

