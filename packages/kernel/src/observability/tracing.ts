import {
  context,
  propagation,
  SpanKind,
  trace,
  type Span,
  type TextMapSetter,
} from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';

const TRACER = 'sisa';

/** The process's tracer provider, once tracing is on (one per process, shared by its servers). */
let provider: NodeTracerProvider | undefined;

/**
 * Turns tracing on when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (OTLP over HTTP, the standard
 * `OTEL_*` variables apply), else does nothing: off by default. Registers the W3C trace context
 * propagator, so a service continues the trace a `traceparent` header names and passes it on.
 * Apollo Gateway's own spans (plan, fetch…) join in. Whether tracing is on.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  if (provider) return true;
  provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': env.OTEL_SERVICE_NAME ?? `sisa-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return true;
}

/** Sends the spans not yet exported (a server closing). */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}

/** Exports what is left and turns tracing off for the process. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = undefined;
  await stopping?.shutdown();
  trace.disable();
  propagation.disable();
  context.disable();
}

/**
 * One server span per HTTP request, child of the caller's (`traceparent`), active while the
 * request is handled: everything it does (Apollo's spans, subgraph calls) nests under it.
 */
export function tracingMiddleware(service: string): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = trace.getTracer(TRACER).startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'sisa.service': service, 'http.request.method': req.method },
      },
      parent,
    );
    res.on('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the request's span after its GraphQL operation. */
export function operationSpanPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const span: Span | undefined = trace.getActiveSpan();
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'unknown';
          span?.updateName(`graphql ${type} ${operationName ?? 'anonymous'}`);
          span?.setAttribute('graphql.operation.name', operationName ?? 'anonymous');
          span?.setAttribute('graphql.operation.type', type);
        },
      };
    },
  };
}

const headerSetter: TextMapSetter<{ set(name: string, value: string): void }> = {
  set: (headers, key, value) => headers.set(key, value),
};

/** Writes the active trace context (`traceparent`) into outgoing headers; nothing when off. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, headerSetter);
}
