// Generato da graphql-codegen (npm run codegen -w @sisa/e2e) dallo schema di gateway/supergraph.graphql: non modificare a mano.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Un indirizzo. */
export type AddressInput = {
  /** Codice ISTAT dello Stato (380: Italia). */
  countryCode?: string | null | undefined;
  /** Codice ISTAT del comune (6 cifre); obbligatorio per una residenza in Italia. */
  municipalityCode?: string | null | undefined;
  /** CAP. */
  postalCode?: string | null | undefined;
  /** Via e numero civico. */
  street?: string | null | undefined;
};

/** Un nuovo client API. */
export type ApiClientInput = {
  /** Gli ambiti da concedere al client (almeno uno, qui o in scopes). */
  grantedScopes?: Array<Scope> | null | undefined;
  /** Nome dell'applicazione. */
  name: string;
  /** Gli ambiti nella forma di RFC 6749 (`registry:read`); in alternativa, o insieme, grantedScopes. */
  scopes?: Array<string> | null | undefined;
};

/** Un nuovo nucleo familiare. */
export type HouseholdInput = {
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: unknown;
  /** I componenti. */
  members: Array<HouseholdMemberInput>;
};

/** Un componente del nucleo. */
export type HouseholdMemberInput = {
  /** Relazione con l'intestatario (codice dell'elenco delle relazioni di parentela). */
  relationship: string;
  /** Primo giorno nel nucleo (oggi se assente). */
  since?: string | null | undefined;
  /** Il soggetto. */
  subjectId: string | number;
};

/** Un'attestazione ISEE da registrare. */
export type IseeInput = {
  /** Data di presentazione della DSU. */
  dsuDate: string;
  /** Protocollo della DSU. */
  dsuProtocol: string;
  /** Scala di equivalenza. */
  equivalenceScale: string;
  /** Componenti del nucleo nella DSU. */
  householdSize: number;
  /** Valore ISEE (euro). */
  isee: string;
  /** ISR: indicatore della situazione reddituale (euro). */
  isr: string;
  /** ISRE: ISR diviso per la scala di equivalenza (euro). */
  isre: string;
  /** Tipo di ISEE. */
  kind: IseeKind;
  /** Patrimonio mobiliare (euro). */
  movableAssets: string;
  /** Patrimonio immobiliare (euro). */
  realEstateAssets: string;
  /** Fino a quando è valida. */
  validUntil: string;
};

/** ISEE ordinario, minorenni o corrente. */
export type IseeKind =
  /** ISEE corrente (dopo una variazione della situazione). */
  | 'CURRENT'
  /** ISEE per prestazioni rivolte a minorenni. */
  | 'MINORS'
  /** ISEE ordinario. */
  | 'ORDINARY';

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

/**
 * Gli ambiti (scope) di un client API: che cosa può leggere o scrivere. Nel token, nel parametro
 * OAuth `scope` e in `extensions.requiredScope` di un FORBIDDEN si scrivono nella forma di RFC 6749:
 * REGISTRY_READ è `registry:read`, REI_WRITE è `rei:write`, e così via.
 */
export type Scope =
  /** casework:read: consultare i dati delle cartelle sociali (mai il diario né i documenti). */
  | 'CASEWORK_READ'
  /** casework:referrals: inviare segnalazioni (il sistema di una scuola o di un ospedale) e seguirne lo stato. */
  | 'CASEWORK_REFERRALS'
  /** casework:write: riservato; nessuna operazione della cartella sociale lo richiede oggi. */
  | 'CASEWORK_WRITE'
  /** config:read: consultare la configurazione dell'ente. */
  | 'CONFIG_READ'
  /** config:write: consultare e modificare la configurazione dell'ente. */
  | 'CONFIG_WRITE'
  /** registry:read: consultare l'anagrafe (soggetti, nuclei, ISEE). */
  | 'REGISTRY_READ'
  /** registry:write: consultare e modificare l'anagrafe. */
  | 'REGISTRY_WRITE'
  /** rei:read: consultare le domande REI. */
  | 'REI_READ'
  /** rei:write: consultare e gestire le domande REI. */
  | 'REI_WRITE'
  /** siuss:read: consultare le prestazioni sociali SIUSS. */
  | 'SIUSS_READ'
  /** siuss:write: consultare e registrare le prestazioni sociali SIUSS. */
  | 'SIUSS_WRITE';

