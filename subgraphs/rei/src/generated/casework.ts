// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo casework: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ReiOpenSocialCasesQueryVariables = Exact<{
  subjectId: string | number;
  householdId: string | number;
}>;


export type ReiOpenSocialCasesQuery = { ofApplicant: { items: Array<{ id: string, number: string }> }, ofHousehold: { items: Array<{ id: string, number: string }> } };

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

export const ReiOpenSocialCasesDocument = new TypedDocumentString(`
    query ReiOpenSocialCases($subjectId: ID!, $householdId: ID!) {
  ofApplicant: socialCases(
    filter: {subjectId: $subjectId, status: OPEN}
    perPage: 1
  ) {
    items {
      id
      number
    }
  }
  ofHousehold: socialCases(
    filter: {householdId: $householdId, status: OPEN}
    perPage: 1
    sort: {field: OPENED_AT, order: ASC}
  ) {
    items {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<ReiOpenSocialCasesQuery, ReiOpenSocialCasesQueryVariables>;