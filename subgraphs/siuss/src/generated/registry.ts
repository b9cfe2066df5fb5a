// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo registry: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Sesso come lo codifica il codice fiscale. */
export type Sex =
  /** Femminile. */
  | 'F'
  /** Maschile. */
  | 'M';

export type SiussRegistrySubjectFragment = { id: string, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, citizenshipCode: string, residence: { municipalityCode: string | null, regionCode: string | null, countryCode: string } | null };

export type SiussSubjectByFiscalCodeQueryVariables = Exact<{
  fiscalCode: string;
}>;


export type SiussSubjectByFiscalCodeQuery = { subjectByFiscalCode: { id: string, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, citizenshipCode: string, residence: { municipalityCode: string | null, regionCode: string | null, countryCode: string } | null } | null };

export type SiussSubjectsByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SiussSubjectsByIdsQuery = { subjects: { items: Array<{ id: string, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, birthPlaceCode: string, citizenshipCode: string, residence: { municipalityCode: string | null, regionCode: string | null, countryCode: string } | null }> } };

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
export const SiussRegistrySubjectFragmentDoc = new TypedDocumentString(`
    fragment SiussRegistrySubject on Subject {
  id
  fiscalCode
  firstName
  lastName
  sex
  birthDate
  birthPlaceCode
  citizenshipCode
  residence {
    municipalityCode
    regionCode
    countryCode
  }
}
    `, {"fragmentName":"SiussRegistrySubject"}) as unknown as TypedDocumentString<SiussRegistrySubjectFragment, unknown>;
export const SiussSubjectByFiscalCodeDocument = new TypedDocumentString(`
    query SiussSubjectByFiscalCode($fiscalCode: String!) {
  subjectByFiscalCode(fiscalCode: $fiscalCode) {
    ...SiussRegistrySubject
  }
}
    fragment SiussRegistrySubject on Subject {
  id
  fiscalCode
  firstName
  lastName
  sex
  birthDate
  birthPlaceCode
  citizenshipCode
  residence {
    municipalityCode
    regionCode
    countryCode
  }
}`) as unknown as TypedDocumentString<SiussSubjectByFiscalCodeQuery, SiussSubjectByFiscalCodeQueryVariables>;
export const SiussSubjectsByIdsDocument = new TypedDocumentString(`
    query SiussSubjectsByIds($ids: [ID!]!) {
  subjects(filter: {ids: $ids}, perPage: 200) {
    items {
      ...SiussRegistrySubject
    }
  }
}
    fragment SiussRegistrySubject on Subject {
  id
  fiscalCode
  firstName
  lastName
  sex
  birthDate
  birthPlaceCode
  citizenshipCode
  residence {
    municipalityCode
    regionCode
    countryCode
  }
}`) as unknown as TypedDocumentString<SiussSubjectsByIdsQuery, SiussSubjectsByIdsQueryVariables>;