/** Sesso come lo codifica il codice fiscale. */
export type Sex =
  /** Femminile. */
  | 'F'
  /** Maschile. */
  | 'M';

/** Filtro del registro delle consultazioni. */
export type SubjectAccessFilter = {
  /** Solo quelle di questo utente o client. */
  actor?: string | null | undefined;
  /** Dall'istante (compreso). */
  from?: string | null | undefined;
  /** Solo le consultazioni di questo soggetto. */
  subjectId?: string | number | null | undefined;
  /** Fino all'istante (escluso). */
  to?: string | null | undefined;
};

/** Filtro dei soggetti: ogni campo indicato restringe. */
export type SubjectFilter = {
  /** Nati dal giorno (compreso). */
  bornFrom?: string | null | undefined;
  /** Nati fino al giorno (compreso). */
  bornTo?: string | null | undefined;
  /** Codice della cittadinanza. */
  citizenshipCode?: string | null | undefined;
  /** Valori dei campi personalizzati che il soggetto deve avere (contenimento JSON). */
  customFields?: unknown;
  /** Codice fiscale esatto. */
  fiscalCode?: string | null | undefined;
  /** Solo gli elementi con questi identificativi. */
  ids?: Array<string | number> | null | undefined;
  /** Inizio del cognome (senza distinzione di maiuscole e accenti). */
  lastName?: string | null | undefined;
  /** Testo libero su cognome, nome e codice fiscale (senza distinzione di maiuscole e accenti). Tollera un errore di battitura in una parola del cognome di almeno quattro lettere (typo tolerance): questi soggetti seguono quelli che corrispondono esattamente. */
  q?: string | null | undefined;
  /** Comune di residenza (codice). */
  residenceMunicipalityCode?: string | null | undefined;
  /** Sesso. */
  sex?: Sex | null | undefined;
};

/** I dati di un soggetto. */
export type SubjectInput = {
  /** Data di nascita (non futura). */
  birthDate: string;
  /** Codice catastale (Belfiore) del comune o dello Stato di nascita. */
  birthPlaceCode: string;
  /** Codice ISTAT della cittadinanza (380: italiana). */
  citizenshipCode?: string | null | undefined;
  /** Campi personalizzati: le chiavi presenti sostituiscono i valori salvati (null cancella), le altre restano. */
  customFields?: unknown;
  /** Email. */
  email?: string | null | undefined;
  /** Nome. */
  firstName: string;
  /** Codice fiscale (16 caratteri, controllato). */
  fiscalCode: string;
  /** Cognome. */
  lastName: string;
  /** Telefono. */
  phone?: string | null | undefined;
  /** Indirizzo di residenza. */
  residence?: AddressInput | null | undefined;
  /** Sesso. */
  sex: Sex;
};

/**
 * Modifica di un soggetto: ogni campo è facoltativo e ha lo stesso nome che in SubjectInput. Un campo
 * assente resta com'è; null lo cancella (solo i campi facoltativi: residence, phone, email; null su un
 * campo obbligatorio è un errore sul campo). `residence` è un valore unico: se presente sostituisce
 * tutta la residenza (i suoi campi assenti restano vuoti, lo Stato è 380 se assente).
 */
export type SubjectUpdateInput = {
  /** Data di nascita (non futura). */
  birthDate?: string | null | undefined;
  /** Codice catastale (Belfiore) del comune o dello Stato di nascita. */
  birthPlaceCode?: string | null | undefined;
  /** Assente: resta la cittadinanza salvata (nessun valore predefinito in modifica). */
  citizenshipCode?: string | null | undefined;
  /** Campi personalizzati: le chiavi presenti sostituiscono i valori salvati (null cancella), le altre restano. */
  customFields?: unknown;
  /** Email. */
  email?: string | null | undefined;
  /** Nome. */
  firstName?: string | null | undefined;
  /** Codice fiscale (16 caratteri, controllato). */
  fiscalCode?: string | null | undefined;
  /** Cognome. */
  lastName?: string | null | undefined;
  /** Telefono. */
  phone?: string | null | undefined;
  /** Indirizzo di residenza. */
  residence?: AddressInput | null | undefined;
  /** Sesso. */
  sex?: Sex | null | undefined;
};

