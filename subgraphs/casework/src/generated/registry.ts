// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo registry: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CaseworkSubjectExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseworkSubjectExistsQuery = { subject: { id: string } | null };

export type CaseworkHouseholdMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseworkHouseholdMembersQuery = { household: { id: string, members: Array<{ subject: { id: string } }> } | null };

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

export const CaseworkSubjectExistsDocument = new TypedDocumentString(`
    query CaseworkSubjectExists($id: ID!) {
  subject(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseworkSubjectExistsQuery, CaseworkSubjectExistsQueryVariables>;
export const CaseworkHouseholdMembersDocument = new TypedDocumentString(`
    query CaseworkHouseholdMembers($id: ID!) {
  household(id: $id) {
    id
    members {
      subject {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseworkHouseholdMembersQuery, CaseworkHouseholdMembersQueryVariables>;