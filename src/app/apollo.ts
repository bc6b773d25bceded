import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { RequestContext } from '../context';
import { apolloLogger } from '../logging/apollo-logger';
import { revealAuditPlugin } from './plugins/reveal-audit';
import { statementCountPlugin } from './plugins/statement-count';
import { unexpectedErrors } from './plugins/unexpected-errors';

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  /** Times operations for metrics and the access log. */
  requestObserver: ApolloServerPlugin<RequestContext>;
  /** Answer `apollo-federation-include-trace: ftv1`. */
  inlineTracing: boolean;
  /** Report each request's SQL statement count in `x-sql-statements`. */
  exposeSqlStatementCount: boolean;
}

/** Query limits: depth, aliases, cost and directives through armor; tokens through Apollo's own parser. */
function protection(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: 12, propagateOnRejection: true },
    // armor skips `__typename` aliases by default, yet each one is a field to resolve and serialise.
    maxAliases: { n: 30, allowList: [] },
    costLimit: { maxCost: 20000 },
    maxDirectives: { n: 50 },
    // Apollo's own parser limit answers 400 where armor's would answer 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
}

/** Apollo Server for the subgraph schema, started; HTTP stays ours (see graphql-handler). */
export async function startApollo(options: ApolloOptions): Promise<ApolloServer<RequestContext>> {
  const { config, logger } = options;
  const armor = protection(config);
  const errors = unexpectedErrors(logger);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    ...armor,
    plugins: [
      ...armor.plugins,
      // No cache hints are set anywhere; computing them per field cost ~25% of a list request.
      ApolloServerPluginCacheControlDisabled(),
      revealAuditPlugin(logger),
      errors.plugin,
      options.inlineTracing
        ? ApolloServerPluginInlineTrace({ includeErrors: { masked: true } })
        : ApolloServerPluginInlineTraceDisabled(),
      ...(options.exposeSqlStatementCount ? [statementCountPlugin] : []),
      options.requestObserver,
    ],
    parseOptions: { maxTokens: 5000 },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Shutdown is ours: stop accepting, drain in-flight requests, then close the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    introspection: !config.production,
    formatError: errors.formatError,
    logger: apolloLogger(logger),
  });
  await apollo.start();
  return apollo;
}
