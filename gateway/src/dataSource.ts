import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';

/** Forwards the caller's token and request id to the subgraphs (none of them trusts the network). */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (options.kind !== 'incoming operation') return;
    const ctx = options.incomingRequestContext.context;
    const headers = options.request.http?.headers;
    if (!headers) return;
    if (ctx.authorization) headers.set('authorization', ctx.authorization);
    headers.set('x-request-id', ctx.requestId);
    if (ctx.clientAddress) headers.set('x-forwarded-for', ctx.clientAddress);
  }
}
