import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { piiScope, type RequestContext } from '../../context';

/**
 * Audits the clear @pii fields of a request with one insert, once execution is over. Runs in
 * `executionDidEnd` rather than `willSendResponse`: those hooks run concurrently, so the SQL count
 * header would miss the insert. Fails closed: if the audit cannot be written, the data is
 * replaced by a masked error — no reveal leaves without its audit row.
 */
export function revealAuditPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart(requestContext) {
          return {
            async executionDidEnd(executionError) {
              const context = requestContext.contextValue;
              const reveals = context.piiReveals.drain();
              // A thrown execution sends no data, so nothing was revealed.
              if (executionError || reveals.length === 0) return;
              try {
                await context.pii.recordReveals(piiScope(context), reveals);
              } catch (error) {
                const errorReference = randomUUID();
                logger.error(
                  { err: error, errorReference, requestId: context.requestId },
                  'PII reveal audit failed: response withheld',
                );
                requestContext.response.body = {
                  kind: 'single',
                  singleResult: {
                    errors: [
                      {
                        message: 'Internal server error',
                        extensions: { code: 'INTERNAL_SERVER_ERROR', errorReference },
                      },
                    ],
                  },
                };
              }
            },
          };
        },
      };
    },
  };
}
