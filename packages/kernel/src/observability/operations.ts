import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import { errorCodeLabel, OperationNames } from './operationNames';

/** Latency buckets (seconds): from a cached read to a SIUSS transmission. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Counts and times every GraphQL operation by name (bounded, see `OperationNames`), and counts
 * the errors it answered by `extensions.code`, as the client sees them (after `formatError`).
 */
export function operationMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const names = new OperationNames();
  const requests = new Counter({
    name: 'sisa_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and type',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'sisa_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name',
    labelNames: ['operation'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'sisa_graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation name and error code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const label = names.labelOf(operationName, operation !== undefined);
          requests.inc({ operation: label, type: operation?.operation ?? 'unknown' });
          duration.observe({ operation: label }, (performance.now() - started) / 1000);
          const answered =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of answered ?? [])
            errors.inc({ operation: label, code: errorCodeLabel(error.extensions?.code) });
        },
      };
    },
  };
}
