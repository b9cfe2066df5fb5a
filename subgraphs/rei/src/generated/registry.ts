// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo registry: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ISEE ordinario, minorenni o corrente. */
export type IseeKind =
  /** ISEE corrente (dopo una variazione della situazione). */
  | 'CURRENT'
  /** ISEE per prestazioni rivolte a minorenni. */
  | 'MINORS'
  /** ISEE ordinario. */
  | 'ORDINARY';

/** Sesso come lo codifica il codice fiscale. */
export type Sex =
  /** Femminile. */
  | 'F'
  /** Maschile. */
  | 'M';

export type ReiIseeAttestationFragment = { id: string, dsuProtocol: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number };

export type ReiHouseholdQueryVariables = Exact<{
  id: string | number;
  on?: string | null | undefined;
}>;


export type ReiHouseholdQuery = { household: { id: string, members: Array<{ relationship: string, since: string | null, until: string | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string, sex: Sex, birthDate: string, citizenshipCode: string } }>, isee: { id: string, dsuProtocol: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number } | null, iseeHistory: Array<{ id: string, dsuProtocol: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number }> } | null };

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
export const ReiIseeAttestationFragmentDoc = new TypedDocumentString(`
    fragment ReiIseeAttestation on IseeAttestation {
  id
  dsuProtocol
  dsuDate
  kind
  validUntil
  isee
  isr
  isre
  equivalenceScale
  realEstateAssets
  movableAssets
  householdSize
}
    `, {"fragmentName":"ReiIseeAttestation"}) as unknown as TypedDocumentString<ReiIseeAttestationFragment, unknown>;
export const ReiHouseholdDocument = new TypedDocumentString(`
    query ReiHousehold($id: ID!, $on: Date) {
  household(id: $id) {
    id
    members(on: $on) {
      subject {
        id
        fiscalCode
        firstName
        lastName
        sex
        birthDate
        citizenshipCode
      }
      relationship
      since
      until
    }
    isee {
      ...ReiIseeAttestation
    }
    iseeHistory {
      ...ReiIseeAttestation
    }
  }
}
    fragment ReiIseeAttestation on IseeAttestation {
  id
  dsuProtocol
  dsuDate
  kind
  validUntil
  isee
  isr
  isre
  equivalenceScale
  realEstateAssets
  movableAssets
  householdSize
}`) as unknown as TypedDocumentString<ReiHouseholdQuery, ReiHouseholdQueryVariables>;