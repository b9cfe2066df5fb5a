import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';

/** The caller's own `X-Request-Id`, when well formed: kept for correlation, never as our id. */
export function correlationIdOf(given: unknown): string | null {
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : null;
}

/**
 * Forwards the caller's token and the gateway's request id to the subgraphs (none of them trusts
 * the network), and the caller's own request id as `x-correlation-id`.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (options.kind !== 'incoming operation') return;
    const ctx = options.incomingRequestContext.context;
    const headers = options.request.http?.headers;
    if (!headers) return;
    if (ctx.authorization) headers.set('authorization', ctx.authorization);
    headers.set('x-request-id', ctx.requestId);
    const http = options.incomingRequestContext.request.http;
    const correlationId = correlationIdOf(http?.headers.get('x-request-id'));
    if (correlationId) headers.set('x-correlation-id', correlationId);
  }
}
