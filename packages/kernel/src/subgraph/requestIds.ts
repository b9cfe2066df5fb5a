import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A request id header as a subgraph accepts it (bounded: it is logged and audited). */
function headerId(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && /^[\w-]{8,64}$/.test(value) ? value : null;
}

/** The header the gateway names the caller's own operation in (its plan's names are its own). */
export const CLIENT_OPERATION_HEADER = 'x-sisa-client-operation';

/** A GraphQL operation name as headers carry it: a name, bounded; anything else is none. */
export function operationNameOf(value: unknown): string | null {
  return typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(value) ? value : null;
}

/**
 * The ids of an incoming request: the gateway's `x-request-id` (a new one when absent or
 * malformed, e.g. a subgraph called directly), the caller's own, forwarded as
 * `x-correlation-id`, and the name of the caller's operation, forwarded for the read audit.
 */
export function requestIdsOf(headers: IncomingHttpHeaders): {
  requestId: string;
  correlationId: string | null;
  clientOperation: string | null;
} {
  return {
    requestId: headerId(headers['x-request-id']) ?? randomUUID(),
    correlationId: headerId(headers['x-correlation-id']),
    clientOperation: operationNameOf(headers[CLIENT_OPERATION_HEADER]),
  };
}
