import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { SqlCounter } from '../read/sql';
import type { AppMetrics } from './metrics';
import { UNKNOWN_OPERATION } from './operation-names';

/** What the GraphQL layer learned about a request, handed to the HTTP layer's access-log line. */
interface OperationNote {
  operation: string;
  outcome: string;
}

const ROUTES = new Set(['/graphql', '/health', '/ready', '/metrics']);
/** Probes and scrapes arrive every few seconds: their lines go to debug, not info. */
const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);
/** Notes of requests whose response never closed (executeOperation in-process) must not pile up. */
const MAX_NOTES = 10_000;

/** What the observer reads of a request's context: its id and its SQL statement count. */
export interface ObservedRequest {
  requestId: string;
  sql: SqlCounter;
}

export interface RequestObserver {
  /** Times each GraphQL operation and records its name and outcome code. */
  plugin: ApolloServerPlugin<ObservedRequest>;
  /** Wraps the HTTP listener: latency histogram and one access-log line per request. */
  wrap: (listener: RequestListener) => RequestListener;
}

function outcomeOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  const code = errors?.[0]?.extensions?.code;
  if (!errors || errors.length === 0) return 'OK';
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * The access-log line carries the request id, operation name, duration and outcome code — never
 * variables, the query text, headers or anything else a caller sent.
 */
export function createRequestObserver(options: { logger: Logger; metrics: AppMetrics | null }): RequestObserver {
  const { logger, metrics } = options;
  const notes = new Map<string, OperationNote>();

  const plugin: ApolloServerPlugin<ObservedRequest> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = UNKNOWN_OPERATION;
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: definition }) {
          operation = metrics ? metrics.operationNames.label(operationName) : (operationName ?? '__anonymous');
          type = definition?.operation ?? type;
        },
        async willSendResponse({ response, contextValue }) {
          const outcome = outcomeOf(response.body.kind === 'single' ? response.body.singleResult.errors : undefined);
          metrics?.observeOperation(
            { operation, type, outcome },
            Number(process.hrtime.bigint() - started) / 1e9,
            contextValue.sql.statements,
          );
          if (notes.size < MAX_NOTES) notes.set(contextValue.requestId, { operation, outcome });
        },
      };
    },
  };

  const finish = (request: IncomingMessage, response: ServerResponse, started: bigint): void => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = ROUTES.has(path) ? path : 'other';
    const method = (request.method ?? 'GET').toUpperCase();
    const status = response.statusCode;
    metrics?.observeHttp({ method, route, status }, seconds);
    const header = response.getHeader('x-request-id');
    const requestId = typeof header === 'string' ? header : undefined;
    const note = requestId === undefined ? undefined : notes.get(requestId);
    if (requestId !== undefined) notes.delete(requestId);
    // A 2xx/3xx answer without a GraphQL note is OK; otherwise the status names the outcome.
    const outcome = note?.outcome ?? (status < 400 ? 'OK' : `HTTP_${status}`);
    const line = {
      requestId,
      method,
      route,
      operation: note?.operation,
      status,
      outcome,
      durationMs: Math.round(seconds * 1e6) / 1e3,
    };
    if (QUIET_ROUTES.has(route)) logger.debug(line, 'request');
    else logger.info(line, 'request');
  };

  return {
    plugin,
    wrap: (listener) => (request, response) => {
      const started = process.hrtime.bigint();
      response.once('close', () => finish(request, response, started));
      listener(request, response);
    },
  };
}
