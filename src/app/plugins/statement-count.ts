import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context';

/** Reports the request's SQL statement count in `x-sql-statements`, so tests and benchmarks can assert it. */
export const statementCountPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('x-sql-statements', String(contextValue.sql.statements));
      },
    };
  },
};
