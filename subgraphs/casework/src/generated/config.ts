// Generato da graphql-codegen (npm run codegen) dalle operazioni verso il sottografo config: non modificare a mano.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CaseworkColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseworkColleaguesQuery = { caseworkers: Array<{ id: string, fullName: string, roles: Array<Role> }> };

export type CaseworkAssessmentFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseworkAssessmentFormsQuery = { assessmentForms: Array<{ key: string, version: number, label: string, items: Array<{ key: string, label: string, options: Array<{ code: string, label: string, score: number }> }>, bands: Array<{ min: number, max: number, label: string }> }> };

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

export const CaseworkColleaguesDocument = new TypedDocumentString(`
    query CaseworkColleagues {
  caseworkers {
    id
    fullName
    roles
  }
}
    `) as unknown as TypedDocumentString<CaseworkColleaguesQuery, CaseworkColleaguesQueryVariables>;
export const CaseworkAssessmentFormsDocument = new TypedDocumentString(`
    query CaseworkAssessmentForms {
  assessmentForms {
    key
    version
    label
    items {
      key
      label
      options {
        code
        label
        score
      }
    }
    bands {
      min
      max
      label
    }
  }
}
    `) as unknown as TypedDocumentString<CaseworkAssessmentFormsQuery, CaseworkAssessmentFormsQueryVariables>;