import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  CLIENT_OPERATION_HEADER,
  injectTraceContext,
  invalidTokenError,
  operationNameOf,
} from '@sisa/kernel';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { unreachableSubgraphErrors } from './unreachable';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/** The caller's own `X-Request-Id`, when well formed: kept for correlation, never as our id. */
export function correlationIdOf(given: unknown): string | null {
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : null;
}

/**
 * Forwards the caller's token and the gateway's request id to the subgraphs (none of them trusts
 * the network), the caller's own request id as `x-correlation-id`, and the client's address.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name, for messages. */
  declare subgraphName?: string;
  /** Told when the subgraph cannot be reached (the gateway logs it). */
  declare onUnreachable?: (error: unknown) => void;

  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0] & {
      subgraphName?: string;
      onUnreachable?: (error: unknown) => void;
    },
  ) {
    super(config);
  }

  /**
   * A subgraph that cannot be reached fails only the fields it serves: its fetch answers an
   * error per field, at that field's path (nullable, as fields served by another subgraph are),
   * and the rest of the answer stands. Never the network error itself (it names addresses).
   */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError || options.kind !== 'incoming operation') throw error;
      this.onUnreachable?.(error);
      const { query, variables } = options.request;
      return {
        errors: unreachableSubgraphErrors(
          this.subgraphName ?? 'richiesto',
          options.document ?? query ?? '',
          variables,
        ),
      };
    }
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (options.kind !== 'incoming operation') return;
    const ctx = options.incomingRequestContext.context;
    const headers = options.request.http?.headers;
    if (!headers) return;
    if (ctx.authorization) headers.set('authorization', ctx.authorization);
    headers.set('x-request-id', ctx.requestId);
    if (ctx.clientAddress) headers.set('x-forwarded-for', ctx.clientAddress);
    const http = options.incomingRequestContext.request.http;
    const correlationId = correlationIdOf(http?.headers.get('x-request-id'));
    if (correlationId) headers.set('x-correlation-id', correlationId);
    const clientOperation = operationNameOf(options.incomingRequestContext.operationName);
    if (clientOperation) headers.set(CLIENT_OPERATION_HEADER, clientOperation);
    // W3C trace context of the fetch's span, when tracing is on: the subgraph continues it.
    injectTraceContext(headers);
  }

  /**
   * A subgraph that refuses an operation before running it (a variable of the wrong shape, a
   * limit, an expired token) answers a 4xx with GraphQL errors: the caller gets that error, with
   * its code and field errors, as if the gateway had refused it. Never the subgraph's URL or
   * body (Apollo's default), and never an internal error for the caller's own mistake.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as SubgraphErrorBody | null;
    const first = body && typeof body === 'object' ? body.errors?.[0] : undefined;
    if (response.status === 401) {
      // The token's session has ended (the gateway checks signatures, subgraphs sessions too):
      // the whole answer is the 401 the subgraph gave, with its Bearer challenge.
      return invalidTokenError(
        typeof first?.message === 'string' ? first.message : 'Token non valido o scaduto',
      );
    }
    if (response.status >= 400 && response.status < 500 && typeof first?.message === 'string') {
      const { code, fieldErrors } = first.extensions ?? {};
      return new GraphQLError(first.message, {
        extensions: { code: code ?? 'BAD_USER_INPUT', ...(fieldErrors ? { fieldErrors } : {}) },
      });
    }
    if (response.status === 403) {
      return new GraphQLError('Operazione non consentita', { extensions: { code: 'FORBIDDEN' } });
    }
    return new GraphQLError('Errore interno del server', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}
