import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { DriverException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { RequestContext } from '../../context';
import { isExpectedCode as isExpected, MASKED_MESSAGE, withoutInternalExtensions } from '../../error-masking';
import { rememberStatement } from '../../logging/safe-error';

export interface UnexpectedErrors {
  /** Logs each unexpected error once, with the request id, and gives it the reference the client sees. */
  plugin: ApolloServerPlugin<RequestContext>;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/**
 * `formatError` cannot see the request, and the plugin cannot change what the client is sent:
 * the plugin logs and picks the reference, `formatError` masks with it.
 */
export function unexpectedErrors(logger: Logger): UnexpectedErrors {
  const references = new WeakMap<object, string>();

  const log = (
    error: unknown,
    path: readonly (string | number)[] | undefined,
    requestId: string | null,
    failedStatements: readonly string[],
  ): string => {
    const errorReference = randomUUID();
    const original = error instanceof GraphQLError ? error.originalError : error;
    // The ORM reports the failing statement to the request (context.ts), not on the error it throws.
    const last = failedStatements[failedStatements.length - 1];
    if (original instanceof DriverException && last !== undefined) rememberStatement(original, last);
    logger.error({ err: error, errorReference, requestId, path }, 'unexpected resolver error');
    return errorReference;
  };

  return {
    plugin: {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            for (const error of errors) {
              if (isExpected(error.extensions?.code)) continue;
              references.set(error, log(error, error.path, contextValue.requestId, contextValue.failedStatements));
            }
          },
        };
      },
      async unexpectedErrorProcessingRequest({ requestContext, error }) {
        logger.error(
          { err: error, requestId: requestContext.contextValue.requestId },
          'unexpected error processing request',
        );
      },
    },
    formatError: (formatted, error) => {
      if (isExpected(formatted.extensions?.code)) return withoutInternalExtensions(formatted);
      // Errors raised before a request context exists never reach didEncounterErrors.
      const errorReference =
        (typeof error === 'object' && error !== null ? references.get(error) : undefined) ??
        log(error, formatted.path, null, []);
      return {
        message: MASKED_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR', errorReference },
      };
    },
  };
}
