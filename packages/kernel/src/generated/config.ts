// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo config: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type TenantConfigurationQueryVariables = Exact<{
  listKeys: Array<string> | string;
}>;


export type TenantConfigurationQuery = { tenantConfiguration: { version: number, patronSaintDay: string | null, fieldDefinitions: Array<{ entity: ConfigurableEntity, key: string, label: string, type: FieldType, required: boolean, listKey: string | null, min: number | null, max: number | null, pattern: string | null, helpText: string | null, section: string | null, position: number, active: boolean, visibleWhen: { field: string, equals: unknown } | null }>, valueLists: Array<{ key: string, label: string, system: boolean, items: Array<{ code: string, label: string, active: boolean, position: number }> }> } };

export type ParameterSetsQueryVariables = Exact<{
  measure: string;
}>;


export type ParameterSetsQuery = { parameterSets: Array<{ code: string, measure: string, validFrom: string, validTo: string | null, values: unknown }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TenantConfigurationDocument = new TypedDocumentString(`
    query TenantConfiguration($listKeys: [String!]!) {
  tenantConfiguration(listKeys: $listKeys) {
    version
    fieldDefinitions {
      entity
      key
      label
      type
      required
      listKey
      min
      max
      pattern
      helpText
      section
      position
      active
      visibleWhen {
        field
        equals
      }
    }
    valueLists {
      key
      label
      system
      items {
        code
        label
        active
        position
      }
    }
    patronSaintDay
  }
}
    `) as unknown as TypedDocumentString<TenantConfigurationQuery, TenantConfigurationQueryVariables>;
export const ParameterSetsDocument = new TypedDocumentString(`
    query ParameterSets($measure: String!) {
  parameterSets(measure: $measure) {
    code
    measure
    validFrom
    validTo
    values
  }
}
    `) as unknown as TypedDocumentString<ParameterSetsQuery, ParameterSetsQueryVariables>;