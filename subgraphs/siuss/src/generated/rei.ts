// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo rei: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type SiussReiGrantedInterventionsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SiussReiGrantedInterventionsQuery = { reiGrantedInterventions: Array<{ id: string, protocolNumber: string, beneficiaryId: string, beneficiaryFiscalCode: string | null, serviceCode: string, serviceName: string, periodic: boolean, amount: string | null, monthlyAmount: string | null, months: number | null, startDate: string | null, endDate: string | null, paymentDate: string | null, dsuProtocol: string | null, dsuYear: number | null, dsuDate: string | null, removed: boolean }> };

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

export const SiussReiGrantedInterventionsDocument = new TypedDocumentString(`
    query SiussReiGrantedInterventions($from: Date!, $to: Date!) {
  reiGrantedInterventions(from: $from, to: $to) {
    id
    protocolNumber
    beneficiaryId
    beneficiaryFiscalCode
    serviceCode
    serviceName
    periodic
    amount
    monthlyAmount
    months
    startDate
    endDate
    paymentDate
    dsuProtocol
    dsuYear
    dsuDate
    removed
  }
}
    `) as unknown as TypedDocumentString<SiussReiGrantedInterventionsQuery, SiussReiGrantedInterventionsQueryVariables>;