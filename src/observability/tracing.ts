import type { Logger } from 'pino';
import { loadConfig } from '../config';

/** A running OpenTelemetry SDK; `shutdown` flushes the spans still buffered. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Health probes and scrapes would be most of the traces and say nothing. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * Starts the OpenTelemetry SDK (HTTP, pg and GraphQL instrumentation, OTLP/HTTP export to
 * `${endpoint}/v1/traces`). It must run before `http`, `pg` and `graphql` are first required, so
 * it is the first thing `src/main.ts` does. The SDK is required here, not imported at the top:
 * with no endpoint it is never loaded at all.
 */
export function startTracing(options: { endpoint: string; serviceName?: string }): Tracing {
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const sdk = new NodeSDK({
    serviceName: options.serviceName ?? process.env.OTEL_SERVICE_NAME ?? 'bookings-subgraph',
    traceExporter: new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? ''),
      }),
      new PgInstrumentation(),
      // One span per non-trivial resolver; field-by-field spans for every list item would dwarf the request.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

/**
 * Tracing as the environment asks for it (OTEL_EXPORTER_OTLP_ENDPOINT), or null. A bad
 * configuration is left for the caller's own `loadConfig` to report.
 */
export function startTracingFromEnvironment(env: NodeJS.ProcessEnv = process.env): Tracing | null {
  let endpoint: string | undefined;
  try {
    endpoint = loadConfig(env).otlpEndpoint;
  } catch {
    return null;
  }
  return endpoint ? startTracing({ endpoint }) : null;
}

export async function stopTracing(tracing: Tracing | null, logger: Logger): Promise<void> {
  try {
    await tracing?.shutdown();
  } catch (error) {
    logger.warn({ err: error }, 'flushing traces failed');
  }
}
