import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A request id header as a subgraph accepts it (bounded: it is logged and audited). */
function headerId(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && /^[\w-]{8,64}$/.test(value) ? value : null;
}

/**
 * The ids of an incoming request: the gateway's `x-request-id` (a new one when absent or
 * malformed, e.g. a subgraph called directly) and the caller's own, forwarded as
 * `x-correlation-id`.
 */
export function requestIdsOf(headers: IncomingHttpHeaders): {
  requestId: string;
  correlationId: string | null;
} {
  return {
    requestId: headerId(headers['x-request-id']) ?? randomUUID(),
    correlationId: headerId(headers['x-correlation-id']),
  };
}