/** Che cosa chiama l'API: una persona (USER) o un client API (CLIENT). */
export type ViewerKind =
  /** Un client API, entrato con OAuth2 client_credentials. */
  | 'CLIENT'
  /** Una persona, entrata con nome utente e password. */
  | 'USER';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'Viewer', kind: ViewerKind, id: string, name: string, scopes: Array<Scope>, tenant: { __typename: 'Tenant', id: string } | null } };

export type CreateApiClientMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient: { __typename: 'ApiClientCredentials', clientSecret: string, client: { __typename: 'ApiClient', id: string, clientId: string, scopes: Array<string> } } };

export type SetAllowedOriginsMutationVariables = Exact<{
  origins: Array<string> | string;
}>;


export type SetAllowedOriginsMutation = { setAllowedOrigins: { __typename: 'Tenant', id: string, allowedOrigins: Array<string> } };

export type SubjectAccessLogQueryVariables = Exact<{
  filter?: SubjectAccessFilter | null | undefined;
}>;


export type SubjectAccessLogQuery = { subjectAccessLog: { __typename: 'SubjectAccessPage', total: number } };

export type SubjectFieldsFragment = { __typename: 'Subject', id: string, version: number, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, phone: string | null, email: string | null };

export type CreateSubjectMutationVariables = Exact<{
  input: SubjectInput;
}>;


export type CreateSubjectMutation = { createSubject: { __typename: 'Subject', id: string, version: number, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, phone: string | null, email: string | null } };

export type UpdateSubjectMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: SubjectUpdateInput;
}>;


export type UpdateSubjectMutation = { updateSubject: { __typename: 'Subject', id: string, version: number, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, phone: string | null, email: string | null } };

export type SubjectQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectQuery = { subject: { __typename: 'Subject', id: string, version: number, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, phone: string | null, email: string | null } | null };

export type SubjectsPageQueryVariables = Exact<{
  filter?: SubjectFilter | null | undefined;
  page: number;
  perPage: number;
}>;


export type SubjectsPageQuery = { subjects: { __typename: 'SubjectPage', total: number, pageInfo: { __typename: 'PageInfo', page: number, perPage: number, hasNextPage: boolean }, items: Array<{ __typename: 'Subject', id: string, lastName: string, firstName: string }> } };

export type SubjectWithReiApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectWithReiApplicationsQuery = { subject: { __typename: 'Subject', id: string, lastName: string, reiApplications: Array<{ __typename: 'ReiApplication', id: string, status: ReiStatus }> | null } | null };

export type CreateHouseholdMutationVariables = Exact<{
  input: HouseholdInput;
}>;


export type CreateHouseholdMutation = { createHousehold: { __typename: 'Household', id: string, version: number } };

export type RecordIseeMutationVariables = Exact<{
  householdId: string | number;
  input: IseeInput;
}>;


export type RecordIseeMutation = { recordIsee: { __typename: 'IseeAttestation', id: string, isee: string } };

export const SubjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlaceCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<SubjectFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const SetAllowedOriginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAllowedOrigins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"origins"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAllowedOrigins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"origins"},"value":{"kind":"Variable","name":{"kind":"Name","value":"origins"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}}]}}]}}]} as unknown as DocumentNode<SetAllowedOriginsMutation, SetAllowedOriginsMutationVariables>;
export const SubjectAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<SubjectAccessLogQuery, SubjectAccessLogQueryVariables>;
export const CreateSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlaceCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<CreateSubjectMutation, CreateSubjectMutationVariables>;
export const UpdateSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlaceCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<UpdateSubjectMutation, UpdateSubjectMutationVariables>;
export const SubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalCode"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthPlaceCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<SubjectQuery, SubjectQueryVariables>;
export const SubjectsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectsPageQuery, SubjectsPageQueryVariables>;
export const SubjectWithReiApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectWithReiApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"reiApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectWithReiApplicationsQuery, SubjectWithReiApplicationsQueryVariables>;
export const CreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const RecordIseeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIsee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IseeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIsee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isee"}}]}}]}}]} as unknown as DocumentNode<RecordIseeMutation, RecordIseeMutationVariables>;