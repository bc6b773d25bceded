import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

export const MASKED_MESSAGE = 'Internal server error';

/** Codes a client is meant to act on; every other error is unexpected and masked. */
export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Extensions that describe the server rather than the request: a stack trace, and the gateway's
 * copy of a failed subgraph response (its internal URL and raw body).
 */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'response']);

export const isExpectedCode = (code: unknown): boolean => typeof code === 'string' && PASS_THROUGH_CODES.has(code);

/** An expected error as the client sees it: without the extensions that describe the server. */
export function withoutInternalExtensions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([name]) => !INTERNAL_EXTENSIONS.has(name)),
  );
  return { ...formatted, extensions };
}

/**
 * An Apollo Server `formatError`: expected codes pass through without internal extensions; anything
 * else is logged with a fresh reference and reaches the client as a bare INTERNAL_SERVER_ERROR.
 */
export function errorMasker(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isExpectedCode(formatted.extensions?.code)) return withoutInternalExtensions(formatted);
    const reference = randomUUID();
    logger.error({ err: error, errorReference: reference, path: formatted.path }, 'unexpected resolver error');
    return {
      message: MASKED_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorReference: reference },
    };
  };
}
