import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { request } from 'undici';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthenticatedError,
  type DomainError,
  type FieldError,
} from '../errors';
import type { SubgraphName } from '../db/orm';
import { platformSubgraph } from '../subgraph/manifest';
import { replicaSet, sentNothing } from './replicas';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fieldErrors?: FieldError[]; requiredScope?: string };
  }[];
}

/** The caller's identity to forward: its token and request id. */
export interface ForwardedCaller {
  authorization: string | null;
  requestId: string;
}

function toError(
  error: NonNullable<GraphQLResponse<unknown>['errors']>[number],
  service: string,
): Error {
  const byCode: Record<string, () => DomainError> = {
    UNAUTHENTICATED: () => new UnauthenticatedError(error.message),
    FORBIDDEN: () => new ForbiddenError(error.message, error.extensions?.requiredScope),
    NOT_FOUND: () => new NotFoundError(),
    CONFLICT: () => new ConflictError(error.message),
    BAD_USER_INPUT: () => new BadUserInputError(error.extensions?.fieldErrors ?? [], error.message),
  };
  const make = byCode[error.extensions?.code ?? ''];
  return make ? make() : new Error(`${service}: ${error.message}`);
}

/** How people know a service (its manifest's `label`); its name when the platform is not told. */
function serviceLabel(name: SubgraphName): string {
  try {
    return platformSubgraph(name)?.label ?? name;
  } catch {
    // An error message must not turn into another error.
    return name;
  }
}

/**
 * An operation typed by graphql-codegen from the target subgraph's SDL (`npm run codegen`, into
 * the caller's `src/generated/<subgraph>.ts`): its text, with the types of its answer and variables.
 */
export type TypedOperation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/**
 * A GraphQL client for another subgraph (never its tables): forwards the caller's token, so the
 * other subgraph applies its own checks and tenant; contract errors come back as domain errors.
 */
export class SubgraphClient {
  /**
   * `urls` is read at each call, so it may be filled after construction (tests use free ports);
   * a service's entry may list several replicas, comma-separated (`replicaSet`).
   */
  constructor(
    private readonly service: SubgraphName,
    private readonly urls: Partial<Record<SubgraphName, string>>,
  ) {}

  /** Sends an operation written inline; prefer a generated one, which a renamed field breaks. */
  request<T>(
    caller: ForwardedCaller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Sends a generated operation: its variables and answer are typed by the target's SDL. */
  request<TResult, TVariables>(
    caller: ForwardedCaller,
    operation: TypedOperation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  async request<T>(
    caller: ForwardedCaller,
    operation: string | TypedOperation<T, unknown>,
    variables: unknown = {},
  ): Promise<T> {
    const query = operation.toString();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-request-id': caller.requestId,
    };
    if (caller.authorization) headers.authorization = caller.authorization;
    const baseUrls = this.urls[this.service];
    if (!baseUrls) throw new Error(`URL del sottografo ${this.service} non configurato`);
    const body = JSON.stringify({ query, variables });
    // undici's request, not fetch: a quarter of fetch's CPU per call (no web streams), on the
    // critical path of every operation that reads another subgraph. Spread over its replicas.
    const response = await replicaSet(baseUrls)
      .send((baseUrl) => request(`${baseUrl}/graphql`, { method: 'POST', headers, body }))
      .catch((error: unknown) => {
        const service = `Il servizio ${serviceLabel(this.service)}`;
        // Lost after it was sent, the operation may have run: the caller must not assume otherwise.
        throw new ServiceUnavailableError(
          sentNothing(error)
            ? `${service} non è raggiungibile: nulla è stato modificato, riprovare tra poco`
            : `${service} non ha risposto: l'operazione potrebbe essere stata eseguita, verificare prima di riprovare`,
        );
      });
    const answer = (await response.body.json().catch(() => ({}))) as GraphQLResponse<T>;
    if (answer.errors?.length) throw toError(answer.errors[0]!, this.service);
    if (response.statusCode >= 300 || !answer.data)
      throw new Error(`${this.service}: risposta HTTP ${response.statusCode}`);
    return answer.data;
  }
}
